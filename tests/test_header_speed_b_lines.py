"""The header and page-field shortcuts give what the loops they replace give.

Each test runs the loop as first written beside the shortcut over real lines: the seeds'
lines, the text of the pages in tests/data/pages, and made-up lines meant to hit each test
(spaces before a tag label or a headline, a headline repeated with a section tag).
"""

from __future__ import annotations

import lxml.html
import pytest
from _helpers import PAGES_DIR, seed_paths

from newsparse._core.blocks import Block, Label
from newsparse._core.firsts import found
from newsparse._core.memo import forget_lines
from newsparse._extract import extras, facts, headline

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
    "廉署貪污舉報今年跌11% (港聞)",
    "廉署 貪污舉報今年跌11%",
    " 廉署貪污舉報今年跌11%",
    "廉署貪污舉報今年跌11% (港聞) 詳情請看",
    "  ",
]


def _lines() -> list[str]:
    lines = list(_MADE_UP)
    for path in seed_paths():
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines += path.read_text(encoding="utf-8").splitlines()  # with their spaces
    for path in sorted(PAGES_DIR.glob("*.html")):  # the shipped pages' text
        root = lxml.html.document_fromstring(path.read_bytes())
        texts = root.xpath("//body//text()[not(ancestor::script or ancestor::style)]")
        lines += [text.strip() for text in texts] + [str(text) for text in texts]
    return list(dict.fromkeys(lines))


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return _lines()


def test_labels_compared_in_loops_are_the_labels() -> None:
    assert facts._TITLE is Label.TITLE and facts._UNLABELLED is Label.UNLABELLED
    assert headline._UNLABELLED is Label.UNLABELLED
    assert headline._HEADING_LABELS == (Label.UNLABELLED, Label.CAPTION)


def test_a_tag_line_opening_is_found_as_by_its_first_character(lines: list[str]) -> None:
    for line in lines:
        first_written = line.lstrip()[:1] in extras._TAG_FIRSTS
        assert (extras._TAG_OPENING.match(line) is not None) == first_written, repr(line)
    assert any(extras._TAG_OPENING.match(line) for line in lines)


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
