"""Shortcuts in normalize() and the body stage give the answer of the path they skip."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from _helpers import seed_paths, shipped_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._chinese import normalize as N
from newsparse._chinese.data.characters import TONED_VOWELS
from newsparse._chinese.pinyin import repair_pinyin
from newsparse._core.blocks import (
    BODY,
    CAPTION,
    FURNITURE,
    LISTING,
    NOTICE,
    TITLE,
    UNLABELLED,
    Block,
)
from newsparse._core.config import Config
from newsparse._extract import body_run
from newsparse._extract import weights as W
from newsparse._extract.features import (
    has_sentence_end,
    is_content,
    is_metadata_line,
    text_weight,
)

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
    unicodedata.normalize("NFD", _GLOSSED),  # its toned vowels made by NFC
    "中國(gu&oacute;)人(r&eacute;n)網(w&#462;ng)推動(d&#xf2;ng)?x&ugrave;n)|盟",  # by entities
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


_DECIMAL_AS_FIRST_WRITTEN = re.compile(r"(?<=[0-9])．(?=[0-9])")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="0９５．.a中\n", max_size=16))
def test_decimal_point_as_first_written(text: str) -> None:
    assert N._DECIMAL_POINT.sub(".", text) == _DECIMAL_AS_FIRST_WRITTEN.sub(".", text)


def test_decimal_point_on_made_up_and_real_lines() -> None:
    made_up = [
        "5．2",
        "５．２",
        "．5",
        "5．",
        "5．．2",
        "1．2．3",
        "．",
        "增长5．2％，约．",
        "a．1",
    ]
    for text in shipped_lines(made_up) + _pages():
        assert N._DECIMAL_POINT.sub(".", text) == _DECIMAL_AS_FIRST_WRITTEN.sub(".", text)


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


# ---------------------------------------------------------------------------------------
# The body stage: _score asks is_metadata_line only of a line that would not score as a
# label anyway.


def _score_as_first_written(
    block: Block, weight: int | None, is_html: bool, title: str, contained: bool = True
) -> float | None:
    if block.label is LISTING or (contained and is_html and not block.in_main):
        return None
    if block.label is TITLE:
        return W.SCORE_LABEL
    if block.label is CAPTION:
        return 0.0
    if block.label in (FURNITURE, NOTICE) or block.link_density > W.LINK_HEAVY:
        return W.SCORE_FURNITURE
    if is_metadata_line(block.text):
        return W.SCORE_LABEL
    if weight is None:
        weight = text_weight(block.text)
    if is_content(block.text, weight):
        return W.PROSE_BASE + min(weight, W.PROSE_CAP) * W.PROSE_PER_CHAR
    if (
        is_html
        and weight >= body_run._BARE_LINE
        and block.link_density < body_run._FEW_LINKS
        and block.text.replace(" ", "") not in title
    ):
        return W.SCORE_BARE_LINE
    if has_sentence_end(block.text) and weight >= body_run._MIN_SENTENCE:
        return 0.0
    if block.text.rstrip()[-1:] in body_run._CLAUSE_MARKS and body_run._CLAUSE_END.search(
        block.text
    ):
        return 0.0
    return W.SCORE_LABEL


_PROSE = "国务院联防联控机制印发通知，要求各地做好春季学校疫情防控工作。"
_BODY_MADE_UP = [
    "",
    "首页",
    "会有崩盘吗？",
    "好吗？",
    "京沪高速北京方向，",
    "北京，",
    "下周一，",
    "划重点：",
    "发布时间：2025-03-28 10:00 来源：新华网 作者：张三",
    "发布时间：2025-03-28 10:00 来源：新华网 作者：张三。",
    "发布时间：2025-03-28 10:00 来源：新华网 作者：张三，",
    "发布时间：2025-03-28 10:00 来源：新华网，记者张三报道，" + _PROSE,
    "2025年3月28日 来源：人民网 " + _PROSE,
    "2025-03-28 10:00",
    "来源：新华网 2025-03-28，",
    "来源新华网 2025-03-28 北京，",  # a header line and a clause
    "来源新华网 2025-03-28 作者张三 编辑李四王五赵六",  # a header line and a bare line
    "来源：新华网 2025-03-28？",
    "全球科创力量聚首中关村 论坛开幕",
    "全球科创力量聚首中关村论坛开幕今日在京举行各方嘉宾出席",
    "Economy grows faster than expected in March",
    _PROSE,
    _PROSE * 12,
    "港聞 監警考慮 2014-12 要聞 財經 2014-12 體育 娛樂 2014-12 國際 兩岸 2014-12 副刊 專題",
]


def _body_cases() -> list[tuple[Block, int | None, bool, str]]:
    cases: list[tuple[Block, int | None, bool, str]] = []
    labels = (UNLABELLED, TITLE, CAPTION, FURNITURE, NOTICE, LISTING, BODY)
    titles = ("", "全球科创力量聚首中关村论坛开幕今日在京举行各方嘉宾出席")
    for text in _BODY_MADE_UP:
        for label, density, in_main, is_html, title, weighed in itertools.product(
            labels, (0.0, 0.2, 0.9), (True, False), (True, False), titles, (True, False)
        ):
            block = Block(text, link_density=density, in_main=in_main, label=label)
            cases.append((block, text_weight(text) if weighed else None, is_html, title))
    for text in shipped_lines(_BODY_MADE_UP):
        for is_html in (True, False):
            cases.append((Block(text), text_weight(text), is_html, ""))
    return cases


def test_score_as_first_written() -> None:
    for block, weight, is_html, title in _body_cases():
        for contained in (True, False):
            want = _score_as_first_written(block, weight, is_html, title, contained)
            got = body_run._score(block, weight, is_html, title, contained)
            assert got == want, (block, weight, is_html, title, contained)
