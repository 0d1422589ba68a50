"""newsparse: clean, typed articles from Chinese-language news pages.

Examples:
    >>> import newsparse
    >>> a = newsparse.parse("中新社北京3月31日电 (苏婧欣 赵婧姝)英国企业将中国视为创新策源地。(完)")
    >>> a.dateline.agency, a.authors
    ('中新社', ('苏婧欣', '赵婧姝'))
"""

from __future__ import annotations

from ._api import explain, parse, parse_html, parse_text
from ._batch.many import ARTICLE_FIELDS, Parser, ParseResult, parse_many
from ._batch.records import RecordError
from ._chinese.fingerprint import fingerprint_distance
from ._chinese.script import convert, detect_script, normalize, to_simplified, to_traditional
from ._core.article import (
    Article,
    Credit,
    CreditRole,
    Dateline,
    Image,
    ListingItem,
    PageType,
    Script,
)
from ._core.config import Config
from ._core.errors import ConfigError, InputTooLargeError, NewsparseError, UnknownConversionError
from ._core.inputs import HtmlInput, PageInput
from ._core.public import report_as as _report_as
from ._dates.search import DateMatch, find_dates, parse_date
from ._extract.explain import ExplainedBlock, Explanation
from ._news.dateline import parse_dateline

__all__ = [
    "ARTICLE_FIELDS",
    "Article",
    "Config",
    "ConfigError",
    "Credit",
    "CreditRole",
    "DateMatch",
    "Dateline",
    "ExplainedBlock",
    "Explanation",
    "HtmlInput",
    "Image",
    "InputTooLargeError",
    "ListingItem",
    "NewsparseError",
    "PageInput",
    "PageType",
    "ParseResult",
    "Parser",
    "RecordError",
    "Script",
    "UnknownConversionError",
    "__version__",
    "convert",
    "detect_script",
    "explain",
    "find_dates",
    "fingerprint_distance",
    "normalize",
    "parse",
    "parse_date",
    "parse_dateline",
    "parse_html",
    "parse_many",
    "parse_text",
    "to_simplified",
    "to_traditional",
]

# Pickles, reprs and tracebacks name these objects newsparse.Article, not the private module
# that happens to define them today.
_report_as(__name__, [globals()[name] for name in __all__ if name != "__version__"])


__version__: str  # no value here: __getattr__ reads it from the package metadata when asked


def __getattr__(name: str) -> str:
    # importlib.metadata costs more to import than any module of newsparse (it brings email,
    # zipfile, csv and pathlib), and most programs never ask for the version.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("newsparse")
        except PackageNotFoundError:  # running from a source tree that was never installed
            found = "0.0.0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "__version__"})
