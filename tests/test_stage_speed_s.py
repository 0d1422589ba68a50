"""The body run's shortcuts (round s) give what the paths they skip give.

Each test runs the path as first written beside the shortcut, on made-up lines meant to
reach the edges and on the real lines of the seeds and the shipped pages.
"""

from __future__ import annotations

import re

import pytest
from _helpers import shipped_lines
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.blocks import FURNITURE, UNLABELLED, Block
from newsparse._extract import body_run, features
from newsparse._extract import weights as W

# Gaps as first written: the character before the spaces opens the pattern.
_GAPS_FIRST = r"[\u3400-\u9fff\d)）]\s+(?=[\u3400-\u9fff\d(（])"

# Made-up lines at the edges of a gap (spaces of every kind, runs of them, at either end, the
# brackets and digits on either side, a gap right after another) and of is_content's tests
# (cut short, no prose mark, a sentence end without one, two marks, long lines of items).
_MADE_UP = [
    "",
    " ",
    "\u3000",
    "中 文",
    "中  文",
    "中\u3000文",
    "中 \u3000 \t文",
    " 中 文 ",
    "中 a",
    "a 中",
    "1 2",
    "１ ２",
    "中) (文",
    "中） （文",
    "中 ) 文",
    "中 文 字 句",
    "中 文 字 句 段 落",
    "〇 文",
    "\U00020000 文",
    "2014-12 財經 股市 收市",
    "港聞 監警考慮 2014-12 財經 股市收市 體育 足球賽果 娛樂 明星動向 " * 3,
    "港聞\u3000監警考慮\u30002014-12\u3000財經\u3000股市收市\u3000體育\u3000足球賽果" * 3,
    "要聞：惡業務 拐憨男綁約14手機...",
    "要聞：惡業務，拐憨男綁約14手機…",
    "今天天气很好，我们去公园散步。",
    "今天天气很好我们去公园散步了吧",
    "今天天气很好我们去公园散步了吧”",
    "今天天气很好，我们去公园散步，然后",
    "今天天气很好，我们去公园散步 ",
    "今天天气很好: 3.5 我们去公园散步",
    "今天 天气 很好，我们 去 公园 散步，然后 回家 吃饭 睡觉 看书 写字 画画 唱歌。" * 2,
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return shipped_lines(_MADE_UP, unstripped=True)


def test_gaps_counted_as_first_written(lines: list[str]) -> None:
    # Opening with the space (the character before it a lookbehind) finds as many gaps.
    first = re.compile(_GAPS_FIRST)
    for line in lines:
        assert len(features._GAPS.findall(line)) == len(first.findall(line)), line


@given(st.text(alphabet=" \u3000\t中文1２)）(（a。，", max_size=30))
def test_gaps_counted_as_first_written_anywhere(text: str) -> None:
    assert len(features._GAPS.findall(text)) == len(re.findall(_GAPS_FIRST, text)), text


def _content_first_written(text: str, weight: int) -> bool:
    """is_content as written before: the line cut short asked before the prose mark."""
    if weight >= 40:
        gaps = len(re.findall(_GAPS_FIRST, text)) if len(text.split(None, 1)) > 1 else 0
        return gaps < 4 or len(features._PROSE_PUNCT.findall(text)) * 3 > gaps
    if weight < features.CONTENT_MIN or features.is_cut_short(text):
        return False
    return bool(features._PROSE_PUNCT.search(text)) and bool(
        features.has_sentence_end(text) or len(features._PROSE_PUNCT.findall(text)) >= 2
    )


def test_content_as_first_written(lines: list[str]) -> None:
    content = features.is_content.__wrapped__  # type: ignore[attr-defined]
    for line in lines:
        weight = features.text_weight(line)
        answer = content(line, weight)
        assert type(answer) is bool, line
        assert answer == _content_first_written(line, weight), line


def _segments_first_written(scores: list[float | None], is_html: bool) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    short_run = 0
    for i, score in enumerate(scores):
        if score is None:
            spans.append((start, i))
            start, short_run = i + 1, 0
            continue
        short_run = short_run + 1 if score is not None and score < 0 else 0
        if not is_html and short_run > 3:
            spans.append((start, i - short_run + 1))
            start = i + 1
            short_run = 0
    spans.append((start, len(scores)))
    return [s for s in spans if s[1] > s[0]]


_SCORES = [None, W.SCORE_FURNITURE, W.SCORE_LABEL, -0.0, 0.0, W.SCORE_BARE_LINE, 1.5, 3.5, 53.0]


def _runs_first_written(
    scores: list[float | None], spans: list[tuple[int, int]]
) -> list[tuple[float, int, int]]:
    found: list[tuple[float, int, int]] = []
    for lo, hi in spans:
        total, run_start = 0.0, lo
        best: tuple[float, int, int] | None = None
        for i in range(lo, hi):
            score = scores[i] or 0.0
            if total <= 0:
                if best is not None:
                    found.append(best)
                total, run_start, best = 0.0, i, None
            total += score
            if total > 0 and (best is None or total > best[0]):
                best = (total, run_start, i + 1)
        if best is not None:
            found.append(best)
    return found


@given(st.lists(st.sampled_from(_SCORES), max_size=40), st.booleans())
def test_segments_as_first_written(scores: list[float | None], is_html: bool) -> None:
    # HTML pages find their breaks in C; text pages read each score once, a float to a float;
    # the runs compare their totals with 0.0.
    spans = _segments_first_written(scores, is_html)
    assert body_run._segments(scores, is_html) == spans
    assert body_run._runs(scores, spans) == _runs_first_written(scores, spans)


@pytest.mark.parametrize("is_html", [False, True])
def test_segments_as_first_written_at_the_edges(is_html: bool) -> None:
    label, prose = W.SCORE_LABEL, 3.5
    for scores in [
        [],
        [None],
        [None, None],
        [label] * 3,
        [label] * 4,
        [label] * 5,
        [label] * 8,
        [label] * 9,
        [prose, *[label] * 4, prose],
        [prose, *[label] * 7, None, *[label] * 3, prose],
        [None, prose, None, *[label] * 12, 0.0, label, None],
    ]:
        assert body_run._segments(scores, is_html) == _segments_first_written(scores, is_html)


def _bullet_runs_first_written(
    blocks: list[Block], scores: list[float | None]
) -> list[float | None]:
    out = list(scores)
    firsts = [b.text[:1] for b in blocks]
    end = 0
    for i in [i for i, first in enumerate(firsts) if first in frozenset("●★◆■▪•")]:
        if i < end:
            continue
        mark, end = firsts[i], i
        while end < len(blocks) and firsts[end] == mark:
            end += 1
        if end - i >= W.BULLET_RUN:
            for k in range(i, end):
                if out[k] == W.SCORE_LABEL and blocks[k].label is UNLABELLED:
                    out[k] = W.SCORE_BARE_LINE
    return out


def _bullet_page(texts: list[str]) -> tuple[list[Block], list[float | None]]:
    blocks = [Block(text) for text in texts]
    for block in blocks[::5]:
        block.label = FURNITURE
    scores = [W.SCORE_LABEL if i % 3 else 3.5 for i in range(len(blocks))]
    return blocks, scores


@given(st.lists(st.text(alphabet="●★▪• 中a\n", max_size=4), max_size=16))
def test_bullet_runs_as_first_written(texts: list[str]) -> None:
    # A page without a bullet anywhere (most) is answered by one search of its lines joined.
    blocks, scores = _bullet_page(texts)
    assert body_run._bullet_runs(blocks, scores) == _bullet_runs_first_written(blocks, scores)


def test_bullet_runs_as_first_written_on_real_lines(lines: list[str]) -> None:
    made_up = ["★年齡：76歲", "★學歷：東大", "★家庭：已婚", "●1983~1991年", "●熊本縣知事"]
    for texts in [lines, made_up, [*made_up, *lines], ["新闻 • 体育", "▪", "▪ 一", "▪二"]]:
        blocks, scores = _bullet_page(texts)
        assert body_run._bullet_runs(blocks, scores) == _bullet_runs_first_written(blocks, scores)


def test_prose_score_as_first_written(lines: list[str]) -> None:
    # A prose line scores its weight up to the cap, min() written out.
    made_up = ["中" * k + "，" + "中" * k + "。" for k in (5, 100, 249, 250, 251, 400)]
    for line in [*made_up, *lines]:
        weight = features.text_weight(line)
        if weight < features.CONTENT_MIN or not features.is_content(line, weight):
            continue
        if features.is_metadata_line(line):
            continue
        first = W.PROSE_BASE + min(weight, W.PROSE_CAP) * W.PROSE_PER_CHAR
        assert body_run._score(Block(line), weight, False, "") == first, line
        assert body_run._score(Block(line), None, True, "") == first, line
