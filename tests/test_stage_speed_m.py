"""The body-run, furniture and caption stages' shortcuts give what the paths they skip give.

Each test runs the path as first written beside the shortcut, on made-up lines meant to
reach the edges and on the real lines of the seeds and the shipped pages.
"""

from __future__ import annotations

import functools
import re

from _helpers import shipped_lines
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.blocks import (
    BODY,
    CAPTION,
    FURNITURE,
    LISTING,
    NOTICE,
    TITLE,
    UNLABELLED,
    Block,
)
from newsparse._core.firsts import top_alternatives
from newsparse._core.memo import forget_lines
from newsparse._extract import body_run, features
from newsparse._extract import weights as W

# Made-up lines at the edges: short labels, short sentences and clauses, lines of exactly
# the weights the tests turn on (3, 4, 9, 10, 39, 40), teasers cut short, header lines, and
# lines ending in spaces.
_MADE_UP = [
    "",
    " ",
    "\u3000",
    "新闻",
    "收盘播报",
    "会有崩盘吗？",
    "会有吗？",
    "有吗？",
    "好。",
    "京沪高速北京方向，",
    "京沪高速北京方向， ",
    "下周一，",
    "a,",
    "一二三四五六七八九",
    "一二三四五六七八九。",
    "一二三四五六七八九十。",
    "一二三四五六七八九十",
    "一二三四五，六七八九十。",
    "一二三四五，六七八九十，一二三四五，六七八九十。 ",
    "一二三四五六七八九，十一二三四五六七八九，十一二三四五六七八九十一二三四五六七八九十。",
    "一二三四五六七八九，十一二三四五六七八九，十一二三四五六七八九十一二三四五六七八九。",
    "要聞：惡業務 拐憨男綁約14手機...",
    "要聞：惡業務 拐憨男綁約14手機，再說一次…",
    "港聞 監警考慮 2014-12 國際 美國 2014-12 財經 股市 2014-12 體育 足球 2014-12 娛樂",
    "发布时间：2025-03-28 10:20 来源：新华网 作者：张三",
    "发布时间:2025-03-28 10:20:00 来源:新华网",
    "2025年3月28日 星期五 下午4:30",
    "Apple and Google said so.",
    "Apple",
    "★年齡：76歲",
    "●1983~1991年 熊本縣知事",
    "（記者王小明攝）",
    "今天天氣很好, 我們去公園散步!",
]

_LABELS = [UNLABELLED, TITLE, CAPTION, FURNITURE, NOTICE, LISTING, BODY]


@functools.cache
def _lines() -> tuple[str, ...]:
    return tuple(shipped_lines(_MADE_UP))


# --- the body run's score ------------------------------------------------------------------


def _score_as_written(
    block: Block, weight: int | None, is_html: bool, title: str, contained: bool = True
) -> float | None:
    # body_run._score as first written: is_content asked of every line, the last
    # character read by each question that reads it.
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
    if features.is_content(text, weight):
        score = W.PROSE_BASE + min(weight, W.PROSE_CAP) * W.PROSE_PER_CHAR
    elif (
        is_html and weight >= 10 and block.link_density < 0.3 and text.replace(" ", "") not in title
    ):
        score = W.SCORE_BARE_LINE
    elif (weight >= 4 and features.has_sentence_end(text)) or (
        text.rstrip()[-1:] in "，、；,;" and body_run._CLAUSE_END.search(text)
    ):
        score = 0.0
    else:
        return W.SCORE_LABEL
    return W.SCORE_LABEL if features.is_metadata_line(text) else score


def test_a_line_lighter_than_content_min_is_never_content() -> None:
    # What lets _score skip is_content for half a page's lines.
    for line in _lines():
        weight = features.text_weight(line)
        if weight < features.CONTENT_MIN:
            assert not features.is_content(line, weight), line
            assert not features.is_content(line), line
    forget_lines()


