"""Input discovery: paths, directories, globs and stdin as a stream of Records.

``.txt`` files are text pages, ``.html``/``.htm``/``.shtml``/``.xhtml`` HTML pages,
``.jsonl``/``.ndjson`` (optionally gzipped) one record per line, ``.warc``/``.wet``
(optionally gzipped) WARC files; anything else is sniffed from its first bytes.
Directories are walked recursively (a directory's files in sorted order, then its
subdirectories), taking files with those suffixes and passing over hidden ones.
Nothing fails silently: a path that cannot be read becomes a Record holding the error.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Literal

from .._core.lazy import lazy_compile
from .._html.decode import read_html
from .._html.sniff import binary_kind, is_gzip, looks_like_html, looks_like_warc
from .records import BAD_RECORD, READ_ERROR, UNSUPPORTED, Record, RecordError, coerce_record
from .warc import WARC_SUFFIXES, read_warc

__all__ = ["INPUT_FORMATS", "InputFormat", "list_inputs", "read_jsonl", "read_records"]

InputFormat = Literal["auto", "text", "html", "jsonl", "warc"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "html", "jsonl", "warc")

_SUFFIXES: tuple[tuple[tuple[str, ...], InputFormat], ...] = (
    (WARC_SUFFIXES, "warc"),
    ((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"), "jsonl"),
    ((".html", ".htm", ".shtml", ".xhtml"), "html"),
    ((".txt",), "text"),
)
_GLOB_CHARS = frozenset("*?[")
_JSON_OBJECT_START = lazy_compile(rb'\s{0,64}\{\s{0,64}"')
_HEAD = 4096
STDIN_NAME = "<stdin>"
# JSON writes a byte of page as at most six ("\\u001f"): the longest line a page of
# max_input_bytes can need. Longer lines are read past in steps, never held whole.
_JSON_ESCAPING = 6
_DRAIN_BYTES = 1 << 20


def _format_of(path: str) -> InputFormat:
    name = path.lower()
    for suffixes, fmt in _SUFFIXES:
        if name.endswith(suffixes):
            return fmt
    return "auto"


def _error(origin: str, message: str, error_type: str = READ_ERROR) -> Record:
    return Record(None, origin=origin, error=message, error_type=error_type)


def read_jsonl(stream: IO[bytes], name: str, max_bytes: int = 20_000_000) -> Iterator[Record]:
    """Records of a JSON-lines stream, one object ``{"html"|"text": ..., "url": ...,
    "fetched_at": ...}`` per line; a bad line is a ``BadRecord`` at ``name:line``.

    A line longer than ``max_bytes`` x 6 (a page of ``max_bytes`` escaped as JSON) is
    skipped as a ``BadRecord`` without being held in memory.

    Examples:
        >>> lines = io.BytesIO('{"text": "正文"}\\nnot json\\n'.encode())
        >>> [(r.origin, r.kind, r.error_type) for r in read_jsonl(lines, "a.jsonl")]
        [('a.jsonl:1', 'text', None), ('a.jsonl:2', 'auto', 'BadRecord')]
    """
    limit = max_bytes * _JSON_ESCAPING
    number = 0
    try:
        while line := stream.readline(limit + 1):
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                _skip_line(stream)
                message = f"line over {limit:,} bytes (max_input_bytes escaped as JSON)"
                yield _error(f"{name}:{number}", message, BAD_RECORD)
            elif line.strip():
                yield _jsonl_record(line, f"{name}:{number}")
    except (OSError, EOFError, zlib.error) as exc:  # corrupt or truncated gzip
        yield _error(f"{name}:{number + 1}", f"unreadable data ({type(exc).__name__}: {exc})")


def _skip_line(stream: IO[bytes]) -> None:
    while chunk := stream.readline(_DRAIN_BYTES):
        if chunk.endswith(b"\n"):
            return


def _jsonl_record(line: bytes, origin: str) -> Record:
    try:
        value = json.loads(line)
    except ValueError as exc:  # also UnicodeDecodeError
        return _error(origin, f"line is not JSON ({exc})", BAD_RECORD)
    if not isinstance(value, dict):
        kind = type(value).__name__
        return _error(origin, f"line holds a JSON {kind}, not an object", BAD_RECORD)
    try:
        return coerce_record(value, origin)
    except RecordError as exc:
        return _error(origin, str(exc), BAD_RECORD)


def _page(data: bytes, fmt: InputFormat, name: str) -> Record:
    # Sniffed whatever the name says: a PDF saved as page.html is still a PDF.
    media = binary_kind(data[:_HEAD])
    if media is not None:
        return _error(name, f"{media} file is not a page", UNSUPPORTED)
    if fmt == "auto":
        fmt = "html" if looks_like_html(data[:_HEAD]) else "text"
    if fmt == "html":
        return Record(data, "html", origin=name)
    decoded = read_html(data)
    if decoded.problem is not None:
        return _error(name, decoded.problem, UNSUPPORTED)
    return Record(decoded.text, "text", origin=name)


def _sniffed(head: bytes, fmt: InputFormat) -> InputFormat:
    if fmt != "auto":
        return fmt
    if looks_like_warc(head):
        return "warc"
    if _first_line_is_object(head):
        return "jsonl"
    return "auto"


def _read_stream(
    stream: IO[bytes], name: str, fmt: InputFormat, max_bytes: int
) -> Iterator[Record]:
    head = _peek(stream)
    if is_gzip(head):
        if fmt == "warc" or (fmt == "auto" and looks_like_warc(_gunzip_head(stream))):
            # warcio unpacks record by record itself, which keeps offsets meaningful.
            yield from read_warc(stream, name, max_bytes=max_bytes)
            return
        # Other gzipped inputs (JSONL dumps, saved pages) are unpacked as they are read.
        stream = io.BufferedReader(gzip.GzipFile(fileobj=stream))
        head = _peek(stream)
    fmt = _sniffed(head, fmt)
    if fmt == "warc":
        yield from read_warc(stream, name, max_bytes=max_bytes)
    elif fmt == "jsonl":
        yield from read_jsonl(stream, name, max_bytes)
    else:
        # One more byte than the limit, so that the parser sees and flags the cut.
        yield _page(stream.read(max_bytes + 1), fmt, name)


def _read_path(path: str, fmt: InputFormat, max_bytes: int) -> Iterator[Record]:
    try:
        stream = open(path, "rb")  # noqa: SIM115 (closed below, after a generator)
    except OSError as exc:
        yield _error(path, f"cannot open ({exc.strerror or exc})")
        return
    with stream:
        fmt = fmt if fmt != "auto" else _format_of(path)
        try:
            yield from _read_stream(stream, path, fmt, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:  # also corrupt or truncated gzip
            yield _error(path, f"cannot read ({getattr(exc, 'strerror', None) or exc})")


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _format_of(name) != "auto":
                yield os.path.join(root, name)


def _expand(item: str) -> Iterator[str]:
    if item == "-" or os.path.isfile(item):
        yield item
    elif os.path.isdir(item):
        yield from _walk(item)
    elif _GLOB_CHARS & set(item):
        for match in sorted(glob.glob(item, recursive=True)):
            yield from (_walk(match) if os.path.isdir(match) else [match])
    else:
        yield item  # reported as unreadable when opened


def list_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files ``inputs`` name, directories walked and globs expanded, in order; a path
    that matches nothing stays, so that reading it reports the error.

    Examples:
        >>> list_inputs(["/no/such/dir/*.warc.gz"])
        ['/no/such/dir/*.warc.gz']
    """
    found: list[str] = []
    for raw in inputs:
        matched = list(_expand(os.fspath(raw)))
        found.extend(matched or [os.fspath(raw)])
    return found


