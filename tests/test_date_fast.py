"""The short way through the date grammar (newsparse._dates.fast) gives the grammar's own
answer: parse_date with it and without it agree on generated header lines built from
timestamps (valid, impossible, odd clocks, offsets, fractions) and the text news pages put
around them (sources, names, digits, lunar markers, zone labels, day words). Where
may_write_year says no year can be written, find_dates finds none."""

from __future__ import annotations

import datetime as dt
import random

import pytest

import newsparse._dates.search as search
from newsparse import find_dates, parse_date
from newsparse._dates.fast import may_write_year

_STAMPS = [
    "{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
    "{y}年{m:02d}月{d:02d}日 {h:02d}:{mi:02d}",
    "{y}年{m}月{d}日{h}:{mi:02d}",
    "{y}/{m:02d}/{d:02d} {h:02d}:{mi:02d}",
    "{y}.{m:02d}.{d:02d}",
    "{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+08:00",
    "{y}-{m}-{d}T{h}:{mi:02d}Z",
    "{y}年{m}月{d}日",
    "{y}-{m:02d}-{d:02d}",
    "{y}-{m:02d}-{d:02d} {h}:{mi:02d} PM",
    "{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.5",
    "{y}-{m:02d}-{d:02d}  {h:02d}：{mi:02d}",
    "{y}年{m}月{d}号 {h}:{mi:02d}-0500",
    "{y}-{m:02d}-{d:02d}{h:02d}:{mi:02d}",
    "民國{r}年{m}月{d}日",
    "中華民國{r}年{m}月{d}日",
    "民国{r}年{m:02d}月{d}日 {h}:{mi:02d}",
    "{cy}年{cm}月{cd}日",
    "{cy}年{cm}月{cd}号",
    "{cy}年{cm}月{cd}日{h}时",
    "今（{d}）日",
    "昨({d})日",
    "明 （{cd}） 号",
    "今（{cd}）天上午",
    "本（{d}）日{h}时",
    "{en} {d} Sat {y} {h:02d}:{mi:02d}",
    "{d} {en} {y}",
    "{en} {d}, {y}",
]
# English month names as pages write them (any case, abbreviated, with a dot).
_EN_MONTHS = ["Dec", "December", "SEPT.", "may", "Jan", "feb"]
_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """12 -> 十二, 30 -> 三十, 7 -> 七, as dates write months and days (0 -> 〇)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return (head + (_CN_DIGITS[units] if units else "")) or "〇"


_AROUND = [
    "",
    " ",
    "来源：新华网",
    "來源:新華網",
    "作者：黄晓明",
    "| 阅读数 7202",
    "香港01",
    "新京报",
    "中国新闻网· ",
    "发布时间：",
    "北京时间",
    "农历 ",
    "甲辰年 ",
    "1.",
    "１",
    "：",
    "(日)",
    "周五",
    "下午",
    "代",
    "至",
    "今天",
    "3天前",
    "民國",
    "第",
    "春节",
    "十一",
    "x",
    "12",
    "2019",
    "年",
    "AM",
    " pm",
    "Z",
    "+08:00",
    "\u3000",
    "．",
    "：30",
    "甲辰年\u3000",
    "农历\u3000",
    "明 ",
    "今 （",
    "晚 ",
    "晚 8点",
    "中华民国",
    "香港时间 ",
    "第 ",
    "Dec ",
    " Sat",
    "May",
    "Dec 28 ",
    "28 Dec ",
    " Mon, 6 Jan 2014",
    "Marching ",
    "On ",
    "sept.",
    " GMT",
    "UTC+8",
    " +0800",
    " -0500 ",
    " Google",
]


def _cases(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        fields = {
            "y": rng.choice([1899, 1900, 1995, 2019, 2024, 2100, 2101]),
            "m": rng.choice([1, 2, 9, 12, 13]),
            "d": rng.choice([1, 7, 29, 30, 31, 32]),
            "h": rng.choice([0, 9, 12, 23, 24, 35]),
            "mi": rng.choice([0, 5, 59, 60]),
            "s": rng.choice([0, 22, 59, 61]),
        }
        fields.update(
            r=fields["y"] - 1911,
            cm=_cn_number(fields["m"]),
            cd=_cn_number(fields["d"]),
            cy="".join(_CN_DIGITS[int(c)] for c in str(fields["y"])),
            en=rng.choice(_EN_MONTHS),
        )
        stamp = rng.choice(_STAMPS).format(**fields)
        out.append(rng.choice(_AROUND) + rng.choice(["", " "]) + stamp + rng.choice(_AROUND))
    return out


@pytest.mark.parametrize("roc", [False, True])
def test_the_short_way_gives_the_grammars_answer(
    monkeypatch: pytest.MonkeyPatch, roc: bool
) -> None:
    texts = _cases(13 + roc, 3_000)
    refs = [None, dt.datetime(2025, 3, 14, 10, 0)]
    short = [parse_date(t, reference=r, roc=roc) for t in texts for r in refs]
    assert sum(v is not None for v in short) > 500  # the cases reach both outcomes
    monkeypatch.setattr(search, "find_stamp", lambda text: None)  # the grammar alone
    monkeypatch.setattr(search, "alone_written", lambda text, tzinfo: None)
    grammar = [parse_date(t, reference=r, roc=roc) for t in texts for r in refs]
    for (text, ref), a, b in zip(
        ((t, r) for t in texts for r in refs), short, grammar, strict=True
    ):
        assert (a, a and a.tzinfo) == (b, b and b.tzinfo), (text, ref)


# Every way the grammar writes a year, each once, and strings around them.
_YEARS_WRITTEN = [
    "2025-03-31",
    "２０２５－０３－３１",
    "2025/3/31",
    "2025．3．31",
    "31.12.2014",
    "11-22-2014",
    "2025年3月31日",
    "二〇二二年九月八日",
    "民國90年8月8日",
    "113年10月10日",
    "16年5月8日",
    "九五年三月",
    "农历二〇二一年六月初一",
    "2024年清明",
    "2019",
    " 2023 05 17 ",
    "20231115",
    "２０２３０５１７",
    "四五年",
    "发布时间：2019-09-3007:42",
    "12025-09-09 09:02:00",
    "2019 年 7 月 3 日",
    "２０２５年３月３１日",
    "2025\u3000年3月31日",
    "民國 九十 年8月8日",
    "31 .12.2014",
    "\u3000２０２３ ０５ １７\t",
    "December 28, 2013",
    "28 Dec 2013",
    "Saturday, 28th of December ２０１３",
    "发布于 Dec 28 Sat 2013 00:28 GMT 新华社",
]
_NOISE = (
    "0123456789０１２３ \u3000年月日号时分:：-/.．－／(（）)"
    "新华社北京电第段今天昨日农历民國二〇九十两廿"
)
_DIGITS_NOISE = "01234567899 1920 -/.年\u3000２"  # WHOLE, ISO, DMY, NDY and their near misses


def _noise(seed: int, n: int, alphabet: str = _NOISE, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest))) for _ in range(n)]


def test_no_year_is_found_where_may_write_year_says_none_can_be() -> None:
    texts = _YEARS_WRITTEN + _cases(21, 2_000) + _noise(22, 20_000)
    texts += _noise(23, 20_000, _DIGITS_NOISE, 18)
    texts += [
        around + year + after
        for year in _YEARS_WRITTEN
        for around in _AROUND[:12]
        for after in ("", "电 英国企业将中国视为重要创新策源地")
    ]
    ref = dt.datetime(2025, 3, 14, 10, 0)
    gated = 0
    for text in texts:
        years = [
            m for r in (None, ref) for m in find_dates(text, reference=r) if m.year is not None
        ]
        assert may_write_year(text) or not years, (text, years)
        gated += not may_write_year(text)
    assert all(find_dates(t, reference=ref)[0].year for t in _YEARS_WRITTEN)
    assert gated > 1_000  # it does say no (to lines over 16 characters with no 年 or - / .)


def test_may_write_year_is_for_gregorian_pages() -> None:
    # A CNA code writes its year with digits alone, read only in ROC mode.
    line = "(中央社記者王小明台北 1040820)"
    assert find_dates(line, roc=True)[0].year == 2015
    assert not may_write_year(line)
