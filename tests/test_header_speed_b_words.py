"""The header stage's word tests give what the searches they spare give.

A pattern searched for in a header line (the update label, the source label, the publish
label) is tried at each position of the line; a str search in C first finds most lines lack
a word every match holds. Each test runs the search as first written beside the shortcut
over real lines: the seeds' lines, the text of the pages in tests/data/pages, and made-up
lines meant to hit each branch of each pattern.
"""

from __future__ import annotations

import datetime as _dt

import pytest
from _helpers import shipped_lines

from newsparse._core.blocks import Block, Label
from newsparse._extract import extras, facts, header

_MADE_UP = [
    "最後更新：2013/06/29 22:54",
    "最后更新 2019-09-07",
    "更新時間：2013/08/13 11:30",
    "更新于 2019-09-07 15:10",
    "修改时间：2019-09-07",
    "修改時間 2019/09/07",
    "Updated 2024-04-29",
    "updated: 2024-04-29 10:00",
    "Last update on 2024-04-29",
    "UPDATED AT 2024-04-29 10:00",
    "最新修訂日期：2019-09-07",
    "编修于 2019-09-07 15:10",
    "發稿時間：2013/08/13 11:24 最新更新：2013/08/13 11:30",
    "来源：新华网",
    "來源:中央社 記者王小明",
    "本文来源 人民日报",
    "稿件來源｜聯合報",
    "新闻来源:央视网",
    "稿源：中国新闻网",
    "出处：求是网",
    "出處: 明報",
    "發布時間：2014/12/13 01:06",
    "【发布时间：2019-09-07 15:10】",
    "（日期:2019-09-07）",
    "   時間 ： 2019-09-07",
    "出版日期：2019年9月7日",
    "刊登时间：2019-09-07",
    "時間：01:02~02:00／節目：新聞大解讀(重播)",
    "",
    "没有标签的一行",
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return shipped_lines(_MADE_UP)


def test_an_update_mark_is_found_as_by_the_search(lines: list[str]) -> None:
    hits = 0
    for line in lines:
        expected = facts._UPDATED.search(line) is not None
        assert facts._updated(line) == expected, line
        hits += expected
    assert hits >= 8


def _take_source_as_written(text: str) -> tuple[str | None, str]:
    label = header._SOURCE_LABEL.search(text)
    if not label:
        return None, text
    stop = header._SOURCE_STOP.search(text, label.end())
    value_end = stop.start() if stop else len(text)
    raw = text[label.end() : value_end]
    source = header.source_name(raw) or header.clean_source(raw)
    rest = (text[: label.start()] + " " + text[value_end:]).strip(header._SEPARATORS)
    return source, rest


def test_a_source_label_is_taken_as_by_the_search(lines: list[str]) -> None:
    sources = 0
    for line in lines:
        expected = _take_source_as_written(line)
        assert header._take_source(line) == expected, line
        sources += expected[0] is not None
    assert sources >= 7


def _update_span_as_written(text: str) -> tuple[int, int, _dt.datetime] | None:
    for label in extras._UPDATE_LABEL.finditer(text[: extras._LINE_MAX * 4]):
        if label.end() == label.start():
            continue
        rest = text[label.end() : label.end() + extras._LINE_MAX]
        for match in extras.find_dates(rest, tz="Asia/Taipei"):
            if match.start > 2:
                break
            if match.year is not None and match.day is not None and match.value is not None:
                return label.start(), label.end() + match.end, match.value
            break
    return None


def test_an_update_label_is_split_off_as_by_the_search(lines: list[str]) -> None:
    spans = 0
    for line in [*lines, "x" * 400 + "更新時間：2013/08/13 11:30"]:  # (past the label's reach)
        expected = _update_span_as_written(line)
        assert extras._update_span(line, "Asia/Taipei", None, "past") == expected, line
        spans += expected is not None
    assert spans >= 8


def test_a_publish_label_ends_with_a_colon(lines: list[str]) -> None:
    labels = 0
    for line in lines:
        if facts._PUBLISH_LABEL.match(line):
            assert ":" in line or "：" in line
            labels += 1
    assert labels >= 6


def test_publish_labelled_lines_are_those_the_whole_walk_finds(lines: list[str]) -> None:
    blocks = [Block(line) for line in lines]
    blocks[0].label = Label.FURNITURE  # (a labelled line is passed over)
    expected = [
        i
        for i, b in enumerate(blocks)
        if b.label is Label.UNLABELLED
        and len(b.text) <= facts._TIME_LINE_MAX * 2
        and facts._PUBLISH_LABEL.match(b.text)
    ]
    assert facts._publish_labelled(blocks) == expected
    assert len(expected) >= 6
