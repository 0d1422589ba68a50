"""Records: one page to parse, with where it came from and what is known about it.

Readers (files, JSONL, WARC/WET) turn their input into ``Record`` values; a record that
could not be read still becomes a ``Record`` that carries the error, so that batch counts
add up to the input. User records (str, bytes or dicts) are coerced to the same form.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._core.errors import NewsparseError
from .._core.inputs import PageInput, is_soup

__all__ = [
    "BAD_RECORD",
    "READ_ERROR",
    "UNSUPPORTED",
    "Record",
    "RecordError",
    "RecordKind",
    "coerce_record",
    "parse_timestamp",
]

RecordKind = Literal["auto", "html", "text"]

# Stable error types for problems found while reading, before any parsing.
READ_ERROR = "ReadError"  # unreadable file, corrupt gzip, truncated WARC record
BAD_RECORD = "BadRecord"  # a JSONL line that is not JSON, or a record without a page
UNSUPPORTED = "UnsupportedPayload"  # images, PDFs, binary files: skipped, not failed

_PAGE_KEYS: tuple[tuple[str, RecordKind], ...] = (("html", "html"), ("text", "text"))


class RecordError(NewsparseError, ValueError):
    """A record that holds no parseable page (its reader's error, or a malformed dict).

    :func:`newsparse.parse_many` never raises it: the record's result carries it as
    ``error_type``. :class:`newsparse.Parser` raises it when called on such a record.

    Examples:
        >>> import newsparse
        >>> newsparse.Parser()({"url": "https://example.cn/1"})
        Traceback (most recent call last):
        ...
        newsparse.RecordError: record has no page: give it an 'html' or a 'text' key
    """


@dataclass(frozen=True)
class Record:
    """One page to parse.

    Attributes:
        content: The page: HTML as str or bytes, or text as str. None when unreadable.
        kind: ``"html"``, ``"text"``, or ``"auto"`` (decided as :func:`newsparse.parse` does).
        url: The page's address (a WARC-Target-URI, a JSONL ``url``).
        reference: When the page was fetched; resolves dates written without a year.
        encoding: The charset its HTTP response declared.
        origin: Where it came from: a path, ``path:line`` or ``path@offset``.
        error: Why it could not be read (then ``content`` is None).
        error_type: ``ReadError``, ``BadRecord`` or ``UnsupportedPayload``.

    Examples:
        >>> Record("<p>正文</p>", "html", origin="a.warc.gz@0").skipped
        False
        >>> image = Record(None, origin="a.warc.gz@812", error="image/jpeg",
        ...                error_type="UnsupportedPayload")
        >>> image.skipped
        True
    """

    content: str | bytes | None = None
    kind: RecordKind = "auto"
    url: str | None = None
    reference: _dt.datetime | None = None
    encoding: str | None = None
    origin: str | None = None
    error: str | None = None
    error_type: str | None = None

    @property
    def skipped(self) -> bool:
        """True for a record that is not a page at all (an image, a PDF), which is
        reported but not counted as a failure."""
        return self.error_type == UNSUPPORTED


def parse_timestamp(value: Any) -> _dt.datetime | None:
    """A record's fetch time as a datetime: datetime, date, ISO-8601 text or epoch seconds.

    Raises:
        RecordError: ``value`` is none of these.

    Examples:
        >>> parse_timestamp("2024-04-29T09:00:32Z")
        datetime.datetime(2024, 4, 29, 9, 0, 32, tzinfo=datetime.timezone.utc)
        >>> parse_timestamp(None) is None
        True
    """
    if value is None or isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return _dt.datetime.fromtimestamp(value, _dt.timezone.utc)
        except (OverflowError, OSError, ValueError) as exc:
            raise RecordError(f"fetched_at {value!r} is out of range") from exc
    if isinstance(value, str):
        text = value.strip()
        # Python 3.10's fromisoformat does not take the "Z" that WARC dates end with.
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return _dt.datetime.fromisoformat(text)
        except ValueError as exc:
            raise RecordError(f"fetched_at {value!r} is not an ISO-8601 date") from exc
    raise RecordError(f"fetched_at must be a datetime or ISO-8601 text, not {type(value).__name__}")


def _from_mapping(data: Mapping[str, Any], origin: str | None) -> Record:
    for key, kind in _PAGE_KEYS:
        content = data.get(key)
        if content is None:
            continue
        if not isinstance(content, (str, bytes, bytearray)):
            raise RecordError(f"record[{key!r}] must be str or bytes, not {type(content).__name__}")
        url = data.get("url")
        encoding = data.get("encoding")
        return Record(
            content=bytes(content) if isinstance(content, bytearray) else content,
            kind=kind,
            url=url if isinstance(url, str) else None,
            reference=parse_timestamp(data.get("fetched_at")),
            encoding=encoding if isinstance(encoding, str) else None,
            origin=origin,
        )
    raise RecordError("record has no page: give it an 'html' or a 'text' key")


def coerce_record(
    value: PageInput | Mapping[str, Any] | Record, origin: str | None = None
) -> Record:
    """Turn a user record into a :class:`Record`.

    Args:
        value: A page (str: HTML or text, detected; bytes or a BeautifulSoup: HTML), a
            mapping with ``html`` or ``text`` and optionally ``url``, ``fetched_at`` and
            ``encoding``, or a Record.
        origin: Where it came from, for error messages.

    Raises:
        RecordError: A mapping without a page, or with a malformed ``fetched_at``.
        TypeError: ``value`` is none of the above.

    Examples:
        >>> coerce_record({"text": "正文", "url": "https://example.cn/1"}).kind
        'text'
        >>> coerce_record(b"<p>x</p>").kind
        'html'
    """
    if isinstance(value, Record):
        return value
    if isinstance(value, str):
        return Record(value, "auto", origin=origin)
    if isinstance(value, (bytes, bytearray)):
        return Record(bytes(value), "html", origin=origin)
    if isinstance(value, Mapping):
        return _from_mapping(value, origin)
    if is_soup(value):
        return Record(str(value), "html", origin=origin)  # a BeautifulSoup serialises itself
    raise TypeError(
        "a record must be a page (str, bytes or BeautifulSoup), a dict with an 'html' or "
        f"'text' key, or a newsparse Record, not {type(value).__name__}"
    )
