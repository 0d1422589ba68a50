"""normalize(): each step, the switches, line structure, idempotence, bad input."""

from __future__ import annotations

import unicodedata

import pytest
from _helpers import seed_paths, shared_html_files, slice_texts
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Config, normalize

OFF = {
    "normalize_width": False,
    "normalize_whitespace": False,
    "restore_entities": False,
    "repair_pinyin": False,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１０月２２日", "10月22日"),
        ("ＧＤＰ增长５．２％", "GDP增长5.2％"),  # a full-width point inside a number only
        ("第一．第二", "第一．第二"),
        ("记者：张三，李四。（完）", "记者：张三，李四。（完）"),  # Chinese punctuation kept
        ("①㎡℃ ﬁ ²", "①㎡℃ ﬁ ²"),  # what NFKC would destroy
    ],
)
def test_width(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_nfc_not_nfkc() -> None:
    assert normalize("e\u0301") == "é"
    assert normalize("\uf91d") == unicodedata.normalize("NFC", "\uf91d")  # compatibility ideograph
    assert normalize("㎡") == "㎡"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u3000\u3000正文第一段。", "正文第一段。"),
        ("  正文  \t", "正文"),
        ("记者\xa0张三", "记者 张三"),
        ("新\u200b华\ufeff社\u00ad", "新华社"),
        ("第一行\r\n第二行\r\n", "第一行\n第二行\n"),
        ("a\u2003b\u202fc", "a b c"),
        ("每经记者 周逸斐\xa0\xa0\xa0\xa0每经编辑 陈星", "每经记者 周逸斐    每经编辑 陈星"),
        ("👨\u200d👩", "👨\u200d👩"),  # ZWJ is kept
    ],
)
def test_whitespace(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来源#xff1a;新华网", "来源：新华网"),
        ("新华网&amp;nbsp;记者", "新华网 记者"),
        ("&nbsp;&nbsp;正文", "正文"),
        ("&amp;amp;quot;引号&#34;", '"引号"'),
        ("&#12290;&#x3001;", "。、"),
        ("&#xff21;&#65313;", "AA"),  # a full-width letter spelled as an entity is folded too
        ("R&D; AT&T", "R&D; AT&T"),  # not entities
        ("&unknownentity;", "&unknownentity;"),
        ("第一行&#10;第二行", "第一行&#10;第二行"),  # never produces a line break
        ("标签#x2F; 话题#12;", "标签/ 话题#12;"),
    ],
)
def test_entities(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_each_step_can_be_switched_off() -> None:
    text = "\u3000１０&amp;nbsp;中國(guó)網(wǎng)電(diàn)"
    assert normalize(text, **OFF) == text
    assert normalize(text, Config(**OFF)) == text
    assert normalize(text, normalize_width=False).startswith("１０")
    assert "&amp;" in normalize(text, restore_entities=False)
    assert normalize(text, normalize_whitespace=False).startswith("\u3000")
    assert "(guó)" in normalize(text, repair_pinyin=False)
    assert normalize(text) == "10 中國網電"


def test_fullwidth_punctuation_is_opt_in() -> None:
    text = "中新社北京3月31日电(记者 杨陈)合作,共赢:好!对吗?(完)(AI)(4.950, -0.08)"
    assert normalize(text) == text
    assert normalize(text, fullwidth_punctuation=True) == (
        "中新社北京3月31日电（记者 杨陈）合作，共赢：好！对吗？（完）(AI)(4.950, -0.08)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("说(Rahul Agarwal)说", "说(Rahul Agarwal)说"),
        ("价格(4.950, -0.08, -1.59%)上涨", "价格(4.950, -0.08, -1.59%)上涨"),
        ("比分3:1,胜", "比分3:1,胜"),  # not between Han characters
        ("a,b", "a,b"),
        ("iPhone(苹果)的 (AI)", "iPhone（苹果）的 (AI)"),
        ("发布(5G手机) (iPhone 手机)", "发布（5G手机） (iPhone 手机)"),
    ],
)
def test_fullwidth_punctuation_leaves_non_chinese_alone(text: str, expected: str) -> None:
    assert normalize(text, fullwidth_punctuation=True) == expected


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seeds_keep_their_lines_and_are_stable(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    once = normalize(text)
    assert once.count("\n") == text.count("\n")
    assert normalize(once) == once
    for before, after in zip(text.split("\n"), once.split("\n"), strict=True):
        if before.strip("\u3000\xa0 \t\r"):
            assert after, f"a line vanished: {before!r}"


@pytest.mark.parametrize("text", ["\x00\x01\x07\x1b", "\x7f\x85\x9f", "\ue000\uf8ff", "\U000f0000"])
def test_controls_and_private_use_unchanged(text: str) -> None:
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ud800", ""),
        ("a\udfff中文", "a中文"),
        ("新\ud83d\ude00闻", "新😀闻"),  # a pair JSON escaped ("\\ud83d\\ude00") is one character
        ("\ude00\ud83d", ""),  # the halves in the wrong order pair with nothing
        ("记者\ud800\ud800 张三\n\udc00", "记者 张三\n"),
    ],
)
def test_surrogates_are_joined_or_dropped(text: str, expected: str) -> None:
    """Every result must encode as UTF-8: one lone surrogate would break a writer."""
    assert normalize(text) == expected
    normalize(text).encode("utf-8")


