"""The per-line answers kept while a page is read (``_core.memo``) are the functions' own:
asked again, in another order, after other lines, a line gets what the function itself says
of it; and none is kept once the page is done."""

from __future__ import annotations

import datetime as _dt
import functools
import random
from collections.abc import Callable
from typing import Any

import pytest
from _helpers import seed_paths
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._core import memo
from newsparse._core.blocks import Block, Label
from newsparse._dates import fast
from newsparse._extract import body_run, captions, extras, features, weights
from newsparse._news import notices


@functools.cache
def _lines() -> tuple[str, ...]:
    lines: list[str] = []
    for path in seed_paths():
        text = path.read_text(encoding="utf-8")
        lines += [line.strip() for line in text.splitlines() if line.strip()]
        newsparse.parse_text(text)  # runs every cached function once, as a page does
    return tuple(lines)


CACHED: dict[str, Any] = {
    "text_weight": features.text_weight,
    "is_boilerplate": features.is_boilerplate,
    "is_metadata_line": features.is_metadata_line,
    "may_write_year": fast.may_write_year,
    "notice_kind": notices.notice_kind,
    "is_content": features.is_content,
    "update label": extras._labels_update,
    "has_licence": extras._has_licence,
}


@pytest.mark.parametrize("name", sorted(CACHED))
def test_cached_answer_is_the_functions_own(name: str) -> None:
    cached = CACHED[name]
    plain: Callable[[str], object] = cached.__wrapped__
    lines = list(_lines())
    assert len(lines) > 100
    random.Random(16).shuffle(lines)
    for line in lines + lines[::-1]:
        assert cached(line) == plain(line), line
    assert cached.cache_info().maxsize == memo.LINE_CACHE


def test_cached_caption_rule_is_the_rules_own() -> None:
    plain = captions._line_rule.__wrapped__
    lines = [line for line in _lines() if len(line) <= 120]
    lines += ["搜救现场。", "作者：上官云 宋宇晟", "周松崗(前)。", "2025-03-31 10:20", "图为现场"]
    for line in lines * 2:
        for tag in ("p", "h", "li"):
            for pictured in (False, True):
                block = Block(line, tag=tag, after_image=pictured, link_density=0.0)
                assert captions.caption_rule(block) == plain(line, tag, pictured), line
    assert captions.caption_rule(Block("搜救现场。", after_image=True)) is not None
    assert captions.caption_rule(Block("搜救现场。", after_image=True, link_density=0.9)) is None


def test_cached_update_time_is_the_functions_own() -> None:
    lines = [line for line in _lines() if extras._labels_update(line)]
    lines += ["最新更新時間：2013/06/29 22:54:00", "更新时间：2025-03-31", "更新：明天"]
    for line in lines * 2:
        for zone in ("Asia/Shanghai", "Asia/Taipei"):
            for reference in (None, _dt.datetime(2025, 3, 31, 10, 0)):
                args = {"tz": zone, "reference": reference, "prefer": "past"}
                assert extras._update_time(line, **args) == extras.update_time(line, **args)


def test_cached_answers_hold_for_lines_that_answer_differently() -> None:
    for _ in range(2):
        assert features.is_boilerplate("版权所有 未经许可不得转载") == "notice"
        assert features.is_boilerplate("返回顶部") == "menu"
        assert features.is_boilerplate("今天天气很好，我们去公园散步。") is None
        assert fast.may_write_year("2025-03-31") and not fast.may_write_year("新华社北京电")
        assert features.text_weight("新华社 Xinhua 报道") == 6


@given(st.text(alphabet=st.sampled_from("12３٣⁵①一、.．。 a点击排行"), max_size=8))
def test_a_rank_opens_with_a_decimal_digit(text: str) -> None:
    # ranked_runs tries its pattern only on lines that open with one.
    assert (features._RANK.match(text) is None) or text[:1].isdecimal()


def test_ranked_runs_in_other_scripts_of_digits() -> None:
    lines = ["点击排行", "١、赴港上市冷了吗？", "٢、大数据呼唤良序", "٣、LPR二度报价", "⁴、上标"]
    assert features.ranked_runs(lines) == [(1, 4)]
    assert features.ranked_runs(["①、一", "②、二", "③、三"]) == []


def _bullet_runs_walked(blocks: list[Block], scores: list[float | None]) -> list[float | None]:
    # body_run._bullet_runs as first written: a walk over every line.
    out = list(scores)
    i = 0
    while i < len(blocks):
        mark = blocks[i].text[:1]
        j = i
        while mark in body_run._BULLETS and j < len(blocks) and blocks[j].text[:1] == mark:
            j += 1
        if j - i >= weights.BULLET_RUN:
            for k in range(i, j):
                if out[k] == weights.SCORE_LABEL and blocks[k].label is Label.UNLABELLED:
                    out[k] = weights.SCORE_BARE_LINE
        i = max(j, i + 1)
    return out


@given(
    st.lists(
        st.tuples(st.sampled_from(["●", "★", "■", "•", "正", "1"]), st.booleans(), st.booleans()),
        max_size=14,
    )
)
def test_bullet_runs_as_a_walk_over_every_line(lines: list[tuple[str, bool, bool]]) -> None:
    blocks = [
        Block(mark + "年齡：76歲", label=Label.FURNITURE if taken else Label.UNLABELLED)
        for mark, taken, _ in lines
    ]
    scores: list[float | None] = [weights.SCORE_LABEL if short else 1.0 for _, _, short in lines]
    assert body_run._bullet_runs(blocks, scores) == _bullet_runs_walked(blocks, scores)


@pytest.mark.parametrize("name", sorted(CACHED))
def test_no_answer_outlives_its_page(name: str) -> None:
    """A parse leaves nothing kept: memory stays bounded by the page being read, and
    parsing a page twice costs what it costs once."""
    cached = CACHED[name]
    for path in seed_paths()[:2]:
        text = path.read_text(encoding="utf-8")
        newsparse.parse_text(text)
        assert cached.cache_info().currsize == 0
        newsparse.parse("<html><body><p>" + text[:2000] + "</p></body></html>")
        assert cached.cache_info().currsize == 0
    cached("正文")
    assert cached.cache_info().currsize == 1
    memo.forget_lines()
    assert cached.cache_info().currsize == 0


def test_every_line_of_a_long_page_is_kept_until_it_is_done() -> None:
    """A page longer than any fixed bound keeps each line's answer: the stages that ask
    again after thousands of other lines find it (a bound of 4,096 lines made a page of
    200,000 paragraphs ask every question again)."""
    memo.forget_lines()
    lines = [f"第{i}段。英国企业将中国视为重要创新策源地。" for i in range(10_000)]
    for line in lines:
        features.text_weight(line)
    hits = features.text_weight.cache_info().hits
    for line in lines:
        features.text_weight(line)
    assert features.text_weight.cache_info().hits == hits + len(lines)
    memo.forget_lines()
