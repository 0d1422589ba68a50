"""PLACEHOLDER (owned by the datelines helper): bylines and credit lines."""

from __future__ import annotations

from dataclasses import dataclass

from ._article import Credit

__all__ = ["CreditSpan", "find_credits", "parse_credit_line"]


@dataclass(frozen=True)
class CreditSpan:
    start: int
    end: int
    credits: tuple[Credit, ...]


def parse_credit_line(text: str) -> tuple[Credit, ...] | None:
    return None


def find_credits(text: str) -> list[CreditSpan]:
    return []
