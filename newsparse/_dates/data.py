"""Word tables of the date grammar: relative words, times of day, weekdays, units, zones.

Every table lists simplified, traditional and (where news pages use them) Cantonese forms,
so the patterns match both scripts without converting the text.
"""

from __future__ import annotations

__all__ = [
    "DAY_WORDS",
    "DURATION_UNITS",
    "EN_MONTHS",
    "EN_WEEKDAYS",
    "FOLD",
    "LUNAR_MARKERS",
    "MONTH_PARTS",
    "MONTH_WORDS",
    "OFFSET_DIRECTIONS",
    "PERIODS",
    "QUARTER_PARTS",
    "QUARTER_WORDS",
    "REGION_ZONES",
    "TZ_LABELS",
    "VAGUE_COUNTS",
    "WEEKDAYS",
    "WEEK_MODIFIERS",
    "YEAR_WORDS",
]

# Full-width digits and date punctuation folded one character for one character, so
# spans found in the folded text are spans of the original.
FOLD: dict[str, str] = dict(zip("０１２３４５６７８９：／－．　", "0123456789:/-. ", strict=True))

# Day words: offset in days from the reference and the time of day they imply (a key of
# PERIODS), or None. "now" words (刚刚, 而家) are offset 0 with the period "now".
DAY_WORDS: dict[str, tuple[int, str | None]] = {
    "今天": (0, None),
    "今日": (0, None),
    "本日": (0, None),
    "当天": (0, None),
    "當天": (0, None),
    "当日": (0, None),
    "當日": (0, None),
    "同日": (0, None),
    "同天": (0, None),
    "昨天": (-1, None),
    "昨日": (-1, None),
    "琴日": (-1, None),
    "寻日": (-1, None),
    "尋日": (-1, None),
    "前天": (-2, None),
    "前日": (-2, None),
    "大前天": (-3, None),
    "大前日": (-3, None),
    "明天": (1, None),
    "明日": (1, None),
    "听日": (1, None),
    "聽日": (1, None),
    "次日": (1, None),
    "翌日": (1, None),
    "隔天": (1, None),
    "隔日": (1, None),
    "后天": (2, None),
    "後天": (2, None),
    "后日": (2, None),
    "後日": (2, None),
    "大后天": (3, None),
    "大後天": (3, None),
    "大后日": (3, None),
    "大後日": (3, None),
    "大大前天": (-4, None),
    "大大后天": (4, None),
    "大大後天": (4, None),
    "今晚": (0, "晚上"),
    "今夜": (0, "晚上"),
    "昨晚": (-1, "晚上"),
    "昨夜": (-1, "晚上"),
    "前晚": (-2, "晚上"),
    "大前晚": (-3, "晚上"),
    "明晚": (1, "晚上"),
    "听晚": (1, "晚上"),
    "聽晚": (1, "晚上"),
    "今早": (0, "早上"),
    "今晨": (0, "早上"),
    "今朝": (0, "早上"),
    "昨晨": (-1, "早上"),
    "昨早": (-1, "早上"),
    "明早": (1, "早上"),
    "明晨": (1, "早上"),
    "刚刚": (0, "now"),
    "剛剛": (0, "now"),
    "而家": (0, "now"),
    "现在": (0, "now"),
    "現在": (0, "now"),
}

# Times of day: the hour they stand for alone, and how they shift a 12-hour clock:
# "am" keeps it (12 -> 0: 上午12:05 is 00:05), "pm" adds 12 below noon, "noon" adds 12
# to 1-3, "night" adds 12 to 5-11 and keeps the small hours (晚上1点 is 1:00, 半夜11点
# 23:00), 12 being the next midnight.
PERIODS: dict[str, tuple[int, str]] = {
    "凌晨": (0, "am"),
    "半夜": (0, "night"),
    "午夜": (0, "night"),
    "清晨": (6, "am"),
    "早晨": (6, "am"),
    "早上": (6, "am"),
    "朝早": (6, "am"),
    "早": (6, "am"),
    "上午": (9, "am"),
    "中午": (12, "noon"),
    "正午": (12, "noon"),
    "下午": (15, "pm"),
    "下晝": (15, "pm"),
    "下昼": (15, "pm"),
    "晏晝": (15, "pm"),
    "晏昼": (15, "pm"),
    "傍晚": (18, "pm"),
    "晚上": (22, "night"),
    "晚间": (22, "night"),
    "晚間": (22, "night"),
    "夜晚": (22, "night"),
    "夜间": (22, "night"),
    "夜間": (22, "night"),
    "夜里": (22, "night"),
    "夜裡": (22, "night"),
    "晚": (22, "night"),
    "夜": (22, "night"),
    "深夜": (23, "night"),
}

YEAR_WORDS: dict[str, int] = {
    "今年": 0,
    "本年": 0,
    "同年": 0,
    "当年": 0,
    "當年": 0,
    "去年": -1,
    "前年": -2,
    "大前年": -3,
    "上一年": -1,
    "明年": 1,
    "后年": 2,
    "後年": 2,
    "大后年": 3,
    "大後年": 3,
    "下一年": 1,
    "次年": 1,
    "翌年": 1,
}

MONTH_WORDS: dict[str, int] = {
    "本月": 0,
    "这个月": 0,
    "這個月": 0,
    "当月": 0,
    "當月": 0,
    "同月": 0,
    "上月": -1,
    "上个月": -1,
    "上個月": -1,
    "上一个月": -1,
    "上一個月": -1,
    "上一月": -1,
    "下月": 1,
    "下个月": 1,
    "下個月": 1,
    "下一个月": 1,
    "下一個月": 1,
    "下一月": 1,
    "次月": 1,
}

