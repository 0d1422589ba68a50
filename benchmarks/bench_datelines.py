"""Datelines and credits: speed, and dateline dates read, side by side with dateparser.

Run: ``python benchmarks/bench_datelines.py``. Inputs: the dated dateline cases of
``tests/data/dateline_cases.json`` (each row of the reference catalogue whose dateline
carries a day) and every line of the seeds in ``../shared/seeds`` (for throughput: most
lines are body text, which is what the parser sees most). dateparser is the only peer that
reads dates in Chinese text; no peer reads datelines' agency, place or credits at all.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsparse._news.credit_spans import find_credits
from newsparse._news.credits import parse_credit_line
from newsparse._news.dateline import match_dateline

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))


def _dated_cases() -> list[tuple[str, _dt.date | None, int | None, int]]:
    cases = json.loads((ROOT / "tests/data/dateline_cases.json").read_text("utf-8"))["cases"]
    out = []
    for case in cases:
        expected = case["expected"]
        if case["function"] != "dateline" or not expected or not expected.get("day"):
            continue
        ref = case.get("reference")
        reference = _dt.date.fromisoformat(ref) if ref else None
        out.append((case["input"], reference, expected.get("month"), expected["day"]))
    return out


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    return lines


def _rate(func: Callable[[str], Any], inputs: list[str], seconds: float = 1.0) -> float:
    calls, began = 0, time.perf_counter()
    while time.perf_counter() - began < seconds:
        for text in inputs:
            func(text)
        calls += len(inputs)
    return calls / (time.perf_counter() - began)


def _ours(text: str, reference: _dt.date | None) -> tuple[int | None, int | None]:
    found = match_dateline(text, reference=reference)
    return (found.dateline.month, found.dateline.day) if found else (None, None)


def _dateparser(text: str, reference: _dt.date | None) -> tuple[int | None, int | None]:
    import dateparser
    from dateparser.search import search_dates

    base = _dt.datetime.combine(reference or _dt.date(2025, 1, 1), _dt.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    value = dateparser.parse(text, languages=["zh"], settings=settings)  # type: ignore[arg-type]
    if value is None:
        found = search_dates(text, languages=["zh"], settings=settings)  # type: ignore[arg-type]
        value = found[0][1] if found else None
    return (value.month, value.day) if value else (None, None)


def _accuracy(
    reader: Callable[[str, _dt.date | None], tuple[int | None, int | None]],
    cases: list[tuple[str, _dt.date | None, int | None, int]],
) -> tuple[int, float]:
    right, began = 0, time.perf_counter()
    for text, reference, month, day in cases:
        got_month, got_day = reader(text, reference)
        # A day-only dateline takes its month from the reference; score the day then.
        right += got_day == day and (month is None or reference is None or got_month == month)
    return right, len(cases) / (time.perf_counter() - began)


def main() -> None:
    warnings.filterwarnings("ignore")
    cases = _dated_cases()
    lines = _seed_lines()
    print(f"dated datelines: {len(cases)}; seed lines: {len(lines)}\n")
    print(f"{'reader':<28}{'day/month right':>18}{'calls/s':>12}")
    ours_right, ours_speed = _accuracy(_ours, cases)
    peer_right, peer_speed = _accuracy(_dateparser, cases)
    for name, right, speed in (
        ("newsparse match_dateline", ours_right, ours_speed),
        ("dateparser (parse, search)", peer_right, peer_speed),
    ):
        print(f"{name:<28}{right:>10}/{len(cases):<7}{speed:>12.0f}")
    print(f"\nspeed ratio on datelines: {ours_speed / peer_speed:.0f}x\n")
    print(f"{'function (seed lines)':<28}{'calls/s':>12}")
    for name, func in (
        ("match_dateline", match_dateline),
        ("parse_credit_line", parse_credit_line),
        ("find_credits", find_credits),
    ):
        print(f"{name:<28}{_rate(func, lines):>12.0f}")


if __name__ == "__main__":
    main()
