"""The per-line measurements the body finder and the listing finder read (``_extract.features``).

Each case is a line as it occurs on Chinese news pages (most from the seeds): what decides
whether a reader gets it as body text, loses it as furniture, or sees it as the article's
header line.
"""

from __future__ import annotations

import re

import pytest
from _helpers import seed_paths
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._extract import features
from newsparse._extract.features import (
    END_MARKER,
    INLINE_NOISE_RE,
    han_count,
    has_sentence_end,
    is_boilerplate,
    is_content,
    is_metadata_line,
    ranked_runs,
    text_weight,
)

PROSE = [
    "英国企业将中国视为重要创新策源地。",
    "2024中关村论坛年会正在北京举行,各种重大科技成果令与会嘉宾目不暇接的同时,也传遞出新趨勢。",
    "中國科學院院士趙繼宗表示，腦機介面在醫療健康領域的應用前景廣闊。",
    # Flattened pages often lose the full-width punctuation: ASCII commas and stops count.
    "The delegation, led by the minister, visited 3 labs. 代表团参观了三个实验室, 并座谈.",
]
MENUS = ["首页 > 国内新闻 > 正文", "分享到：", "相关新闻", "返回顶部", "上一页下一页", "关闭"]


@pytest.mark.parametrize("line", PROSE)
def test_running_prose_is_content_and_not_furniture(line: str) -> None:
    assert is_content(line)
    assert is_boilerplate(line) is None


@pytest.mark.parametrize("line", MENUS)
def test_menus_and_buttons_are_furniture_not_content(line: str) -> None:
    assert not is_content(line)
    assert is_boilerplate(line) == "menu"


def test_a_copyright_notice_is_furniture_but_a_sentence_quoting_one_is_not() -> None:
    assert is_boilerplate("版权所有 © 2024 新华网") == "notice"
    assert is_boilerplate("本网站所有内容未经许可不得转载，违者必究。") == "notice"
    # A court report can say 未经许可 once: it is a sentence of the story.
    report = "法院认定，被告未经许可转载原告作品，构成侵权，判令其赔偿经济损失五万元。"
    assert is_boilerplate(report) is None
    assert is_content(report)


def test_short_lines_without_punctuation_are_not_content() -> None:
    # Headings, labels and teaser headlines: the weight is there, the prose marks are not.
    assert not is_content("前沿科技成为中外嘉宾共同关注的焦点")
    assert not is_content("新闻")
    assert is_content("前沿科技成为中外嘉宾共同关注的焦点，也是这次论坛的主题。")


def test_a_header_line_with_date_and_labels_is_metadata() -> None:
    assert is_metadata_line("2024-04-29 09:00:32來源:新華網責編:田蜜")
    assert is_metadata_line("发布时间：2025年3月31日 来源：中国新闻网 作者：苏婧欣")
    # The date alone, a label alone, or a date deep inside a sentence: not a header line.
    assert not is_metadata_line("2024-04-29 09:00:32")
    assert not is_metadata_line("来源：中国新闻网")
    assert not is_metadata_line("据介绍，" + "论坛" * 30 + "于2024年4月29日来源于北京的倡议")


def test_a_metadata_line_from_each_seed_that_has_one() -> None:
    """The seeds' own header lines (date, 来源, 责编 on one line) are recognised."""
    found = [
        line.strip()
        for path in seed_paths()
        for line in newsparse.normalize(path.read_text(encoding="utf-8")).splitlines()
        if is_metadata_line(line.strip())
    ]
    assert "2024-04-29 09:00:32來源:新華網責編:田蜜" in found
    assert not any(is_content(line) for line in found)


def test_weight_counts_han_characters_and_latin_words() -> None:
    assert han_count("新华社北京3月31日电") == 8
    assert han_count("䶮 舘 abc，。") == 2  # extension A and compatibility ideographs count
    assert text_weight("新华社 Xinhua News Agency 3 月") == 3 + 3 + 1
    assert text_weight("") == 0


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("共同的未来。", True),
        ("会有崩盘吗？", True),
        ("他说：“我们会继续努力。”", True),
        ("（完）", True),
        ("前沿科技,成为中外嘉宾共同关注的焦点——", False),
        ("新闻中心", False),
    ],
)
def test_sentence_ends(line: str, ends: bool) -> None:
    assert has_sentence_end(line) is ends


def test_end_markers_close_a_story_in_both_widths_and_scripts() -> None:
    ends = ("共同的未来。(完)", "共同的未來。（完）", "全文至此。（全文完）", "报道结束【完】")
    for line in ends:
        assert END_MARKER.search(line), line
    assert not END_MARKER.search("完成了任务。")
    assert not END_MARKER.search("（完）之后还有一句话。")


def test_stock_quotes_inside_text_are_inline_noise() -> None:
    line = "中关村(4.950, -0.08, -1.59%)论坛年会正在北京举行。"
    assert INLINE_NOISE_RE.sub("", line) == "中关村论坛年会正在北京举行。"
    assert INLINE_NOISE_RE.search("增长了1.59%，高于预期。") is None


def test_most_read_rankings_are_found_as_runs() -> None:
    lines = ["点击排行", "1、赴港上市冷了吗？", "2、大数据呼唤良序", "3、LPR二度报价", "正文继续。"]
    assert ranked_runs(lines) == [(1, 4)]
    # Two numbered lines are a list in the story, not a ranking; nor are numbered sentences.
    assert ranked_runs(["1、第一点", "2、第二点", "其他"]) == []
    numbered = ["1、我们要坚持创新驱动。", "2、我们要扩大开放合作。", "3、我们要加强人才培养。"]
    assert ranked_runs(numbered) == []
    # The numbering must run 1, 2, 3 in order.
    assert ranked_runs(["1、甲新闻", "3、乙新闻", "2、丙新闻"]) == []


@given(st.text(alphabet="，。！？；、,!?;.:：1２a 的", max_size=12))
def test_prose_marks_are_those_of_the_plain_alternation(text: str) -> None:
    # _PROSE_PUNCT is written with its class first so that a search skips to a mark.
    plain = re.compile(r"[，。！？；、,!?;]|[.:：](?=\D)")
    found = [m.span() for m in features._PROSE_PUNCT.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
