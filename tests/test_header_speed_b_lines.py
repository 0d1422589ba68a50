"""The header and page-field shortcuts give what the loops they replace give.

Each test runs the loop as first written beside the shortcut over real lines: the seeds'
lines, the text of the pages in tests/data/pages, and made-up lines meant to hit each test
(a headline repeated with a section tag, update and licence lines).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

import pytest
from _helpers import shipped_lines
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.blocks import Block, Label, Page, PageMeta
from newsparse._core.config import Config
from newsparse._core.firsts import found
from newsparse._core.memo import forget_lines
from newsparse._extract import extras, headline, stages
from newsparse._news import pagemeta
from newsparse._news.pagemeta import crumbs_in_text, has_licence

_MADE_UP = [
    "标签：科技 创新",
    "  標籤: 兩岸",
    "\u3000关键词：两会 经济 民生",
    "\t本文标签：足球",
    "文章",
    "标",
    "",
    " ",
    "\u3000",
    "最新更新時間：2013/06/29 22:54:00",
    "更新时间：" + "2019-09-07 15:10 " * 12,  # past the length an update line may have
    "Last updated: 2024-04-29",
    "UPDATED: 2024-04-29 10:00",
    "编修时间：2019-09-07 15:10",
    "修訂日期：2019/09/07",
    "廉署貪污舉報今年跌11% (港聞)",
    "廉署 貪污舉報今年跌11%",
    " 廉署貪污舉報今年跌11%",
    "廉署貪污舉報今年跌11% (港聞) 詳情請看",
    "  ",
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return shipped_lines(_MADE_UP, unstripped=True)


def test_update_lines_are_those_a_label_and_their_length_give(lines: list[str]) -> None:
    forget_lines()
    as_written = [
        line
        for line in lines
        if len(line) <= extras._LINE_MAX * 2
        and found(extras._UPDATE_LABEL, extras._UPDATE_FIRST, line)
    ]
    assert list(filter(extras._labels_update, lines)) == as_written
    assert len(as_written) >= 2
    forget_lines()


def _repeats_as_written(blocks: list[Block], key: str, start: int) -> list[int]:
    return [
        i
        for i in range(start, len(blocks))
        if (text := blocks[i].text.replace(" ", "")).startswith(key)
        and len(text) - len(key) <= headline._SECTION_TAG_MAX
    ]


def test_repeated_headlines_are_those_the_whole_walk_finds(lines: list[str]) -> None:
    blocks = [Block(line) for line in lines]
    keys = [line.replace(" ", "") for line in lines[:400]] + ["", "廉署貪污舉報今年跌11%"]
    hits = 0
    for key in dict.fromkeys(keys):
        for start in (0, 1, len(blocks) // 2):
            expected = _repeats_as_written(blocks, key, start)
            assert headline._repeats(blocks, key, start) == expected, key
            hits += len(expected)
    assert hits


def test_a_line_without_a_crumb_mark_is_no_breadcrumb(lines: list[str]) -> None:
    crumbs = 0
    for line in [*lines, "首页 > 新闻 > 正文", "当前位置：首页 / 国际", "新闻 → 港聞"]:
        if extras._CRUMB_MARK.search(line) is None:
            assert crumbs_in_text(line) == [], line
        crumbs += bool(crumbs_in_text(line))
    assert crumbs >= 3
    # Every separator crumbs_in_text splits at holds a mark: try each character of the BMP
    # alone, doubled and after the dashes of "->".
    for code in range(0x10000):
        char = chr(code)
        for sep in (char, char * 2, "-" + char, "--" + char):
            if pagemeta._CRUMB_SEP.search(sep):
                assert extras._CRUMB_MARK.search(sep), repr(sep)


def test_the_crumb_and_licence_lines_are_those_the_whole_walk_finds(lines: list[str]) -> None:
    def crumb_as_written(chunk: list[str]) -> list[str]:
        for line in chunk[: extras._CRUMB_BLOCKS]:
            if len(line) <= extras._LINE_MAX * 2:
                crumbs = crumbs_in_text(line)
                if crumbs:
                    return crumbs
        return []

    made_up = ["页脚", "Copyright © 2019 京ICP备05069158号", "ICP for dummies", "沪ICP证"]
    chunks = [lines[i : i + 40] for i in range(0, len(lines), 13)]
    chunks += [made_up[:1], made_up[:2], made_up[2:3], made_up[3:], []]
    licensed = 0
    for chunk in chunks:
        forget_lines()
        assert extras._crumb_line(chunk) == crumb_as_written(chunk)
        page = Page(blocks=[Block(line) for line in chunk])
        expected = any(map(has_licence, chunk))
        assert extras._licensed(page, chunk) == expected, chunk
        licensed += expected
    forget_lines()
    assert 0 < licensed < len(chunks)


def test_text_lines_are_the_short_lines_of_the_first_blocks() -> None:
    blocks = [Block("x" * n) for n in (0, 1, 319, 320, 321, 5000)] * 80
    page = Page(blocks=blocks)
    expected = [b.text for b in blocks[: extras._SCAN_BLOCKS] if len(b.text) <= 320]
    assert extras.head_lines(page) == expected


def _mark_headline_walked(ctx: stages.Context) -> None:
    # headline.mark_headline on an HTML page as first written: every block tried in turn.
    title = headline.head_title(ctx)
    for i, block in enumerate(ctx.blocks):
        heading = block.tag in ("h", "title")
        if heading and (block.text == title or headline.clean_title(block.text) == title):
            ctx.label(i, Label.TITLE, "the page's title")
        elif block.tag in ("h", "p") and headline._stamped(block.text, title):
            ctx.label(i, Label.TITLE, "the page's title with its time")


_TITLES = ["國光客運今天開放免費試乘", "馮光遠：搞獨裁", "短題", "新闻标题 - 新华网"]
_SHOWN = [
    *_TITLES,
    "國光客運今天開放免費試乘 2014-04-30 23:54",
    "馮光遠：搞獨裁 2014-04-30",
    "短題 2014-04-30 23:54",
    "新闻标题",
    "新闻标题 2025-03-31 10:20",
    "正文段落。",
    "",
]


# Pages of headings, paragraphs and list items showing titles, stamped titles and prose.
_SHOWN_BLOCKS = st.lists(
    st.tuples(st.sampled_from(["p", "h", "li", "title"]), st.sampled_from(_SHOWN)),
    max_size=30,
)


def _labelled(
    mark: Callable[[stages.Context], None], title: str, shown: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], str | None]:
    """The labels and rules ``mark`` gives the HTML page of ``shown`` blocks under
    ``title``, and the title it leaves in the context."""
    blocks = [Block(text, tag=tag) for tag, text in shown]
    page = Page(blocks=blocks, meta=PageMeta(title=title), is_html=True)
    ctx = stages.Context(page, "Asia/Shanghai", None, Config())
    mark(ctx)
    return [(b.label.value, b.rule) for b in blocks], ctx.title


@given(st.sampled_from(_TITLES), _SHOWN_BLOCKS)
def test_the_headline_is_marked_as_by_the_whole_walk(
    title: str, shown: list[tuple[str, str]]
) -> None:
    marked = _labelled(headline.mark_headline, title, shown)[0]
    assert marked == _labelled(_mark_headline_walked, title, shown)[0]


def _above_body_walked(ctx: stages.Context) -> None:
    # The labels headline.mark_headline_above_body gives an HTML page as first written
    # (no heading above an empty body): every block compared in turn.
    title = headline.head_title(ctx)
    for i, block in enumerate(ctx.blocks):
        if block.text == title:
            ctx.label(i, Label.TITLE, "the page's title")
    ctx.title = title or None


@given(st.sampled_from(_TITLES), _SHOWN_BLOCKS)
def test_the_title_above_the_body_is_marked_as_by_the_whole_walk(
    title: str, shown: list[tuple[str, str]]
) -> None:
    marked = _labelled(headline.mark_headline_above_body, title, shown)
    assert marked == _labelled(_above_body_walked, title, shown)


def test_an_update_label_holds_an_update_word(lines: list[str]) -> None:
    labels = 0
    for line in lines:
        for match in extras._UPDATE_LABEL.finditer(line):
            assert extras._update_words(match.group()), line
            labels += 1
    assert labels >= 3
    # "updat" in any case is "updat" lowered: its letters fold to ASCII letters alone.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    folded = {m.group() for m in re.finditer("[updat]", every, re.I)}
    assert folded == set("updatUPDAT")


@pytest.mark.parametrize("extra", ["", "Last UPDATED: 2025-03-30", "修訂於", "编修 ", "upDat"])
def test_the_update_word_scan_is_the_word_test(lines: list[str], extra: str) -> None:
    # _update_line hands the label test only the lines _UPDATE_WORD finds.
    for line in [*lines, extra, "更 新", "UPDAte"]:
        assert (extras._UPDATE_WORD.search(line) is not None) == extras._update_words(line), line


def test_update_lines_are_those_the_whole_walk_finds(lines: list[str]) -> None:
    def walked(chunk: list[str]) -> _dt.datetime | None:
        labelled = [
            line
            for line in chunk
            if len(line) <= extras._LINE_MAX * 2
            and found(extras._UPDATE_LABEL, extras._UPDATE_FIRST, line)
        ]
        for line in labelled:
            when = extras.update_time(line, tz="Asia/Taipei")
            if when is not None:
                return when
        return None

    chunks = [lines[i : i + 40] for i in range(0, len(lines), 7)]
    dated = 0
    for chunk in chunks:
        forget_lines()
        expected = walked(chunk)
        assert extras._update_line(chunk, "Asia/Taipei", None, "past") == expected, chunk
        dated += expected is not None
    forget_lines()
    assert 0 < dated < len(chunks)
