"""The text-mode shortcuts of helper U give what the paths they skip give.

Each test runs the path as first written beside the shortcut over made-up cases that reach
its edges and over real lines (the seeds' and the shipped pages', ``shipped_lines``).
"""

from __future__ import annotations

import itertools
import re

import pytest
from _helpers import shipped_lines

from newsparse._chinese import normalize as N
from newsparse._chinese import script
from newsparse._chinese.data.charsets import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from newsparse._chinese.pinyin import repair_pinyin
from newsparse._core.blocks import Block
from newsparse._core.config import Config
from newsparse._extract import extras
from newsparse._extract import text as text_module
from newsparse._extract.captions import caption_rule
from newsparse._extract.data import CAPTION_MAX
from newsparse._news.pagemeta import tag_line

# Texts at the edges of detect_script's two searches: each script alone, both, neither,
# one character of the other script, and characters beyond the BMP (emoji, Han extension B,
# which the data lists in both scripts' sets) alone and beside each script.
_SCRIPT_CASES = [
    "",
    "abc",
    "中文",
    "关于后处理",
    "關于後處理",
    "简体字與繁體字",
    "关于與",
    "關於关",
    "关关关关关关关关與",
    "關關關關關關關關关",
    "关于😀",
    "😀關於",
    "😀",
    "中文😀",
    "\U00020000",
    "é中",
]


def _astral(chars: frozenset[str]) -> list[str]:
    return sorted(c for c in chars if c > "\uffff")[:3]


@pytest.mark.parametrize(
    "text",
    [
        *_SCRIPT_CASES,
        *_astral(SIMPLIFIED_ONLY),
        *(c + "关于" for c in _astral(SIMPLIFIED_ONLY)),
        *(c + "關於" for c in _astral(SIMPLIFIED_ONLY)),
        *_astral(TRADITIONAL_ONLY),
        *(c + "关于" for c in _astral(TRADITIONAL_ONLY)),
        *(c + "關於" for c in _astral(TRADITIONAL_ONLY)),
    ],
)
def test_one_script_is_the_count(text: str) -> None:
    one = script._one_script(text)
    assert one is None or one == script._counted(text)
    assert script.detect_script(text) == script._counted(text)


def test_one_script_on_real_lines() -> None:
    lines = shipped_lines(_SCRIPT_CASES)
    for text in [*lines, "\n".join(lines)]:
        one = script._one_script(text)
        assert one is None or one == script._counted(text), text
    # (and it answers most of them: a shortcut that never answers tests nothing)
    assert sum(script._one_script(line) is not None for line in lines) > len(lines) * 0.9


# ---------------------------------------------------------------------------------------
# text_to_page: a text with no break but "\n" is left as it is.

_BREAK_CASES = [
    "",
    "甲",
    "甲\n乙\n",
    "甲\r\n乙\r\r\n丙\u2028丁",
    *(f"甲{c}乙{c}" for c in "\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"),
    "\r",
    "\r\n",
    "\n\r",
]


def test_unix_breaks_is_the_sub() -> None:
    breaks = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # as first written
    for text in [*shipped_lines(_BREAK_CASES, unstripped=True), "\n".join(_BREAK_CASES)]:
        expected = breaks.sub("\n", text.replace("\r\n", "\n"))
        assert text_module._unix_breaks(text) == expected, text


def test_other_breaks_are_what_splitlines_splits_on() -> None:
    # (every character str.splitlines breaks a line at, "\n" aside)
    breaks = {chr(c) for c in range(0x110000) if len(f"a{chr(c)}b".splitlines()) == 2}
    assert breaks - {"\n"} == set(text_module._OTHER_BREAKS)


# ---------------------------------------------------------------------------------------
# normalize: the steps told by the characters of odd what they change.


