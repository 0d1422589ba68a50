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
