"""WARC and WET files as Records (needs ``warcio``: ``pip install 'newsparse[warc]'``).

Response and resource records with HTML payloads become HTML records (charset from the
HTTP Content-Type), WET ``conversion`` records become text records; WARC-Target-URI is
the url and WARC-Date the reference date. Request, metadata, warcinfo and revisit records
hold no page and are passed over. Every other failure is a Record that says what went
wrong and where (``path@offset``): a non-page payload (image, PDF), a truncated record,
corrupt gzip, bytes that do not match the record's WARC-Block-Digest. After corrupt data the
reader looks for the next record and goes on.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

from .._html.sniff import is_gzip, kind_of, split_content_type
from .records import READ_ERROR, UNSUPPORTED, Record, RecordError, parse_timestamp

__all__ = ["WARC_SUFFIXES", "read_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet.gz")

_PAGE_RECORDS = frozenset({"response", "resource", "conversion"})
_OTHER_RECORDS = frozenset({"warcinfo", "request", "metadata", "revisit", "continuation"})
_SCAN_BLOCK = 1 << 20
_DRAIN_BLOCK = 1 << 16
_WARC_LINE = b"\nWARC/1."
_DIGEST_FAILED = (
    "damaged record: its bytes do not match its WARC-Block-Digest (when every record of a"
    " file says so, the tool that wrote the file stored wrong digests)"
)


def _error(
    origin: str, message: str, error_type: str = READ_ERROR, url: str | None = None
) -> Record:
    return Record(None, origin=origin, url=url, error=message, error_type=error_type)


def _read_payload(record: Any, max_bytes: int) -> tuple[bytes, bool]:
    """The (decoded) payload, cut at ``max_bytes``, and whether the record was complete."""
    stream = record.content_stream()
    # One byte over the limit, so the parser sees the page is over it and flags it.
    data: bytes = stream.read(max_bytes + 1)
    while stream.read(_DRAIN_BLOCK):  # drain, so that a short record shows in raw_stream
        pass
    remaining = getattr(record.raw_stream, "limit", 0)
    return data, not remaining


def _to_record(record: Any, origin: str, max_bytes: int) -> Record:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    try:
        reference = parse_timestamp(headers.get_header("WARC-Date"))
    except RecordError:
        reference = None
    http = record.http_headers
    declared = http.get_header("Content-Type") if http is not None else None
    media, charset = split_content_type(declared or headers.get_header("Content-Type"))
    if media is not None and media.startswith("application/http"):
        media = None  # a response whose HTTP headers were not parsed: sniff the payload
    try:
        payload, complete = _read_payload(record, max_bytes)
    except Exception as exc:  # bad chunked or Content-Encoding data: this record only
        message = f"payload could not be decoded ({type(exc).__name__}: {exc})"
        return _error(origin, message, url=url)
    if not complete:
        return _error(origin, "truncated record: shorter than its Content-Length", url=url)
    if _block_digest_failed(record):
        return _error(origin, _DIGEST_FAILED, url=url)
    kind = kind_of(media, payload[:4096])
    if kind not in ("html", "text"):
        return _error(origin, f"{kind} payload is not a page", UNSUPPORTED, url)
    if kind == "text":
        text = _decode(payload, charset)
        return Record(text, "text", url=url, reference=reference, origin=origin)
    return Record(payload, "html", url=url, reference=reference, encoding=charset, origin=origin)


def _block_digest_failed(record: Any) -> bool:
    """Whether the record states a block digest that its bytes, read in full, do not give.

    The block digest covers the record's bytes as stored, so it shows damage that nothing
    else can: in an uncompressed file, or in gzip read from a stream that cannot seek back
    for the member check. The payload digest is not used: crawlers compute it over
    different bytes (before or after a transfer encoding is undone), so a sound record can
    fail it. A record without a block digest passes.
    """
    checker = getattr(record, "digest_checker", None)
    problems = () if checker is None else checker.problems
    return any(problem.startswith("block digest failed") for problem in problems)


def _decode(payload: bytes, charset: str | None) -> str:
    try:
        return payload.decode(charset or "utf-8", "replace")
    except LookupError:  # a charset name Python does not know
        return payload.decode("utf-8", "replace")


def _records_from(
    stream: IO[bytes], name: str, max_bytes: int, iterator_cls: Any
) -> Iterator[Record | int]:
    """Records from the stream's position on; on unreadable data, an error Record and
    then the offset it happened at (an int) as the last item."""
    # Digests are checked as the bytes are read, and failures noted on the record (read by
    # _block_digest_failed); a SHA-1 over the record costs far less than parsing its page.
    archive = iterator_cls(stream, check_digests=True)
    offset: int = archive.offset
    check = _member_check(stream)
    try:
        for record in archive:
            offset = archive.offset
            if record.format != "warc":
                # warcio reads anything line-based as an old ARC file: here it is junk.
                raise ValueError("not a WARC record")
            if record.length is None:
                # Without its length a record swallows the rest of the file.
                raise ValueError("record without a valid Content-Length")
            if record.rec_type in _PAGE_RECORDS:
                page = _to_record(record, f"{name}@{offset}", max_bytes)
                # A record whose digest failed is checked too: corrupt gzip is told apart
                # (the reader then looks for the next member), and so is a wrong digest.
                if check is not None and page.error in (None, _DIGEST_FAILED):
                    archive.read_to_end()
                    if not check(offset, archive.offset):
                        yield _error(f"{name}@{offset}", "corrupt gzip data in this record")
                        yield offset
                        return
                yield page
            elif record.rec_type not in _OTHER_RECORDS:
                yield _error(f"{name}@{offset}", f"unknown WARC-Type {record.rec_type!r}")
    except Exception as exc:  # warcio raises many kinds for corrupt input
        # After corrupt data warcio's own offset can point before the last record it read,
        # even below zero: it subtracts a decoded line's length from a position in the
        # file. The damage is never before that record, and resuming past it keeps the
        # reader moving forward, so the offset is held there.
        offset = max(offset, getattr(archive, "offset", offset))
        yield _error(f"{name}@{offset}", f"unreadable WARC data ({type(exc).__name__}: {exc})")
        yield offset
        return
    end: int = archive.offset
    size = _size(stream)
    if size is not None and end < size:
        message = f"truncated WARC: {size - end} bytes at the end hold no record"
        yield _error(f"{name}@{end}", message)
        yield end


def read_warc(stream: IO[bytes], name: str, *, max_bytes: int = 20_000_000) -> Iterator[Record]:
    """Records of a WARC or WET stream (gzip per record, or uncompressed).

    Args:
        stream: A binary file; when it is seekable, reading resumes after corrupt data.
        name: Its name in record origins (``name@offset``).
        max_bytes: Payloads are cut to this size.

    Examples:
        >>> import io
        >>> [r.error_type for r in read_warc(io.BytesIO(b"WARC/1.0\\r\\nbroken"), "x.warc")]
        ['ReadError']
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield _error(name, "reading WARC needs warcio: pip install 'newsparse[warc]'")
        return
    while True:
        failed_at: int | None = None
        for item in _records_from(stream, name, max_bytes, ArchiveIterator):
            if isinstance(item, int):
                failed_at = item
            else:
                yield item
        if failed_at is None or not _seekable(stream):
            return
        resume = _next_record_start(stream, failed_at + 1)
        if resume is None:
            return
        stream.seek(resume)


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _size(stream: IO[bytes]) -> int | None:
    if not _seekable(stream):
        return None
    here = stream.tell()
    size = stream.seek(0, 2)
    stream.seek(here)
    return size


