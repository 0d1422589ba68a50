"""Word tables of the Chinese calendar: festivals, the 24 solar terms, lunar months and days.

Each festival maps to how its day is found in a Gregorian year (``_dates.calendar``
computes it); every table lists simplified and traditional forms.
"""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS_TERMS",
    "FESTIVALS",
    "LUNAR_DAYS",
    "LUNAR_MONTHS",
    "SOLAR_TERMS",
    "TERM_CONTEXT_AFTER",
    "YEAR_PARTS",
]

# A festival's rule: ("lunar", month, day) on the lunar calendar; ("eve",) the last day of
# the lunar year; ("term", name) a solar term; ("fixed", month, day) on the Gregorian
# calendar; ("nth", month, weekday, n) the n-th weekday (Monday 0) of a Gregorian month.
FESTIVALS: dict[str, tuple[str | int, ...]] = {
    # Lunar festivals.
    "春节": ("lunar", 1, 1),
    "春節": ("lunar", 1, 1),
    "元宵": ("lunar", 1, 15),
    "元宵节": ("lunar", 1, 15),
    "元宵節": ("lunar", 1, 15),
    "龙抬头": ("lunar", 2, 2),
    "龍抬頭": ("lunar", 2, 2),
    "端午": ("lunar", 5, 5),
    "端午节": ("lunar", 5, 5),
    "端午節": ("lunar", 5, 5),
    "端阳节": ("lunar", 5, 5),
    "端陽節": ("lunar", 5, 5),
    "七夕": ("lunar", 7, 7),
    "七夕节": ("lunar", 7, 7),
    "七夕節": ("lunar", 7, 7),
    "中元节": ("lunar", 7, 15),
    "中元節": ("lunar", 7, 15),
    "中秋": ("lunar", 8, 15),
    "中秋节": ("lunar", 8, 15),
    "中秋節": ("lunar", 8, 15),
    "重阳": ("lunar", 9, 9),
    "重阳节": ("lunar", 9, 9),
    "重陽": ("lunar", 9, 9),
    "重陽節": ("lunar", 9, 9),
    "腊八": ("lunar", 12, 8),
    "腊八节": ("lunar", 12, 8),
    "臘八": ("lunar", 12, 8),
    "臘八節": ("lunar", 12, 8),
    "除夕": ("eve",),
    "大年夜": ("eve",),
    "年三十": ("eve",),
    "清明节": ("term", "清明"),
    "清明節": ("term", "清明"),
    # Fixed Gregorian days.
    "元旦": ("fixed", 1, 1),
    "情人节": ("fixed", 2, 14),
    "情人節": ("fixed", 2, 14),
    "妇女节": ("fixed", 3, 8),
    "婦女節": ("fixed", 3, 8),
    "植树节": ("fixed", 3, 12),
    "植樹節": ("fixed", 3, 12),
    "愚人节": ("fixed", 4, 1),
    "愚人節": ("fixed", 4, 1),
    "劳动节": ("fixed", 5, 1),
    "勞動節": ("fixed", 5, 1),
    "青年节": ("fixed", 5, 4),
    "青年節": ("fixed", 5, 4),
    "儿童节": ("fixed", 6, 1),
    "兒童節": ("fixed", 6, 1),
    "建党节": ("fixed", 7, 1),
    "建黨節": ("fixed", 7, 1),
    "建军节": ("fixed", 8, 1),
    "建軍節": ("fixed", 8, 1),
    "教师节": ("fixed", 9, 10),
    "教師節": ("fixed", 9, 10),
    "国庆": ("fixed", 10, 1),
    "国庆节": ("fixed", 10, 1),
    "國慶": ("fixed", 10, 1),
    "國慶節": ("fixed", 10, 1),
    "国庆日": ("fixed", 10, 1),
    "國慶日": ("fixed", 10, 1),
    "平安夜": ("fixed", 12, 24),
    "圣诞": ("fixed", 12, 25),
    "圣诞节": ("fixed", 12, 25),
    "聖誕": ("fixed", 12, 25),
    "聖誕節": ("fixed", 12, 25),
    # Floating Western days: Mother's Day is May's second Sunday, Father's Day June's
    # third Sunday, (American) Thanksgiving November's fourth Thursday.
    "母亲节": ("nth", 5, 6, 2),
    "母親節": ("nth", 5, 6, 2),
    "父亲节": ("nth", 6, 6, 3),
    "父親節": ("nth", 6, 6, 3),
    "感恩节": ("nth", 11, 3, 4),
    "感恩節": ("nth", 11, 3, 4),
}

