"""body_run._scores, one loop over a page, against the per-block _score it replaced."""

from __future__ import annotations

import itertools

import pytest
from _helpers import shipped_lines

from newsparse._core.blocks import (
    BODY,
    CAPTION,
    FURNITURE,
    LISTING,
    NOTICE,
    TITLE,
    UNLABELLED,
    Block,
    Label,
)
from newsparse._core.memo import forget_lines
from newsparse._extract import body_run, features
from newsparse._extract import weights as W


def _score_as_before(
    block: Block, weight: int | None, is_html: bool, title: str, contained: bool = True
) -> float | None:
    # body_run._score as it stood before _scores: called once a block, W read each time.
    label = block.label
    if label is LISTING or (contained and is_html and not block.in_main):
        return None
    if label is not UNLABELLED:
        if label is TITLE:
            return W.SCORE_LABEL
        if label is CAPTION:
            return 0.0
        if label in (FURNITURE, NOTICE):
            return W.SCORE_FURNITURE
    if block.link_density > W.LINK_HEAVY:
        return W.SCORE_FURNITURE
    text = block.text
    if weight is None:
        weight = features.text_weight(text)
    if weight >= features.CONTENT_MIN and features.is_content(text, weight):
        score = W.PROSE_BASE + min(weight, W.PROSE_CAP) * W.PROSE_PER_CHAR
    elif (
        is_html and weight >= 10 and block.link_density < 0.3 and text.replace(" ", "") not in title
    ):
        score = W.SCORE_BARE_LINE
    else:
        last = text.rstrip()[-1:]
        sentence = weight >= 4 and last in features.SENTENCE_ENDS
        if sentence or (last in "，、；,;" and body_run._CLAUSE_END.search(text)):
            score = 0.0
        else:
            return W.SCORE_LABEL
    return W.SCORE_LABEL if features.is_metadata_line(text) else score


_MADE_UP = [
    "",
    " ",
    "短",
    "会有崩盘吗？",
    "崩盘了吗？",  # a sentence at _MIN_SENTENCE, and one under it
    "崩盘吗？",
    "京沪高速北京方向，",
    "京沪高速，",
    "a, ",
    "发布时间：2024-03-28 10:30 来源：新华社 作者：张三",
    "全球科创力量聚首中关村论坛",
    "全球科创力量聚首中关村论坛开幕今日在京举行",
    "中" * 9 + "。",
    "中" * 10 + "。",
    "中" * 10,
    *("中" * k + "，" + "中" * k + "。" for k in (5, 20, 100, 249, 250, 251, 400)),
    "要聞：惡業務 拐憨男綁約14手機...",
    "港聞 監警考慮 2014-12 中環 商報 一二 三四 五六 七八 九十 百千 萬億 甲乙",
]
_LABELS: tuple[Label, ...] = (UNLABELLED, TITLE, CAPTION, FURNITURE, NOTICE, LISTING, BODY)
_TITLE = "全球科创力量聚首中关村论坛开幕今日在京举行"


def _pages() -> list[list[Block]]:
    made_up = []
    for text, label, density, in_main in itertools.product(
        _MADE_UP, _LABELS, (0.0, 0.2, 0.5, 0.51, 0.9), (True, False)
    ):
        made_up.append(Block(text, link_density=density, in_main=in_main, label=label))
    real = []
    for k, text in enumerate(shipped_lines(_MADE_UP)):
        label = UNLABELLED if k % 3 else _LABELS[k % len(_LABELS)]
        density = (0.0, 0.2, 0.9)[k % 3] if k % 2 else 0.0
        real.append(Block(text, link_density=density, in_main=k % 5 != 0, label=label))
    # Pages of many sizes, the empty page among them.
    return [made_up, real, real[:1], [], made_up[::7], real[::3]]


@pytest.mark.parametrize("page", range(6))
def test_scores_are_the_per_block_scores(page: int) -> None:
    blocks = _pages()[page]
    for is_html, contained, title, weighed in itertools.product(
        (False, True), (True, False), ("", _TITLE), (True, False)
    ):
        weights = [
            features.text_weight(b.text) if weighed and k % 4 else None
            for k, b in enumerate(blocks)
        ]
        want = [
            _score_as_before(b, w, is_html, title, contained)
            for b, w in zip(blocks, weights, strict=True)
        ]
        got = body_run._scores(blocks, weights, is_html, title, contained)
        assert got == want, (is_html, contained, title, weighed)
        # (None and 0.0 are told apart: == alone would not)
        assert [s is None for s in got] == [s is None for s in want]
        one = [
            body_run._score(b, w, is_html, title, contained)
            for b, w in zip(blocks, weights, strict=True)
        ]
        assert one == want
    forget_lines()


def test_scores_read_the_weights_each_call(monkeypatch: pytest.MonkeyPatch) -> None:
    # calibrate.py sets the values in W between pages: _scores reads them when called.
    blocks = _pages()[0]
    weights: list[int | None] = [None] * len(blocks)
    for name, value in (
        ("SCORE_LABEL", -2.5),
        ("SCORE_FURNITURE", -7.0),
        ("SCORE_BARE_LINE", 0.5),
        ("PROSE_BASE", 2.0),
        ("PROSE_CAP", 100),
        ("PROSE_PER_CHAR", 0.2),
        ("LINK_HEAVY", 0.1),
    ):
        with monkeypatch.context() as patch:
            patch.setattr(W, name, value)
            for is_html in (False, True):
                want = [_score_as_before(b, None, is_html, _TITLE) for b in blocks]
                assert body_run._scores(blocks, weights, is_html, _TITLE) == want, name
    forget_lines()
