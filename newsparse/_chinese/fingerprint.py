"""Content fingerprints: a 64-bit SimHash of a text, the same in either script.

Chinese news is reposted everywhere: one wire story lands on hundreds of sites, in
simplified and traditional script, inside different templates. A fingerprint groups the
copies: near-identical bodies give fingerprints a few bits apart, unrelated bodies about 32.

How the text is read (every step is fixed, so a fingerprint stored today still compares
with one computed later):

1. Fold: full-width letters and digits become ASCII, Latin letters lower case, and every
   Han character becomes one member of its script-variant group (``發``, ``髮`` and ``发``
   alike; ``data.fold``, generated from OpenCC's character tables). Folding is per
   character, so it is cheap and needs no converter; phrase-level regional vocabulary
   (``软件`` / ``軟體``) is not folded.
2. Keep only Han characters, ASCII letters and digits: punctuation, spaces and symbols
   differ between copies and carry no content.
3. Keep the lines (paragraphs) with at least ``MIN_LINE`` such characters, or all lines when
   none is that long: the short lines two extractions of one page disagree on are captions,
   bylines, credits and related headlines, not the story.
4. Shingles: every run of three kept characters, each counted once.
5. Hash each shingle to 64 bits by tabulation (a fixed BLAKE2b-derived 64-bit value per
   character and position, XORed), and set each bit of the fingerprint where most
   shingles have it set (SimHash).

Steps 4-5 run as bulk byte and big-integer operations, not a Python loop per shingle.
Steps 1 and 2 are folded into step 5's table: a character's values are those of its folded
form, and a character step 2 drops has none, so one lookup per character reads a line (what
folds into a kept character, ASCII capitals and full-width letters and digits, is kept in
step 2 as it is written).
"""

from __future__ import annotations

import functools
from array import array
from codecs import charmap_encode
from typing import Literal

from .._core.errors import ConfigError
from .._core.lazy import lazy_compile
from .data.characters import FULLWIDTH_ALNUM
from .data.fold import FOLD_FROM, FOLD_TO

__all__ = ["fingerprint", "fingerprint_distance"]

# Three characters per shingle: short enough that one changed character touches few
# shingles, long enough that unrelated Chinese texts share almost none (measured on the
# 112 labelled dev articles: median distance 32 between different stories).
SHINGLE = 3
# Lines shorter than this (in content characters) do not count. Measured on the 112
# labelled dev articles, HTML against its flattened text: with every line, 53 pairs were
# within 3 bits; from 30 characters, 67 (65 of the 72 whose two bodies agree to F1 >= 0.9);
# different stories stayed 17 bits apart or more (median 32) either way.
MIN_LINE = 30
# Content characters read: news bodies are well under 20,000; a longer text is read up to
# here, which bounds time and memory (a 5 MB page once took 1.2 GB to fingerprint whole).
MAX_CHARS = 200_000
_WIDTH = 8 * SHINGLE  # bytes of a character's table entry: a 64-bit value per position
# Han characters of every block, the supplementary ones too (OpenCC simplifies some rare
# traditional characters to them: 鐍 -> 𫓧).
_KEPT = r"0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_NOT_KEPT = lazy_compile(f"[^{_KEPT}]+")
# What step 2 keeps before folding: the kept characters and those that fold into one (the
# folding maps no other character to a kept one; tests/test_fingerprint.py checks it).
_NOT_KEPT_LINES = lazy_compile(f"[^{_KEPT}A-Z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\n]+")
_HEX = lazy_compile(r"[0-9a-fA-F]{16}")


class _Table(dict[str, bytes]):
    """Character -> the three 8-byte values of its folded form, one per shingle position
    (filled on first use)."""

    def __init__(self, fold: dict[int, int]):
        super().__init__()
        self._fold = fold

    def __missing__(self, ch: str) -> bytes:
        import hashlib  # here: import newsparse does not pay for it

        folded = ch.translate(self._fold)
        value = hashlib.blake2b(folded.encode("utf-8"), digest_size=_WIDTH).digest()
        self[ch] = value
        return value


