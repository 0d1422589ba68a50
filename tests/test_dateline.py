"""Datelines, credits and sources against every pattern of the reference catalogue.

The cases live in tests/data/dateline_cases.json (one or more per row of
../shared/reference/datelines.md); known failures are recorded there with a reason and
run as strict xfails, so fixing one is noticed.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import time
from typing import Any

import pytest
from _helpers import TESTS_DATA
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Credit, Dateline, parse_dateline
from newsparse._news.credit_spans import find_credits
from newsparse._news.credits import parse_credit_line
from newsparse._news.dateline import match_dateline
from newsparse._news.sources import canonical_source, clean_source

CASES: list[dict[str, Any]] = json.loads(
    (TESTS_DATA / "dateline_cases.json").read_text(encoding="utf-8")
)["cases"]
DATELINE_FIELDS = ("text", "agency", "location", "year", "month", "day", "kind")


def _id(case: dict[str, Any]) -> str:
    return f"{case['pattern']}-{case['function']}-{case['input'][:12]}"


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = []
        if case.get("known_failure"):
            marks.append(pytest.mark.xfail(reason=case["known_failure"], strict=True))
        out.append(pytest.param(case, id=_id(case), marks=marks))
    return out


def _credits(found: tuple[Credit, ...] | None) -> list[list[Any]] | None:
    return None if found is None else [[c.role, c.name, c.organization] for c in found]


def _check_dateline(case: dict[str, Any]) -> None:
    ref = case.get("reference")
    reference = dt.date.fromisoformat(ref) if ref else None
    text, expected = case["input"], case["expected"]
    found = match_dateline(text, reference=reference)
    if expected is None:
        assert found is None, found
        return
    assert found is not None
    for name in DATELINE_FIELDS:
        if name in expected:
            assert getattr(found.dateline, name) == expected[name], name
    if "credits" in expected:
        assert _credits(found.credits) == expected["credits"]
    if "source" in expected:
        assert found.source == expected["source"]
    if "body_starts" in expected:
        assert text[found.end :].startswith(expected["body_starts"]), text[found.end :]
    if "start_text" in expected:
        assert text[found.start :].startswith(expected["start_text"])
    if "lead" in expected:
        assert found.lead == expected["lead"]


def _check(case: dict[str, Any]) -> None:
    function, text, expected = case["function"], case["input"], case["expected"]
    if function == "dateline":
        _check_dateline(case)
    elif function == "credit_line":
        assert _credits(parse_credit_line(text)) == expected
    elif function == "find_credits":
        spans = find_credits(text)
        got = [{"cut": text[s.start : s.end], "credits": _credits(s.credits)} for s in spans]
        assert got == expected
    elif function == "source":
        assert clean_source(text) == expected["clean"]
        assert canonical_source(expected["clean"]) == expected["canonical"]
    else:  # pragma: no cover - a typo in the data file
        raise AssertionError(f"unknown function {function!r}")


@pytest.mark.parametrize("case", _params())
def test_catalogue_case(case: dict[str, Any]) -> None:
    _check(case)


def test_every_catalogue_pattern_has_a_case() -> None:
    patterns = {c["pattern"] for c in CASES if isinstance(c["pattern"], int)}
    assert patterns == set(range(1, 65))


def test_pass_rate_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    passed = 0
    for case in CASES:
        try:
            _check(case)
        except AssertionError:
            continue
        passed += 1
    with capsys.disabled():
        print(f"\ndateline catalogue: {passed}/{len(CASES)} cases pass")
    known = sum(1 for c in CASES if c.get("known_failure"))
    assert passed == len(CASES) - known


def test_parse_dateline_returns_the_dateline() -> None:
    d = parse_dateline("中新社北京3月31日电 (苏婧欣 赵婧姝)英国企业", reference=dt.date(2025, 4, 2))
    assert d == Dateline("中新社北京3月31日电", "中新社", "北京", 2025, 3, 31, "电")
    assert d.date == dt.date(2025, 3, 31)


def test_year_before_the_reference_month_is_last_year() -> None:
    d = parse_dateline("新华社北京12月30日电 测试", reference=dt.datetime(2025, 1, 2, 8, 0))
    assert (d.year, d.month, d.day) == (2024, 12, 30)


def test_day_only_dateline_after_the_reference_day_is_last_month() -> None:
    d = parse_dateline("（中央社記者劉世怡台北30日電）測試", reference=dt.date(2025, 3, 2))
    assert d.day == 30 and d.date is None  # no 30 February: the month stays open
    d = parse_dateline("（中央社記者劉世怡台北28日電）測試", reference=dt.date(2025, 3, 2))
    assert d.date == dt.date(2025, 2, 28)


def test_feb_29_outside_a_leap_year_leaves_the_year_open() -> None:
    d = parse_dateline("新华社北京2月29日电 测试", reference=dt.date(2025, 3, 1))
    assert (d.year, d.month, d.day) == (None, 2, 29)


def test_breaking_news_is_not_a_place() -> None:
    found = match_dateline("2020-10-04 15:05聯合報 記者林宸誼／即時報導")
    assert found is not None
    assert found.dateline.location is None
    assert found.credits == (Credit("reporter", "林宸誼"),)


def test_without_reference_the_year_is_unknown() -> None:
    d = parse_dateline("新华社北京2月28日电 测试")
    assert d.year is None and d.date is None


def test_dateline_late_in_the_paragraph_is_not_taken() -> None:
    text = "这是一段很长的导语文字，" * 5 + " 新华社北京2月28日电 测试"
    assert parse_dateline(text) is None


@pytest.mark.parametrize("bad", [None, 1, b"bytes", ["list"]])
def test_wrong_types_raise(bad: Any) -> None:
    with pytest.raises(TypeError, match="str"):
        parse_dateline(bad)
    with pytest.raises(TypeError, match="str"):
        match_dateline(bad)


def test_wrong_reference_type_raises() -> None:
    with pytest.raises(TypeError, match="reference"):
        parse_dateline("新华社北京2月28日电", reference="2025-03-01")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 1_000_000,
        "年月日" * 333_333,
        "（" * 500_000 + "）" * 500_000,
        ("新华社" + "北" * 7 + "1") * 90_000,
        "【新华社" + "十" * 1_000_000,
        ("(记者 " + "张" * 3) * 150_000,
    ],
    ids=["digits", "ymd", "brackets", "agency-place", "numerals", "credits"],
)
def test_hostile_megabyte_lines_return_fast(hostile: str) -> None:
    began = time.perf_counter()
    match_dateline(hostile)
    find_credits(hostile)
    parse_credit_line(hostile)
    assert time.perf_counter() - began < 5.0  # generous: each call is bounded by design


@given(st.text(alphabet="新华社中央记者北京台讯电日月十二3１（）()【】〔〕／/ 、:：", max_size=80))
def test_never_raises_and_spans_are_inside(text: str) -> None:
    found = match_dateline(text)
    if found is not None:
        assert 0 <= (found.lead or 0) <= found.start < found.end <= len(text)
        d = found.dateline
        assert d.month is None or 1 <= d.month <= 12
        assert d.day is None or 1 <= d.day <= 31


@functools.cache
def _converter(config: str) -> Any:
    import opencc  # the real converter: building one is slow, so it is built once

    return opencc.OpenCC(config)


def _script_cases() -> list[Any]:
    return [
        pytest.param(case, id=_id(case))
        for case in CASES
        if case["function"] in ("dateline", "credit_line")
        and case["expected"] is not None
        and not case.get("known_failure")
    ]


@pytest.mark.parametrize("config", ["s2t", "t2s"])
@pytest.mark.parametrize("case", _script_cases())
def test_both_scripts_read_alike(case: dict[str, Any], config: str) -> None:
    """The same page in the other script gives the same dateline and credit roles."""
    text = case["input"]
    other = _converter(config).convert(text)
    if case["function"] == "credit_line":
        ours, theirs = parse_credit_line(text), parse_credit_line(other)
        assert theirs is not None
        assert [c.role for c in theirs] == [c.role for c in ours or ()]
        return
    ours_m, theirs_m = match_dateline(text), match_dateline(other)
    assert ours_m is not None and theirs_m is not None, other
    a, b = ours_m.dateline, theirs_m.dateline
    assert (b.month, b.day, b.kind is None) == (a.month, a.day, a.kind is None)
    assert [c.role for c in theirs_m.credits] == [c.role for c in ours_m.credits]
    if a.agency is not None and canonical_source(a.agency):
        assert b.agency == a.agency
