"""The ``furniture`` stage: notices by what they say, and menus, counters and rankings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.blocks import Label
from .features import is_boilerplate, is_metadata_line, ranked_runs

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["mark_furniture"]


def mark_furniture(ctx: Context) -> None:
    """Label site furniture once; every later stage reads the label."""
    for i, block in enumerate(ctx.blocks):
        reason = is_boilerplate(block.text)
        if reason and not is_metadata_line(block.text):  # "…| 0 条评论| 作者魏星" is a header
            ctx.label(i, Label.NOTICE if reason == "notice" else Label.FURNITURE, reason)
    for start, end in ranked_runs([b.text for b in ctx.blocks]):
        for i in range(start, end):
            ctx.label(i, Label.FURNITURE, "ranking")
