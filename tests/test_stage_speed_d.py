"""The furniture and caption stages' shortcuts give what the paths they skip give.

Each test runs the path as first written beside the shortcut, on made-up lines meant to
reach the edges, on the real lines of the seeds and the shipped pages, and on lines
generated from the phrase tables themselves.
"""

from __future__ import annotations

import functools
import random
import re

from _helpers import page_labels, page_text, seed_paths, shipped_lines
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core import firsts
from newsparse._core.blocks import Block, Label, Page
from newsparse._core.config import Config
from newsparse._core.memo import forget_lines
from newsparse._extract import captions, features, furniture, stages
from newsparse._extract.data import (
    CAPTION_OPENERS,
    PICTURE_CREDITS,
    PICTURE_POSITIONS,
    SHORT_LINE,
    SHORT_LINE_MAX,
    STRONG,
    WHOLE_LINE,
)
from newsparse._extract.text import text_to_page
from newsparse._html.page import html_to_page
from newsparse._news.data.notices import NOTICE_VOICE
from newsparse._news.notices import notice_kind

# Made-up lines at the edges of the tables: whole-line labels with and without spaces after
# them, breadcrumbs, counters, page numbers, a rule of dashes, an empty line and spaces
# alone, notices long and short, menu words in short and long lines, ranks, captions.
_MADE_UP = [
    "",
    " ",
    "\u3000",
    "新闻",
    "新闻 ",
    "新闻。",
    "Search documents",
    "Home\t",
    "---",
    "——",
    "|",
    "首页 > 新闻 > 正文",
    "首页>新闻>",
    " 3 / 12",
    "3/12",
    "• | ·",
    "返回顶部",
    "回返顶部",
    "返返頂部",
    "回回",
    "更多 >",
    "更多",
    "更多。",
    "上一篇：央行降准",
    "热门推荐",
    "猜你喜欢",
    "123 条评论",
    "12人参与",
    "版权所有 © 2024 新华网",
    "Copyright (c) 2024 All Rights Reserved",
    "本网站所有内容未经许可不得转载，违者必究。",
    "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。",
    "（原标题：央行降准）",
    "点击这里查看",
    "关于我们 | 联系我们",
    "主办：某某传媒有限公司",
    "贵州茅台 1700.50 +1.20%",
    "06-14 贵州茅台 600519",
    "下载新华社客户端，追踪更多新闻",
    "扫描二维码关注公众号",
    "一位网友在留言中说，这家店的服务很好，她还会再来。这是一个完整的句子，长过二十四个字。",
    "1、赴港上市冷了吗？",
    "2. 大数据呼唤良序",
    "3．LPR二度报价",
    "４、全角数字",
    "12、第十二",
    "1、" + "很长的标题" * 10,
    "2、以句号结束。",
    "▲政府擬將18%調降為9%。(圖／東森新聞提供)",
    "薛夫洛根（右）和占士法蘭高。美聯社 ",
    "图为搜救现场",
    "（图）",
    "视频：现场画面",
    "共享充电宝。视觉中国 资料图片",
    "…拍照留念。新华社记者 才扬 摄",
    "故宫博物院供图",
    "周松崗(前)。",
    "影响深远的一项政策",
    "国务院新闻办公室今天举行发布会。(完)",
]


@functools.cache
def _lines() -> tuple[str, ...]:
    return tuple(shipped_lines(_MADE_UP, unstripped=True))


# --- is_boilerplate ----------------------------------------------------------------------


def _is_boilerplate_as_written(text: str) -> str | None:
    # features.is_boilerplate as first written: each question asked in turn.
    if features._has_strong(text) and (
        len(features._STRONG_RE.findall(text)) >= 2
        or (len(text) <= 120 and not features._is_sentence(text))
    ):
        return "notice"
    short = len(text) <= SHORT_LINE_MAX and not features.has_sentence_end(text)
    if short and features._SHORT_RE.search(text):
        return "menu"
    if features._WHOLE_RE.fullmatch(text):
        return "label"
    return None


def _holds_anything(text: str) -> bool:
    """Whether one of the questions is_boilerplate asks finds something in ``text``."""
    return (
        features._has_strong(text)
        or features._SHORT_RE.search(text) is not None
        or features._WHOLE_RE.fullmatch(text) is not None
    )


def _passes(text: str) -> bool:
    """Whether is_boilerplate's first match and scan let ``text`` through."""
    return features._OPENING.match(text) is not None or features._INSIDE.search(text) is not None


def test_boilerplate_of_real_and_made_up_lines_is_the_questions_asked_in_turn() -> None:
    reasons = set()
    for line in _lines():
        reason = features.is_boilerplate.__wrapped__(line)  # type: ignore[attr-defined]
        assert reason == _is_boilerplate_as_written(line), line
        assert _passes(line) or not _holds_anything(line), line
        reasons.add(reason)
    assert reasons == {None, "notice", "menu", "label"}


# Lines holding a match of one table entry, with text around it (a match inside a line, and
# the anchored ones at its start): generated from the patterns themselves.
_AROUND = st.text(alphabet=st.sampled_from("新闻 >/%.。、1（）返回顶部a"), max_size=4)


