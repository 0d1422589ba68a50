"""WARC and WET input: pages parsed as if given directly, everything else reported."""

from __future__ import annotations

import base64
import datetime as _dt
import gzip
import hashlib
import io
import re
from pathlib import Path

import pytest
from _helpers import TESTS_DATA, seed_paths
from _warcs import Item, binary_items, dev_items, dev_pages, seed_items, write
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._batch.inputs import read_records
from newsparse._batch.warc import read_warc

MARCH_31 = _dt.datetime(2025, 3, 31, 8, tzinfo=_dt.timezone.utc)


def _results(path: Path) -> list[newsparse.ParseResult]:
    return list(newsparse.parse_many(read_records([path])))


def test_wet_conversion_records_parse_like_the_text_they_hold(tmp_path: Path) -> None:
    path = tmp_path / "CC-MAIN-seeds.warc.wet.gz"
    offsets = write(path, seed_items())
    results = _results(path)
    assert len(results) == len(seed_paths())
    for index, (result, offset) in enumerate(zip(results, offsets, strict=True)):
        assert result.article == _results_of_seed(index)
        assert result.origin == f"{path}@{offset}"
        assert result.url == f"https://seeds.example.cn/{seed_paths()[index].stem}"


def test_html_responses_use_the_http_charset_url_and_warc_date(tmp_path: Path) -> None:
    path = tmp_path / "pages.warc.gz"
    write(path, dev_items())
    results = _results(path)
    pages = dev_pages()
    assert [r.status for r in results].count("error") == 0
    for result, page in zip(results, pages, strict=True):
        assert result.article is not None
        assert result.article.url == page["url"]
        direct = newsparse.parse_html(page["html"], url=page["url"], reference=MARCH_31)
        # The GB18030 copies are only readable when the HTTP header's charset is used.
        assert result.article.title == direct.title
        assert result.article.paragraphs == direct.paragraphs


def test_warc_date_becomes_the_reference(tmp_path: Path) -> None:
    path = tmp_path / "dated.warc.gz"
    when = "2024-04-29T01:02:03Z"
    write(path, [Item("https://a.example.cn/", b"<p>x</p>", "text/html", date=when)])
    (record,) = read_records([path])
    assert record.reference == _dt.datetime(2024, 4, 29, 1, 2, 3, tzinfo=_dt.timezone.utc)
    assert record.url == "https://a.example.cn/"


def test_images_and_pdfs_are_reported_per_record_and_the_rest_parsed(tmp_path: Path) -> None:
    seeds = seed_items()
    items = [seeds[0], *binary_items(), seeds[1]]
    path = tmp_path / "mixed.warc.gz"
    offsets = write(path, items)
    results = _results(path)
    assert [r.status for r in results] == ["article", "skipped", "skipped", "article"]
    assert results[1].origin == f"{path}@{offsets[1]}"
    assert "image/png" in (results[1].error or "")
    assert "application/pdf" in (results[2].error or "")
    assert results[1].url == "https://img.example.cn/1.png"


def test_request_and_warcinfo_records_are_not_pages(tmp_path: Path) -> None:
    get = b"GET / HTTP/1.1\r\n\r\n"
    request = Item("https://a.example.cn/", get, "application/http; msgtype=request", "request")
    path = tmp_path / "with-requests.warc.gz"
    write(path, [request, seed_items()[0]])
    assert [r.status for r in _results(path)] == ["article"]


def test_missing_content_type_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "untyped.warc"
    html = "<html><head><title>无类型页面</title></head><body><p>正文第一段。</p></body></html>"
    url = "https://a.example.cn/"
    write(path, [Item(url, html.encode(), None), *binary_items()[:1]], gzip=False)
    results = _results(path)
    assert results[0].article == newsparse.parse_html(html, url=url, reference=MARCH_31)
    assert results[1].status == "skipped"


def test_uncompressed_warc_reads_the_same(tmp_path: Path) -> None:
    plain, packed = tmp_path / "a.warc", tmp_path / "a.warc.gz"
    write(plain, seed_items(), gzip=False)
    write(packed, seed_items())
    assert [r.article for r in _results(plain)] == [r.article for r in _results(packed)]


@pytest.mark.parametrize("compressed", [True, False])
def test_corrupt_record_is_reported_with_its_offset_and_the_rest_processed(
    tmp_path: Path, compressed: bool
) -> None:
    path = tmp_path / ("bad.warc.gz" if compressed else "bad.warc")
    items = seed_items()
    offsets = write(path, items, gzip=compressed)
    data = bytearray(path.read_bytes())
    # Overwrite the start of the third record (its gzip header, or its WARC/1.0 line).
    data[offsets[2] : offsets[2] + 40] = b"\x00" * 40
    path.write_bytes(bytes(data))
    results = _results(path)
    # One result per record: the damaged one an error, every other one (after it too) read.
    assert [r.ok for r in results] == [True, True, False, True, True]
    assert results[2].error_type == "ReadError"
    assert results[2].origin == f"{path}@{offsets[2]}"
    assert results[3].article == _results_of_seed(3)


