"""Golden files: what a careful editor reads off each seed page.

Each ``tests/data/seeds/*.json`` holds the expected ``Article.to_dict()`` (without the derived
keys) and notes on the decisions taken while reading the seed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _helpers import SEEDS_DIR, TESTS_DATA

import newsparse

GOLDEN = sorted((TESTS_DATA / "seeds").glob("*.json"))
DERIVED = ("body", "authors", "editors")


def _load(path: Path) -> tuple[str, dict[str, Any]]:
    text = (SEEDS_DIR / f"{path.stem}.txt").read_text(encoding="utf-8")
    return text, json.loads(path.read_text(encoding="utf-8"))["expected"]


def test_every_seed_has_a_golden_file() -> None:
    assert sorted(p.stem for p in GOLDEN) == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize(
    "field",
    [
        "title",
        "paragraphs",
        "published",
        "dateline",
        "credits",
        "source",
        "script",
        "page_type",
        "listing",
        "url",
        "truncated",
    ],
)
def test_seed_field(path: Path, field: str) -> None:
    text, expected = _load(path)
    got = newsparse.parse(text).to_dict()
    assert got[field] == expected[field]


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem[:3])
def test_seed_round_trips(path: Path) -> None:
    text, _ = _load(path)
    article = newsparse.parse(text)
    assert newsparse.Article.from_dict(json.loads(article.to_json())) == article
    got = article.to_dict()
    assert got["body"] == "\n".join(got["paragraphs"])
    assert set(DERIVED) <= set(got)


def test_parse_and_parse_text_agree_on_seeds() -> None:
    for path in SEEDS_DIR.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert newsparse.parse(text) == newsparse.parse_text(text)