def _normalize_as_first_written(text: str, cfg: Config) -> str:
    odd = "".join(set(N._ODD.findall(text)))
    if N._SURROGATES.search(odd):
        text = N.repair_surrogates(text)
    if cfg.normalize_width and N._WIDE_RUN.search(odd):
        text = N.fold_width(text)
    if cfg.normalize_whitespace and N._INVISIBLE_RUN.search(odd):
        text = N.drop_invisible(text)
    read = text
    text = N._nfc(text)
    if cfg.restore_entities and ("&" in text or "#" in text):
        text = N._nfc(N.restore_entities(text, fold=cfg.normalize_width))
    fresh = text is not read
    if cfg.normalize_whitespace:
        text = N._map_spaces(text, spaces=fresh or N._SPACE_RUN.search(odd) is not None)
    if cfg.repair_pinyin and (fresh or N._TONED.search(odd)):
        text = repair_pinyin(text)
    if cfg.fullwidth_punctuation:
        text = N.fullwidth_punctuation(text)
    return text


_SWITCHES = ("normalize_width", "normalize_whitespace", "restore_entities", "repair_pinyin")
_CONFIGS = [
    Config(**dict(zip(_SWITCHES, values, strict=True)), fullwidth_punctuation=punct)
    for values in itertools.product((True, False), repeat=len(_SWITCHES))
    for punct in (False, True)
]

_NORMALIZE_CASES = [
    "５．２",
    "增长5．2％，约．",
    "．．",
    "ＧＤＰ增长５．２％",
    "Ａ",
    "新\u200b华\ufeff社\u00ad\u2060",
    "\u200b\u200b",
    "记者\xa0张三\u3000\u3000正文",
    "\u3000\u3000正文&nbsp;记者",  # a space made by the entities beside one that was there
    "正文&nbsp;记者",
    "正文&amp;nbsp;记者",
    "AT&T 与 &unknown; 和 #x41 记者",  # entities read, nothing restored
    "AT&T\u3000e\u0301",  # not NFC, entities unchanged
    "cafe&#769; 咖啡",  # NFC only once the entity is restored
    "中國(gu&oacute;)人(r&eacute;n)網(w&#462;ng)",
    "中國(guó)人(rén)網(wǎng)\xa0",
    "\u2000\u2001\u2002\u200a\u202f\u205f\u1680",
    "１\u200b２\xa0３",
    "新\ud83d\ude00闻\ud800稿\u3000",
]


@pytest.mark.parametrize("cfg", _CONFIGS)
def test_normalize_is_as_first_written(cfg: Config) -> None:
    texts = shipped_lines(_NORMALIZE_CASES, unstripped=True)
    for text in [*_NORMALIZE_CASES, "\n".join(texts), "\n".join(_NORMALIZE_CASES)]:
        assert N.normalize(text, cfg) == _normalize_as_first_written(text, cfg), text


def test_without_is_the_class_sub() -> None:
    for text in shipped_lines(_NORMALIZE_CASES, unstripped=True):
        odd = "".join(set(N._ODD.findall(text)))
        invisible = "".join(N._INVISIBLE_RUN.findall(odd))
        spaces = "".join(N._SPACE_RUN.findall(odd))
        assert N._without(text, invisible) == N.drop_invisible(text)
        mapped = N._SPACE_RUN.sub(lambda m: m[0].translate(N._SPACE_TABLE), text)
        assert N._without(text, spaces, " ") == mapped
        if "．" in odd and not N._WIDE_RUN.search(odd.replace("．", "")):
            assert N._fold_width(text, letters=False) == N.fold_width(text)


# ---------------------------------------------------------------------------------------
# extras: "updat" looked for among the ASCII characters, lowered.


def _update_words_as_first_written(text: str) -> bool:
    return any(map(text.__contains__, extras._UPDATE_WORDS)) or "updat" in text.lower()


def test_only_ascii_letters_lower_to_updat() -> None:
    letters = set("updat")
    assert not [c for c in range(0x80, 0x110000) if letters & set(chr(c).lower())]


_UPDATE_CASES = [
    "Updated: 2024-01-02",
    "LAST UPDATED ON 2024",
    "uPdAtE",
    "upd\u0130at",
    "up中dat",  # one more (the patterns turn it away)
    "更新时间：2013/06/29",
    "最後修改",
    "updaT\ud800",
    "ｕｐｄａｔｅ",
    "",
]


def test_update_words_holds_every_line_it_held() -> None:
    for text in shipped_lines(_UPDATE_CASES):
        if _update_words_as_first_written(text):
            assert extras._update_words(text), text


