"""fingerprint()'s cheaper steps give the fingerprint its earlier code gave, bit for bit.

The steps changed: one ``codecs.charmap_encode`` per line over a code-point table (filled
on first sight, bounded) both drops what step 2 drops and looks up what it keeps, where a
pattern removed the one and a str-keyed table gave the other; int conversions are
little-endian; the dedupe goes through an "L" array; the vote's masks are one mask shifted.
``_reference`` below is the code as it stood before, kept verbatim apart from names:
fingerprints stored before must still compare with ones computed now.
"""

from __future__ import annotations

import string
from array import array

import pytest
from _helpers import seed_paths, shipped_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._chinese import fingerprint as fp
from newsparse._core.lazy import lazy_compile

_OLD_NOT_KEPT_LINES = lazy_compile(f"[^{fp._KEPT}A-Z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\n]+")


def _reference(text: str) -> str | None:
    _, table = fp._tables()
    lines = _OLD_NOT_KEPT_LINES.sub("", text[: fp.MAX_CHARS * 4]).split("\n")
    long_lines = [line for line in lines if len(line) >= fp.MIN_LINE]
    units = "".join(long_lines or lines)[: fp.MAX_CHARS]
    count = len(units) - fp.SHINGLE + 1
    if count <= 0:
        return None
    values = array("Q", b"".join(map(table.__getitem__, units)))
    mixed = 0
    for position in range(fp.SHINGLE):
        at_position = values[position :: fp.SHINGLE][position : position + count]
        mixed ^= int.from_bytes(at_position.tobytes(), "big")
    unique = array("Q", set(array("Q", mixed.to_bytes(8 * count, "big"))))
    data = unique.tobytes()
    half = len(unique) / 2
    masks = [int.from_bytes(bytes((1 << (7 - bit),)) * len(unique), "big") for bit in range(8)]
    out = bytearray(8)
    for byte in range(8):
        column = int.from_bytes(data[byte::8], "big")
        value = 0
        for bit in range(8):
            if (column & masks[bit]).bit_count() > half:
                value |= 1 << (7 - bit)
        out[byte] = value
    return out.hex()


def _line(n: int, start: int = 0x4E00) -> str:
    """``n`` distinct Han characters: a line of exactly ``n`` content characters."""
    return "".join(chr(start + i) for i in range(n))


_MIN = fp.MIN_LINE
_MADE_UP = [
    "",
    "a",
    "ab",
    "abc",
    "a,b",
    "国务",
    "国务院",
    "。。。",
    "国，务，院",
    "ABCabc",
    "ＡＢＣ１２３ａｂｃ",
    "Ａb３ＣdE",
    "𫓧鐍𠀀\U0003134f\U00031350\u4dbf\u4dc0\u9fff\ua000\uf900\ufaff\ufb00",
    "\U00020000\U00020001\U00020002\U00020000\U00020001\U00020002",
    "的的的的的的的的的的",
    "abcabcabcabcabc",
    "國國国国" * 20,
    "行\r\n行行\u2028行行行\u3000行行",
    "\n\n\n",
    "a\nb\nc\nd",
    _line(_MIN - 1),
    _line(_MIN),
    _line(_MIN + 1),
    _line(_MIN - 1) + "\n" + _line(5, 0x5000),
    _line(_MIN) + "\n" + _line(5, 0x5000) + "\n" + _line(_MIN, 0x6000),
    _line(_MIN - 1) + "，" + "\n" + _line(_MIN, 0x6000),
    _line(_MIN - 1) + "，，" + "\n" + "ab\n" + "，" * _MIN + "\ncd",
    "\n".join(_line(_MIN - 1, 0x4E00 + i) for i in range(200)),
    "\n".join(_line(_MIN + i % 3, 0x4E00 + i) for i in range(200)),
    "，".join(_line(3, 0x7000 + 3 * i) for i in range(_MIN)),
    _line(_MIN) + "\n" + _line(_MIN),
    ("国务院总理主持召开国务院常务会议，部署进一步优化营商环境。\n" * 50),
    ("國務院總理主持召開國務院常務會議，部署進一步優化營商環境。" * 20),
]


