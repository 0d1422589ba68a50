"""The per-line shortcuts of the furniture tests give what the searches they skip give.

Each test runs the search as first written beside the shortcut over real lines: the seeds'
lines, the text of the pages in tests/data/pages, and made-up lines meant to hit each
anchored phrase.
"""

from __future__ import annotations

import pytest
from _helpers import shipped_lines

from newsparse._extract import features

# Lines meant to hit each phrase anchored at the line's start, and each whole-line label.
_MADE_UP = [
    "（原标题：国务院常务会议部署稳就业）",
    "【 原標題：兩岸交流 】",
    "返回新闻频道，查看更多",
    "返回新浪首页 >",
    "快点击这里了解一下！",
    "點擊此處看更多",
    "  网站简介 | 联系我们",
    "關於我們｜廣告服務",
    "主办：某某网络科技有限公司",
    "开播时间：每周一 20:00",
    "以下为热门股票",
    "三峡能源 4.26 -0.47%",
    "03-31 泰禾股份 301665 --",
    "1234 条评论",
    "版权所有 © 2024",
    "新闻",
    "財經 ",
    "Search documents",
    "Previous",
    "-----",
    "———",
    "|",
    "",
    " ",
    "\n",
    "今天天气很好，我们去公园散步。",
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return shipped_lines(_MADE_UP)


def test_strong_phrases_found_as_by_one_search(lines: list[str]) -> None:
    # The anchored phrases are tried only after the opening test; the others and the comment
    # counter's words only after one scan for any of them.
    for line in lines:
        assert features._has_strong(line) == (features._STRONG_RE.search(line) is not None), line


def test_boilerplate_reasons_as_first_written(lines: list[str]) -> None:
    strong = features._STRONG_RE
    short = features._SHORT_RE
    whole = features._WHOLE_RE

    def written(text: str) -> str | None:
        if strong.search(text) and (
            len(strong.findall(text)) >= 2 or (len(text) <= 120 and not features._is_sentence(text))
        ):
            return "notice"
        if len(text) <= 24 and not features.has_sentence_end(text) and short.search(text):
            return "menu"
        return "label" if whole.fullmatch(text) else None

    for line in lines:
        assert features.is_boilerplate.__wrapped__(line) == written(line), line  # type: ignore[attr-defined]


def test_content_lines_as_first_written(lines: list[str]) -> None:
    # Long lines without spaces inside count no gaps without the gap search.
    def written(text: str) -> bool:
        weight = features.text_weight(text)
        if weight >= 40:
            gaps = len(features._GAPS.findall(text))
            return gaps < 4 or len(features._PROSE_PUNCT.findall(text)) * 3 > gaps
        if weight < 10 or text.rstrip().endswith(("..", "…")):
            return False
        return bool(features._PROSE_PUNCT.search(text)) and bool(
            features.has_sentence_end(text) or len(features._PROSE_PUNCT.findall(text)) >= 2
        )

    listed = "港聞 監警考慮 2014-12 財經 股市收市 體育 足球賽果 娛樂 明星動向 " * 3
    for line in [*lines, listed, listed.replace(" ", "\u3000"), listed.replace(" ", "")]:
        assert features.is_content.__wrapped__(line) == written(line), line  # type: ignore[attr-defined]