# Code point -> its _Table entry, or b"" for a character step 2 drops, for charmap_encode:
# it looks each character up by code point and copies the bytes found, the cheapest
# per-character lookup Python offers (a str key costs a new one-character str and its hash),
# and a dropped character costs it one more lookup, where removing it by pattern cost a
# match per run of them. Filled when a text brings new characters; racing threads store
# equal values.
_BY_CODE_POINT: dict[int, bytes] = {}
# Dropped characters are remembered while the table holds fewer entries than this (news
# text brings a few thousand code points; a stream of every code point must not grow it
# without bound, about 70 bytes an entry); past it, a line with new ones has them removed
# by _NOT_KEPT_LINES first. Kept characters are always remembered, as _Table does.
_MAX_CODE_POINTS = 1 << 17
# The same entries in a list indexed by code point, for charmap_encode to look in first: a
# list item is found with a third fewer instructions a character than a dict entry. It holds
# what the dict holds below _INDEX_END (every kept character is below it), None where the
# dict has nothing yet; it grows to the highest code point entered (8 bytes a slot: 1.6 MB
# at most). A line with a character it lacks takes the dict's path, which enters it.
_BY_INDEX: list[bytes | None] = []
_INDEX_END = 0x31350  # past _KEPT's last code point
# An array type of 8-byte items whose conversion from int is direct: "L" where unsigned long
# is 8 bytes (it reads the int's digits; "Q" goes through the general byte converter, twice
# the cost); "Q" elsewhere (Windows). Either gives the same bytes.
_WORD: Literal["L", "Q"] = "L" if array("L").itemsize == 8 else "Q"


@functools.cache  # built on first use; two threads racing build equal tables
def _tables() -> tuple[dict[int, int], _Table]:
    fold: dict[int, int] = dict(FULLWIDTH_ALNUM)
    fold.update(str.maketrans(FOLD_FROM, FOLD_TO))
    fold.update((c, c + 32) for c in range(ord("A"), ord("Z") + 1))
    fold.update((k, v + 32) for k, v in FULLWIDTH_ALNUM.items() if 65 <= v <= 90)
    return fold, _Table(fold)


def _learn(text: str) -> bool:
    """Enter ``text``'s characters in _BY_CODE_POINT; False when dropped ones were left out
    (the table is full)."""
    _, table = _tables()
    complete = True
    for ch in set(text):
        code = ord(ch)
        if code in _BY_CODE_POINT:
            continue
        if _NOT_KEPT_LINES.fullmatch(ch) is None:
            _BY_CODE_POINT[code] = table[ch]
        elif len(_BY_CODE_POINT) < _MAX_CODE_POINTS:
            _BY_CODE_POINT[code] = b""
        else:
            complete = False
    return complete


def _read(line: str) -> bytes:
    """The table entries of the characters of ``line`` (no newline) that step 2 keeps, end
    to end: one lookup per character."""
    try:
        return charmap_encode(line, "strict", _BY_INDEX)[0]
    except UnicodeEncodeError:  # a character not in the list (None, or past its end)
        pass
    try:
        raw = charmap_encode(line, "strict", _BY_CODE_POINT)[0]
    except UnicodeEncodeError:  # a character not read before
        if len(_BY_CODE_POINT) >= _MAX_CODE_POINTS or not _learn(line):
            line = _NOT_KEPT_LINES.sub("", line)
            _learn(line)
        raw = charmap_encode(line, "strict", _BY_CODE_POINT)[0]
    _index(line)
    return raw


def _index(line: str) -> None:
    """Copy the dict's entries for the characters of ``line`` into _BY_INDEX."""
    for ch in set(line):
        code = ord(ch)
        value = _BY_CODE_POINT.get(code)
        if value is None or code >= _INDEX_END:
            continue
        if code >= len(_BY_INDEX):
            _BY_INDEX.extend([None] * (code + 1 - len(_BY_INDEX)))
        _BY_INDEX[code] = value


def _forget() -> None:
    """Empty both lookup tables, so that every character is read as new (for tests: each
    entry is fixed by its character, so a filled table never gives another answer)."""
    _BY_CODE_POINT.clear()
    _BY_INDEX.clear()


def fold_text(text: str) -> str:
    """The characters a fingerprint reads: folded script, width and case; content only.

    Examples:
        >>> fold_text("發展ＡＩ，2025年!") == fold_text("发展ai 2025年")
        True
    """
    fold, _ = _tables()
    return _NOT_KEPT.sub("", text.translate(fold))


