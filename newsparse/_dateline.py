"""PLACEHOLDER (owned by the datelines helper): datelines at the start of a story."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ._article import Credit, Dateline

__all__ = ["DatelineMatch", "match_dateline", "parse_dateline"]


@dataclass(frozen=True)
class DatelineMatch:
    dateline: Dateline
    start: int
    end: int
    credits: tuple[Credit, ...] = ()
    source: str | None = None


def match_dateline(text: str, *, reference: _dt.datetime | None = None) -> DatelineMatch | None:
    return None


def parse_dateline(text: str, *, reference: _dt.datetime | None = None) -> Dateline | None:
    m = match_dateline(text, reference=reference)
    return m.dateline if m else None