# The 24 solar terms, each spelling -> the simplified name the calendar library uses.
SOLAR_TERMS: dict[str, str] = {
    "立春": "立春",
    "雨水": "雨水",
    "惊蛰": "惊蛰",
    "驚蟄": "惊蛰",
    "惊蟄": "惊蛰",
    "春分": "春分",
    "清明": "清明",
    "谷雨": "谷雨",
    "穀雨": "谷雨",
    "立夏": "立夏",
    "小满": "小满",
    "小滿": "小满",
    "芒种": "芒种",
    "芒種": "芒种",
    "夏至": "夏至",
    "小暑": "小暑",
    "大暑": "大暑",
    "立秋": "立秋",
    "处暑": "处暑",
    "處暑": "处暑",
    "白露": "白露",
    "秋分": "秋分",
    "寒露": "寒露",
    "霜降": "霜降",
    "立冬": "立冬",
    "小雪": "小雪",
    "大雪": "大雪",
    "冬至": "冬至",
    "小寒": "小寒",
    "大寒": "大寒",
}
# Terms that are also everyday words (weather: 小雪, 霜降; 雨水 "rainwater"; 清明
# "clear-sighted"): read as a date only alone, after a year, or before one of
# TERM_CONTEXT_AFTER.
AMBIGUOUS_TERMS = frozenset(
    {
        "雨水",
        "清明",
        "小暑",
        "大暑",
        "白露",
        "寒露",
        "霜降",
        "小雪",
        "大雪",
        "小寒",
        "大寒",
        "谷雨",
        "穀雨",
        "小满",
        "小滿",
    }
)
TERM_CONTEXT_AFTER = (
    "节气",
    "節氣",
    "节",
    "節",
    "日",
    "当天",
    "當天",
    "当日",
    "當日",
    "这天",
    "這天",
    "那天",
    "时节",
    "時節",
    "前后",
    "前後",
    "之际",
    "之際",
    "期间",
    "期間",
    "到来",
    "到來",
    "来临",
    "來臨",
    "假期",
)

# Lunar months by name (闰 before one makes it the leap month).
LUNAR_MONTHS: dict[str, int] = {
    "正": 1,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "冬": 11,
    "十二": 12,
    "腊": 12,
    "臘": 12,
}
# Lunar days as written: 初一-初十, 十一-十九, 二十/廿, 廿一-廿九, 三十/卅.
_UNITS = "一二三四五六七八九"
LUNAR_DAYS: dict[str, int] = {
    **{f"初{c}": i for i, c in enumerate(_UNITS + "十", start=1)},
    **{f"十{c}": 10 + i for i, c in enumerate(_UNITS, start=1)},
    "二十": 20,
    "廿": 20,
    **{f"廿{c}": 20 + i for i, c in enumerate(_UNITS, start=1)},
    **{f"二十{c}": 20 + i for i, c in enumerate(_UNITS, start=1)},
    "三十": 30,
    "卅": 30,
}

# Parts of a year written after it (2019年底, 今年伊始, 2010年首月): (month, day), day 0
# for the month's last day.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "伊始": (1, 1),
    "首月": (1, 1),
    "初": (1, 1),
    "年初": (1, 1),
    "上半年": (1, 1),
    "下半年": (7, 1),
    "底": (12, 0),
    "末": (12, 0),
    "年底": (12, 0),
    "年末": (12, 0),
}
