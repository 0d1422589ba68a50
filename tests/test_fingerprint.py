"""The fingerprint's shortcuts give what the plain reading of its steps gives.

``fingerprint`` does not translate the text (a character's table entry is its folded
form's) and counts bits with integer masks; the reference below folds first, then filters,
then votes bit by bit, as the module's docstring describes the steps.
"""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._chinese import fingerprint as fp
from newsparse._core.lazy import lazy_compile

_NOT_KEPT_LINES = lazy_compile(f"[^{fp._KEPT}\n]+")
_KEPT = lazy_compile(f"[{fp._KEPT}]")


def _reference(text: str) -> str | None:
    fold, table = fp._tables()
    lines = _NOT_KEPT_LINES.sub("", text[: fp.MAX_CHARS * 4].translate(fold)).split("\n")
    long_lines = [line for line in lines if len(line) >= fp.MIN_LINE]
    units = "".join(long_lines or lines)[: fp.MAX_CHARS]
    count = len(units) - fp.SHINGLE + 1
    if count <= 0:
        return None
    values = [int.from_bytes(table[c], "big") for c in units]  # folded: its own entry
    shingles = set()
    for i in range(count):
        mixed = 0
        for position in range(fp.SHINGLE):
            word = (values[i + position] >> (64 * (fp.SHINGLE - 1 - position))) & (2**64 - 1)
            mixed ^= word
        shingles.add(mixed)
    out = 0
    for bit in range(64):
        if sum(v >> (63 - bit) & 1 for v in shingles) * 2 > len(shingles):
            out |= 1 << (63 - bit)
    return out.to_bytes(8, "big").hex()


def test_only_kept_characters_or_capitals_and_full_width_fold_into_kept_ones() -> None:
    # What fingerprint() keeps before folding rests on this.
    fold, _ = fp._tables()
    for source, target in fold.items():
        kept_before = _KEPT.fullmatch(chr(source)) is not None
        kept_after = _KEPT.fullmatch(chr(target)) is not None
        assert kept_after or not kept_before, chr(source)
        if kept_after and not kept_before:
            assert fp._NOT_KEPT_LINES.fullmatch(chr(source)) is None, chr(source)
    assert array("Q", [1]).itemsize == 8


_MIXED = st.text(
    alphabet=st.sampled_from(
        "发發髮后後里裡台臺國国學学软軟体體件ABCxyz09ＡＢｃ０９，。!？ 　\n𫓧鐍㐀丽"
    ),
    max_size=300,
)


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_fingerprint_is_the_plain_reading(text: str) -> None:
    assert fp.fingerprint(text) == _reference(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_fingerprint_is_the_plain_reading_on_any_text(text: str) -> None:
    assert fp.fingerprint(text) == _reference(text)


def test_a_story_and_its_copies() -> None:
    story = "国务院总理主持召开国务院常务会议，部署进一步优化营商环境。" * 3
    copy = "國務院總理主持召開國務院常務會議，部署進一步優化營商環境。" * 3
    assert fp.fingerprint(story) == _reference(story) == fp.fingerprint(copy)
    wide = "ＧＤＰ增长ＡＩ产业２０２５年" * 5
    assert fp.fingerprint(wide) == _reference(wide) == fp.fingerprint("gdp增长ai产业2025年" * 5)
