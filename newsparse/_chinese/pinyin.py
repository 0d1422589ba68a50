"""Remove the pinyin glosses mirror sites insert, and repair the characters they split.

Some mirror sites annotate every traditional-only character with its pinyin, inserting
``(pinyin)`` byte-wise into GBK text: ``中新網(wǎng)南寧``. Where a byte pair that straddles
two characters happens to spell a traditional-only character, the gloss lands between the
two bytes of the second character, and decoding loses its lead byte (with the ``(``):
``互動(dòng)?xùn)|中西`` is ``互動東中西``, because 動 is 84 D3, 東 is 96 7C, and the
straddling pair D3 96 is 訓 (xùn).

Removal rule (safe): drop ``(s)`` only right after a traditional-only character, where
``s`` is one lowercase Hanyu Pinyin syllable with one tone mark, and only when the whole
text has at least three such glosses. Repair: put back the lead byte that makes the
straddling pair read as the gloss and the rest decode as GBK into text a traditional page
could hold (Chinese punctuation, Han characters in GB2312 or Big5 that are not
simplified-only), when exactly one byte does. The bytes after the split decode out of
step up to the next ASCII byte, or up to a character whose own gloss took its trail byte;
that gloss's syllable then names the trail byte.
"""

from __future__ import annotations

import functools
import re

from .._core.lazy import lazy_compile
from .data.characters import CHINESE_PUNCTUATION, HAN_RANGES, TONED_VOWELS
from .data.charsets import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from .data.pinyin import GBK_TRADITIONAL_READINGS, SYLLABLES

__all__ = ["GLOSS_OPENING", "MIN_GLOSSES", "count_glosses", "is_gloss_syllable", "repair_pinyin"]

#: Glosses a text must hold before any is removed: one or two may be real annotations.
MIN_GLOSSES = 3
# Chars re-decoded after a split, at most: the misaligned run ends at the first ASCII char.
_MAX_WINDOW = 16

_SYL = "[a-zü" + "".join(TONED_VOWELS) + "]{1,6}"
# A run of glosses after one character. The run is unbounded so that removal is
# idempotent; it cannot backtrack badly, as every item is delimited by literal parentheses.
# The character before it is looked at, not matched, so the scan starts from "(" only. The
# pattern opens with that "(" and looks back from it, which the engine skips to in C
# (opening with the look-behind, it tried every position of the page: some 100
# instructions a character); the first gloss is written out ahead of the rest: X+ is XX*.
_GLOSSES = lazy_compile(rf"\((?<=[^\x00-\x7f]\(){_SYL}\)(?:\({_SYL}\))*")
_HAN = lazy_compile(f"[{HAN_RANGES}]")
# Every gloss holds a toned vowel soon after "(" (or the "?" that ate it): a cheap test
# for clean pages, which repair_pinyin asks first (and normalize before calling it).
GLOSS_OPENING = lazy_compile("[(?\ufffd][a-zü]{0,5}[" + "".join(TONED_VOWELS) + "]")
_ONE_GLOSS = lazy_compile(rf"\(({_SYL})\)")
# A split character: lost lead byte (shown as ? or U+FFFD, often with the "(" eaten).
_SPLIT = lazy_compile(rf"(?<=[^\x00-\x7f])(?P<gloss>\({_SYL}\))?[?\ufffd]\(?(?P<syl>{_SYL})\)")
# Where the re-decoding stops on a lost byte: the split character (or the last one the
# misaligned bytes ran into) carried its own gloss, which took its trail byte.
_LOST_TRAIL = lazy_compile(rf"[?\ufffd]\(?(?P<syl>{_SYL})\)")


@functools.lru_cache(maxsize=4096)
def is_gloss_syllable(text: str) -> bool:
    """True for one lowercase Hanyu Pinyin syllable with exactly one tone mark.

    Examples:
        >>> is_gloss_syllable("guó"), is_gloss_syllable("lǜ"), is_gloss_syllable("guo")
        (True, True, False)
        >>> is_gloss_syllable("AI"), is_gloss_syllable("café")
        (False, False)
    """
    marks = [ch for ch in text if ch in TONED_VOWELS]
    if len(marks) != 1:
        return False
    return "".join(TONED_VOWELS.get(ch, ch) for ch in text) in SYLLABLES


def _run_glosses(char: str, run: str) -> int:
    """How many leading glosses of ``run`` (after ``char``) are removable."""
    if char not in TRADITIONAL_ONLY:
        return 0
    count = 0
    for syllable in _ONE_GLOSS.findall(run):
        if not is_gloss_syllable(syllable):
            break
        count += 1
    return count


def count_glosses(text: str) -> int:
    """Number of removable pinyin glosses and split characters in ``text``.

    Examples:
        >>> count_glosses("中國(guó)人(rén)網(wǎng)(AI)")
        2
    """
    total = sum(_run_glosses(text[m.start() - 1], m[0]) for m in _GLOSSES.finditer(text))
    if _LOST_TRAIL.search(text) is None:
        # Every split ends as _LOST_TRAIL reads, and _LOST_TRAIL opens with a class the
        # engine skips to in C, where _SPLIT opens with a look-behind tried at every position.
        return total
    return total + sum(1 for m in _SPLIT.finditer(text) if is_gloss_syllable(m["syl"]))


