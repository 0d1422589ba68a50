"""Layouts the labelled corpus lacks, on small pages written for them (tests/data/layouts)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse

HERE = Path(__file__).resolve().parent / "data" / "layouts"
CASES = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _param(case: dict[str, Any]) -> Any:
    reason = case.get("known_failure")
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case["file"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_layout(case: dict[str, Any]) -> None:
    article = newsparse.parse((HERE / case["file"]).read_bytes())
    body = _squeeze(article.body)
    assert article.page_type == "article"
    assert article.title == case["title"]
    assert article.published is not None
    assert article.published.isoformat().startswith(case["published"])
    assert set(article.authors) == set(case["authors"])
    assert set(article.editors) == set(case["editors"])
    assert body.startswith(_squeeze(case["first"])), article.paragraphs[:1]
    assert body.endswith(_squeeze(case["last"])), article.paragraphs[-1:]
    assert len(article.paragraphs) == case["paragraphs"], article.paragraphs
    for text in case["must_not"]:
        assert _squeeze(text) not in body, text
