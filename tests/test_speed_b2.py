"""The body stage's fact-box runs (body_run._bullet_runs) read the lines' text with a
comprehension and skip a page on one search of the lines joined: the answer is the one a
walk over every line gives, on made-up pages that reach the edges (a mark on the first or
last line, inside a line, after a newline inside a block, runs one short of BULLET_RUN and
just at it, two marks side by side, taken and short lines) and on pages cut from real lines."""

from __future__ import annotations

import random

import pytest
from _helpers import shipped_lines

from newsparse._core.blocks import FURNITURE, UNLABELLED, Block
from newsparse._extract import body_run
from newsparse._extract import weights as W

_MARKS = sorted(body_run._BULLETS)


def _walked(blocks: list[Block], scores: list[float | None]) -> list[float | None]:
    """The path the shortcut skips: every line walked, each run of lines opening with the
    same mark measured."""
    out = list(scores)
    i = 0
    while i < len(blocks):
        mark = blocks[i].text[:1]
        j = i
        while mark in body_run._BULLETS and j < len(blocks) and blocks[j].text[:1] == mark:
            j += 1
        if j - i >= W.BULLET_RUN:
            for k in range(i, j):
                if out[k] == W.SCORE_LABEL and blocks[k].label is UNLABELLED:
                    out[k] = W.SCORE_BARE_LINE
        i = max(j, i + 1)
    return out


def _check(texts: list[str], rng: random.Random) -> None:
    blocks = [Block(t, label=FURNITURE if rng.random() < 0.1 else UNLABELLED) for t in texts]
    choices: list[float | None] = [W.SCORE_LABEL, W.SCORE_LABEL, 1.0, 0.0, None]
    scores = [rng.choice(choices) for _ in texts]
    got = body_run._bullet_runs(blocks, scores)
    assert got == _walked(blocks, scores), texts
    assert got is not scores  # a new list, as before


_EDGES = [
    [],
    [""],
    ["●年齡：76歲"],
    ["●年齡：76歲", "●學歷：東京大學", "●1983~1991年 熊本縣知事"],
    ["★一", "★二"],  # one short of the run
    ["正文", "★一", "★二", "★三"],  # just at it, at the end
    ["★一", "★二", "★三", "正文"],  # at the first line
    ["★一", "●二", "★三", "■四"],  # marks side by side: no run
    ["正文●一", "正文●二", "正文●三"],  # a mark inside each line: no run
    ["正文\n●一", "正文\n●二", "正文\n●三"],  # after a newline inside a block: no run
    ["\n●一", "\n●二", "\n●三"],
    ["●一\n", "●二\n正文", "●三"],
    [" ●一", " ●二", " ●三"],  # a space first: not a bullet
    ["•", "•", "•", "•", "•"],
    ["▪a", "▪b", "▪c", "", "▪d", "▪e", "▪f"],
    ["◆一", "◆二", "◆三", "◆四", "■五", "■六", "■七"],
]


@pytest.mark.parametrize("texts", _EDGES)
def test_bullet_runs_on_made_up_pages(texts: list[str]) -> None:
    rng = random.Random(len(texts))
    for _ in range(30):
        _check(texts, rng)


def test_bullet_runs_on_generated_pages() -> None:
    rng = random.Random(2)
    pieces = ["正文", "", "\n", " ", "年齡：76歲", *_MARKS]
    for _ in range(3000):
        texts = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(0, 12))
        ]
        _check(texts, rng)


def test_bullet_runs_on_real_lines() -> None:
    made_up = [f"{mark}{line}" for mark in _MARKS for line in ("年齡：76歲", "學歷：東京大學")]
    lines = shipped_lines(made_up)
    rng = random.Random(3)
    marked = [line for line in lines if line[:1] in body_run._BULLETS]
    assert marked
    for _ in range(300):
        start = rng.randrange(len(lines))
        page = lines[start : start + rng.randint(1, 40)]
        for _ in range(rng.randint(0, 6)):  # bulleted real lines put in, some in runs
            at = rng.randint(0, len(page))
            page[at:at] = [rng.choice(marked)] * rng.randint(1, W.BULLET_RUN + 1)
        _check(page, rng)
