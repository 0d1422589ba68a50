"""The forms of the date grammar, as pattern text: one ``(kind, body)`` pair per form of
writing a date or time (2025年3月31日, 2025-03-31, 三月三十一日, 昨天, 农历正月初一,
Dec 28 2013), and the word lists their first characters come from.

:mod:`.patterns` compiles them into the tokenizer, whose named groups are these kinds.
Every repetition is bounded, and no quantified group can match the text of its neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .calendar_data import FESTIVALS, SOLAR_TERMS, YEAR_PARTS
from .data import (
    DAY_WORDS,
    DURATION_UNITS,
    EN_MONTHS,
    EN_WEEKDAYS,
    LUNAR_MARKERS,
    MONTH_PARTS,
    MONTH_WORDS,
    OFFSET_DIRECTIONS,
    PERIODS,
    QUARTER_PARTS,
    QUARTER_WORDS,
    TZ_LABELS,
    VAGUE_COUNTS,
    WEEK_MODIFIERS,
    YEAR_WORDS,
)

__all__ = [
    "CAL_FORMS",
    "CAL_WORD_LISTS",
    "CNA_FORM",
    "CN_CHARS",
    "DURATION_ITEM",
    "EN_FIRST",
    "EN_FORM",
    "EN_NEXT",
    "NUMBER_FIRST",
    "NUMBER_FORMS",
    "ROC_NUMBER_FORMS",
    "WORD_FORMS",
    "WORD_LISTS",
    "lead",
    "maybe",
]


def maybe(body: str) -> str:
    """``body`` made maybe as an alternation with nothing: Python's engine runs
    ``(?:X|)`` much faster than ``(?:X)?`` when X is longer than one character (a
    general repeat is set up for the latter); both try X first."""
    return f"(?:{body}|)"


def _words(table: Iterable[str]) -> str:
    """An alternation of the table's keys, longest first (so 大前天 wins over 前天)."""
    keys = sorted(table, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(k) for k in keys) + ")"


# Chinese numerals short enough for a month, day, hour or minute (三十一, 廿二, 十二).
_CN = "[〇○零一二两兩三四五六七八九十廿卅]{1,3}"
_CN_YEAR = "[〇○零Ｏ一二三四五六七八九]{4}"
_NUM = rf"(?:(?<!\d)\d{{1,2}}|{_CN})"
# A day: digits may stand without 日 when no digit follows (2016年6月29) or a clock
# time is glued on (2016年6月2911:30); Chinese numerals always need 日/号.
_DAY_SUFFIX = "[日号號]"


def _day(name: str) -> str:
    return (
        rf"(?:(?P<{name}>\d{{1,2}})(?:{_DAY_SUFFIX}|(?=\d{{1,2}}:\d\d)|(?!\d))"
        rf"|(?P<{name}_cn>{_CN}){_DAY_SUFFIX})"
    )


# Chinese-numeral days 10-31 (十四, 廿二, 三十一); single digits need more context.
_CN_DAY = "(?:[二三]十|[十廿卅])[一二三四五六七八九]?"
_UNIT = _words({k: v for k, v in DURATION_UNITS.items() if k not in ("月", "日")})
_DIRECTION = _words(OFFSET_DIRECTIONS)
_COUNT = rf"(?:(?<!\d)\d{{1,3}}|[一二两兩三四五六七八九十]{{1,3}}|半|{_words(VAGUE_COUNTS)})"
_WITHIN = "(?:之|以)?[内內]"
# A chain such as 1年，1月，1周，1天前: inside a chain 月 needs no 个.
_CHAIN_ITEM = rf"{_COUNT}\s?(?:个|個)?\s?(?:{_UNIT}|月)"
# A string that is nothing but a duration (1年2个月, 3天); here 月 needs 个, since 1月 is
# January.
DURATION_ITEM = rf"{_COUNT}\s?(?:(?:个|個)\s?(?:{_UNIT}|月)|{_UNIT})"