def fingerprint(text: str) -> str | None:
    """The SimHash of ``text`` as 16 hex digits; None when it has fewer than 3 content
    characters. Lines shorter than ``MIN_LINE`` content characters are left out when longer
    ones exist; only the first ``MAX_CHARS`` content characters are read.

    Examples:
        >>> a = fingerprint("国务院总理主持召开国务院常务会议，部署进一步优化营商环境。")
        >>> b = fingerprint("國務院總理主持召開國務院常務會議，部署進一步優化營商環境。")
        >>> a == b, len(a)
        (True, 16)
        >>> fingerprint("。。。") is None
        True
    """
    # One lookup per character gives its folded form's value at every shingle position, or
    # nothing for a character step 2 drops; a shingle's hash XORs position p's value of its
    # p-th character (tabulation hashing). A line keeps len(its bytes) / _WIDTH characters.
    # A line written shorter than MIN_LINE cannot keep as many, so only longer ones are read
    # one by one; when none keeps MIN_LINE, all lines are read joined, in one call (a text
    # of many short lines costs one call, not one a line).
    lines = text[: MAX_CHARS * 4].split("\n")
    read = [_read(line) for line in lines if len(line) >= MIN_LINE]
    long_lines = [line for line in read if len(line) >= _WIDTH * MIN_LINE]
    raw = b"".join(long_lines) if long_lines else _read("".join(lines))
    raw = raw[: _WIDTH * MAX_CHARS]
    count = len(raw) // _WIDTH - SHINGLE + 1
    if count <= 0:
        return None
    values = array("Q", raw)  # a strided slice of an array copies cheaper than a memoryview's
    # Every int conversion is little-endian, so bytes come back in the order they went in;
    # XOR, equality and the vote are bytewise, and little-endian is the cheaper conversion.
    mixed = 0
    for position in range(SHINGLE):
        # Position p of shingle i is position p of character i + p: one strided slice.
        start = SHINGLE * position + position
        at_position = values[start : start + SHINGLE * count : SHINGLE]
        mixed ^= int.from_bytes(at_position, "little")
    # Each shingle counts once, however often it repeats (a duplicated paragraph or a
    # repeated caption does not pull the fingerprint). Order does not matter to the vote.
    # A list in between: array() fills from a list at its known length, from a set item by
    # item.
    shingles = memoryview(mixed.to_bytes(8 * count, "little")).cast(_WORD)
    unique = array(_WORD, list(set(shingles)))
    data = unique.tobytes()
    half = len(unique) / 2
    # A column of one byte of every value, read as one integer: ANDed with a mask of one bit
    # in every byte, the set bits left are the values that have that bit.
    top = int.from_bytes(b"\x80" * len(unique), "little")
    masks = [top >> bit for bit in range(8)]
    out = bytearray(8)
    for byte in range(8):
        column = int.from_bytes(data[byte::8], "little")
        value = 0
        for bit in range(8):
            if (column & masks[bit]).bit_count() > half:
                value |= 1 << (7 - bit)
        out[byte] = value
    return out.hex()


def fingerprint_distance(a: str, b: str) -> int:
    """How many of the 64 bits differ between two fingerprints (Hamming distance).

    Copies of one story in two templates or two scripts are a few bits apart (0-3 in the
    dev set); unrelated stories about 32.

    Args:
        a: A fingerprint as ``Article.fingerprint`` gives it (16 hex digits).
        b: Another.

    Raises:
        TypeError: ``a`` or ``b`` is not a str.
        ConfigError: ``a`` or ``b`` is not 16 hex digits (a ``ValueError``).

    Examples:
        >>> fingerprint_distance("00000000000000ff", "000000000000000f")
        4
    """
    for value in (a, b):
        if not isinstance(value, str):
            raise TypeError(
                f"fingerprint_distance() needs two fingerprints as str, not {type(value).__name__}"
            )
        if not _HEX.fullmatch(value):
            raise ConfigError(
                f"fingerprint_distance() needs fingerprints of 16 hex digits, as"
                f" Article.fingerprint gives them, not {value[:40]!r}"
            )
    return (int(a, 16) ^ int(b, 16)).bit_count()
