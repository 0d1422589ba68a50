"""Parsing many pages: a picklable ``Parser``, ``parse_many`` and its ``ParseResult``."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._api import parse, parse_html, parse_text
from .._core.article import Article
from .._core.checks import check_positive_int, check_reference
from .._core.config import Config, resolve_config
from .._core.inputs import PageInput
from .._html.decode import codec_for, read_html
from .._html.sniff import binary_kind, is_compressed
from .records import UNSUPPORTED, Record, RecordError, coerce_record
from .schema import ARTICLE_FIELDS, RESULT_FIELDS, article_row, empty_row

__all__ = ["ARTICLE_FIELDS", "RESULT_FIELDS", "ParseResult", "Parser", "parse_many"]

Status = Literal["article", "listing", "empty", "error", "skipped"]
STATUSES: tuple[Status, ...] = ("article", "listing", "empty", "error", "skipped")

_DEFAULT_CHUNKSIZE = 16
# Bytes (or characters) the payload sniffer looks at: where every signature sits.
_SNIFF = 4096


@dataclass(frozen=True)
class ParseResult:
    """What became of one record: its Article, or why there is none.

    Attributes:
        index: Position of the record in the input, from 0.
        article: The parsed page; None when the record failed or was skipped.
        error: What went wrong, as a message.
        error_type: The exception's class name (``TypeError``, ``RecordError`` ...) or a
            reader's error type (``ReadError``, ``BadRecord``, ``UnsupportedPayload``).
        origin: Where the record came from: a path, ``path:line``, ``path@offset``.
        url: The record's address, when known (also when it failed).

    Examples:
        >>> r = ParseResult(0, error="not JSON", error_type="BadRecord", origin="a.jsonl:3")
        >>> r.ok, r.status
        (False, 'error')
    """

    index: int
    article: Article | None = None
    error: str | None = None
    error_type: str | None = None
    origin: str | None = None
    url: str | None = None

    @property
    def ok(self) -> bool:
        """True when there is an Article (of any page type)."""
        return self.article is not None

    @property
    def status(self) -> Status:
        """``article``, ``listing`` or ``empty`` (the page type), ``skipped`` (not a page:
        an image, a PDF) or ``error``."""
        if self.article is not None:
            return self.article.page_type
        return "skipped" if self.error_type == "UnsupportedPayload" else "error"

    def to_row(self) -> dict[str, Any]:
        """A flat row of ``RESULT_FIELDS`` (see :data:`newsparse.ARTICLE_FIELDS`).

        Examples:
            >>> ParseResult(0, Article(title="标题"), origin="a.txt").to_row()["title"]
            '标题'
        """
        row: dict[str, Any] = {
            "origin": self.origin,
            "status": self.status,
            "error_type": self.error_type,
            "error": self.error,
        }
        row.update(empty_row() if self.article is None else article_row(self.article))
        return row


class Parser:
    """A reusable, picklable parse function for engines (Dask, Spark, process pools).

    It holds only a :class:`~newsparse.Config` and pickles as that config; what parsing
    needs beyond it (converters, compiled tables) is built lazily in each process that
    uses it.

    Examples:
        >>> p = Parser(Config(script="simplified"))
        >>> p({"text": "英國企業將中國視為創新策源地。", "url": "https://example.cn/1"}).url
        'https://example.cn/1'
        >>> import pickle
        >>> pickle.loads(pickle.dumps(p)).config == p.config
        True
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = resolve_config(config, func="Parser()")

    def __repr__(self) -> str:
        return f"Parser({self.config!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Parser) and other.config == self.config

    def __hash__(self) -> int:
        return hash(self.config)

    def __reduce__(self) -> tuple[type[Parser], tuple[Config]]:
        return (Parser, (self.config,))

    def __call__(
        self,
        page_or_record: PageInput | Mapping[str, Any] | Record,
        *,
        reference: _dt.datetime | None = None,
    ) -> Article:
        """Parse one page or record.

        Args:
            page_or_record: A page (str, bytes or BeautifulSoup), a dict with ``html`` or
                ``text`` (and ``url``, ``fetched_at``, ``encoding``), or a Record from a
                reader.
            reference: Used when the record has no ``fetched_at`` of its own.

        Raises:
            TypeError: Not a page or record, or ``reference`` not a date/datetime.
            RecordError: A record without a page, or one its reader could not read.
        """
        check_reference(reference, "Parser")
        record = coerce_record(page_or_record)
        if record.error is not None or record.content is None:
            raise RecordError(record.error or "record has no content")
        ref = record.reference or reference
        content = record.content
        if record.kind == "text":
            if isinstance(content, bytes):  # in any encoding, like HTML; never garbled
                content = read_html(content, record.encoding).text
            return parse_text(content, url=record.url, reference=ref, config=self.config)
        if record.kind == "html":
            # A record's charset is what its server sent; one no codec knows ("utf8mb4",
            # "none") is ignored, as browsers ignore it, rather than fail the record.
            encoding = record.encoding
            if encoding is not None and codec_for(encoding) is None:
                encoding = None
            return parse_html(
                content, url=record.url, encoding=encoding, reference=ref, config=self.config
            )
        return parse(content, url=record.url, reference=ref, config=self.config)