# The tokenizer consumes the first character of a token with one character class, so the
# regex engine skips every other position in C, and then branches on one lookbehind (a
# number or a word): number-led forms share one reading of the number (digits, Chinese
# numerals or a vague count) and branch on what follows; word forms match the rest of a
# word and check its first character after (see _tails). Every form ends with an empty
# group named for its kind, which makes it ``m.lastgroup``. Lookbehinds and general
# repeats are the engine's slow steps, hence this factoring and maybe.
CN_CHARS = "〇○零Ｏ一二两兩三四五六七八九十廿卅"
_VAGUE_CHARS = "半几幾数數"


def lead(digits_end: str) -> str:
    """The rest of a number (after its first character), then the space before the form.

    No number form opens with a digit, a Chinese numeral or a space (CNA, the seven-digit
    code, opens with digits: its tokenizer passes ``digits_end`` empty), so the number is
    read whole and a space after it is taken: the engine would otherwise try every form
    again after each shorter reading, at every number in the text that is no date.
    """
    return (
        # A number starts after a non-digit, except a day glued to a clock time
        # (6月2911:30) and a timestamp glued to a truncated teaser ("…12025-09-09 09:02").
        rf"(?:(?<=\d)(?:(?<!\d\d)|(?<=[月-]\d\d\d)|(?=\d{{3}}-\d\d-\d\d \d\d:\d\d))"
        rf"(?P<numr>\d{{0,3}}){digits_end}"
        rf"|(?<=[{CN_CHARS}])(?P<cnr>[{CN_CHARS}]{{0,3}})(?![{CN_CHARS}])|(?<=[{_VAGUE_CHARS}]))"
        r"(?:\s|(?!\s))"
    )


# A lunar day as written (初五, 初8, 十五, 廿三, 二十九, 三十): after a month, a day in Chinese
# numerals without 日/号 is a lunar one (六月廿六, 八月十五); 初X always is.
_LUNAR_DAY = (
    r"初(?:十|[一二三四五六七八九]|\d{1,2}(?!\d))|廿[一二三四五六七八九]?"
    r"|二十[一二三四五六七八九]?|十[一二三四五六七八九]|三十|卅"
)
_LUNAR_MONTH = r"正|腊|臘|冬|十[一二]?|[一二三四五六七八九]|(?<!\d)\d{1,2}"
# 2019年底, 今年伊始, 2010年首月 (初 not in 初步, 初中 ...).
_YEAR_PART = (
    "(?:"
    + "|".join(
        re.escape(k) + ("(?![步次期级級稿中心衷赛賽选選审審])" if k.endswith("初") else "")
        for k in sorted(YEAR_PARTS, key=len, reverse=True)
    )
    + ")"
)

_CAL_WORDS = (*FESTIVALS, *SOLAR_TERMS)
_SY_NEXT = re.escape("".join(sorted({word[0] for word in _CAL_WORDS})))


def _month_day(month: str, day: str) -> str:
    """A month and an maybe day (3月, 3月31日, 六月廿六) with named groups."""
    return rf"(?P<{month}>{_NUM})\s?月(?:份|)" + maybe(
        r"\s?(?:" + _day(day) + rf"|(?P<{day}_lun>{_LUNAR_DAY})(?:日|))"
    )


_AFTER_YEAR = maybe(r"[，,]?\s?" + _month_day("ymd_mo", "ymd_d") + f"|(?P<ymd_part>{_YEAR_PART})")


def _lead_is(lengths: tuple[int, ...], char: str, *, cn_year: bool = False) -> str:
    """After ``char`` is consumed: the number before it had one of ``lengths`` digits
    (a space may stand between), or was a four-character Chinese-numeral year."""
    options = []
    for n in lengths:
        digits = r"(?<!\d)" + r"\d" * n
        options += [f"(?<={digits}{char})", f"(?<={digits} {char})"]
    if cn_year:
        options += [f"(?<={_CN_YEAR}{char})", f"(?<={_CN_YEAR} {char})"]
    return "(?:" + "|".join(options) + ")"


