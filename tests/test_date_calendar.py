"""Every form of issue 13 (the Chinese calendar, short years, compact numerics, quarters,
ordinals, half durations, clock fixes and the ``prefer=`` convention) as data.

``tests/data/date_calendar_cases.json`` holds each case with its value read by hand; cases
newsparse reads otherwise are recorded there with the reason and must keep failing (so the
file is updated when one starts to pass).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import pytest
from _helpers import ROOT, TESTS_DATA
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Config, find_dates, parse_date

sys.path.insert(0, str(ROOT / "benchmarks"))
from _date_corpus import Case, correct, reference_of

_CASES = json.loads((TESTS_DATA / "date_calendar_cases.json").read_text(encoding="utf-8"))["cases"]


def _passes(row: dict[str, Any]) -> bool:
    case = Case(row["input"], reference_of(row["reference"]), row["expected"])
    value = parse_date(case.text, reference=case.reference, prefer=row["prefer"])
    return correct(value, case, case.text, prefer=row["prefer"])


@pytest.mark.parametrize(
    "row", _CASES, ids=[f"{r['form']}:{r['input']}:{r['prefer']}" for r in _CASES]
)
def test_case_reads_as_read_by_hand(row: dict[str, Any]) -> None:
    if "known_failure" in row:
        assert not _passes(row), f"known failure now passes, update the data file: {row}"
    else:
        assert _passes(row), f"{row['input']!r} should read as {row['expected']} ({row['form']})"


def test_every_issue_form_is_covered() -> None:
    forms = {row["form"] for row in _CASES}
    assert forms >= {
        "lunar date",
        "lunar festival",
        "solar term",
        "fixed holiday",
        "floating holiday",
        "short year",
        "bare year",
        "roc year",
        "compact",
        "quarter",
        "year part",
        "ordinal",
        "half duration",
        "clock",
        "convention",
    }


def test_prefer_is_checked() -> None:
    with pytest.raises(ValueError, match="prefer"):
        parse_date("9月30日", prefer="later")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="prefer"):
        find_dates("9月30日", prefer=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="prefer_dates"):
        Config(prefer_dates="soon")  # type: ignore[arg-type]
    assert Config(prefer_dates="current").prefer_dates == "current"


def test_a_named_period_stays_in_it_whatever_the_convention() -> None:
    ref = dt.datetime(2025, 3, 14, 10, 0)  # a Friday
    for prefer in ("past", "current", "future"):
        next_friday = parse_date("下周五", reference=ref, prefer=prefer)
        assert next_friday is not None and next_friday.date() == dt.date(2025, 3, 21)
        last_march = parse_date("去年3月5日", reference=ref, prefer=prefer)
        assert last_march is not None and last_march.date() == dt.date(2024, 3, 5)
        festival = parse_date("明年春节", reference=ref, prefer=prefer)
        assert festival is not None and festival.date() == dt.date(2026, 2, 17)


def test_calendar_words_in_prose_are_not_dates() -> None:
    ref = dt.datetime(2025, 3, 14, 10, 0)
    for text in ("明天有小雪，气温下降", "政治清明", "雨水充沛", "第三次会议", "工作了16年"):
        assert all(
            m.text not in ("小雪", "清明", "雨水", "第三", "16年")
            for m in find_dates(text, reference=ref)
        ), text
    # A lunar date after a sexagenary year is not placed (newsparse does not count cycles).
    assert parse_date("农历甲辰年二月廿九", reference=ref) is None


def test_lunar_components_are_not_reported_as_gregorian() -> None:
    match = find_dates("2019年农历二月初二")[0]
    assert (match.year, match.month, match.day) == (2019, None, None)
    assert match.value is not None and match.value.date() == dt.date(2019, 3, 8)
    assert not match.relative and find_dates("腊月廿三")[0].relative


_CALENDAR_TEXT = st.lists(
    st.sampled_from(
        [
            *"0123456789年月日号第个季度初末底伊始首上下半本这当去今明前大正腊冬闰十一二三四五六",
            *"七八九廿卅周星期天点时:-. 的份多",
            "农历",
            "大年",
            "春节",
            "中秋",
            "除夕",
            "立春",
            "小雪",
            "明年底",
            "今年伊始",
            "初五",
            "十一期间",
            "16年",
            "第2个星期日",
            "上个季度",
        ]
    ),
    max_size=12,
).map("".join)


@given(_CALENDAR_TEXT, st.sampled_from(["past", "current", "future"]))
def test_calendar_text_never_raises_and_spans_hold(text: str, prefer: str) -> None:
    reference = dt.datetime(2025, 3, 14, 10, 0)
    for match in find_dates(text, reference=reference, prefer=prefer):  # type: ignore[arg-type]
        assert text[match.start : match.end] == match.text
        assert match.value is None or match.value.tzinfo is not None
    value = parse_date(text, reference=reference, prefer=prefer)  # type: ignore[arg-type]
    assert value is None or value.tzinfo is not None
