"""The credit finders' first tests in C give the answers of the scans they skip."""

from __future__ import annotations

import functools

from _helpers import seed_paths
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._news import credit_spans, credits
from newsparse._news.credit_grammar import KEYWORD


def _tail_may_credit_scanned(text: str, lo: int, hi: int) -> bool:
    # _tail_may_credit as first written: every role word in the tail, then the verdict.
    words = [m.group().strip() for m in KEYWORD.finditer(text, lo, hi)]
    if not words:
        return False
    if text[hi - 1] not in credit_spans._SENTENCE_END:
        return True
    return words[-1] in credit_spans._LABELS and not credit_spans._LABELS.issuperset(words)


@functools.cache
def _seed_lines() -> tuple[str, ...]:
    lines: list[str] = []
    for path in seed_paths():
        text = path.read_text(encoding="utf-8")
        lines += [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(lines)


def _tails(text: str) -> list[tuple[int, int]]:
    end = len(text.rstrip())
    return [(max(0, end - credit_spans._TAIL), end), (0, end), (min(3, end), end)]


def test_tail_test_agrees_with_the_scan_on_the_seed_lines() -> None:
    lines = _seed_lines()
    assert len(lines) > 100
    asked = 0
    for line in lines:
        for lo, hi in _tails(line):
            if hi > lo:
                asked += 1
                assert credit_spans._tail_may_credit(line, lo, hi) == _tail_may_credit_scanned(
                    line, lo, hi
                ), line
    assert asked > 300


# Labels, role words, names and the marks a credit's end turns on, glued at random.
_PIECES = [
    *sorted(credit_spans._LABELS),
    "记者",
    "编辑",
    "摄影",
    "責任編輯",
    "作者",
    "张三",
    "李四",
    "新华社",
    "。",
    "！",
    "？",
    "…",
    "：",
    ":",
    " ",
    "，",
    "、",
    "/",
    "（",
    "）",
    "报道",
    "合作不断深化",
    "时间",
    "来源",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 40))
def test_tail_test_agrees_with_the_scan_on_glued_pieces(pieces: list[str], lo: int) -> None:
    text = "".join(pieces)
    hi = len(text.rstrip())
    lo = min(lo, hi)
    if hi > lo:
        assert credit_spans._tail_may_credit(text, lo, hi) == _tail_may_credit_scanned(text, lo, hi)
    else:
        assert credit_spans._tail_may_credit(text, lo, hi) is False


def test_a_label_ending_a_closed_paragraph_still_opens_the_credit_scan() -> None:
    # The case the label test lets through: a full stop after a label ("…。来源：新华社。").
    text = "今年一季度全市完成固定资产投资三百亿元。记者 张三 来源"
    assert credit_spans._tail_may_credit(text + "。", 0, len(text) + 1)


def test_every_opening_bracket_is_looked_for() -> None:
    # find_credits writes _OPENERS out as tests in C: a bracket left out loses its credits.
    closers = {"（": "）", "(": ")", "[": "]", "［": "］", "【": "】"}
    assert set(closers) == set(credit_spans._OPENERS)
    for opener, closer in closers.items():
        spans = credit_spans.find_credits(f"共同的未來。{opener}新華社記者馮歆然{closer}")
        assert [c.name for s in spans for c in s.credits] == ["馮歆然"], opener


def test_every_filing_word_opens_with_the_character_tested_first() -> None:
    assert all(word[0] in "报報" for word in credits._FILED)
    found = credits.parse_byline("記者陳熙文、鄭媁/台北報導聯合報")
    assert found is not None
    assert [(c.name, c.organization) for c in found] == [("陳熙文", "聯合報"), ("鄭媁", "聯合報")]


_HEADER_LINES = [
    "每经记者 周逸斐  每经编辑 陈星",
    "责任编辑：李跃群校对：刘威",
    "新华社记者",  # a nameless byline: () from the credit line, then the byline is asked
    "記者王文萱／台北報導",
    "記者陳熙文、鄭媁/台北報導聯合報",
    "(作者：方敏北京大学经济学院教授)",
    "作者：陈海峰 责任编辑：陈海峰",
    "國光客運今天開放免費試乘",
    "民視新聞陳韻平、郭文海台北報導",
    "记者走进雄安新区",
    "大陸新聞中心／綜合報導",
    "聯合報 記者林宸誼",
    "来源：中国新闻网 王小明",
    "记者 " * 120,
]


def _both(text: str) -> object:
    return credits.parse_credit_line(text) or credits.parse_byline(text)


def test_credit_line_or_byline_is_the_two_asked_in_turn() -> None:
    lines = [*_HEADER_LINES, *_seed_lines()]
    for line in lines:
        assert credits.credit_line_or_byline(line) == _both(line), line
    assert sum(bool(_both(line)) for line in _HEADER_LINES) == 7  # read by hand
    assert credits.parse_credit_line("新华社记者") == ()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_credit_line_or_byline_on_glued_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert credits.credit_line_or_byline(text) == _both(text)