def _held(pattern: str, *, whole: bool = False) -> st.SearchStrategy[str]:
    found = st.from_regex(re.compile(pattern), fullmatch=whole)
    if whole or pattern.startswith("^"):
        return found
    return st.tuples(_AROUND, found, _AROUND).map("".join)


_ENTRIES = st.one_of(
    *(_held(p) for p in STRONG),
    *(_held(p) for p in SHORT_LINE),
    *(_held(f"(?:{p})\\s*", whole=True) for p in WHOLE_LINE),
)


@given(_ENTRIES)
def test_a_line_holding_a_table_entry_passes_the_first_match_and_scan(text: str) -> None:
    assert _passes(text) or not _holds_anything(text)
    assert features.is_boilerplate.__wrapped__(text) == _is_boilerplate_as_written(text)  # type: ignore[attr-defined]


_PIECES = [
    "新闻", "首页", ">", " ", "/", "1", "12", "%", ".", "-", "—", "|", "•", "返", "回", "顶部",
    "更多", "版权所有", "未经许可", "不得转载", "条评论", "APP", "。", "，", "贵州茅台", "\u3000",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_boilerplate_of_pieced_lines_is_the_questions_asked_in_turn(text: str) -> None:
    assert features.is_boilerplate.__wrapped__(text) == _is_boilerplate_as_written(text)  # type: ignore[attr-defined]


def test_every_branch_of_the_scan_opens_with_a_literal() -> None:
    # What lets the engine skip in C to where a branch can start (re's table of first
    # characters): one branch opening otherwise would cost a try at every position.
    parser = firsts._sre  # re._parser, or sre_parse before Python 3.11
    branches = parser.parse(features._INSIDE.pattern)[0][1][1]
    assert all(str(branch[0][0]) == "LITERAL" for branch in branches)
    assert features._APART_FIRSTS == ["回", "返"]  # "[返回]{2}…", by its first characters


# --- ranked_runs -------------------------------------------------------------------------


def _ranked_runs_walked(texts: list[str]) -> list[tuple[int, int]]:
    # features.ranked_runs as first written: every line (and a sentinel) tried in turn.
    runs: list[tuple[int, int]] = []
    start, expected = 0, 1
    for i, text in enumerate([*texts, ""]):
        ranked = len(text) <= features._RANK_MAX and text[:1].isdecimal()
        match = features._RANK.match(text) if ranked else None
        number = int(match.group(1)) if match and not text.endswith("。") else None
        if number == expected:
            if number == 1:
                start = i
            expected += 1
            continue
        if expected > features._MIN_RANKED:
            runs.append((start, i))
        start, expected = i, 2 if number == 1 else 1
    return runs


_RANKS = [
    "1、一", "2、二", "3、三", "4、四", "5、五", "1. 一", "2.二", "3．三", "３、三", "12、十二",
    "2、二。", "1、" + "长" * 60, "1、", "1", "2014-12-11 报道", "正文", "", " 1、一",
]  # fmt: skip


# A page's lines as pieces: a ranking numbered from 1 up to 1 to 6 (runs of every length,
# touching one another or apart) or one line of the edge cases above.
_RANKED_PIECES = st.one_of(
    st.integers(min_value=1, max_value=6).map(lambda n: [f"{k}、第{k}条" for k in range(1, n)]),
    st.sampled_from(_RANKS).map(lambda line: [line]),
)


@given(st.lists(_RANKED_PIECES, max_size=8).map(lambda pieces: [t for p in pieces for t in p]))
def test_ranked_runs_are_the_walks(texts: list[str]) -> None:
    walked = _ranked_runs_walked(texts)
    assert features.ranked_runs(texts) == walked
    assert features.ranked_runs(texts, list(map(features.FIRST_CHAR, texts))) == walked


def test_ranked_runs_of_real_pages_are_the_walks() -> None:
    pages = [path.read_text(encoding="utf-8").splitlines() for path in seed_paths()]
    lines = list(_lines())
    rng = random.Random(16)
    # Real lines with rankings dropped in at random places, runs touching and apart.
    for _ in range(200):
        page = rng.sample(lines, 30)
        for _ in range(rng.randrange(4)):
            at = rng.randrange(len(page) + 1)
            page[at:at] = [f"{n}、第{n}条" for n in range(1, rng.randrange(2, 7))]
        pages.append(page)
    runs = 0
    for page in pages:
        assert features.ranked_runs(page) == _ranked_runs_walked(page)
        runs += len(_ranked_runs_walked(page))
    assert runs


def test_a_lines_first_character_is_its_first_slice() -> None:
    for line in _lines():
        assert features.FIRST_CHAR(line) == line[:1]


# --- mark_furniture ----------------------------------------------------------------------
# (tests/test_stage_speed_shortcuts.py compares the stage with the walk as first written.)


def test_tag_openers_are_the_labels_first_characters_and_the_spaces() -> None:
    # mark_furniture's set lookup stands for "text[:1] in _TAG_FIRSTS or text[:1].isspace()".
    for code in range(0x110000):
        char = chr(code)
        opens = char in furniture._TAG_FIRSTS or char.isspace()
        assert (char in furniture._TAG_OPENERS) == opens, hex(code)
    assert "" not in furniture._TAG_OPENERS


_VOICED = st.one_of(*(_held(cue) for cue in NOTICE_VOICE))


@given(st.one_of(_VOICED, st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)))
def test_a_line_not_in_the_notices_voice_is_no_notice_of_a_kind(text: str) -> None:
    # mark_furniture asks notice_kind only of the lines the voice search finds something in.
    assert furniture._VOICE_ANY.search(text) is not None or notice_kind(text) is None
    forget_lines()


