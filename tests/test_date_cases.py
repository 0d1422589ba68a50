"""The 185 real date cases of ../shared/data/date_cases.jsonl against their recorded outcomes.

Each case's expected value comes from the other project's own test; how precisely it is
compared follows how it is written: a year ("2002"), a day of the month ("---22"), a date,
a local time to the minute or second, or an instant with its offset.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from conftest import TESTS_DATA, shared_path

from newsparse import find_dates, parse_date

_EXPECTED = json.loads((TESTS_DATA / "date_cases_expected.json").read_text(encoding="utf-8"))
_PASS_TARGET = 0.95


def _cases() -> list[dict[str, Any]]:
    path = shared_path("data", "date_cases.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def case_passes(case: dict[str, Any]) -> bool:
    """Whether newsparse reads the case as its source test expects."""
    base = case["relative_base"]
    reference = None if base is None else dt.datetime.fromisoformat(base)
    text, expected = case["input"], case["expected"]
    if expected is None:
        return parse_date(text, reference=reference) is None
    if expected.startswith("---") or len(expected) == 4:
        found = find_dates(text, reference=reference)
        if not found:
            return False
        if expected.startswith("---"):
            return found[0].day == int(expected[3:])
        return found[0].year == int(expected)
    value = parse_date(text, reference=reference)
    if value is None:
        return False
    if len(expected) == 10:
        return value.date().isoformat() == expected
    want = dt.datetime.fromisoformat(expected)
    if want.tzinfo is not None:
        return value.isoformat() == want.isoformat()
    layout = "%Y-%m-%dT%H:%M:%S" if len(expected) == 19 else "%Y-%m-%dT%H:%M"
    return value.strftime(layout) == expected


@pytest.mark.integration
@pytest.mark.parametrize(
    "row", _EXPECTED["cases"], ids=[f"{r['line']}:{r['input'][:16]}" for r in _EXPECTED["cases"]]
)
def test_case_has_its_recorded_outcome(row: dict[str, Any]) -> None:
    case = _cases()[row["line"] - 1]
    assert case["input"] == row["input"], "date_cases.jsonl changed: re-record the outcomes"
    passed = case_passes(case)
    if row["outcome"] == "pass":
        assert passed, f"{case['input']!r} should read as {case['expected']} ({case['source']})"
    else:
        assert not passed, f"known failure now passes, update date_cases_expected.json: {row}"


@pytest.mark.integration
def test_pass_rate_meets_the_target(capsys: pytest.CaptureFixture[str]) -> None:
    cases = _cases()
    assert len(cases) == len(_EXPECTED["cases"])
    passed = sum(case_passes(case) for case in cases)
    rate = passed / len(cases)
    with capsys.disabled():
        print(f"\ndate cases: {passed}/{len(cases)} pass ({rate:.1%})")
    assert rate >= _PASS_TARGET