def _results_of_seed(index: int) -> newsparse.Article:
    seed = seed_paths()[index]
    url = f"https://seeds.example.cn/{seed.stem}"
    return newsparse.parse_text(seed.read_text(encoding="utf-8"), url=url, reference=MARCH_31)


def test_truncated_file_reports_the_last_record(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = write(path, seed_items())
    data = path.read_bytes()
    path.write_bytes(data[: offsets[-1] + (len(data) - offsets[-1]) // 2])
    results = _results(path)
    assert len(results) == len(offsets)
    assert [r.ok for r in results] == [True] * (len(offsets) - 1) + [False]
    assert results[-1].error_type == "ReadError"
    assert results[-1].origin == f"{path}@{offsets[-1]}"


def test_a_file_that_is_not_warc_gives_one_error_and_no_crash(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a WARC file\n" * 50)
    results = _results(path)
    assert [r.error_type for r in results] == ["ReadError"]


def test_gzip_that_is_not_gzip_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\n")[:8] + b"\xff" * 100)
    results = _results(path)
    assert results and all(r.error_type == "ReadError" for r in results)
    assert results[0].origin == f"{path}@0"


class _Pipe(io.RawIOBase):
    """Bytes that can be read once, in order, as from standard input: no seeking back."""

    def __init__(self, data: bytes) -> None:
        self.inner = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self.inner.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _pipe(data: bytes) -> io.BufferedReader:
    return io.BufferedReader(_Pipe(data))


def test_unseekable_stream_reads_until_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "stream.warc.gz"
    offsets = write(path, seed_items()[:2])

    records = list(read_warc(_pipe(path.read_bytes()), "<stdin>"))
    assert [r.kind for r in records] == ["text", "text"]
    assert [r.origin for r in records] == [f"<stdin>@{offset}" for offset in offsets]


@pytest.fixture(scope="module")
def packed_seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[int]]:
    path = tmp_path_factory.mktemp("fuzz") / "seeds.warc.gz"
    offsets = write(path, seed_items())
    return path.read_bytes(), offsets


@given(data=st.data())
def test_damage_anywhere_never_raises_and_spares_earlier_records(
    packed_seeds: tuple[bytes, list[int]], data: st.DataObject
) -> None:
    original, offsets = packed_seeds
    start = data.draw(st.integers(0, len(original) - 1), label="start")
    junk = data.draw(st.binary(min_size=1, max_size=64), label="junk")
    cut = data.draw(st.booleans(), label="cut")
    damaged = original[:start] + junk + (b"" if cut else original[start + len(junk) :])
    records = list(read_warc(io.BytesIO(damaged), "x.warc.gz"))
    intact = list(read_warc(io.BytesIO(original), "x.warc.gz"))
    for record in records:
        assert (record.content is None) == (record.error is not None)
        assert record.origin is not None and record.origin.startswith("x.warc.gz@")
    # Records wholly before the damage read exactly as before.
    ends = [*offsets[1:], len(original)]
    spared = [r for r, end in zip(intact, ends, strict=True) if end <= start]
    assert records[: len(spared)] == spared
    # A record given as read is the record as written: damage is reported, never passed on
    # as altered text.
    written = {r.origin: r for r in intact}
    assert all(r == written.get(r.origin) for r in records if r.error is None)


def test_damaged_deflate_data_is_reported_not_read_as_text() -> None:
    # The seeds as WET records (written by tests/_warcs.write before record ids were fixed),
    # two bytes of the first record's deflate data then overwritten with NUL: the case
    # Hypothesis found. warcio inflates the damaged member without a word, to text with
    # U+FFFD where "(IAA)" was, and then puts its own offset 6,090 bytes before the start
    # of the file.
    data = (TESTS_DATA / "warc" / "damaged_deflate.warc.gz").read_bytes()
    records = list(read_warc(io.BytesIO(data), "x.warc.gz"))
    assert [(r.origin, r.error_type) for r in records] == [
        ("x.warc.gz@253", "ReadError"),
        ("x.warc.gz@4309", None),
        ("x.warc.gz@7596", None),
        ("x.warc.gz@11534", None),
        ("x.warc.gz@17952", None),
    ]
    assert records[0].error == "corrupt gzip data in this record"
    seeds = [p.read_bytes().decode("utf-8") for p in seed_paths()]
    assert [r.content for r in records[1:]] == seeds[1:]


# A record's block: its bytes after the blank line that ends its WARC headers, as many as its
# Content-Length says. Its WARC-Block-Digest covers exactly these.
_CONTENT_LENGTH = re.compile(rb"\r\nContent-Length: (\d+)\r\n", re.I)


def _blocks(data: bytes, offsets: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each record's block in an uncompressed WARC."""
    bounds = []
    for offset in offsets:
        head_end = data.index(b"\r\n\r\n", offset) + 4
        found = _CONTENT_LENGTH.search(data, offset, head_end)
        assert found is not None
        bounds.append((head_end, head_end + int(found.group(1))))
    return bounds


@pytest.fixture(scope="module")
def plain_seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[int]]:
    path = tmp_path_factory.mktemp("plain") / "seeds.warc"
    offsets = write(path, seed_items(), gzip=False)
    return path.read_bytes(), offsets


@pytest.mark.parametrize("seekable", [True, False])
def test_damage_inside_an_uncompressed_record_is_reported(
    plain_seeds: tuple[bytes, list[int]], seekable: bool
) -> None:
    # One byte of the second record's text changed: nothing but its block digest shows it
    # (no gzip CRC, no length or header changed), from a file or from standard input.
    original, offsets = plain_seeds
    start, end = _blocks(original, offsets)[1]
    damaged = bytearray(original)
    damaged[(start + end) // 2] ^= 0x01
    stream = io.BytesIO(bytes(damaged)) if seekable else _pipe(bytes(damaged))
    records = list(read_warc(stream, "x.warc"))
    intact = list(read_warc(io.BytesIO(original), "x.warc"))
    assert [r.error_type for r in records] == [None, "ReadError", None, None, None]
    assert records[1].origin == f"x.warc@{offsets[1]}"
    assert records[1].error is not None and "WARC-Block-Digest" in records[1].error
    assert records[:1] + records[2:] == intact[:1] + intact[2:]


@given(data=st.data())
def test_damage_in_any_uncompressed_block_is_reported_and_spares_the_rest(
    plain_seeds: tuple[bytes, list[int]], data: st.DataObject
) -> None:
    original, offsets = plain_seeds
    blocks = _blocks(original, offsets)
    which = data.draw(st.integers(0, len(blocks) - 1), label="record")
    at = data.draw(st.integers(*blocks[which]).filter(lambda i: i < blocks[which][1]))
    flip = data.draw(st.integers(1, 255), label="xor")
    damaged = bytearray(original)
    damaged[at] ^= flip
    records = list(read_warc(io.BytesIO(bytes(damaged)), "x.warc"))
    intact = list(read_warc(io.BytesIO(original), "x.warc"))
    assert len(records) == len(intact)
    for index, (record, sound) in enumerate(zip(records, intact, strict=True)):
        if index == which:
            assert record.error is not None and "WARC-Block-Digest" in record.error
        else:
            assert record == sound


def test_damaged_deflate_read_from_standard_input_is_reported() -> None:
    # The member check needs to seek back; from a pipe the block digest still shows that
    # the inflated text is not what was written, and no altered text is passed on.
    data = (TESTS_DATA / "warc" / "damaged_deflate.warc.gz").read_bytes()
    records = list(read_warc(_pipe(data), "<stdin>"))
    assert records[0].origin == "<stdin>@253"
    assert records[0].error is not None and "WARC-Block-Digest" in records[0].error
    assert all(r.error is not None for r in records)


def test_a_payload_digest_that_does_not_match_is_not_damage(tmp_path: Path) -> None:
    # Crawlers compute the payload digest over different bytes (before or after a chunked
    # transfer encoding is undone), so a sound record can fail it: only the block digest
    # counts. The stated payload digest is replaced by another of the same length.
    path = tmp_path / "pages.warc"
    write(path, dev_items(), gzip=False)
    original = path.read_bytes()
    found = re.search(rb"WARC-Payload-Digest: sha1:([A-Z2-7]{32})", original)
    assert found is not None
    other = base64.b32encode(hashlib.sha1(b"another payload").digest())
    altered = original.replace(found.group(1), other)
    assert altered != original
    records = list(read_warc(io.BytesIO(altered), "x.warc"))
    assert records == list(read_warc(io.BytesIO(original), "x.warc"))
    assert all(r.error is None for r in records)


def test_records_without_digests_are_read(tmp_path: Path) -> None:
    path = tmp_path / "seeds.warc"
    write(path, seed_items(), gzip=False)
    original = path.read_bytes()
    # The digest fields renamed (same length, so every offset stays): no digest to check.
    bare = original.replace(b"WARC-Block-Digest:", b"X-Unchecked-Field:")
    bare = bare.replace(b"WARC-Payload-Digest:", b"X-Unchecked-Field-2:")
    assert b"Digest:" not in bare
    records = list(read_warc(io.BytesIO(bare), "x.warc"))
    assert [r.content for r in records] == [
        r.content for r in read_warc(io.BytesIO(original), "x.warc")
    ]
    assert all(r.error is None for r in records)