# English dates (Dec 28 Sat 2013, 28th December, 2013, Saturday, December 28, 2013): a month
# name, a day and a four-digit year, a weekday anywhere between them. Names are whole words
# (no letter on either side) in any case, with an maybe "."; a month without both a day
# and a four-digit year is no date ("May", "March 2013", "Dec 28"), so words stay words.
_EN_SEP = r"[\s,]{0,3}"
_EN_END = r"\.?(?![A-Za-z])"


def _ci(word: str) -> str:
    """A lower-case word in any case, one class per letter: the engine tests a class in one
    step, where an ignore-case literal folds the text's character first."""
    return "".join(f"[{c}{c.upper()}]" for c in word)


def _en_words(words: Iterable[str]) -> str:
    """Whole English words in any case, longest first (September before Sep)."""
    return "(?:" + "|".join(_ci(w) for w in sorted(words, key=len, reverse=True)) + ")" + _EN_END


# A day of one or two digits with an maybe ordinal (28, 28th, 1st). The English forms
# hold no group but their kind's (each group costs every match of the tokenizer): their
# builder reads the parts back from the matched text.
_EN_DAY = r"\d{1,2}(?!\d)(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|)(?![A-Za-z])"
_EN_YEAR = r"\d{4}(?!\d)"
_EN_MONTH = _en_words(EN_MONTHS)
_EN_WEEKDAY = maybe(_en_words(EN_WEEKDAYS) + _EN_SEP)
_EN_OF = maybe(r"[oO][fF]\s{1,2}")  # 28th of December


def _en_tails(words: Iterable[str], consumed: int = 1) -> str:
    """English words whose first ``consumed`` letters are already matched, in any case:
    each distinct rest, then the whole word checked by one lookbehind (see _tails)."""
    by_rest: dict[str, set[str]] = {}
    for word in words:
        by_rest.setdefault(word[consumed:], set()).add(word)
    options = [
        f"{_ci(rest)}(?<={'|'.join(_ci(w) for w in sorted(by_rest[rest]))})"
        for rest in sorted(by_rest, key=len, reverse=True)
    ]
    return "(?:" + "|".join(options) + ")" + _EN_END


