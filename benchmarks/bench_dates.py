"""Benchmark: newsparse.parse_date against dateparser.parse(..., languages=["zh"]).

Both parsers read the same sets of strings in one run, alternating for ROUNDS rounds; the
script prints calls per second (each parser's median round) and accuracy side by side and
the speed ratio for each set, with the load average, the pass rate on the shared date cases
and on the calendar cases of issue 13, and the time find_dates takes on 1 MB adversarial
strings.

The mixed set (at least 1,000 strings, every form):

The strings (at least 1,000) are labelled cores, each read bare and inside real page text
(header labels, credits, teaser text from the seeds, which hold no date of their own):

- the 185 cases of ../shared/data/date_cases.jsonl (expected values from their sources);
- our own cases for every form of issue 4 (tests/data/date_examples.json);
- dateline and header examples quoted in ../shared/reference/datelines.md, labelled here;
- timestamp lines of the seed pages, labelled by a strict independent regex.

The news set: 1,000 strings written the way news pages write dates (header timestamps
glued to their source and byline, datelines, 今（9）日, ROC and Chinese-numeral dates),
generated from templates with random dates of 1995-2025 and labelled by construction.

Lunar support is on in both sets (tyme4py loaded, calendar words in the grammar), and the
calendar cases are parsed once before timing, as a page pipeline would have met some.

Run: ``python benchmarks/bench_dates.py`` (``NEWSPARSE_SHARED`` points elsewhere than
../shared).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import dateparser

from newsparse import find_dates, parse_date

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _date_corpus import Case, case_of, correct, reference_of

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))
# Timed rounds: in each, newsparse and then dateparser read the whole set once; each
# parser's figure is its median round, so a burst of load on a shared machine moves
# neither figure far and favours neither parser.
ROUNDS = 7


# Quoted in ../shared/reference/datelines.md; the value is read off the quote itself (and the
# page date the catalogue gives, for the relative ones).
DATELINE_EXAMPLES: list[tuple[str, str | None, str]] = [
    ("新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工", "2019-12-10", "2019-12-09"),
    ("2019年06月15日08:18 来源：人民网-文化频道", None, "2019-06-15T08:18"),
    ("2010年06月20日 16:34 來源:", None, "2010-06-20T16:34"),
    ("| 编辑: 母曼晔 | 时间: 2017-03-12 11:50:33 | 来源: 海峡飞虹 |", None, "2017-03-12T11:50:33"),
    ("2019-09-07 09:59:22 来源: 新京报", None, "2019-09-07T09:59:22"),
    ("2019-09-26 12:11来源：证券时报网作者：李在山", None, "2019-09-26T12:11"),
    ("来源：当代商报 时间：2019-09-23 14:34:05 作者：", None, "2019-09-23T14:34:05"),
    ("中華民國91年3月19日星期二", None, "2002-03-19"),
    ("港聞 2016年06月05日", None, "2016-06-05"),
    ("2024年4月7日(星期日) 农历甲辰年二月廿九", None, "2024-04-07"),
    ("癸卯年十月初二 2023年11月14日星期二", None, "2023-11-14"),
    ("2010/11/26 3:27:48 PM ●南洋网 (芙蓉、波德申26日讯)一名主考官", None, "2010-11-26T15:27:48"),
    (
        "2016年06月17日06:15 汉网-武汉晚报 本报讯（记者孙珺 通讯员褚家威）昨天，全省打击侵权假冒",
        None,
        "2016-06-17T06:15",
    ),
    ("北京时间6月24日12时55分，在航天员的精准操控下", "2012-06-24", "2012-06-24T12:55"),
    ("新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料", "2019-12-28", "2019-12-28"),
    ("中新社北京九月二十七日電 題:訪華發展中國家記者團", "2009-09-27", "2009-09-27"),
    ("【新华社重庆十四日电】拉萨讯：执行和平解放西藏办法协议", "1951-09-15", "1951-09-14"),
    ("〔記者方韋傑／台北報導〕緬甸週五（28日）中午發生劇烈強震", "2025-03-29", "2025-03-28T12:00"),
    ("娛樂●《2023 香港小姐競選》前晚(27日)完滿結束", "2023-08-29", "2023-08-27T22:00"),
    ("主办方华侨银行星期四(4月17日)发文告说", "2025-04-18", "2025-04-17"),
    ("《新明日报》报道，这起事件发生在2011年1月25日早上6时", None, "2011-01-25T06:00"),
    (
        "华龙网-新重庆客户端讯 今（9）日，华龙网-新重庆客户端记者从沙坪坝区公安分局了解到",
        "2025-04-09",
        "2025-04-09",
    ),
]

# A strict oracle for the seeds' timestamp lines: year-month-day, optional time.
_ORACLE = re.compile(
    r"(?<!\d)(\d{4})(?:-|年)(\d{2})(?:-|月)(\d{2})日?(?:\s?(\d{2}):(\d{2})(?::(\d{2}))?)?"
)
_DATEISH = re.compile(r"[0-9０-９年月日号號时時点點分秒天周週前后後今昨明晚早午夜晨刚剛]")


def shared_cases() -> list[Case]:
    path = SHARED / "data" / "date_cases.jsonl"
    return [case_of(json.loads(line)) for line in path.read_text("utf-8").splitlines() if line]


def own_cases() -> list[Case]:
    data = json.loads((ROOT / "tests" / "data" / "date_examples.json").read_text("utf-8"))
    out = []
    for row in data["values"]:
        if "tz" in row or "roc" in row:
            continue  # both parsers are compared with their default zone and calendar
        expected = row["expected"]
        local = None if expected is None else expected[:19]  # local wall time, no offset
        out.append(Case(row["input"], reference_of(row["reference"]), local))
    return out


def seed_cases() -> list[Case]:
    out = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found = _ORACLE.findall(line)
            if len(found) != 1:
                continue
            y, mo, d, h, mi, s = found[0]
            expected = f"{y}-{mo}-{d}" + (f"T{h}:{mi}" if h else "") + (f":{s}" if s else "")
            out.append(Case(line.strip()[-80:], None, expected))
    return out


def contexts() -> list[str]:
    """Fragments of real page text with no date in them, to wrap the cores in."""
    out: set[str] = set()
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for piece in re.split(r"[。！？\n]", line):
                piece = piece.strip()
                if 4 <= len(piece) <= 24 and not _DATEISH.search(piece):
                    out.add(piece)
    return sorted(out)


def build_set(seed: int = 7) -> list[Case]:
    rng = random.Random(seed)
    cores = shared_cases() + own_cases() + seed_cases()
    cores += [Case(t, reference_of(r), e) for t, r, e in DATELINE_EXAMPLES]
    pieces = contexts()
    out = []
    for core in cores:
        out.append(core)
        out.append(Case(f"{rng.choice(pieces)} {core.text}", core.reference, core.expected))
        out.append(Case(f"{core.text} {rng.choice(pieces)}", core.reference, core.expected))
        wrapped = f"{rng.choice(pieces)}：{core.text}。{rng.choice(pieces)}"
        out.append(Case(wrapped, core.reference, core.expected))
    return out


_SOURCES = (
    "新华网",
    "人民网",
    "中国新闻网",
    "央视新闻",
    "澎湃新闻",
    "环球网",
    "每日经济新闻",
    "新京报",
    "中央社",
    "联合早报",
    "香港01",
    "界面新闻",
)
_NAMES = ("王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄晓明")
_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """10 -> 十, 23 -> 二十三, 3 -> 三 (as dates write months and days)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[units] if units else "") if n else "〇"