def test_score_of_real_and_made_up_lines_is_the_score_as_written() -> None:
    title = "海外留学生看两会：出国前后关注点大不同"
    lines = _lines()
    for k, line in enumerate(lines):
        weight = features.text_weight(line)
        for label in (UNLABELLED, _LABELS[k % len(_LABELS)]):
            for density, in_main in ((0.0, True), (0.2, k % 3 != 0), (0.9, True)):
                block = Block(line, link_density=density, in_main=in_main, label=label)
                for is_html in (False, True):
                    for known in (weight, None):
                        got = body_run._score(block, known, is_html, title)
                        assert got == _score_as_written(block, known, is_html, title), line
                        loose = body_run._score(block, known, is_html, title, False)
                        assert loose == _score_as_written(block, known, is_html, title, False)
    forget_lines()


def _bullet_runs_as_written(blocks: list[Block], scores: list[float | None]) -> list[float | None]:
    out = list(scores)
    firsts = [block.text[:1] for block in blocks]
    end = 0
    for i in [i for i, mark in enumerate(firsts) if mark in body_run._BULLETS]:
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


def test_bullet_runs_are_the_runs_as_written() -> None:
    items = ["★年齡：76歲", "★學歷：東京大學", "★出身：熊本縣", "●1983~1991年 熊本縣知事"]
    texts = [*items, "", "正文。", *items[:2], "●一", "●二", "●三", "●四", "■", "■", "■"]
    for start in range(len(texts)):
        part = texts[start:]
        blocks = [Block(t, label=FURNITURE if i == 1 else UNLABELLED) for i, t in enumerate(part)]
        scores: list[float | None] = [body_run._score(b, None, False, "") for b in blocks]
        assert body_run._bullet_runs(blocks, scores) == _bullet_runs_as_written(blocks, scores)
    forget_lines()


# --- is_boilerplate's first match -----------------------------------------------------------

_LABEL_LINES = [
    "新闻",
    "新闻 ",
    " 新闻",
    "新闻网",
    "Search documents",
    "Search",
    "Home\t",
    "-",
    "----------------------------------------",
    "——",
    "—— ",
    "|",
    "||",
    "贵州茅台 1700.50 +1.20%",
    "贵州茅台 1700.50 +1.20",
    "06-14 贵州茅台 600519",
    "首页 > 新闻 > 正文",
    "首页>新闻>",
    " 3 / 12",
    "3/12",
    "• | ·",
    "（原标题：央行降准）",
    "返回顶部",
    "关于我们 | 联系我们",
]


def _opening_as_written() -> re.Pattern[str]:
    # features._OPENING as first written: one alternation, each branch tried on every line.
    anchored = [b for b in features._SHORT_BRANCHES if b.startswith("^")]
    starts = [features._STRONG_STARTS] if features._STRONG_STARTS else []
    return re.compile("|".join([*starts, *anchored, "^" + features._WHOLE + r"\Z"]))


def _first_match(text: str) -> bool:
    """What is_boilerplate's first match says: the plain branches, or on a line holding a
    mark, the branches kept apart."""
    if features._OPENING_PLAIN.match(text) is not None:
        return True
    return (
        not features._MARK_CHARS.isdisjoint(text)
        and features._OPENING_MARKED.match(text) is not None
    )


def test_first_match_of_real_and_made_up_lines_is_the_match_as_written() -> None:
    written = _opening_as_written()
    hits = 0
    for line in [*_LABEL_LINES, *_lines()]:
        for text in (line, line + " ", "x" + line):
            got = _first_match(text)
            assert got == (written.match(text) is not None), text
            assert got == (features._OPENING.match(text) is not None), text
            hits += got
    assert hits > len(_LABEL_LINES)
    # The branches kept apart: a quote, a stock code, a breadcrumb, a page count.
    assert len(features._MARKED) == 4
    kept_apart = ["贵州茅台 1700.50 +1.20%", "06-14 贵州茅台 600519", "首页 > 新闻 > 正文", "3/12"]
    assert all(_first_match(text) for text in kept_apart)
    assert not any(features._OPENING_PLAIN.match(text) for text in kept_apart)


@given(st.sampled_from(sorted(features._MARKED)).flatmap(lambda b: st.from_regex(b)))
def test_a_match_of_a_branch_kept_apart_holds_its_mark(text: str) -> None:
    assert not features._MARK_CHARS.isdisjoint(text)
    assert _first_match(text)


