"""Answers about a line, kept while one page is read.

A page repeats lines (menu items, the date under each teaser, a footer read by two stages),
and several stages ask the same question of the same line. ``line_memo`` keeps a function's
answer for every line of the page it is asked about; ``forget_lines`` empties every such
store, and the pipeline calls it when a page is done. So no answer and no line outlives its
page: memory stays bounded by the page being read (itself bounded by ``max_input_bytes``),
and one call never makes the next one cheaper (a benchmark that times a page twice sees its
real cost twice).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["LINE_CACHE", "forget_lines", "line_memo"]

# Lines whose answers are kept: all of the page's (None: no bound but the page's own size).
# A bound of 4,096 lines held every line of the 156 labelled pages (320 on average) but not
# of a long page: there, each stage asked its questions of a line again after the line had
# been dropped (200,000 paragraphs: 15% of the parse went to asking again). The stores hold
# answers, small values, beside lines the page holds already; the peak memory of the 50 MB
# pages of benchmarks/bench_hostile.py did not move (390 MB and 307 MB).
LINE_CACHE: int | None = None

_F = TypeVar("_F", bound=Callable[..., Any])
_STORES: list[Any] = []


def line_memo(function: _F) -> _F:
    """``function`` with its answers kept until :func:`forget_lines` (arguments hashable).

    Examples:
        >>> calls = []
        >>> @line_memo
        ... def weight(line: str) -> int:
        ...     calls.append(line)
        ...     return len(line)
        >>> weight("正文"), weight("正文"), len(calls)
        (2, 2, 1)
        >>> forget_lines(); weight("正文"), len(calls)
        (2, 2)
    """
    kept = functools.lru_cache(maxsize=LINE_CACHE)(function)
    _STORES.append(kept)
    return kept  # type: ignore[return-value]


def forget_lines() -> None:
    """Empty every store of :func:`line_memo`: the page they were kept for is done."""
    for store in _STORES:
        store.cache_clear()