def _member_check(stream: IO[bytes]) -> Callable[[int, int], bool] | None:
    """For a seekable gzip stream, a test that a record's bytes (start, end) are one intact
    gzip member; None where there is nothing to check.

    warcio does not report a gzip member whose data is damaged: it writes zlib's error to
    stderr and goes on, so the record's text can come back altered (the CRC-32 that would
    show it is never compared). Inflating the member once more here, with the check, costs
    a fraction of parsing the page.
    """
    if not _seekable(stream) or not _gzipped(stream):
        return None

    def intact(start: int, end: int) -> bool:
        if end <= start:  # warcio's offset went back: it read past the member's end
            return False
        here = stream.tell()
        stream.seek(start)
        inflate = zlib.decompressobj(31)
        left = end - start
        # Read and inflated in slices: a record of any size, or a member that inflates
        # hugely, holds no more than a slice in memory.
        try:
            while left > 0 and (data := stream.read(min(left, _DRAIN_BLOCK))):
                left -= len(data)
                while data:
                    inflate.decompress(data, _DRAIN_BLOCK)
                    data = inflate.unconsumed_tail
            while not inflate.eof and inflate.decompress(b"", _DRAIN_BLOCK):
                pass
        except zlib.error:  # a damaged stream, or a CRC-32 or length that does not match
            return False
        finally:
            stream.seek(here)
        return inflate.eof and not inflate.unused_data

    return intact


def _gzipped(stream: IO[bytes]) -> bool:
    """Whether a seekable stream opens as gzip; its position is left where it was."""
    here = stream.tell()
    stream.seek(0)
    gzipped = is_gzip(stream.read(2))
    stream.seek(here)
    return gzipped


def _next_record_start(stream: IO[bytes], start: int) -> int | None:
    """Offset of the next readable record start at or after ``start``, or None."""
    gzipped = _gzipped(stream)
    position = start
    while True:
        stream.seek(position)
        block = stream.read(_SCAN_BLOCK + 16)
        if not block:
            return None
        found = _find_start(block, gzipped)
        if found is not None:
            return position + found
        position += _SCAN_BLOCK


def _find_start(block: bytes, gzipped: bool) -> int | None:
    if not gzipped:
        at = block.find(_WARC_LINE)
        return None if at < 0 else at + 1
    at = block.find(b"\x1f\x8b\x08")
    while at >= 0:
        # Three bytes also occur inside deflate data: accept a member that inflates to WARC.
        try:
            head = zlib.decompressobj(31).decompress(block[at : at + 1024], 16)
        except zlib.error:
            head = b""
        if head.startswith(b"WARC/"):
            return at
        at = block.find(b"\x1f\x8b\x08", at + 1)
    return None