def _origin_and_url(record: Any) -> tuple[str | None, str | None]:
    if isinstance(record, Record):
        return record.origin, record.url
    if isinstance(record, dict):
        url = record.get("url")
        return None, url if isinstance(url, str) else None
    return None, None


def _parse_one(
    parser: Parser, reference: _dt.datetime | None, index: int, record: Any
) -> ParseResult:
    origin, url = _origin_and_url(record)
    if isinstance(record, Record) and record.error is not None:
        return ParseResult(index, None, record.error, record.error_type, origin, url)
    try:
        media = _not_a_page(record)
        if media is not None:  # a PDF or an image among the pages: skipped, and said so
            return ParseResult(index, None, f"{media} is not a page", UNSUPPORTED, origin, url)
        article = parser(record, reference=reference)
    except Exception as exc:  # one bad record must not stop a batch of millions
        return ParseResult(index, None, str(exc) or repr(exc), type(exc).__name__, origin, url)
    return ParseResult(index, article, origin=origin, url=url or article.url)


def _not_a_page(record: Any) -> str | None:
    """What a record's content is when it is no page (a PDF, an image, binary data)."""
    content = coerce_record(record).content
    if isinstance(content, str):
        content = content[:_SNIFF].encode("latin-1", "replace")
    if not content or is_compressed(content[:2]):
        return None  # compressed bodies are inflated, and then sniffed, by parse_html
    kind = binary_kind(content[:_SNIFF])
    return None if kind is None else "binary data" if kind == "binary" else f"{kind} data"


def _parse_chunk(
    parser: Parser, reference: _dt.datetime | None, chunk: list[tuple[int, Any]]
) -> list[ParseResult]:
    return [_parse_one(parser, reference, index, record) for index, record in chunk]


def _crashed(item: tuple[int, Any], exc: BaseException) -> ParseResult:
    origin, url = _origin_and_url(item[1])
    message = f"the worker process died while parsing this record ({exc})"
    return ParseResult(item[0], None, message, "WorkerCrashed", origin, url)


def _check_arguments(workers: Any, chunksize: Any, reference: Any) -> None:
    check_positive_int(workers, "parse_many()", "workers")
    if chunksize is not None:
        check_positive_int(chunksize, "parse_many()", "chunksize")
    check_reference(reference, "parse_many")


def parse_many(
    records: Iterable[PageInput | Mapping[str, Any] | Record],
    *,
    config: Config | None = None,
    workers: int = 1,
    reference: _dt.datetime | None = None,
    chunksize: int | None = None,
) -> Iterator[ParseResult]:
    """Parse a stream of pages, yielding one :class:`ParseResult` per record, in order.

    A bad record (not a page, a malformed dict, a reader's error) becomes a result with
    ``error`` and ``error_type`` set; nothing is raised for it and nothing is dropped.

    Args:
        records: Pages (str, bytes, BeautifulSoup), dicts ``{"html"|"text": ..., "url": ...,
            "fetched_at": ...}`` (``fetched_at`` resolves dates written without a year),
            or Records from :func:`newsparse.integrations.read_records`. Read lazily.
        config: Options for every record.
        workers: Processes; above 1, a spawn-safe pool whose output is identical to
            ``workers=1``. Call it under ``if __name__ == "__main__":`` in scripts.
        reference: The reference date of records without a ``fetched_at``.
        chunksize: Records per task sent to a worker (default 16).

    Raises:
        TypeError: ``records`` is a single page or dict, or another argument has the wrong
            type, or ``config`` cannot be pickled for ``workers > 1``.
        ConfigError: ``workers`` or ``chunksize`` below 1.

    Examples:
        >>> pages = ["新华社北京2月29日电 国务院印发通知。", {"html": 42}]
        >>> [(r.status, r.error_type) for r in parse_many(pages)]
        [('article', None), ('error', 'RecordError')]
    """
    if isinstance(records, (str, bytes, bytearray, dict)) or not isinstance(records, Iterable):
        raise TypeError(
            "parse_many() needs an iterable of records (a list, a generator ...); "
            "for a single page call newsparse.parse()"
        )
    _check_arguments(workers, chunksize, reference)
    parser = Parser(resolve_config(config, func="parse_many()"))
    numbered = enumerate(records)
    if workers == 1:
        return (_parse_one(parser, reference, i, record) for i, record in numbered)
    # Imported here: the pool's modules (multiprocessing, concurrent.futures, pickle) are a
    # large share of import time, and a single process needs none of them.
    import pickle

    from .pool import ordered_map

    try:
        pickle.dumps(parser.config)
    except Exception as exc:
        raise TypeError(
            "parse_many(workers > 1) sends the config to other processes, and this one does "
            f"not pickle ({exc}); use a module-level converter function"
        ) from exc
    task = functools.partial(_parse_chunk, parser, reference)
    size = chunksize or _DEFAULT_CHUNKSIZE
    return ordered_map(task, numbered, workers=workers, chunksize=size, crashed=_crashed)
