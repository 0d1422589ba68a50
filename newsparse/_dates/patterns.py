"""The compiled patterns of the date grammar: one tokenizer regex per calendar mode, built
from the forms of :mod:`.forms`, and the patterns for what lies between tokens.

Each alternative of the tokenizer is wrapped in a named group whose name is the token
kind (``m.lastgroup``). Every repetition is bounded and no quantified group can match the
text of its neighbour, so scanning is linear in the input (a 1 MB string of digits, 年, 月,
日 and brackets is scanned in well under a second).
"""

from __future__ import annotations

import re
import sys

from .._core.lazy import lazy_compile
from .data import LUNAR_MARKERS
from .forms import (
    CAL_FORMS,
    CAL_WORD_LISTS,
    CN_CHARS,
    CNA_FORM,
    DURATION_ITEM,
    EN_FIRST,
    EN_FORM,
    EN_NEXT,
    NUMBER_FIRST,
    NUMBER_FORMS,
    ROC_NUMBER_FORMS,
    WORD_FORMS,
    WORD_LISTS,
    lead,
    maybe,
)

__all__ = [
    "BARE_DURATION",
    "EN_LETTER",
    "EN_YEAR",
    "GAP",
    "GOES_ON",
    "LUNAR_BEFORE",
    "QUIET",
    "RANGE_GAP",
    "TIME_GAP",
    "TOKENS",
    "TOKENS_ROC",
    "WHOLE",
    "WHOLE_DIGITS",
    "WHOLE_MAX",
    "WORD_GAP",
    "YEAR_SIGN",
]

# A string that is nothing but a duration (1年2个月, 3天), read whole.
BARE_DURATION = lazy_compile(rf"{DURATION_ITEM}(?:[，,、\s]{{0,2}}{DURATION_ITEM}){{0,5}}")


def _word_first_chars() -> set[str]:
    return set("今昨明前本早晚夜").union(*({word[0] for word in ws} for ws in WORD_LISTS))


def _word_next_chars() -> set[str]:
    """What may follow the first character of a word form: the second character of a
    word, a weekday after 周, a clock time after 晚 (PER), a bracket (RELP); and digits and
    a space (``\\d\\s``, added to the class)."""
    chars = set("一二三四五六日天（(" + CN_CHARS)
    for words in WORD_LISTS:
        chars.update(word[1] for word in words if len(word) > 1)
    return chars


def _calendar_chars() -> tuple[set[str], set[str]]:
    """First characters of the calendar words, and what may follow the first (and digits
    and a space, ``\\d\\s``)."""
    first = {w[0] for words in CAL_WORD_LISTS for w in words}
    rest = {w[1] for words in CAL_WORD_LISTS for w in words if len(w) > 1}
    rest.update("正腊臘冬十一二三四五六七八九" + CN_CHARS)  # 农历正月, 闰四月, 第三
    return first, rest


def _chars(chars: set[str]) -> str:
    return re.escape("".join(sorted(chars)))


def _compile(number_forms: list[tuple[str, str]], digits_end: str = r"(?!\d)") -> re.Pattern[str]:
    numbers = "|".join(f"(?:{body})(?P<{kind}>)" for kind, body in number_forms)
    words = "|".join(f"(?:{body})(?P<{kind}>)" for kind, body in WORD_FORMS)
    calendar = "|".join(f"(?:{body})(?P<{kind}>)" for kind, body in CAL_FORMS)
    word_first = _chars(_word_first_chars())
    cal_first, cal_next = _calendar_chars()
    number_first = re.escape(NUMBER_FIRST)
    english = f"(?:{EN_FORM[1]})(?P<{EN_FORM[0]}>)"
    # The engine enters each word form to fail it, so one look at the next character
    # (新浪, 中心: no word goes on so) spares most failed attempts all nine; the calendar
    # words are a branch of their own for the same reason (中国, 大家 fail at once). English
    # words come last and open with their second letter, so a Chinese character or a number
    # that no form read fails them in one step (their tails check the whole word).
    return lazy_compile(
        f"[{number_first}{word_first}{_chars(cal_first)}{_chars(EN_FIRST)}]"
        f"(?:(?<=[{number_first}]){lead(digits_end)}(?:{numbers})"
        f"|(?<=[{word_first}])(?=[{_chars(_word_next_chars())}\\d\\s])(?:{words})"
        f"|(?<=[{_chars(cal_first)}])(?=[{_chars(cal_next)}\\d\\s])(?:{calendar})"
        f"|[{_chars(EN_NEXT)}](?:{english}))"
    )


# Where a token may go on from a word's first character other than by one of its words:
# 今（9）日 (RELP) and 晚8点 (PER), as those forms read it.
_GOES_ON = {
    **{c: r"\s?[（(]" for c in "今昨明前本"},
    **{c: rf"\s?(?:\d|[{CN_CHARS}]{{1,3}}[点點时時])" for c in "早晚夜"},
}