def read_records(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    input_format: InputFormat = "auto",
    max_bytes: int = 20_000_000,
    stdin: IO[bytes] | None = None,
) -> Iterator[Record]:
    """Every page in ``inputs`` as a :class:`Record`, lazily, in order.

    Args:
        inputs: Paths of files or directories, glob patterns, or ``-`` for stdin.
        input_format: ``auto`` (by suffix, then by content), or one format for all.
        max_bytes: Pages and payloads are cut to this size.
        stdin: The stream ``-`` reads (default ``sys.stdin.buffer``).

    Raises:
        TypeError: ``inputs`` is not a path or an iterable of paths.

    Examples:
        >>> [r.error_type for r in read_records(["/no/such/file.txt"])]
        ['ReadError']
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if not isinstance(inputs, Iterable) or isinstance(inputs, bytes):
        raise TypeError(f"read_records() needs paths (str or Path), not {type(inputs).__name__}")
    for raw in inputs:
        if not isinstance(raw, (str, os.PathLike)):
            raise TypeError(f"an input must be a path (str or Path), not {type(raw).__name__}")
        matched = False
        for path in _expand(os.fspath(raw)):
            matched = True
            if path == "-":
                yield from _read_stream(_stdin(stdin), STDIN_NAME, input_format, max_bytes)
            else:
                yield from _read_path(path, input_format, max_bytes)
        if not matched and not os.path.isdir(raw):  # an empty directory is no error
            yield _error(os.fspath(raw), "no file matches this pattern")


def _stdin(stream: IO[bytes] | None) -> IO[bytes]:
    if stream is not None:
        return stream
    return sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO()


def _peek(stream: IO[bytes]) -> bytes:
    """The first bytes, leaving the stream where it was (buffering it when needed)."""
    peek = getattr(stream, "peek", None)
    if peek is not None:  # buffered streams, stdin among them
        head: bytes = peek(_HEAD)[:_HEAD]
        return head
    if stream.seekable():
        here = stream.tell()
        head = stream.read(_HEAD)
        stream.seek(here)
        return head
    return b""


def _gunzip_head(stream: IO[bytes]) -> bytes:
    if not stream.seekable():
        return b""  # a gzip pipe: assume WARC, the common case
    here = stream.tell()
    try:
        return gzip.GzipFile(fileobj=stream).read(_HEAD)
    except (OSError, EOFError):
        return b""
    finally:
        stream.seek(here)


def _first_line_is_object(head: bytes) -> bool:
    # A record line holding a whole page is longer than the head: look at its start only.
    return _JSON_OBJECT_START.match(head) is not None