def _news_string(rng: random.Random) -> Case:
    day = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(11_300))
    y, m, d = day.year, day.month, day.day
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    src, name = rng.choice(_SOURCES), rng.choice(_NAMES)
    stamp = f"{day.isoformat()}T{hh:02d}:{mm:02d}"
    after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(8))  # fetched next day
    layouts = [
        (f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d} 来源：{src}", None, f"{stamp}:{ss:02d}"),
        (f"发布时间：{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}", None, stamp),
        (f"{y}年{m}月{d}日 {hh:02d}:{mm:02d} {src}", None, stamp),
        (f"{src}· {y}/{m:02d}/{d:02d} {hh:02d}:{mm:02d}", None, stamp),
        (f"时间：{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d} 作者：{name} 责任编辑：{name}", None, stamp),
        (f"{y}.{m:02d}.{d:02d} {hh:02d}:{mm:02d} | 阅读数 {rng.randrange(9999)}", None, stamp),
        (f"新华社北京{m}月{d}日电（记者{name}）", after, day.isoformat()),
        (
            f"{src}讯 今（{d}）日，记者从有关部门了解到",
            after - dt.timedelta(days=1),
            day.isoformat(),
        ),
        (f"民國{y - 1911}年{m}月{d}日", None, day.isoformat()),
        (
            f"{''.join(_CN_DIGITS[int(c)] for c in str(y))}年{_cn_number(m)}月{_cn_number(d)}日",
            None,
            day.isoformat(),
        ),
        (
            f"更新时间：{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}+08:00",
            None,
            f"{stamp}:{ss:02d}+08:00",
        ),
        (f"{y}年{m:02d}月{d:02d}日{hh:02d}:{mm:02d}  来源：{src}  作者：{name}", None, stamp),
    ]
    text, reference, expected = rng.choice(layouts)
    return Case(text, reference, expected)