def quiet_run(unsafe: str = "") -> str:
    """A pattern for a run of characters at none of which the tokenizer's gate lets a token
    start (nor at any of ``unsafe``, escaped for a class: the full-width digits of text not
    yet folded).

    The tokenizer starts a token only at a character of its first class, and at a word's
    or calendar word's first character only when the next one can continue a word; this
    checks the same two things (both kinds of word against both kinds of next character,
    which is stricter), so a string it covers holds no token. Where it stops at a word's
    first character, :data:`GOES_ON` says whether a token can really start there. Latin
    letters pass: an English date holds a day and a year, and it stops at their digits.
    """
    words = _word_first_chars() | _calendar_chars()[0]
    following = _word_next_chars() | _calendar_chars()[1]
    numbers = set(NUMBER_FIRST)
    plain = f"[^{_chars(numbers | words)}{unsafe}]"
    # A run of plain characters is one step of the engine, possessive (never given back).
    # Python 3.10 has no possessive repeat: one character a step there, the same match.
    step = f"{plain}++" if sys.version_info >= (3, 11) else plain
    return f"(?:{step}|[{_chars(words - numbers)}](?![{_chars(following)}\\d\\s]))*"


def _goes_on() -> dict[str, re.Pattern[str]]:
    """For each first character of words, what must follow it for a token to start there:
    the rests of its words (中 -> 午, 秋, 华民国 ...) and the forms of _GOES_ON. Left out: the
    first characters of one-character words (周, 第, 闰) and of numbers, after which the
    tokenizer's gate alone decides."""
    words = [w for ws in (*WORD_LISTS, *CAL_WORD_LISTS) for w in ws]
    rests: dict[str, set[str]] = {c: {pattern} for c, pattern in _GOES_ON.items()}
    for word in words:
        rests.setdefault(word[0], set()).add(re.escape(word[1:]))
    loose = {w for w in words if len(w) == 1} | set(NUMBER_FIRST)
    return {
        c: lazy_compile("|".join(sorted(r, key=lambda x: (-len(x), x))))
        for c, r in rests.items()
        if c not in loose
    }


# What follows a word's first character when a token can start there: 新华, 中国, 香港01 and
# 晓明 hold no token, though 中华民国, 香港时间 and 明（9）日 do.
GOES_ON = _goes_on()
TOKENS = _compile(NUMBER_FORMS)
# Taiwanese pages: bare ROC years (113年4月29日, 101/05/25) and CNA's 1040820 codes,
# tried before the Gregorian forms that would read part of them.
TOKENS_ROC = _compile([CNA_FORM, *ROC_NUMBER_FORMS, *NUMBER_FORMS], "")
# Both tokenizers open with the same character class and branches, so one QUIET serves both.
QUIET = lazy_compile(quiet_run())

# What may stand between two tokens of one expression.
# A Japanese-style weekday in brackets, 2016年3月20日(日), is skipped like a space.
_BRACKET_WEEKDAY = maybe(r"[（(][一二三四五六日天月火水木金土][)）]\s{0,2}")
GAP = lazy_compile(rf"[\s（()）,，]{{0,5}}{_BRACKET_WEEKDAY}")
TIME_GAP = lazy_compile(rf"[\s（()）,，]{{0,4}}{_BRACKET_WEEKDAY}|\s?T\s?|-")
WORD_GAP = lazy_compile(r"的?\s?")
RANGE_GAP = lazy_compile(r"\s{0,2}(?:-|–|—|~|～|至|到)\s{0,2}")
# Strings read only whole: a bare year (2019), a compact date (20231115, 2023 05 17), a
# zero-padded month-day (10-08), a two-digit year in Chinese numerals (四五年), and 十一.
WHOLE_MAX = 16  # longest string WHOLE is tried on ("2023 05 17" with spaces around)
WHOLE = lazy_compile(
    r"(?P<wy>(?:19|20)\d\d|2100)年?|(?P<wc>(?:19|20)\d{6})"
    r"|(?P<ws>(?:19|20)\d\d) (?P<ws_m>\d\d?) (?P<ws_d>\d\d?)|(?P<wmd_m>\d\d)-(?P<wmd_d>\d\d)"
    r"|(?P<wcy>[〇○零一二三四五六七八九]{2})年|(?P<natd>十一)"
)
# What every form that writes a year holds (ROC mode aside: its CNA code is digits alone):
# 年 after the year's number, in digits or Chinese numerals, perhaps after a space (YMD, SY,
# ROC3, RYMD, a lunar date's year), or a separator right after a digit (ISO 2025-, DMY
# 31.12.2014 at its second dot, NDY 11-22-2014 at its second dash), as written or in its
# full-width form; or a string WHOLE reads, which is digits and spaces alone when it has
# no 年 (2019, 20231115, "2023 05 17"). Read on text not yet folded.
YEAR_SIGN = lazy_compile(rf"[\d{CN_CHARS}]\s?年|\d[-/.－／．]")
# An English date (END, ENW: 28 Dec 2013, December 28, 2013) holds both a Latin letter and a
# four-digit year, anywhere in the string: either search failing rules it out.
EN_LETTER = lazy_compile(r"[A-Za-z]")
EN_YEAR = lazy_compile(r"\d{4}")
WHOLE_DIGITS = lazy_compile(r"[\d\s]+")  # (fullmatch; a run, so linear under search too)
LUNAR_BEFORE = lazy_compile(
    "(?:" + "|".join(LUNAR_MARKERS) + r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)\s?$"
)
