"""Hypothesis properties over the seed files: what must hold whatever the page looks like."""

from __future__ import annotations

import json
from functools import cache

import pytest
from _helpers import seed_paths
from hypothesis import given
from hypothesis import strategies as st

import newsparse

SEEDS = {p.stem[:3]: p.read_text(encoding="utf-8") for p in seed_paths()}
ARTICLE_SEEDS = ["000", "001", "002", "004"]

# Furniture lines as they occur on the seeds (menus, promotions, footers, tickers).
BOILERPLATE_LINES = [
    "首頁 > 環球財智 > 正文",
    "最新推薦",
    "新聞",
    "文娛",
    "海量资讯、精准解读,尽在新浪财经APP",
    "0条评论|0人参与网友评论",
    "最热评论",
    "APP专享直播",
    "上一页下一页",
    "热门推荐",
    "新浪首页 语音播报 相关新闻 返回顶部",
    "关闭",
    "三峡能源 4.26 -0.47%",
    "網站簡介 / 廣告服務 / 聯系我們",
    "主辦:華夏經緯信息科技有限公司 版權所有 華夏經緯網",
    "Copyright 2001-2024 By m.612g.cn",
    "Search documents",
]


@cache
def parsed(key: str) -> newsparse.Article:
    return newsparse.parse_text(SEEDS[key])


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


@given(st.text(max_size=2000))
def test_any_text_parses_deterministically(text: str) -> None:
    first = newsparse.parse_text(text)
    assert newsparse.parse_text(text) == first
    json.dumps(first.to_dict())


@given(st.sampled_from(sorted(SEEDS)), st.integers(0, 20_000), st.integers(0, 20_000))
def test_any_slice_of_a_seed_parses(key: str, start: int, length: int) -> None:
    text = SEEDS[key][start : start + length]
    article = newsparse.parse_text(text)
    assert article.page_type in ("article", "listing", "empty")
    assert newsparse.Article.from_dict(article.to_dict()) == article


@pytest.mark.parametrize("key", ARTICLE_SEEDS)
def test_body_is_idempotent(key: str) -> None:
    article = parsed(key)
    assert newsparse.parse_text(article.body).paragraphs == article.paragraphs


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_nothing_is_invented(key: str) -> None:
    lines = newsparse.normalize(SEEDS[key]).split("\n")
    article = parsed(key)
    for paragraph in article.paragraphs:
        # Cuts (datelines, credits, stock quotes) leave the rest in order: a subsequence.
        assert any(_subsequence(paragraph, line) for line in lines), paragraph
    if article.title:
        assert any(article.title in line for line in lines)


@given(
    st.sampled_from(ARTICLE_SEEDS),
    st.lists(st.sampled_from(BOILERPLATE_LINES), min_size=1, max_size=8),
    st.booleans(),
)
def test_furniture_around_a_page_does_not_change_its_body(
    key: str, furniture: list[str], before: bool
) -> None:
    block = "\n".join(furniture)
    text = f"{block}\n{SEEDS[key]}" if before else f"{SEEDS[key]}\n{block}"
    assert newsparse.parse_text(text).paragraphs == parsed(key).paragraphs


@pytest.mark.parametrize("key", ARTICLE_SEEDS)
def test_other_script_keeps_the_structure(key: str) -> None:
    original = parsed(key)
    to_other = "t2s" if original.script == "traditional" else "s2t"
    other = newsparse.parse_text(newsparse.convert(SEEDS[key], to_other))
    assert len(other.paragraphs) == len(original.paragraphs)
    assert other.published == original.published
    assert [c.role for c in other.credits] == [c.role for c in original.credits]
    assert [newsparse.convert(c.name, to_other) for c in original.credits] == [
        c.name for c in other.credits
    ]
    assert (other.dateline is None) == (original.dateline is None)
    if original.dateline is not None and other.dateline is not None:
        assert (other.dateline.month, other.dateline.day) == (
            original.dateline.month,
            original.dateline.day,
        )


# Every distinct line of the seeds: other stories' paragraphs, teasers, menus, footers.
SEED_LINES = sorted({line.strip() for text in SEEDS.values() for line in text.splitlines()} - {""})


@given(
    st.sampled_from(ARTICLE_SEEDS),
    st.lists(
        st.one_of(
            st.sampled_from(SEED_LINES),
            st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_lines_after_the_end_of_a_page_leave_its_article_alone(key: str, tail: list[str]) -> None:
    """Whatever follows a page's last line (another story's paragraphs, teasers, furniture,
    arbitrary Unicode), its body, title and publish time stay what they were: the seeds end
    in teasers and furniture, so nothing after them continues the story."""
    article = newsparse.parse_text(SEEDS[key] + "\n" + "\n".join(tail))
    alone = parsed(key)
    assert article.paragraphs == alone.paragraphs
    assert (article.title, article.published) == (alone.title, alone.published)
