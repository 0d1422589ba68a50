"""Writing batch results for the command line: JSON lines, a JSON array, or CSV; and the
counts its ``--stats`` summary prints."""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any, Literal, Protocol

from .._core.lazy import lazy_compile
from .many import STATUSES, ParseResult
from .schema import ARTICLE_FIELDS, JSON_FIELDS, article_row

__all__ = [
    "FIELDS",
    "OUTPUT_FORMATS",
    "Stats",
    "Writer",
    "encodable_row",
    "make_writer",
    "result_dict",
]

OutputFormat = Literal["jsonl", "json", "csv"]
OUTPUT_FORMATS: tuple[OutputFormat, ...] = ("jsonl", "json", "csv")

_SUMMARY = (
    ("article", "articles"),
    ("listing", "listings"),
    ("empty", "empty"),
    ("skipped", "skipped"),
    ("error", "errors"),
)
assert {status for status, _ in _SUMMARY} == set(STATUSES)

_SURROGATE = lazy_compile("[\ud800-\udfff]")

#: Every column the command can print: the Article's fields, then where it came from.
FIELDS: tuple[str, ...] = (*(name for name, _ in ARTICLE_FIELDS), "origin")


def result_dict(
    result: ParseResult, fields: tuple[str, ...], *, flat: bool = False
) -> dict[str, Any]:
    """The chosen fields of a result that has an article; ``flat`` JSON-encodes nested
    values and lists (for CSV).

    Examples:
        >>> from newsparse import Article
        >>> r = ParseResult(0, Article(title="标题", paragraphs=("正文。",)), origin="a.txt")
        >>> result_dict(r, ("title", "paragraphs", "origin"))
        {'title': '标题', 'paragraphs': ['正文。'], 'origin': 'a.txt'}
        >>> result_dict(r, ("paragraphs", "truncated"), flat=True)
        {'paragraphs': '["正文。"]', 'truncated': 'false'}
    """
    assert result.article is not None
    data = article_row(result.article) if flat else result.article.to_dict()
    data["origin"] = result.origin
    row = {name: data[name] for name in fields}
    if flat:
        for name, value in row.items():
            if isinstance(value, bool):
                row[name] = "true" if value else "false"
            elif isinstance(value, list) and name not in JSON_FIELDS:
                row[name] = json.dumps(value, ensure_ascii=False)
    return row


def encodable_row(row: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """``row`` with every character UTF-8 cannot hold (a lone surrogate) as U+FFFD, and how
    many there were. Parsing never produces one; a caller's url or a file name can.

    Examples:
        >>> encodable_row({"url": "http://a.cn/\\ud800", "authors": ["张\\udcff三"], "n": 1})
        ({'url': 'http://a.cn/�', 'authors': ['张�三'], 'n': 1}, 2)
    """
    count = 0

    def repair(value: Any) -> Any:
        nonlocal count
        if isinstance(value, str):
            fixed, found = _SURROGATE.subn("\ufffd", value)
            count += found
            return fixed
        if isinstance(value, list):
            return [repair(item) for item in value]
        if isinstance(value, dict):
            return {key: repair(item) for key, item in value.items()}
        return value

    return {key: repair(value) for key, value in row.items()}, count


class Writer(Protocol):
    """Where results go, one row at a time (nothing is held back in memory)."""

    def write(self, row: dict[str, Any]) -> None: ...  # pragma: no cover - protocol

    def close(self) -> None: ...  # pragma: no cover - protocol


class _JsonLines:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, row: dict[str, Any]) -> None:
        self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class _JsonArray:
    """A JSON array written item by item, so that a million articles need no memory."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, row: dict[str, Any]) -> None:
        separator = "[\n" if self.count == 0 else ",\n"
        self.stream.write(separator + json.dumps(row, ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class _Csv:
    def __init__(self, stream: IO[str], fields: tuple[str, ...]) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=fields, lineterminator="\n")
        self.writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self.writer.writerow(row)

    def close(self) -> None:
        self.stream.flush()


def make_writer(fmt: OutputFormat, stream: IO[str], fields: tuple[str, ...]) -> Writer:
    """A writer of ``fmt`` rows to ``stream``.

    Examples:
        >>> import io
        >>> out = io.StringIO()
        >>> w = make_writer("json", out, ("title",))
        >>> w.write({"title": "一"}); w.close()
        >>> out.getvalue()
        '[\\n{"title": "一"}\\n]\\n'
    """
    if fmt == "csv":
        return _Csv(stream, fields)
    if fmt == "json":
        return _JsonArray(stream)
    return _JsonLines(stream)


@dataclass
class Stats:
    """Counts of results by status; they add up to ``pages``, the records read.

    Examples:
        >>> s = Stats()
        >>> s.add(ParseResult(0, error="x", error_type="BadRecord"))
        >>> s.pages, s.counts["error"]
        (1, 1)
    """

    counts: Counter[str] = field(default_factory=Counter)

    @property
    def pages(self) -> int:
        """Records seen."""
        return sum(self.counts.values())

    def add(self, result: ParseResult) -> None:
        """Count one result."""
        self.counts[result.status] += 1

    def summary(self, seconds: float) -> str:
        """One line: pages, each status, time and throughput.

        Examples:
            >>> Stats().summary(0.5)
            'pages=0 articles=0 listings=0 empty=0 skipped=0 errors=0 seconds=0.50 pages/s=0.0'
        """
        parts = [f"pages={self.pages}"]
        parts += [f"{label}={self.counts[status]}" for status, label in _SUMMARY]
        rate = self.pages / seconds if seconds > 0 else 0.0
        parts += [f"seconds={seconds:.2f}", f"pages/s={rate:.1f}"]
        return " ".join(parts)
