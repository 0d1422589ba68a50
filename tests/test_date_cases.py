"""The 185 real date cases of ../shared/data/date_cases.jsonl against their recorded outcomes.

Each case's expected value comes from the other project's own test; how precisely it is
compared follows how it is written (``benchmarks/_date_corpus.py``).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from _helpers import ROOT, TESTS_DATA, shared_path

from newsparse import parse_date

sys.path.insert(0, str(ROOT / "benchmarks"))
# The benchmark holds the one definition of how a reading is compared with a case.
from _date_corpus import case_of, correct

_EXPECTED = json.loads((TESTS_DATA / "date_cases_expected.json").read_text(encoding="utf-8"))
_PASS_TARGET = 0.95


def _cases() -> list[dict[str, Any]]:
    path = shared_path("data", "date_cases.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def case_passes(case: dict[str, Any]) -> bool:
    """Whether newsparse reads the case as its source test expects."""
    expected = case_of(case)
    value = parse_date(expected.text, reference=expected.reference)
    return correct(value, expected, expected.text)


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
