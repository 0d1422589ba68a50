"""The shortcuts of helper X give what the paths they skip give.

Each test runs the path as first written beside the shortcut over made-up cases that reach
its edges and over real lines (the seeds' and the shipped pages', ``shipped_lines``).
"""

from __future__ import annotations

from typing import Any

import pytest
from _helpers import PAGES_DIR, seed_html, seed_paths, shipped_lines
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._chinese import pinyin as P
from newsparse._chinese.data.characters import TONED_VOWELS
from newsparse._core.blocks import Page
from newsparse._core.lazy import lazy_compile
from newsparse._extract import assemble, extras

# ---------------------------------------------------------------------------------------
# Pinyin glosses: _GLOSSES opens with its "(" (the look-behind after it); count_glosses
# skips the _SPLIT scan when _LOST_TRAIL finds nothing.

_OLD_GLOSSES = lazy_compile(rf"(?<=[^\x00-\x7f])(?:\({P._SYL}\))+")

_GLOSS_CASES = [
    "",
    "(",
    "(guó)",
    "a(guó)",
    "中(guó)",
    "國(guó)(guó)(AI)",
    "國(guó)網(wǎng)電(diàn)",
    "中國(guó)人(rén)網(wǎng)(AI)",
    "(guó)國",
    "國((guó)",
    "國(guó))(rén)",
    "國(guóguóguó)",
    "國()",
    "中新網(wǎng)南寧7月13日電(記者 楊陳)推動(dòng)?xùn)|盟(完)",
    "國(guó)網(wǎng)電(diàn)。良性互動(dòng)?xùn)|中西",
    "國(guó)網(wǎng)電(diàn)。推動(dòng)\ufffd(xùn)|盟",
    "國(guó)網(wǎng)電(diàn)。科技?pī)?chuàng)新",
    "國(guó)網(wǎng)電(diàn)。科創(chuàng)?càn)鹑诖髸?huì)",
    "國(guó)網(wǎng)電(diàn)。推動?guó)|盟",
    "國(guó)網(wǎng)電(diàn)。推🙂?xùn)|盟",
    "a?xùn)",
    "中?xùn)",
    "中?(xùn)",
    "中\ufffdxùn)",
    "中?xùn",
    "?",
    "\ufffd",
    "café (é) 咖啡(é)",
]

_GLOSS_PIECES = st.sampled_from(
    [*"國網動東中a1?|()\ufffd。 ", *TONED_VOWELS, "guó", "xùn", "dòng", "(guó)", "?xùn)|", "(AI)"]
)


def _old_count(text: str) -> int:
    total = sum(P._run_glosses(text[m.start() - 1], m[0]) for m in _OLD_GLOSSES.finditer(text))
    return total + sum(1 for m in P._SPLIT.finditer(text) if P.is_gloss_syllable(m["syl"]))


def _spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _check_glosses(text: str) -> None:
    assert _spans(P._GLOSSES, text) == _spans(_OLD_GLOSSES, text), text
    assert P.count_glosses(text) == _old_count(text), text


@pytest.mark.parametrize("text", _GLOSS_CASES)
def test_glosses_made_up(text: str) -> None:
    _check_glosses(text)


def test_glosses_real_lines() -> None:
    lines = shipped_lines(_GLOSS_CASES)
    for line in lines:
        _check_glosses(line)
    _check_glosses("\n".join(lines))


@given(st.lists(_GLOSS_PIECES, max_size=40).map("".join))
def test_glosses_drawn(text: str) -> None:
    _check_glosses(text)


# ---------------------------------------------------------------------------------------
# assemble makes a page's head_lines once, for update_stamp and add_page_fields: what each
# would make itself when it is asked.

_STAMP_CASES = [
    "国务院常务会议\n最新更新時間：2013/06/29 22:54:00\n正文第一段。",
    "标题\n标签：经济 政策\n首页 > 新闻 > 国内\n正文。\n京ICP备12345678号",
    "标题\n" + "很长的一行。" * 80 + "\n更新时间：2024-05-06 07:08\nTags: economy",
    "",
]


def _pages() -> list[str | bytes]:
    """Made-up texts, then the seeds as text and as HTML, then the shipped pages (bytes:
    HTML)."""
    out: list[str | bytes] = list(_STAMP_CASES)
    for path in seed_paths():
        out += [path.read_text(encoding="utf-8"), seed_html(path)]
    return out + [path.read_bytes() for path in sorted(PAGES_DIR.glob("*.html"))]


def test_text_lines_made_once_are_those_each_would_make(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real_stamp, real_fields = extras.update_stamp, extras.add_page_fields

    def stamp(page: Page, *args: Any, lines: list[str] | None = None) -> Any:
        assert lines == extras.head_lines(page)
        assert real_stamp(page, *args, lines=lines) == real_stamp(page, *args)
        return real_stamp(page, *args, lines=lines)

    def fields(article: Any, page: Page, **kwargs: Any) -> Any:
        assert kwargs["lines"] == extras.head_lines(page)  # the blocks did not change
        asked.append(1)
        alone = {k: v for k, v in kwargs.items() if k != "lines"}
        assert real_fields(article, page, **kwargs) == real_fields(article, page, **alone)
        return real_fields(article, page, **kwargs)

    monkeypatch.setattr(assemble, "update_stamp", stamp)
    monkeypatch.setattr(assemble, "add_page_fields", fields)
    pages = _pages()
    for page in pages:
        newsparse.parse_html(page) if isinstance(page, bytes) else newsparse.parse_text(page)
    assert len(asked) == len(pages)
