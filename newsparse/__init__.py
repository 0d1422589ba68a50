"""newsparse: clean, typed articles from Chinese-language news pages.

Examples:
    >>> import newsparse
    >>> a = newsparse.parse("中新社北京3月31日电 (苏婧欣 赵婧姝)英国企业将中国视为创新策源地。(完)")
    >>> a.dateline.agency, a.authors
    ('中新社', ('苏婧欣', '赵婧姝'))
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from ._api import parse, parse_html, parse_text
from ._batch.many import ARTICLE_FIELDS, Parser, ParseResult, parse_many
from ._chinese.fingerprint import fingerprint_distance
from ._chinese.script import convert, detect_script, normalize, to_simplified, to_traditional
from ._core.article import Article, Credit, Dateline, Image, ListingItem
from ._core.config import Config
from ._core.errors import NewsparseError
from ._dates.search import DateMatch, find_dates, parse_date
from ._news.dateline import parse_dateline

try:
    __version__ = version("newsparse")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "ARTICLE_FIELDS",
    "Article",
    "Config",
    "Credit",
    "DateMatch",
    "Dateline",
    "Image",
    "ListingItem",
    "NewsparseError",
    "ParseResult",
    "Parser",
    "__version__",
    "convert",
    "detect_script",
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
