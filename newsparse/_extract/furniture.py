"""The ``furniture`` stage: notices by what they say, and menus, counters and rankings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.blocks import Label
from .._news.notices import NOTICE_KIND_NAMES, notice_kind, notice_voice
from .features import is_boilerplate, is_metadata_line, ranked_runs

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["mark_furniture"]

_RUN_MEMBER_MAX = 200  # characters: a line between two notices is part of them up to this


def mark_furniture(ctx: Context) -> None:
    """Label site furniture once; every later stage reads the label."""
    for i, block in enumerate(ctx.blocks):
        reason = is_boilerplate(block.text)
        if reason and not is_metadata_line(block.text):  # "…| 0 条评论| 作者魏星" is a header
            ctx.label(i, Label.NOTICE if reason == "notice" else Label.FURNITURE, reason)
    for i, block in enumerate(ctx.blocks):
        if block.label is Label.UNLABELLED:
            kind = notice_kind(block.text)
            if kind:
                ctx.label(i, Label.NOTICE, kind)
    for start, end in ranked_runs([b.text for b in ctx.blocks]):
        for i in range(start, end):
            ctx.label(i, Label.FURNITURE, "ranking")
    _fill_notice_runs(ctx)


def _fill_notice_runs(ctx: Context) -> None:
    """A short line in the notices' voice between two notices of one kind is part of them
    (the list items of comment rules, a privacy statement's clauses)."""
    blocks = ctx.blocks
    for i in range(1, len(blocks) - 1):
        before, block, after = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            block.label is Label.UNLABELLED
            and len(block.text) <= _RUN_MEMBER_MAX
            and before.label is Label.NOTICE
            and after.label is Label.NOTICE
            and before.rule == after.rule
            and before.rule in NOTICE_KIND_NAMES
            and notice_voice(block.text)
        ):
            ctx.label(i, Label.NOTICE, f"{before.rule}, between two")
