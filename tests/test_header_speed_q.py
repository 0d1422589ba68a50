"""The body, header and clean_body shortcuts of round q give what the paths they skip give.

Each test runs the shortcut beside the path it skips over real lines (the seeds' lines and
the text of the pages in tests/data/pages) and made-up lines meant to reach its edges.
"""

from __future__ import annotations

import re

from _helpers import shipped_lines

from newsparse._extract import body
from newsparse._extract.data import INLINE_NOISE
from newsparse._extract.features import INLINE_NOISE_RE
from newsparse._news import dateline_patterns

_NOISE = [
    "返回搜狐，查看更多",
    "返回搜狐, 查看更多 ",
    "饮酒过量有害健康",
    "＊ 飲酒過量，有害健康 ／ 未成年請勿飲酒 ＊",
    "文章内容。饮酒过量，有害健康",
    "上证指数（3245.67, -12.34, -0.38%）",
    "上证指数(3245.67,12.34,0.38%)",
    "增长了1.59%，高于预期。",
    "有害健康",
    "查看更多",
    "%",
    "没有噪音的句子。",
    "有 空格 的句子 (括号)",
    "",
]


def test_every_inline_noise_pattern_writes_a_noise_word() -> None:
    # The gate holds only if a match of each pattern holds one of the words, written out.
    for pattern in INLINE_NOISE:
        assert any(word in pattern for word in body._NOISE_WORDS), pattern


def test_noise_word_gate_turns_away_only_lines_without_noise() -> None:
    for line in shipped_lines(_NOISE, unstripped=True):
        gated = any(map(line.__contains__, body._NOISE_WORDS))
        if not gated:
            assert INLINE_NOISE_RE.sub("", line) == line, line
            assert INLINE_NOISE_RE.search(line) is None, line


# The dateline prefilter as it was written before (its brackets a class).
_PREFILTER_AS_CLASS = re.compile(
    r"电|電|讯|訊|消息|报道|報道|報導|报导|新聞|新闻|文章|社評|社评|整理|記者|记者|[【\[［〖]"
)
_BRACKETS = [
    "【新华社重庆十四日电】",
    "[快讯]",
    "［独家］",
    "〖来源〗",
    "前文【",
    "前文 [",
    "记者张三",
    "没有任何线索的一行",
    "新华社北京3月31日电",
    "",
]


def test_dateline_prefilter_finds_what_the_class_form_finds() -> None:
    for line in shipped_lines(_BRACKETS, unstripped=True):
        for lo, hi in ((0, 200), (0, len(line)), (2, 40)):
            new = dateline_patterns.PREFILTER.search(line, lo, hi)
            old = _PREFILTER_AS_CLASS.search(line, lo, hi)
            assert (new and new.span()) == (old and old.span()), line
