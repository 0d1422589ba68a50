"""The public surface is locked: adding or removing a public name is a deliberate act.

When a name is added to ``newsparse.__all__``, add it here, to docs/api.md and to the
changelog in the same commit.
"""

from __future__ import annotations

import inspect
from importlib.metadata import version

import pytest

import newsparse

EXPECTED_ALL = [
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

# DESIGN.md section 2: the keyword-only parameters each entry point accepts, by name.
CONTRACT_KEYWORDS = {
    "parse": {"url", "reference", "config"},
    "parse_text": {"url", "reference", "config"},
    "parse_html": {"url", "encoding", "reference", "config"},
    "parse_many": {"config", "workers"},
    "parse_date": {"reference", "tz"},
    "parse_dateline": {"reference"},
}


def test_all_is_exactly_the_locked_list() -> None:
    assert newsparse.__all__ == EXPECTED_ALL


def test_all_is_sorted_and_unique() -> None:
    assert newsparse.__all__ == sorted(set(newsparse.__all__))


@pytest.mark.parametrize("name", EXPECTED_ALL)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(newsparse, name) is not None


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from newsparse import *", namespace)
    namespace.pop("__builtins__", None)
    assert sorted(namespace) == EXPECTED_ALL


@pytest.mark.parametrize("name", sorted(CONTRACT_KEYWORDS))
def test_entry_points_take_the_contract_keywords(name: str) -> None:
    params = inspect.signature(getattr(newsparse, name)).parameters
    keyword_only = {p for p, v in params.items() if v.kind is inspect.Parameter.KEYWORD_ONLY}
    assert CONTRACT_KEYWORDS[name] <= keyword_only


def test_version_comes_from_the_package_metadata() -> None:
    assert newsparse.__version__ == version("newsparse")


def test_public_names_live_in_private_modules() -> None:
    # Implementation modules are private, so users cannot come to depend on them.
    for name in EXPECTED_ALL:
        module = getattr(getattr(newsparse, name), "__module__", None)
        if module is not None and module.startswith("newsparse."):
            assert module.split(".")[1].startswith("_"), (name, module)