def _big_texts() -> list[str]:
    # Past MAX_CHARS content characters, and past the MAX_CHARS * 4 characters read.
    long_line = "".join(chr(0x4E00 + i % 20_000) for i in range(fp.MAX_CHARS + 7))
    spread = "，".join(_line(40, 0x4E00 + i % 1000) for i in range(fp.MAX_CHARS // 10))
    repeated = ("abc国务院" * (fp.MAX_CHARS // 5)) + "\n" + _line(50)
    # Few distinct shingles before each limit, so the last ones read decide the vote.
    at_limits = [
        text
        for k in (2, 3, 4)
        for text in (
            "a" * (fp.MAX_CHARS - k) + "国务院总理主持",
            "，" * (fp.MAX_CHARS * 4 - k) + "国务院总理主持",
            "a\n" * k + "b" * (fp.MAX_CHARS - k) + "国务院总理",
        )
    ]
    return [long_line, long_line[:-8], spread, repeated, *at_limits]


def test_made_up_texts() -> None:
    for text in _MADE_UP:
        assert fp.fingerprint(text) == _reference(text), text[:60]


def test_texts_past_the_limits() -> None:
    for text in _big_texts():
        assert fp.fingerprint(text) == _reference(text), len(text)


def test_characters_not_looked_up_before() -> None:
    # The code-point table is filled on a miss; a text of known and new characters, and one
    # of new characters only, each take that path.
    fresh = "".join(chr(c) for c in range(0x2A700, 0x2A760))
    known = "国务院总理主持召开国务院常务会议"
    fp._forget()
    assert fp.fingerprint(fresh) == _reference(fresh)
    assert fp.fingerprint(known + fresh[::-1] + known) == _reference(known + fresh[::-1] + known)
    fp._forget()
    assert fp.fingerprint(known + fresh) == _reference(known + fresh)


def test_a_full_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past _MAX_CODE_POINTS, new dropped characters are not entered; the pattern removes
    # them first. With the cap at nothing, every text with one takes that path.
    monkeypatch.setattr(fp, "_MAX_CODE_POINTS", 0)
    fp._forget()
    for text in [*_MADE_UP, "★国务院总理主持召开国务院常务会议☆\n\u00e9" * 3, *_big_texts()[:1]]:
        assert fp.fingerprint(text) == _reference(text), text[:60]
    assert all(fp._BY_CODE_POINT.values())  # only kept characters were entered
    fp._forget()


def test_a_table_filled_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # The table fills up halfway through a line's new characters: the line is read again
    # with the rest removed by pattern.
    fp._forget()
    known = "国务院总理主持召开国务院常务会议，部署进一步优化营商环境。"
    assert fp.fingerprint(known) == _reference(known)
    monkeypatch.setattr(fp, "_MAX_CODE_POINTS", len(fp._BY_CODE_POINT) + 3)
    text = known + "".join(chr(c) for c in range(0x2600, 0x2620)) + _line(40, 0x8000) + known
    assert fp.fingerprint(text) == _reference(text)
    assert fp.fingerprint(text) == _reference(text)
    fp._forget()


def test_dropped_characters_are_entered_as_nothing() -> None:
    fp._forget()
    text = "国务院，总理。Ab\u00e9★\u3000ＣＤ\n" * 20
    assert fp.fingerprint(text) == _reference(text)
    assert {chr(code) for code, value in fp._BY_CODE_POINT.items() if not value} == set(
        "，。\u00e9★\u3000"
    )
    assert "\n" not in {chr(code) for code in fp._BY_CODE_POINT}


def test_real_lines_and_seeds() -> None:
    lines = shipped_lines(_MADE_UP)
    for line in lines:
        assert fp.fingerprint(line) == _reference(line), line[:60]
    seeds = [path.read_text(encoding="utf-8") for path in seed_paths()]
    for text in [*seeds, "\n".join(seeds), "\n".join(lines)]:
        assert fp.fingerprint(text) == _reference(text), text[:60]


_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20000, max_codepoint=0x20010),
    st.sampled_from(string.ascii_letters + string.digits + string.punctuation + " \n"),
    st.sampled_from("，。！？、「」　\nＡＢｃ０９發发後后"),
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=400))
def test_random_text(text: str) -> None:
    assert fp.fingerprint(text) == _reference(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, min_size=_MIN - 2, max_size=_MIN + 2), max_size=8))
def test_random_lines_about_min_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert fp.fingerprint(text) == _reference(text)
