"""Chinese and full-width numerals to integers.

Handles the forms news pages use for years, months, days and clock times: ASCII and
full-width digits, digit-by-digit years (二〇二五, 二零二五), positional numbers up to the
thousands (三十一, 一百零八, 两千), and the contractions 廿 (20) and 卅 (30).
"""

from __future__ import annotations

from .._core.lazy import lazy_compile

__all__ = ["CN_DIGIT_CLASS", "CN_NUMBER", "cn_to_int"]

_DIGITS: dict[str, int] = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CONTRACTIONS: dict[str, int] = {"廿": 20, "卅": 30, "卌": 40}

# Characters that may appear in a Chinese numeral (no ASCII "O": too common in Latin text).
CN_DIGIT_CLASS = "〇○零一二三四五六七八九两兩十百千廿卅壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
CN_NUMBER = f"[{CN_DIGIT_CLASS}]{{1,8}}"

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_ASCII_NUMBER = lazy_compile(r"[0-9]+")


def cn_to_int(text: str) -> int | None:
    """Read a numeral written in ASCII, full-width or Chinese digits.

    Returns None when ``text`` is not a numeral (so callers can reject a match instead of
    guessing).

    Examples:
        >>> cn_to_int("二〇二五"), cn_to_int("三十一"), cn_to_int("廿二"), cn_to_int("１０")
        (2025, 31, 22, 10)
        >>> cn_to_int("十四"), cn_to_int("一百零八"), cn_to_int("卅一"), cn_to_int("年") is None
        (14, 108, 31, True)
    """
    if not text:
        return None
    if text.isascii():
        # The common case, and the hot path of the date grammar.
        return int(text) if text.isdigit() else None
    text = text.translate(_FULLWIDTH)
    if _ASCII_NUMBER.fullmatch(text):
        return int(text)
    if text[0] in _CONTRACTIONS:
        rest = text[1:]
        if not rest:
            return _CONTRACTIONS[text[0]]
        if len(rest) == 1 and rest in _DIGITS:
            return _CONTRACTIONS[text[0]] + _DIGITS[rest]
        return None
    if all(ch in _DIGITS for ch in text):
        # Digit by digit: 二〇二五 -> 2025, 三 -> 3.
        value = 0
        for ch in text:
            value = value * 10 + _DIGITS[ch]
        return value
    return _positional(text)


def _positional(text: str) -> int | None:
    total = 0
    pending: int | None = None
    last_unit = 10_000
    for ch in text:
        if ch in _DIGITS:
            if pending is not None and _DIGITS[ch] != 0:
                return None
            pending = _DIGITS[ch] if _DIGITS[ch] != 0 else pending
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit:
                return None
            total += (pending if pending is not None else 1) * unit
            pending = None
            last_unit = unit
        else:
            return None
    if pending is not None:
        total += pending
    return total
