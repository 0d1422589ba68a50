"""Speed pass W: each shortcut against the path it skips.

- text_to_page measures its lines against ``max_line_chars`` only when the text is longer.
- normalize folds the full-width letters and digits it found (``odd``) by str.replace.
- normalize asks repair_pinyin only when a gloss's opening stands before a toned vowel.
"""

from __future__ import annotations

import pytest
from _helpers import seed_paths, shipped_lines

import newsparse._chinese.normalize as N
from newsparse._core.blocks import Block, Page
from newsparse._core.config import Config
from newsparse._core.limits import cut_to_bytes
from newsparse._extract.text import _unix_breaks, text_to_page

# --- text_to_page: the lines' lengths ------------------------------------------------------


def _text_to_page_measured(text: str, *, config: Config) -> Page:
    # text_to_page as it was: every page's lines measured.
    text, truncated = cut_to_bytes(text, config.max_input_bytes)
    text = N.normalize(_unix_breaks(text), config)
    most = config.max_line_chars
    lines = list(filter(None, map(str.strip, text.split("\n"))))
    if max(map(len, lines), default=0) > most:
        lines = [line[:most] for line in lines]
        truncated = True
    return Page(blocks=list(map(Block, lines)), truncated=truncated)


def _page(page: Page) -> tuple[list[str], bool]:
    return [b.text for b in page.blocks], page.truncated


_TEXTS = [
    "",
    "\n\n",
    "甲",
    "一二三四五",
    "一二三四五六",
    "一二三四五\n六",
    "一二三四五六\n七",
    "一二三\n四五六七八九十",
    "  一二三四五六七  \n八",
    "一二三四五六七八九十一二三四五六七八九十",
    "一二\n三四五六七八\n九十一二三四五六七八九十",
]


@pytest.mark.parametrize("most", [1, 4, 5, 6, 7, 10, 20, 40])
def test_text_to_page_cuts_lines_as_when_every_page_is_measured(most: int) -> None:
    config = Config(max_line_chars=most)
    texts = _TEXTS + [path.read_text(encoding="utf-8") for path in seed_paths()]
    cut = 0
    for text in texts:
        page = _page(text_to_page(text, config=config))
        assert page == _page(_text_to_page_measured(text, config=config)), (most, text)
        cut += page[1]
    assert cut  # (some were cut)


def test_text_to_page_of_the_seeds_as_when_measured() -> None:
    config = Config()
    for path in seed_paths():
        text = path.read_text(encoding="utf-8")
        for t in (text, text * 40):  # (the second is longer than max_line_chars)
            page = _page(text_to_page(t, config=config))
            assert page == _page(_text_to_page_measured(t, config=config))


# --- normalize: the full-width letters and digits ------------------------------------------

_WIDE = "０１２３４５６７８９ＡＢＣＸＹＺａｂｃｘｙｚ"
_MADE_UP_WIDE = [
    "１０月２２日，ＧＤＰ增长５．２％",
    "５．２",
    "．５",
    "５．",
    "．．",
    "ＡＢ．ＣＤ",
    "ＯＫ　ok\u3000ＯＫ",
    _WIDE,
    _WIDE[::-1] + "．" + _WIDE,
    "全角Ｚ在末尾Ｚ",
    "\u200bＡ\u200b１\ufeff",
    "&#65313;ＡＢ",  # (an entity that restores a full-width letter)
    "x&amp;#65297;y",
    "\ud835\udc00Ａ\ud800",
    "Ｂí(ǎ)",
]


def _lines() -> list[str]:
    return shipped_lines(_MADE_UP_WIDE + _MADE_UP_GLOSSES, unstripped=True)


def test_the_wide_letters_found_fold_as_the_run_search() -> None:
    folded = 0
    for text in _lines():
        letters = "".join(set(N._WIDE_RUN.findall(text.replace("．", ""))))
        fast = N._fold_width(text, letters=letters)
        assert fast == N._fold_width(text, letters=True), text
        folded += fast != text
    assert folded


def test_normalize_folds_as_with_the_run_search(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    texts = [*lines, "\n".join(lines), *[p.read_text(encoding="utf-8") for p in seed_paths()]]
    configs = [Config(), Config(restore_entities=False), Config(normalize_whitespace=False)]
    fast = [N.normalize(text, config) for text in texts for config in configs]
    searched = N._fold_width
    # (letters=True: the path the shortcut skips, right whatever the text holds)
    monkeypatch.setattr(N, "_fold_width", lambda text, letters: searched(text, letters=True))
    assert fast == [N.normalize(text, config) for text in texts for config in configs]


# --- normalize: the gloss's opening before a toned vowel ------------------------------------

_GLOSS = "中新網(wǎng)南寧7月13日電(記者 楊陳)推動(dòng)?xùn)|盟(完)"
_MADE_UP_GLOSSES = [
    _GLOSS,
    _GLOSS * 3,
    "國(guó)人(rén)網(wǎng)" * 2,
    "é",
    "(é",
    "(abcdeé",  # (the widest opening: five letters, then the vowel)
    "(abcdefé",  # (six letters: no opening)
    "x(abcdeé",
    "?é",
    "\ufffdé",
    "\ufffdzhuāng",
    "Beyoncé (Knowles) café",
    "ā(ā",
    "āāā(b",
    "(ü",
    "(üǘ",
    "?(lǜ)",
    "名字(míng zi)",
    "(Zhāng)",
    "(zhāng",
]


def test_a_gloss_opening_is_found_where_the_search_of_the_text_finds_one() -> None:
    found = 0
    for text in _lines():
        vowels = list(set(N._TONED.findall(text)))
        fast = N._gloss_opening(text, vowels)
        assert fast == (N.GLOSS_OPENING.search(text) is not None), text
        found += fast
    assert found


def test_normalize_repairs_pinyin_as_when_each_toned_text_is_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = _lines()
    texts = [*lines, "\n".join(lines), *[p.read_text(encoding="utf-8") for p in seed_paths()]]
    texts += ["\n".join([_GLOSS] * 3 + [line]) for line in _MADE_UP_GLOSSES]
    fast = [N.normalize(text) for text in texts]
    assert any(f != t for f, t in zip(fast, texts, strict=True) if "(wǎng)" in t)
    # The path skipped: repair_pinyin asked of every text holding a toned vowel.
    monkeypatch.setattr(N, "_gloss_opening", lambda text, vowels: bool(vowels))
    assert fast == [N.normalize(text) for text in texts]


def test_the_gloss_opening_is_repair_pinyins_first_test() -> None:
    from newsparse._chinese import pinyin

    assert N.GLOSS_OPENING.pattern == pinyin.GLOSS_OPENING.pattern
    assert N._gloss_opening_width() == 7  # "(" five letters and the toned vowel