_PIECES = ["新闻", "首页", ">", " ", "/", "1", "12", "%", ".", "-", "—", "|", "•", "+", "。"]


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_first_match_of_pieced_lines_is_the_match_as_written(text: str) -> None:
    assert _first_match(text) == (_opening_as_written().match(text) is not None)


_NOTICES = [
    "版权所有 © 2024 新华网",
    "Copyright (c) 2024 All Rights Reserved",
    "本网站所有内容未经许可不得转载，违者必究。",
    "法院認定被告未经许可擅自使用他人作品，判決賠償原告經濟損失共計人民幣十萬元整。",
    "法院認定被告未经许可擅自使用他人作品。",
    "未经许可" + "，" * 120,
    "未经许可，不得转载" + "，" * 120,
    "未经许可，不得转载" + "。" * 120,
    "（原标题：央行降准）",
    "2025-03-28 版权所有 © 新华网",
    "2025/03/28 网友评论",
    "50% 首页",
    "a > b > c 版权所有",
]


def _boilerplate_as_written(text: str) -> str | None:
    # features.is_boilerplate as first written: two STRONG phrases counted before the length.
    if features._has_strong(text) and (
        len(features._STRONG_RE.findall(text)) >= 2
        or (len(text) <= 120 and not features._is_sentence(text))
    ):
        return "notice"
    short = len(text) <= features.SHORT_LINE_MAX and not features.has_sentence_end(text)
    if short and features._SHORT_RE.search(text):
        return "menu"
    if features._WHOLE_RE.fullmatch(text):
        return "label"
    return None


def test_boilerplate_of_real_and_made_up_lines_is_the_boilerplate_as_written() -> None:
    plain = features.is_boilerplate.__wrapped__  # type: ignore[attr-defined]
    reasons = []
    for line in [*_NOTICES, *_LABEL_LINES, *_lines()]:
        assert plain(line) == _boilerplate_as_written(line), line
        reasons.append(plain(line))
    assert reasons[: len(_NOTICES)].count("notice") == 9


# --- is_boilerplate's scan ------------------------------------------------------------------


# features._INSIDE as first written: one branch per phrase, word and first character.
_INSIDE_WRITTEN = "|".join(
    [
        features._STRONG_OTHER,
        *features.COMMENT_COUNTER_WORDS,
        *(w for w in features._SHORT_WRITTEN if not w.startswith(features._LED)),
        *features._APART_FIRSTS,
    ]
)


def test_scan_of_real_and_made_up_lines_finds_what_the_scan_as_written_finds() -> None:
    written = re.compile(_INSIDE_WRITTEN)
    found = 0
    for line in [*_NOTICES, *_LABEL_LINES, *_lines()]:
        for text in (line, line[1:], line[:-1]):
            got = features._INSIDE.search(text) is not None
            assert got == (written.search(text) is not None), text
            found += got
    assert found > 100


@given(st.data())
def test_scan_finds_a_line_holding_a_branch(data: st.DataObject) -> None:
    branch = data.draw(st.sampled_from(top_alternatives(_INSIDE_WRITTEN)))
    text = data.draw(st.from_regex(re.compile(branch)))
    assert features._INSIDE.search(text) is not None


def test_branches_by_first_character_are_the_branches() -> None:
    branches = ["转载", "转发", "\\(c\\)", "\\(C\\)", "a?b", "ab*", "回", "回到顶部", "回", "x"]
    grouped = features._by_first(branches)
    assert grouped == ["转(?:载|发)", "\\(c\\)", "\\(C\\)", "a?b", "ab*", "回(?:|到顶部|)", "x"]
    single = re.compile("|".join(branches))
    by_first = re.compile("|".join(grouped))
    for text in ["转载", "转", "(c)", "(C)", "b", "a", "回", "顶部", "x", "转发来源", "ab"]:
        assert (single.search(text) is None) == (by_first.search(text) is None), text


def test_every_branch_of_the_scan_with_the_marks_opens_with_a_literal() -> None:
    # What lets the engine skip in C to where a branch can start: one branch opening with a
    # class (the marks written as one) made the furniture stage 70% dearer.
    branches = features._sre.parse(features._SCAN.pattern)[0][1][1]
    assert all(str(branch[0][0]) == "LITERAL" for branch in branches)
    assert set(features._MARK_CHARS) == set("%-/>")