# Quarter words: offset in quarters from the reference's.
QUARTER_WORDS: dict[str, int] = {
    "本季度": 0,
    "这季度": 0,
    "這季度": 0,
    "这个季度": 0,
    "這個季度": 0,
    "当季": 0,
    "當季": 0,
    "上季度": -1,
    "上个季度": -1,
    "上個季度": -1,
    "上一季度": -1,
    "上一个季度": -1,
    "下季度": 1,
    "下个季度": 1,
    "下個季度": 1,
    "下一季度": 1,
    "下一个季度": 1,
}
# Where in a quarter 初/末/底 point: 0 its first day, 1 its last.
QUARTER_PARTS: dict[str, int] = {"初": 0, "末": 1, "底": 1}

# Where in the month 初/上旬/中旬/下旬/底 point: the day used when no day is written
# (0 stands for the last day).
MONTH_PARTS: dict[str, int] = {
    "初": 1,
    "上旬": 1,
    "中旬": 11,
    "下旬": 21,
    "底": 0,
    "末": 0,
}

WEEKDAYS: dict[str, int] = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
}
# Week modifiers: offset in weeks (weeks start on Monday, as in Chinese usage).
WEEK_MODIFIERS: dict[str, int] = {
    "上": -1,
    "上个": -1,
    "上個": -1,
    "下": 1,
    "下个": 1,
    "下個": 1,
    "这": 0,
    "這": 0,
    "这个": 0,
    "這個": 0,
    "本": 0,
}

# Duration units: (kind, amount) where kind is one of seconds/minutes/hours/days/weeks/
# months/years.
DURATION_UNITS: dict[str, tuple[str, int]] = {
    "秒": ("seconds", 1),
    "秒钟": ("seconds", 1),
    "秒鐘": ("seconds", 1),
    "分": ("minutes", 1),
    "分钟": ("minutes", 1),
    "分鐘": ("minutes", 1),
    "小时": ("hours", 1),
    "小時": ("hours", 1),
    "钟头": ("hours", 1),
    "鐘頭": ("hours", 1),
    "钟": ("hours", 1),
    "鐘": ("hours", 1),
    "天": ("days", 1),
    "日": ("days", 1),
    "周": ("weeks", 1),
    "週": ("weeks", 1),
    "星期": ("weeks", 1),
    "礼拜": ("weeks", 1),
    "禮拜": ("weeks", 1),
    "月": ("months", 1),
    "年": ("years", 1),
    "季度": ("months", 3),
}
OFFSET_DIRECTIONS: dict[str, int] = {
    "前": -1,
    "之前": -1,
    "以前": -1,
    "后": 1,
    "後": 1,
    "之后": 1,
    "之後": 1,
    "以后": 1,
    "以後": 1,
    "过后": 1,
    "過後": 1,
    # "within N days" points at the end of the span, as chrono reads it.
    "内": 1,
    "內": 1,
    "之内": 1,
    "之內": 1,
    "以内": 1,
    "以內": 1,
}
# 几个月 / 数天: "a few", read as three.
VAGUE_COUNTS: dict[str, int] = {"几": 3, "幾": 3, "数": 3, "數": 3}

# Time-zone labels: the IANA zone they name, or None for "local time at the story's
# location", which newsparse cannot know.
TZ_LABELS: dict[str, str | None] = {
    "北京时间": "Asia/Shanghai",
    "北京時間": "Asia/Shanghai",
    "台北时间": "Asia/Taipei",
    "台北時間": "Asia/Taipei",
    "臺北時間": "Asia/Taipei",
    "香港时间": "Asia/Hong_Kong",
    "香港時間": "Asia/Hong_Kong",
    "澳门时间": "Asia/Macau",
    "澳門時間": "Asia/Macau",
    "新加坡时间": "Asia/Singapore",
    "新加坡時間": "Asia/Singapore",
    "大马时间": "Asia/Kuala_Lumpur",
    "大馬時間": "Asia/Kuala_Lumpur",
    "马来西亚时间": "Asia/Kuala_Lumpur",
    "馬來西亞時間": "Asia/Kuala_Lumpur",
    "东京时间": "Asia/Tokyo",
    "東京時間": "Asia/Tokyo",
    "格林尼治时间": "UTC",
    "格林尼治時間": "UTC",
    "世界标准时间": "UTC",
    "当地时间": None,
    "當地時間": None,
}

REGION_ZONES: dict[str, str] = {
    "cn": "Asia/Shanghai",
    "tw": "Asia/Taipei",
    "hk": "Asia/Hong_Kong",
    "mo": "Asia/Macau",
    "sg": "Asia/Singapore",
    "my": "Asia/Kuala_Lumpur",
}

# Text right before a date that makes it a lunar-calendar date (农历二月廿九, 甲辰年二月).
LUNAR_MARKERS = ("农历", "農曆", "阴历", "陰曆", "夏历", "夏曆", "旧历", "舊曆")

# English month and weekday names, as Chinese-language pages also write dates: PIXNET's
# post date "Dec 28 Sat 2013 00:28", Hong Kong's "28 Dec 2013", "December 28, 2013". Keys are
# lower case (the grammar reads any case); a weekday beside a full date is read and ignored,
# as 星期六 beside 2013年12月28日 is.
EN_MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
EN_WEEKDAYS = (
    "monday",
    "mon",
    "tuesday",
    "tues",
    "tue",
    "wednesday",
    "wed",
    "thursday",
    "thurs",
    "thur",
    "thu",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
)