def test_update_word_is_as_first_written() -> None:
    first = re.compile("|".join(extras._UPDATE_WORDS) + "|(?i:updat)")
    # No other character matches a letter of "updat" under IGNORECASE:
    for letter in "updat":
        folded = re.compile(f"(?i:{letter})")
        assert [chr(c) for c in range(0x110000) if folded.fullmatch(chr(c))] == sorted(
            {letter, letter.upper()}
        )
    # (the last "а" is Cyrillic)
    cases = [*_UPDATE_CASES, "UPDAT", "upDAT", "Updat", "uPDAT", "ｕｐｄａｔ", "updа"]
    for text in shipped_lines(cases):
        assert (extras._UPDATE_WORD.search(text) is None) == (first.search(text) is None), text


def _tag_line_as_first_written(lines: list[str]) -> list[str]:
    opening = [
        line for line in lines if len(line) <= 320 and line.lstrip()[:1] in extras._TAG_FIRSTS
    ]
    for line in opening:
        tags = tag_line(line)
        if tags:
            return tags
    return []


_TAG_CASES = [
    "标签：经济 金融",
    "  關鍵詞：兩岸、交流",
    "\u3000关键词：科技",
    "Tags: a, b",
    "本文标签：",
    "",
    " ",
    "主题词 新华社",
    "文章关键词：北京；上海",
]


def test_tag_line_is_as_first_written() -> None:
    lines = [line for line in shipped_lines(_TAG_CASES, unstripped=True) if len(line) <= 320]
    for start in range(0, len(lines), 50):
        window = lines[start : start + 50]
        assert extras._tag_line(window) == _tag_line_as_first_written(window)
    for case in _TAG_CASES:
        assert extras._tag_line(["正文。", case]) == _tag_line_as_first_written(["正文。", case])


# ---------------------------------------------------------------------------------------
# captions: a line over CAPTION_MAX characters is not searched (caption_rule turns it away).


def test_long_lines_have_no_caption_rule() -> None:
    for text in shipped_lines(["图为" + "长" * CAPTION_MAX, "▲" + "字" * 200 + "（記者X攝）"]):
        if len(text) <= CAPTION_MAX:
            continue
        for tag in ("p", "h", "li"):
            for after_image in (False, True):
                assert caption_rule(Block(text, tag, after_image=after_image)) is None, text


# ---------------------------------------------------------------------------------------
# text_to_page: the lines kept by filter.


def test_text_to_page_lines() -> None:
    cfg = Config()
    # (\x1f: a space to str.strip that normalize leaves)
    lines = shipped_lines(
        ["", " ", "\u3000", "甲", " 乙 ", "\x1f丙\x1f", " \x1f "], unstripped=True
    )
    text = "\n".join(lines)
    expected = [
        line
        for line in map(str.strip, N.normalize(text_module._unix_breaks(text)).split("\n"))
        if line
    ]
    assert [b.text for b in text_module.text_to_page(text, config=cfg).blocks] == expected


# ---------------------------------------------------------------------------------------
# drop_captions: a text's key without its spaces by str.split.


def test_split_splits_at_what_backslash_s_matches() -> None:
    space = re.compile(r"\s")
    assert all(bool(space.match(chr(c))) == chr(c).isspace() for c in range(0x110000))


def _drop_captions_as_first_written(paragraphs: list[str], captions: frozenset[str]) -> list[str]:
    squeeze = re.compile(r"\s+")
    keys = [squeeze.sub("", c) for c in captions]
    return [
        p
        for p in paragraphs
        if not (
            (key := squeeze.sub("", p))
            and any(key == c or (len(key) >= 4 and key in c) for c in keys)
        )
    ]


def test_drop_captions_is_as_first_written() -> None:
    lines = shipped_lines(
        ["故宫 博物院\u3000供图", "故宫博物院供图", " ", "\u2003图\x1f为", "图为"]
    )
    captions = frozenset(["故宫博物院 供图", "图为", *lines[::37]])
    assert extras.drop_captions(lines, captions) == _drop_captions_as_first_written(lines, captions)