def news_set(size: int = 1_000, seed: int = 13) -> list[Case]:
    rng = random.Random(seed)
    return [_news_string(rng) for _ in range(size)]


def calendar_cases() -> list[tuple[Case, str]]:
    """The calendar cases of issue 13 (tests/data/date_calendar_cases.json) and their
    convention, known failures included."""
    path = ROOT / "tests" / "data" / "date_calendar_cases.json"
    rows = json.loads(path.read_text("utf-8"))["cases"]
    return [
        (Case(r["input"], reference_of(r["reference"]), r["expected"]), r["prefer"]) for r in rows
    ]


def newsparse_parse(case: Case) -> dt.datetime | None:
    return parse_date(case.text, reference=case.reference)


def dateparser_parse(case: Case) -> dt.datetime | None:
    settings = None if case.reference is None else {"RELATIVE_BASE": case.reference}
    value: dt.datetime | None = dateparser.parse(case.text, languages=["zh"], settings=settings)
    return value


def _timed(
    parse: Callable[[Case], dt.datetime | None], cases: list[Case]
) -> tuple[float, list[dt.datetime | None]]:
    start = time.perf_counter()
    values = [parse(case) for case in cases]
    return time.perf_counter() - start, values


def measure(cases: list[Case]) -> list[tuple[float, float]]:
    """(calls per second, accuracy) of newsparse and of dateparser on the same strings.

    The two alternate for ROUNDS rounds on the same strings; each parser's time is the
    median of its rounds.
    """
    dateparser_parse(cases[0])  # both load dateparser's language data before timing
    newsparse_parse(Case("1年2个月", dt.datetime(2020, 1, 1), None))
    parsers = ((newsparse_parse, True), (dateparser_parse, False))
    rounds: list[list[float]] = [[], []]
    values: list[list[dt.datetime | None]] = [[], []]
    for _ in range(ROUNDS):
        for i, (parse, _parts) in enumerate(parsers):
            seconds, values[i] = _timed(parse, cases)
            rounds[i].append(seconds)
    out = []
    for i, (_, parts) in enumerate(parsers):
        hits = sum(
            correct(v, c, c.text if parts else None) for v, c in zip(values[i], cases, strict=True)
        )
        out.append((len(cases) / statistics.median(rounds[i]), hits / len(cases)))
    return out


def adversarial_rows() -> list[tuple[str, float]]:
    rng = random.Random(1)
    strings = {
        "digits, 年月日, brackets": "".join(
            rng.choice("0123456789年月日（）()【】[] ") for _ in range(1_000_000)
        ),
        "digits only": "1" * 1_000_000,
        "12日 repeated": ("12日" * 340_000)[:1_000_000],
    }
    rows = []
    for name, text in strings.items():
        start = time.perf_counter()
        find_dates(text)
        rows.append((name, time.perf_counter() - start))
    return rows


def _report(title: str, cases: list[Case], target: float) -> None:
    ours, theirs = measure(cases)
    print(title)
    print(f"{'parser':<34}{'calls/s':>12}{'accuracy':>12}")
    print(f"{'newsparse.parse_date':<34}{ours[0]:>12,.0f}{ours[1]:>12.1%}")
    print(f"{'dateparser.parse(languages=zh)':<34}{theirs[0]:>12,.0f}{theirs[1]:>12.1%}")
    print(
        f"speed ratio: {ours[0] / theirs[0]:.1f}x (target >= {target:.0f}x); median of "
        f"{ROUNDS} interleaved rounds, load average {os.getloadavg()[0]:.2f}\n"
    )


def main() -> None:
    calendar = calendar_cases()
    hits = sum(
        correct(parse_date(c.text, reference=c.reference, prefer=p), c, c.text, prefer=p)  # type: ignore[arg-type]
        for c, p in calendar
    )
    cases = build_set()
    _report(
        f"{len(cases)} strings ({len(cases) // 4} labelled cores, each bare and in 3 contexts)",
        cases,
        20,
    )
    news = news_set()
    _report(f"{len(news)} news-style strings (generated, labelled by construction)", news, 50)
    print(
        f"calendar cases of issue 13: {hits}/{len(calendar)} as read by hand "
        "(known failures included)"
    )
    shared = shared_cases()
    passed = sum(correct(newsparse_parse(c), c, c.text) for c in shared)
    print(f"shared date cases: {passed}/{len(shared)} pass ({passed / len(shared):.1%})")
    print(f"{'find_dates on 1 MB of':<34}{'seconds':>12}")
    for name, seconds in adversarial_rows():
        print(f"{name:<34}{seconds:>12.3f}")


if __name__ == "__main__":
    main()
