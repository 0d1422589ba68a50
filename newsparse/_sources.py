"""PLACEHOLDER (owned by the datelines helper): publishers and agencies."""

from __future__ import annotations

__all__ = ["canonical_source"]


def canonical_source(name: str) -> str | None:
    return None