def test_real_lines_not_in_the_notices_voice_are_no_notices_of_a_kind() -> None:
    kinds = 0
    for line in _lines():
        kind = notice_kind(line)
        assert furniture._VOICE_ANY.search(line) is not None or kind is None
        kinds += kind is not None
    forget_lines()
    assert kinds


# --- mark_captions -----------------------------------------------------------------------

_CONFIG = Config()
_TZ = "Asia/Shanghai"


def _mark_captions_walked(ctx: stages.Context) -> None:
    # captions.mark_captions as first written: every unlabelled block tried in turn.
    ends = captions._credit_ends()
    found = [
        (i, rule)
        for i, block in enumerate(ctx.blocks)
        if block.label is Label.UNLABELLED
        and (
            block.after_image
            or block.tag == "caption"
            or len(block.text) <= captions._POSITION_MAX
            or captions._OPENER.match(block.text)
            or block.text.rstrip()[-1:] in ends
        )
        and (rule := captions.caption_rule(block))
    ]
    for i, rule in found:
        ctx.label(i, Label.CAPTION, rule)


def _pages() -> list[tuple[Page, Page]]:
    """Each page twice (fresh blocks): the seeds and the made-up lines flattened, the
    hand-written pages as HTML, and the made-up lines as an HTML page's blocks, each under a
    picture, as headings, as caption elements."""
    pairs: list[tuple[Page, Page]] = []
    for text in [path.read_text(encoding="utf-8") for path in seed_paths()]:
        pairs.append((text_to_page(text, config=_CONFIG), text_to_page(text, config=_CONFIG)))
    for label in page_labels():
        html = page_text(label)
        pairs.append((_html_page(html), _html_page(html)))
    for tag, after_image in [("p", False), ("p", True), ("h", True), ("caption", False)]:
        blocks = [[Block(t, tag=tag, after_image=after_image) for t in _MADE_UP] for _ in "ab"]
        pairs.append((Page(blocks[0], is_html=True), Page(blocks[1], is_html=True)))
    return pairs


def _html_page(html: str) -> Page:
    return html_to_page(html, encoding=None, config=_CONFIG, url=None)


def _labels(page: Page) -> list[tuple[Label, str]]:
    return [(b.label, b.rule) for b in page.blocks]


def test_captions_label_the_blocks_the_walk_labels() -> None:
    captioned = 0
    for fast, walked in _pages():
        for page, mark in ((fast, captions.mark_captions), (walked, _mark_captions_walked)):
            ctx = stages.Context(page, _TZ, None, _CONFIG)
            for name, stage in stages.STAGES:
                if name == "captions":
                    break
                ctx.stage = name
                stage(ctx)
            ctx.stage = "captions"
            mark(ctx)
            forget_lines()
        assert _labels(fast) == _labels(walked)
        captioned += sum(b.label is Label.CAPTION for b in fast.blocks)
    assert captioned


def _wording_rule(text: str) -> str | None:
    """The rules of wording and place _line_rule gives a line under no picture."""
    rules = {captions._line_rule.__wrapped__(text, tag, False) for tag in ("p", "h")}  # type: ignore[attr-defined]
    rules.discard(None)
    return rules.pop() if rules else None


def test_real_lines_without_a_caption_mark_have_no_caption_rule() -> None:
    marks = captions._wording_marks()
    ruled = 0
    for line in _lines():
        rule = _wording_rule(line)
        assert marks.search(line) is not None or rule is None, line
        ruled += rule is not None
    assert ruled


_CAPTIONED = st.one_of(
    *(_held(f"^(?:{p})") for p in CAPTION_OPENERS),
    *(_held(p) for p in PICTURE_CREDITS),
    _held(PICTURE_POSITIONS),
)


@given(st.one_of(_CAPTIONED, st.text(alphabet=st.sampled_from("（(右)）图摄社 。A\u3000影"))))
def test_a_line_with_a_captions_wording_has_a_caption_mark(text: str) -> None:
    assert captions._wording_marks().search(text) is not None or _wording_rule(text) is None


def test_caption_marks_are_read_from_the_patterns() -> None:
    marks = captions._wording_marks().pattern
    assert all(mark in marks.split("|") for mark in ["（", "\\(", "▲", "图", "社\\s*\\Z"])
    assert captions._class_chars("[（(]") == {"（", "("}
    # Anything but a class of plain characters is not read: every line is then asked.
    for pattern in ["", "[(\\d]", "[(\\s]", "[a-z]", "[^(]", "a"]:
        assert captions._class_chars(pattern) is None
