"""Building WARC and WET files for tests with warcio's own writer (no WARC is stored in the
repository: the payloads are the seeds, the shared dev pages, or the page slice of
tests/data/pages when ../shared is absent)."""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

warcio = pytest.importorskip("warcio", reason="WARC tests need warcio (newsparse[warc])")
from _helpers import SHARED, seed_paths, slice_texts  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

# A 1x1 PNG and the start of a PDF: payloads a crawl is full of that are no pages.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


@dataclass(frozen=True)
class Item:
    """One record to write."""

    uri: str
    payload: bytes
    content_type: str | None  # None: no Content-Type header at all
    rec_type: str = "response"  # response, conversion, request, resource
    date: str = "2025-03-31T08:00:00Z"


def write(path: Path, items: list[Item], *, gzip: bool = True) -> list[int]:
    """Write ``items`` to ``path`` (a warcinfo record first); return each item's offset."""
    offsets: list[int] = []
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        info = writer.create_warcinfo_record(path.name, {"software": "tests"})
        _fix_headers(info, 0, "2025-03-31T08:00:00Z")
        writer.write_record(info)
        for index, item in enumerate(items, 1):
            offsets.append(stream.tell())
            record = _record(writer, item)
            _fix_headers(record, index, item.date)
            writer.write_record(record)
    return offsets


def _fix_headers(record: Any, index: int, date: str) -> None:
    """Fixed record ids and dates, where warcio writes random ones and the clock: the same
    items make the same bytes, so a property test that damages them draws the same cases
    on every run (the CI profile is derandomized)."""
    record.rec_headers.replace_header("WARC-Record-ID", f"<{uuid.UUID(int=index).urn}>")
    record.rec_headers.replace_header("WARC-Date", date)


def _record(writer: WARCWriter, item: Item) -> object:
    headers = {"WARC-Date": item.date}
    if item.rec_type == "response":
        http = [] if item.content_type is None else [("Content-Type", item.content_type)]
        status = StatusAndHeaders("200 OK", http, protocol="HTTP/1.1")
        return writer.create_warc_record(
            item.uri,
            "response",
            payload=io.BytesIO(item.payload),
            http_headers=status,
            warc_headers_dict=headers,
        )
    return writer.create_warc_record(
        item.uri,
        item.rec_type,
        payload=io.BytesIO(item.payload),
        warc_content_type=item.content_type or "application/octet-stream",
        warc_headers_dict=headers,
    )


def seed_items() -> list[Item]:
    """The seeds as WET conversion records (UTF-8 text, as Common Crawl writes them)."""
    return [
        Item(f"https://seeds.example.cn/{p.stem}", p.read_bytes(), "text/plain", "conversion")
        for p in seed_paths()
    ]


def dev_pages(limit: int = 6) -> list[dict[str, str]]:
    """Real pages of ../shared/data/html_dev.jsonl, or the page slice when it is absent."""
    path = SHARED / "data" / "html_dev.jsonl"
    if not path.exists():
        return _slice_pages()[:limit]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if row.get("html")][:limit]


def _slice_pages() -> list[dict[str, str]]:
    """The slice's pages as html_dev rows."""
    return [
        {"html": text, "url": f"https://pages.example.cn/{i}.html"}
        for i, (_, text) in enumerate(slice_texts())
    ]


def dev_items(limit: int = 6) -> list[Item]:
    """Real HTML pages as response records, every other one re-encoded to GB18030 with the
    charset given only by the HTTP header."""
    items = []
    for i, row in enumerate(dev_pages(limit)):
        html: str = row["html"]
        if i % 2:
            items.append(Item(row["url"], html.encode("gb18030"), "text/html; charset=GB18030"))
        else:
            items.append(Item(row["url"], html.encode("utf-8"), "text/html; charset=utf-8"))
    return items


def binary_items() -> list[Item]:
    """An image and a PDF response."""
    return [
        Item("https://img.example.cn/1.png", PNG, "image/png"),
        Item("https://docs.example.cn/a.pdf", PDF, "application/pdf"),
    ]
