"""Shortcuts in normalize() and the body stage give the answer of the path they skip."""

from __future__ import annotations

import itertools

import pytest
from _helpers import seed_paths, shipped_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._chinese import normalize as N
from newsparse._chinese.data.characters import TONED_VOWELS
from newsparse._chinese.pinyin import repair_pinyin
from newsparse._core.config import Config

# ---------------------------------------------------------------------------------------
# normalize(): one scan for the characters its steps change, and str searches before scans.


def _restore_entities_in_full(text: str, *, fold: bool) -> str:
    # restore_entities as first written: the bare-hex pattern tried on any text with a "#".
    for _ in range(N._ENTITY_PASSES):
        restored = text
        if "&" in restored:
            restored = N._ENTITY.sub(lambda m: N._entity(m["ref"], fold) or m[0], restored)
        if "#" in restored:
            restored = N._BARE_HEX.sub(lambda m: N._entity(f"#x{m['hex']}", fold) or m[0], restored)
        if restored == text:
            break
        text = restored
    return text


def _map_spaces_by_lines(text: str) -> str:
    # _map_spaces as first written: the spaces mapped and every line stripped.
    text = N._SPACE_RUN.sub(lambda m: m[0].translate(N._SPACE_TABLE), text)
    return "\n".join(line.lstrip(" \t").rstrip(" \t\r") for line in text.split("\n"))


def _normalize_in_full(text: str, cfg: Config) -> str:
    # normalize() as first written: every step run over the text.
    text = N.repair_surrogates(text)
    if cfg.normalize_width:
        text = N.fold_width(text)
    if cfg.normalize_whitespace:
        text = N.drop_invisible(text)
    text = N._nfc(text)
    if cfg.restore_entities and ("&" in text or "#" in text):
        text = N._nfc(_restore_entities_in_full(text, fold=cfg.normalize_width))
    if cfg.normalize_whitespace:
        text = _map_spaces_by_lines(text)
    if cfg.repair_pinyin:
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

_GLOSSED = "中國(guó)人(rén)網(wǎng)推動(dòng)?xùn)|盟"
_MADE_UP = [
    "",
    " ",
    "\n",
    "\t",
    "\r",
    "正文",
    " 正文",
    "正文 ",
    "\t正文\t",
    "正文\r",
    "一\n 二",
    "一 \n二",
    "一\n\t二",
    "一\t\n二",
    "一\r\n二",
    "一 二\n三  四",
    "\u3000\u3000正文",
    "记者\xa0张三",
    "\u2000\u2001",
    "新\u200b华\ufeff社\u00ad",
    "１０月２２日，ＧＤＰ增长５．２％",
    "５．２",
    "．",
    "新\ud83d\ude00闻\ud800稿",
    "\udfff",
    _GLOSSED,
    "中國(guó)人(rén)網(wǎng)",
    # Toned vowels only after NFC composes them, or after the entities are restored:
    "中國(gu\u0301o)人(re\u0301n)網(wa\u030cng)",
    "中國(gu&oacute;)人(r&eacute;n)網(w&#462;ng)",
    "café",
    "e\u0301",
    "&nbsp;正文&nbsp;",
    "&amp;nbsp;正文",
    "&#12288;正文",
    "&#x3000;正文 ",
    "正文&emsp;\n&ensp;二",
    "&#65297;&#65298;",
    "来源#xff1a;新华网",
    "来源#XFF1A;新华网",
    "来源&#35;xff1a;新华网",
    "来源&#35;&#120;ff1a;新华网",
    "编号#12 #x #X; &#x23;",
    "a&#x23;xff1a;b",
    "&#8203;正文",
    "&shy;",
    "&#xd800;",
    "合作,共赢(完)(AI)",
    "日电(记者 杨陈)好,吗",
]


def _pages() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in seed_paths()]
    return [*texts, "\n".join(shipped_lines(_MADE_UP)), "\n".join(_MADE_UP)]


@pytest.mark.parametrize("cfg", _CONFIGS)
def test_normalize_as_every_step_run_in_full(cfg: Config) -> None:
    for text in [*shipped_lines(_MADE_UP, unstripped=True), *_pages()]:
        assert N.normalize(text, cfg) == _normalize_in_full(text, cfg), repr(text[:80])


_ALPHABET = " \t\r\n\u3000\xa0\u2000\u200b\ufeff１．5&#;xXanbspmp中國()guóréwǎe\u0301\ud800\udc00"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30), st.sampled_from(_CONFIGS))
def test_normalize_on_generated_text(text: str, cfg: Config) -> None:
    assert N.normalize(text, cfg) == _normalize_in_full(text, cfg)


def test_odd_class_holds_every_character_a_skipped_step_changes() -> None:
    every = "".join(map(chr, range(0x110000)))
    odd = set(N._ODD.findall(every))
    changed = (
        set("".join(N._SURROGATES.findall(every)))
        | set("".join(N._WIDE_RUN.findall(every)))
        | set("".join(N._INVISIBLE_RUN.findall(every)))
        | set("".join(N._SPACE_RUN.findall(every)))
        | set(TONED_VOWELS)
    )
    assert changed <= odd


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=" \t\r\n中A", max_size=12))
def test_lines_not_ragged_are_left_by_stripping(text: str) -> None:
    stripped = "\n".join(line.lstrip(" \t").rstrip(" \t\r") for line in text.split("\n"))
    assert N._ragged(text) or stripped == text
    assert N._map_spaces(text) == _map_spaces_by_lines(text)
    assert N._map_spaces(text, spaces=False) == _map_spaces_by_lines(text)
