"""The furniture stage's shortcuts (round o) give what the paths they skip give.

Each test runs the path as first written beside the shortcut, on made-up lines meant to
reach the edges and on the real lines of the seeds and the shipped pages.
"""

from __future__ import annotations

from _helpers import shipped_lines
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.firsts import SPACE_CHARS
from newsparse._extract import features

# Made-up lines at the edges of the first-character test: empty and blank lines, lines that
# open with each character a branch at the start can open with, and ones a character after.
_MADE_UP = [
    "",
    " ",
    "\n",
    "\u3000",
    "\u3000 |",
    " • · | ｜ / > -",
    "-",
    "- 新闻",
    "新闻",
    "新闻 ",
    "新聞",
    "体育",
    "HOME",
    "News",
    "返回首页 >",
    "返回新浪首页 >",
    "返回搜狐，查看更多",
    "快点击这里了解一下！",
    "点击这里",
    "點擊此處",
    "网站简介 | 联系我们",
    " 关于我们 /",
    "關於我們｜",
    "主办：某某文化传播有限公司",
    "承办:某某版权",
    "开播时间：每周一",
    "以下为热门股票",
    "（原标题：某某）",
    "(原題：某某)",
    "【原标题：某某】",
    "[ 原标题: 某某]",
    "三峡能源 4.26 -0.47%",
    "03-31 泰禾股份 301665 --",
    "首页 > 新闻 > 国内",
    "1 / 12",
    "今天天气很好，我们去公园。",
    "各地高考成绩已陆续公布,在本公众号回复“高考查分”即可查询!",
    "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。",
    "1234 条评论",
]


def _opening_first_path(text: str) -> str | None:
    """is_boilerplate as first written: _OPENING_PLAIN matched on every line."""
    f = features
    if f._OPENING_PLAIN.match(text) is None:
        hit = f._SCAN.search(text)
        if hit is None:
            return None
        if (
            hit.group() in f._MARK_CHARS
            and f._OPENING_MARKED.match(text) is None
            and f._INSIDE.search(text, hit.start()) is None
        ):
            return None
    if f._has_strong(text) and (
        (len(text) <= 120 and not f._is_sentence(text)) or len(f._STRONG_RE.findall(text)) >= 2
    ):
        return "notice"
    if len(text) <= f.SHORT_LINE_MAX and not f.has_sentence_end(text) and f._SHORT_RE.search(text):
        return "menu"
    if f._WHOLE_RE.fullmatch(text):
        return "label"
    return None


def test_opening_firsts_are_read() -> None:
    """The first characters are bounded (else the shortcut never skips a match)."""
    assert isinstance(features._OPENING_FIRSTS, frozenset)
    assert {"", "返", "新", *SPACE_CHARS} <= features._OPENING_FIRSTS


def test_opening_firsts_hold_every_opening_match() -> None:
    """A line _OPENING_PLAIN matches opens with one of _OPENING_FIRSTS ("" when empty)."""
    for text in shipped_lines(_MADE_UP):
        if features._OPENING_PLAIN.match(text) is not None:
            assert text[:1] in features._OPENING_FIRSTS, text


def test_is_boilerplate_matches_the_path_it_skips() -> None:
    lines = shipped_lines(_MADE_UP)
    assert sum(features._OPENING_PLAIN.match(t) is not None for t in lines) >= 10
    for text in lines:
        assert features.is_boilerplate.__wrapped__(text) == _opening_first_path(text), text


_OPENERS = sorted(features._OPENING_FIRSTS - {""})


@given(
    st.text(alphabet=st.sampled_from([*_OPENERS[:40], "x", "1", "。"]), max_size=3),
    st.text(max_size=12),
)
def test_opening_firsts_on_generated_lines(head: str, tail: str) -> None:
    text = head + tail
    if features._OPENING_PLAIN.match(text) is not None:
        assert text[:1] in features._OPENING_FIRSTS
    assert features.is_boilerplate.__wrapped__(text) == _opening_first_path(text)