def repair_pinyin(text: str, *, min_glosses: int = MIN_GLOSSES) -> str:
    """Remove mirror-site pinyin glosses and repair split characters (see module doc).

    Args:
        text: A whole document: the threshold counts glosses across all of it.
        min_glosses: Fewer glosses than this and the text is returned unchanged.

    Examples:
        >>> repair_pinyin("中新網(wǎng)南寧7月13日電(記者 楊陳)推動(dòng)?xùn)|盟(完)")
        '中新網南寧7月13日電(記者 楊陳)推動東盟(完)'
        >>> repair_pinyin("中國(guó)(AI)")
        '中國(guó)(AI)'
    """
    if not GLOSS_OPENING.search(text) or count_glosses(text) < min_glosses:
        return text
    return _GLOSSES.sub(_drop_glosses, _repair_splits(text))


def _drop_glosses(match: re.Match[str]) -> str:
    run = match[0]
    keep = _run_glosses(match.string[match.start() - 1], run)
    if keep == 0:
        return run
    spans = [m.end() for m in _ONE_GLOSS.finditer(run)]
    return run[spans[keep - 1] :]


def _repair_splits(text: str) -> str:
    out: list[str] = []
    pos = 0
    for match in _SPLIT.finditer(text):
        if match.start() < pos:  # inside the window a previous repair consumed
            continue
        fixed = _restore(text, match)
        if fixed is not None:
            replacement, end = fixed
            out.append(text[pos : match.start()])
            out.append(replacement)
            pos = end
    out.append(text[pos:])
    return "".join(out)


def _restore(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """(repaired text, end of what it replaces) when exactly one restoration fits."""
    before = text[match.start() - 1]
    try:
        prev = before.encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(prev) != 2 or not _is_plausible(before) or not is_gloss_syllable(match["syl"]):
        return None
    leads = _trail_bytes().get((prev[1], match["syl"]), ())
    start = match.end()
    stop = _stop(text, start)
    if stop is None:
        return None
    try:
        run = text[start:stop].encode("gbk")
    except UnicodeEncodeError:
        return None
    head = match["gloss"] or ""
    lost = _LOST_TRAIL.match(text, stop)
    if lost is not None:
        found = _restore_lost_trail(leads, run, lost["syl"])
        return None if found is None else (f"{head}{found}({lost['syl']})", lost.end())
    if text[stop] == "\ufffd":
        return None
    fits = {d for lead in leads if (d := _decode(bytes((lead,)) + run + text[stop].encode()))}
    if len(fits) != 1:
        return None
    return head + fits.pop(), stop + 1


def _restore_lost_trail(leads: tuple[int, ...], run: bytes, syllable: str) -> str | None:
    """The bytes between the two glosses when the last character lost its trail byte too:
    it is one that reads ``syllable`` and starts with the last byte before the gloss."""
    if not is_gloss_syllable(syllable):
        return None
    fits = set()
    for lead in leads:
        data = bytes((lead,)) + run
        for trail in _trail_bytes().get((data[-1], syllable), ()):
            decoded = _decode(data + bytes((trail,)))
            if decoded:
                fits.add(decoded)
    return fits.pop() if len(fits) == 1 else None


def _decode(data: bytes) -> str | None:
    """``data`` as GBK when every character is plausible in a traditional page, else None."""
    try:
        text = data.decode("gbk")
    except UnicodeDecodeError:
        return None
    return text if all(_is_plausible(ch) for ch in text) else None


def _is_plausible(char: str) -> bool:
    """Could stand in a traditional page: ASCII, Chinese punctuation, or a Han character in
    GB2312 or Big5 (unlike GBK's rare extensions) that is not simplified-only."""
    if char.isascii() or char in CHINESE_PUNCTUATION:
        return True
    if char in SIMPLIFIED_ONLY or not _HAN.match(char):
        return False
    for codec in ("big5", "gb2312"):
        try:
            char.encode(codec)
        except UnicodeEncodeError:
            continue
        return True
    return False


def _stop(text: str, start: int) -> int | None:
    """Where misaligned decoding ends after a split: the first ASCII character (or U+FFFD)."""
    for end in range(start, min(len(text), start + _MAX_WINDOW)):
        if text[end].isascii() or text[end] == "\ufffd":
            return end
    return None


@functools.cache
def _trail_bytes() -> dict[tuple[int, str], tuple[int, ...]]:
    """(GBK lead byte, reading) -> trail bytes of the traditional characters that read so."""
    index: dict[tuple[int, str], list[int]] = {}
    for line in GBK_TRADITIONAL_READINGS.strip().splitlines():
        char, *readings = line.split()
        code = char.encode("gbk")
        for reading in readings:
            index.setdefault((code[0], reading), []).append(code[1])
    return {key: tuple(value) for key, value in index.items()}