@pytest.mark.parametrize("bad", [None, b"text", 3, ["a"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        normalize(bad)  # type: ignore[arg-type]


def test_unknown_override_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unknown Config option"):
        normalize("text", normalise_width=False)


# Text rich in what normalize touches: entities, spaces, widths, glosses, punctuation.
_PIECES = st.sampled_from(
    [
        "&amp;", "&nbsp;", "#xff1a;", "&#38;", "amp;", "nbsp;", "&", "#", ";", "x",
        "\u3000", "\xa0", " ", "\t", "\r", "\n", "\u200b", "\ufeff", "\u00ad",
        "１", "Ａ", "．", "1", "e", "\u0301", "\u2000",
        "國", "網", "動", "東", "中", "(", ")", "?", "\ufffd", "guó", "wǎng", "xùn", "dòng", "|",
        ",", ":", "!", "（", "）", "“", "”", "AI", "完",
    ]
)  # fmt: skip
_RICH = st.lists(_PIECES | st.text(max_size=3), max_size=40).map("".join)


@pytest.mark.parametrize(
    "text",
    [
        "&amp;\u200bamp;",  # found by the long fuzz run: a dropped ZWSP joined an entity
        "&amp&#59;lt;",  # a restored ";" completes another entity
        "&amp&#894;",  # U+037E turns into ";" under NFC
        "&#8203;x",  # an entity for an invisible character stays as it is
        "e&#769;",
        "&AMP;nbsp;",
    ],
)
def test_entity_edge_cases_are_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(_RICH)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    both = normalize(text, fullwidth_punctuation=True)
    assert normalize(both, fullwidth_punctuation=True) == both


@given(st.text())
def test_normalize_is_idempotent_on_any_text(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(_RICH | st.text())
def test_line_breaks_are_never_added_or_removed(text: str) -> None:
    assert normalize(text).count("\n") == text.count("\n")
    assert normalize(text, fullwidth_punctuation=True).count("\n") == text.count("\n")


_FULLWIDTH = "".join(map(chr, range(0xFF10, 0xFF5B)))
_LETTERS = st.characters(categories=["Lu", "Ll", "Nd", "Lo"], exclude_characters=_FULLWIDTH)


@given(st.text(alphabet=_LETTERS))
def test_plain_letters_are_unchanged(text: str) -> None:
    # Letters and digits outside the full-width block, and outside NFC's reach, stay.
    text = unicodedata.normalize("NFC", text)
    assert normalize(text) == text


def test_real_pages_keep_their_lines_and_are_stable() -> None:
    """The page slice, and the shared dev pages when ../shared is present."""
    pages = slice_texts()
    for path in shared_html_files():
        pages.append((path.name, path.read_text(encoding="utf-8", errors="replace")))
    for name, text in pages:
        once = normalize(text, fullwidth_punctuation=True)
        assert once.count("\n") == text.count("\n"), name
        assert normalize(once, fullwidth_punctuation=True) == once, name
