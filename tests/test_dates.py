"""The date grammar: every form of issue 4 (as data), bad input, bounds and invariants."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle
import random
import time
from typing import Any

import pytest
from _helpers import TESTS_DATA
from hypothesis import given
from hypothesis import strategies as st

from newsparse import ConfigError, DateMatch, find_dates, parse_date
from newsparse._dates.search import MAX_EXPRESSIONS, split_header_date, zone_for_region

_EXAMPLES = json.loads((TESTS_DATA / "date_examples.json").read_text(encoding="utf-8"))


def _reference(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


@pytest.mark.parametrize(
    "row", _EXAMPLES["values"], ids=[f"{r['form']}:{r['input'][:20]}" for r in _EXAMPLES["values"]]
)
def test_every_form_reads_as_expected(row: dict[str, Any]) -> None:
    options = {k: row[k] for k in ("tz", "roc") if k in row}
    got = parse_date(row["input"], reference=_reference(row["reference"]), **options)
    # Compared as ISO text so the UTC offset is checked too, not only the instant.
    assert (None if got is None else got.isoformat()) == row["expected"]


@pytest.mark.parametrize("row", _EXAMPLES["components"], ids=lambda r: r["form"])
def test_components_are_those_written(row: dict[str, Any]) -> None:
    match = find_dates(row["input"])[0]
    assert (match.year, match.month, match.day) == (row["year"], row["month"], row["day"])


def test_find_dates_reports_spans_components_and_resolution() -> None:
    text = "2024-04-29 09:00:32來源:新華網 昨天下午3点 民國113年4月29日"
    found = find_dates(text, reference=dt.datetime(2024, 4, 29, 12, 0))
    assert [m.text for m in found] == ["2024-04-29 09:00:32", "昨天下午3点", "民國113年4月29日"]
    assert all(text[m.start : m.end] == m.text for m in found)
    first, second, third = found
    assert (first.year, first.month, first.day, first.hour, first.minute, first.second) == (
        2024,
        4,
        29,
        9,
        0,
        32,
    )
    assert not first.relative and first.tz == "Asia/Shanghai"
    assert second.relative and second.hour == 15 and second.day is None
    assert second.value == dt.datetime(2024, 4, 28, 15, 0, tzinfo=second.value.tzinfo)
    assert third.year == 2024 and third.value is not None


def test_english_dates_span_the_whole_expression() -> None:
    # PIXNET's post date (html_dev.jsonl#readability/pixnet) and a Hong Kong byline: the
    # weekday, ordinal and clock time are part of the match, the words around are not.
    text = "史蒂文的家 Dec 28 Sat 2013 00:28 瀏覽 | 記者 28th of December, 2013 報道"
    found = find_dates(text)
    assert [m.text for m in found] == ["Dec 28 Sat 2013 00:28", "28th of December, 2013"]
    assert not any(m.relative for m in found)
    assert find_dates("May we meet on March 3? Sat or Sun. Dec 2013") == []


def test_relative_dates_never_read_the_clock() -> None:
    for text in ("昨天", "3天前", "今（9）日", "周五", "下午3点", "3月31日", "本月初"):
        found = find_dates(text)
        assert found, text
        assert all(m.value is None for m in found), text
        assert parse_date(text) is None, text


def test_a_date_reference_and_an_aware_reference_are_accepted() -> None:
    as_date = parse_date("昨天", reference=dt.date(2025, 3, 31))
    assert as_date is not None and as_date.date() == dt.date(2025, 3, 30)
    utc_evening = dt.datetime(2025, 3, 30, 20, 0, tzinfo=dt.timezone.utc)  # 04:00 next day
    aware = parse_date("今天", reference=utc_evening)
    assert aware is not None and aware.date() == dt.date(2025, 3, 31)


def test_time_zone_labels_and_page_zones() -> None:
    match = find_dates("当地时间3月5日", reference=dt.date(2025, 3, 6))[0]
    assert match.tz is None and match.value is None and match.month == 3
    taipei = find_dates("台北時間4月1日上午9時", reference=dt.date(2025, 3, 31))[0]
    assert taipei.tz == "Asia/Taipei"
    assert zone_for_region("tw") == "Asia/Taipei"
    assert zone_for_region("hk") == "Asia/Hong_Kong"
    assert zone_for_region("sg") == "Asia/Singapore"
    assert zone_for_region("my") == "Asia/Kuala_Lumpur"
    assert zone_for_region("cn") == zone_for_region(None) == "Asia/Shanghai"


def test_an_unknown_zone_is_an_error_rather_than_no_values() -> None:
    # A misspelt zone used to give None for every date, silently; now the caller hears of it.
    with pytest.raises(ConfigError, match="Mars/Olympus"):
        parse_date("2025-03-31", tz="Mars/Olympus")
    with pytest.raises(ValueError, match="Mars/Olympus"):
        find_dates("2025-03-31", tz="Mars/Olympus")


@pytest.mark.parametrize(
    ("line", "text", "before", "after"),
    [
        (
            "2024-04-29 09:00:32來源:新華網責編:田蜜",
            "2024-04-29 09:00:32",
            "",
            "來源:新華網責編:田蜜",
        ),
        ("2025年03月20日 17:55 每日经济新闻", "2025年03月20日 17:55", "", "每日经济新闻"),
        ("Ren Min Ri Bao· 2025-06-14 21:57", "2025-06-14 21:57", "Ren Min Ri Bao", ""),
        (
            "| 编辑: 母曼晔 | 时间: 2017-03-12 11:50:33 | 来源: 海峡飞虹 |",
            "2017-03-12 11:50:33",
            "编辑: 母曼晔 | 时间",
            "来源: 海峡飞虹",
        ),
        (
            "2019年11月25日 16:04:30来源：澎湃新闻网1032人参与308评论",
            "2019年11月25日 16:04:30",
            "",
            "来源：澎湃新闻网1032人参与308评论",
        ),
    ],
)
def test_split_header_date(line: str, text: str, before: str, after: str) -> None:
    found = split_header_date(line)
    assert found is not None
    match, got_before, got_after = found
    assert (match.text, got_before, got_after) == (text, before, after)


@pytest.mark.parametrize("line", ["昨天 来源：新华网", "3月31日 新华社", "责任编辑：田蜜", ""])
def test_split_header_date_needs_a_full_date(line: str) -> None:
    assert split_header_date(line) is None


@pytest.mark.parametrize("bad", [None, 20250331, b"2025-03-31", ["2025-03-31"]])
def test_wrong_types_raise_type_error(bad: Any) -> None:
    with pytest.raises(TypeError, match="str"):
        parse_date(bad)
    with pytest.raises(TypeError, match="str"):
        find_dates(bad)


def test_wrong_reference_type_raises_type_error() -> None:
    with pytest.raises(TypeError, match="reference"):
        parse_date("昨天", reference="2025-03-31")  # type: ignore[arg-type]


def test_roc_reading_is_opt_in() -> None:
    # A three-digit year is ROC on any page (issue 13); two digits are ROC only when asked.
    assert find_dates("113年4月29日")[0].year == 2024
    assert find_dates("99年4月29日")[0].year == 1999
    assert find_dates("99年4月29日", roc=True)[0].year == 2010
    assert find_dates("101/05/25") == []
    assert find_dates("101/05/25", roc=True)[0].year == 2012
    # A CNA code is a standalone token only.
    assert find_dates("1040820", roc=True)[0].day == 20
    assert find_dates("A1040820", roc=True) == []


def _adversarial(size: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("0123456789年月日（）()【】[] ") for _ in range(size))


@pytest.mark.parametrize(
    "text",
    [
        _adversarial(1_000_000, 1),
        "1" * 1_000_000,
        ("12日" * 340_000)[:1_000_000],
        ("2024年4月29日" * 100_000)[:1_000_000],
        ("（" * 500_000 + "）" * 500_000),
    ],
    ids=["mixed", "digits", "days", "dates", "brackets"],
)
def test_a_megabyte_of_date_characters_finishes(text: str) -> None:
    start = time.perf_counter()
    found = find_dates(text)
    parse_date(text)
    # Generous bound against runaway backtracking (it takes well under a second alone).
    assert time.perf_counter() - start < 10
    assert len(found) <= MAX_EXPRESSIONS


_DATE_CHARS = st.sampled_from(
    list("0123456789年月日号时点分秒前后天周:-/.（）() 昨今明上下午晚十二三廿卅〇")
)


@given(st.text(_DATE_CHARS, max_size=60) | st.text(max_size=60))
def test_find_dates_never_raises_and_spans_hold(text: str) -> None:
    reference = dt.datetime(2025, 3, 31, 10, 0)
    found = find_dates(text, reference=reference, roc=True)
    last_end = 0
    for match in found:
        assert isinstance(match, DateMatch)
        assert last_end <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert match.value is None or match.value.tzinfo is not None
        last_end = match.end
    value = parse_date(text, reference=reference)
    assert value is None or value.tzinfo is not None


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(
        [
            "{y}年{m}月{d}日 {H}:{M:02d}",
            "{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}",
            "{y}/{m}/{d} {H}:{M:02d}",
            "{y}年{m}月{d}日{H}时{M}分",
        ]
    ),
    st.sampled_from(["", "来源：新华网", "发布时间：", "| "]),
)
def test_written_dates_round_trip(
    day: dt.date, hour: int, minute: int, layout: str, noise: str
) -> None:
    text = noise + layout.format(y=day.year, m=day.month, d=day.day, H=hour, M=minute) + noise
    value = parse_date(text)
    assert value is not None
    assert value.replace(tzinfo=None) == dt.datetime.combine(day, dt.time(hour, minute))


def test_matches_pickle_compare_and_stay_frozen() -> None:
    match = find_dates("2025年3月20日 17:55", reference=dt.date(2025, 3, 1))[0]
    again = pickle.loads(pickle.dumps(match))
    assert again == match and hash(again) == hash(match)
    assert match.written == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.year = 2024  # type: ignore[misc]