# Each form opens with the character that follows the number, so the engine skips forms
# whose first character does not match; the number's length is checked by a lookbehind
# after that character, which keeps "3年前" free to be read as a duration. CHAIN and OFF
# open with an alternation, which the engine must enter to fail, so CLK and CJT (which
# share no first character with them, so no text reads differently) come before them.
NUMBER_FORMS: list[tuple[str, str]] = [
    ("YMD", rf"年{_lead_is((4,), '年', cn_year=True)}{_AFTER_YEAR}"),
    (
        "ISO",
        # The separator is captured inside the lookbehind so that the form opens with a
        # character class, which the engine tests before entering it.
        # 1996.03-08 mixes a dot and a dash; 2019-06-0508:30 glues the time to the day.
        r"[-/.](?<=\d{4}(?P<iso_sep>[-/.]))(?P<iso_mo>\d{1,2})(?:(?P=iso_sep)|(?<=\.\d\d)-)"
        r"(?P<iso_d>\d{1,2}(?!\d)|\d\d(?=\d{1,2}:\d\d))",
    ),
    (
        "DMY",
        rf"\.{_lead_is((1, 2), '.')}\s?(?P<dmy_mo>\d{{1,2}})\.\s?(?P<dmy_y>\d{{4}})(?![\d.])",
    ),
    (
        # 11-22-2014, 22/11/2014: day and month in either order before a four-digit year,
        # read only when one of the two cannot be a month (see tokens._tok_ndy).
        "NDY",
        rf"[-/]{_lead_is((1, 2), '[-/]')}(?P<ndy_b>\d{{1,2}})[-/]"
        r"(?P<ndy_y>(?:19|20)\d\d)(?![\d/.-])",
    ),
    (
        "NMD",
        # 09-30 22:46, and glued to its time as portals print it: 09-3022:46.
        rf"[-/]{_lead_is((1, 2), '[-/]')}"
        r"(?P<nmd_d>\d{1,2}(?=\s{1,3}\d{1,2}:\d\d)|\d\d(?=[0-2]\d:\d\d(?!\d)))",
    ),
    (
        "CLK",
        r":(?<=\d:)(?P<clk_mi>\d{2})"
        + maybe(r":(?P<clk_s>\d{2})" + maybe(r"\.\d{1,6}"))
        + r"(?![\d:])"
        + maybe(r"\s?(?P<clk_ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z])")
        + maybe(
            r"(?P<clk_off>Z(?![A-Za-z])|\+\d{2}:?\d{2}(?![\d:])|(?<=:\d\d)-\d{2}:?\d{2}(?![\d:])"
            # as HTTP and mail dates write the zone: 00:28:00 GMT, 10:00 UTC+8, 00:28:00 +0800
            r"|\s?(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?|)(?![A-Za-z\d:])|\s[+-]\d{4}(?![\d:]))"
        ),
    ),
    (
        "CJT",
        r"[点點时時](?![候间間期代])"
        + maybe(
            rf"\s?(?P<cjt_mi>[一三13]刻|半|(?<!\d)\d{{1,2}}(?!\d)|{_CN})\s?" + maybe("分(?![钟鐘])")
        )
        + maybe(rf"\s?(?P<cjt_s>\d{{1,2}}|{_CN})\s?秒")
        + "(?:正|整)?"
        + maybe(r"\s?(?P<cjt_ap>[AaPp][Mm])(?![A-Za-z])"),
    ),
    (
        "CHAIN",
        rf"(?:[个個]\s?(?:{_UNIT}|月)|{_UNIT}|月)(?:[，,、\s]{{0,2}}{_CHAIN_ITEM}){{1,5}}"
        rf"\s?(?P<chain_dir>{_DIRECTION})",
    ),
    (
        "OFF",
        # 两年半后, 八个多月前, 两个半月前, 40多年前: a half adds 0.5, 多 ("over") nothing.
        rf"多?(?:[个個]\s?(?P<off_h1>[半多]|)(?:(?P<off_u>{_UNIT})|(?P<off_m>月))"
        rf"|(?P<off_v>{_UNIT})(?P<off_h2>[半多]|)"
        rf"|(?P<off_d>日)(?=\s?{_WITHIN}))\s?(?P<off_dir>{_DIRECTION})",
    ),
    # 16年5月8日, 零八年五月, 19年底: a two-digit year, only before what makes it a date
    # (a month, an ordinal, a calendar word), so that 20年前 stays a duration.
    (
        "SY",
        rf"年(?:{_lead_is((2,), '年')}|(?<=(?<![{CN_CHARS}])[〇○零一二三四五六七八九]{{2}}年))"
        rf"(?=\s?(?:\d|[{CN_CHARS}第农農阴陰正腊臘冬闰閏伊首上下{_SY_NEXT}]|{_YEAR_PART}))"
        + maybe(f"(?P<sy_part>{_YEAR_PART})"),
    ),
    # 113年10月10日: a three-digit year before 年 is an ROC year on any page.
    ("ROC3", rf"年{_lead_is((3,), '年')}\s?" + _month_day("roc3_mo", "roc3_d")),
    (
        "QTR",
        r"季度(?<=(?<![\d〇零一二三四五六七八九十第])[一二三四1234]季度)"
        + maybe(f"(?P<q_part>{_words(QUARTER_PARTS)})"),
    ),
    # 十一 as the National Day holiday (十一期间, 十一黄金周); alone it is read whole.
    (
        "NATD",
        r"(?<=(?<![\d〇零一二三四五六七八九十第])十一)(?=期间|期間|假期|长假|長假|黄金周|黃金週)",
    ),
    (
        "MD",
        "月(?:份|)" + maybe(r"\s?(?:" + _day("md_d") + rf"|(?P<md_lun>{_LUNAR_DAY})(?:日|))"),
    ),
    ("DAY", r"[日号號](?![线線楼樓院门門机機台位口码碼车車店馆館窗房床])"),
    (
        # 28 Dec 2013, 28th of December, 2013, 28 Dec Sat 2013: the day first. The form
        # opens with the letter after the day (so the engine rejects it in one step after
        # every other number) and reads that word's rest, as the word forms do.
        "END",
        rf"[A-Za-z](?:(?:[tT](?<=\d[sS][tT])|[dD](?<=\d[nNrR][dD])|[hH](?<=\d[tT][hH]))"
        rf"(?![A-Za-z]){_EN_SEP}{_EN_OF}{_EN_WEEKDAY}{_EN_MONTH}"
        rf"|{_en_tails(EN_WEEKDAYS)}{_EN_SEP}{_EN_MONTH}"
        rf"|{_en_tails(EN_MONTHS)}){_EN_SEP}{_EN_WEEKDAY}{_EN_YEAR}",
    ),
]
ROC_NUMBER_FORMS: list[tuple[str, str]] = [
    (
        "ROCB",
        rf"年{_lead_is((2, 3), '年')}\s?" + _month_day("rocb_mo", "rocb_d"),
    ),
    ("ROCS", rf"/{_lead_is((2, 3), '/')}(?P<rocs_mo>\d{{1,2}})/(?P<rocs_d>\d{{1,2}})(?![\d/])"),
]


def _tails(words: Iterable[str]) -> str:
    """Words whose first character is already consumed: ``(?:天(?<=[今昨]天)|...)``.

    Each distinct rest of a word is matched first and its first character checked after,
    by one lookbehind: a rest opens with a literal, which the engine rejects in one step,
    whereas checking first characters first took a lookbehind per character. Rests are
    tried longest first (大前天 before 前天), as the words were.
    """
    by_rest: dict[str, set[str]] = {}
    for word in words:
        by_rest.setdefault(word[1:], set()).add(word[0])
    options = []
    for rest in sorted(by_rest, key=len, reverse=True):
        firsts = re.escape("".join(sorted(by_rest[rest])))
        options.append(f"{re.escape(rest)}(?<=[{firsts}]{re.escape(rest)})")
    return "(?:" + "|".join(options) + ")"


_WEEK_WORDS = ("星期", "礼拜", "禮拜", "周", "週")
_WEEKDAY_WORDS = [m + w for m in ("", *WEEK_MODIFIERS) for w in _WEEK_WORDS]
_ROC_WORDS = ("中華民國", "中华民国", "民國", "民国")
_PERIOD_LONG = [k for k in PERIODS if len(k) > 1]
WORD_FORMS: list[tuple[str, str]] = [
    (
        "RYMD",
        rf"{_tails(_ROC_WORDS)}\s?(?P<roc_y>(?<!\d)\d{{1,3}}|{_CN}|[〇○零一二三四五六七八九]{{4}})"
        r"\s?年" + maybe(r"[，,]?\s?" + _month_day("roc_mo", "roc_d")),
    ),
    (
        "RELP",
        rf"(?<=[今昨明前本])\s?[（(]\s?(?P<relp_d>\d{{1,2}}|{_CN})\s?[）)]\s?[日号號天]",
    ),
    ("REL", _tails(DAY_WORDS)),
    ("YW", _tails(YEAR_WORDS) + maybe(f"(?P<yw_part>{_YEAR_PART})")),
    ("MW", _tails(MONTH_WORDS) + maybe(f"(?P<mw_part>{_words(MONTH_PARTS)})")),
    # 下周周五: the week word may be written twice.
    ("WD", rf"(?<!每.){_tails(_WEEKDAY_WORDS)}(?:[周週]|星期|)(?P<wd>[一二三四五六日天])"),
    # 早/晚/夜 alone are times of day only right before a clock time (晚8:00).
    ("PER", rf"{_tails(_PERIOD_LONG)}|(?<=[早晚夜])(?=\s?(?:\d|[{CN_CHARS}]{{1,3}}[点點时時]))"),
    ("TZ", _tails(TZ_LABELS)),
]
# Calendar words (festivals, solar terms, lunar dates, quarters, ordinals) have a branch
# of their own, entered only where the next character can continue one (see _compile).
CAL_FORMS: list[tuple[str, str]] = [
    (
        "LUN",  # 农历三月初三, 农历二〇二一年六月, 农历闰四月, 农历元宵
        rf"{_tails(LUNAR_MARKERS)}\s?(?:(?P<lun_y>\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s?年)?"
        rf"(?:(?P<lun_f>{_words(FESTIVALS)})|(?P<lun_leap>[闰閏]|)(?P<lun_mo>{_LUNAR_MONTH})\s?月"
        rf"(?:份|)" + maybe(rf"\s?(?P<lun_d>{_LUNAR_DAY}|\d{{1,2}}(?!\d))(?:[日号號]|)") + ")",
    ),
    (
        "LMN",  # 正月初八, 腊月廿三, 冬月, 闰四月
        rf"(?:月(?<=[正腊臘冬]月)|(?<=[闰閏])(?P<lmn_mo>{_LUNAR_MONTH})月)"
        + maybe(rf"\s?(?P<lmn_d>{_LUNAR_DAY}|\d{{1,2}}(?!\d))"),
    ),
    ("DANIAN", r"年(?<=大年)(?P<dn_d>初(?:十|[一二三四五六七八九])|三十|廿九|二十九|夜)"),
    ("FEST", _tails(FESTIVALS)),
    ("TERM", _tails(SOLAR_TERMS)),
    ("QW", _tails(QUARTER_WORDS) + maybe(f"(?P<qw_part>{_words(QUARTER_PARTS)})")),
    (
        "ORD",  # 第2个星期日, 第一天, 第二十天, 第3个月, 第三季度
        r"(?<=第)\s?(?P<ord_n>\d{1,3}|[一二两兩三四五六七八九十百]{1,4})\s?(?:个|個|)"
        r"(?P<ord_u>季度|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|天|日|月)",
    ),
]
CAL_WORD_LISTS = (
    LUNAR_MARKERS,
    _CAL_WORDS,
    QUARTER_WORDS,
    ("正月", "腊月", "臘月", "冬月", "大年", "闰", "閏", "第"),
)
CNA_FORM = (
    "CNA",
    r"(?<=(?<![0-9A-Za-z\u4e00-\u9fff])\d{4})\d{3}(?![0-9A-Za-z\u4e00-\u9fff])",
)


# The English form that opens with a word: a month (Dec 28 Sat 2013, December 28, 2013) or a
# weekday and then the month and day in either order (Saturday, 28 December 2013). Its first
# two letters are consumed before it (see _compile); no letter stands before the word.
EN_FORM = (
    "ENW",
    rf"(?<![A-Za-z]..)(?:{_en_tails(EN_MONTHS, 2)}{_EN_SEP}{_EN_DAY}"
    rf"|{_en_tails(EN_WEEKDAYS, 2)}{_EN_SEP}(?:{_EN_MONTH}{_EN_SEP}{_EN_DAY}"
    rf"|{_EN_DAY}{_EN_SEP}{_EN_OF}{_EN_MONTH}))"
    rf"{_EN_SEP}{_EN_WEEKDAY}{_EN_YEAR}",
)
_EN_WORDS = (*EN_MONTHS, *EN_WEEKDAYS)
EN_FIRST = {c for word in _EN_WORDS for c in (word[0], word[0].upper())}
EN_NEXT = {c for word in _EN_WORDS for c in (word[1], word[1].upper())}

WORD_LISTS = (
    _ROC_WORDS,
    YEAR_WORDS,
    DAY_WORDS,
    MONTH_WORDS,
    _WEEKDAY_WORDS,
    _PERIOD_LONG,
    TZ_LABELS,
)
NUMBER_FIRST = "0123456789" + CN_CHARS + _VAGUE_CHARS
