"""Which block of a page is its headline."""

from __future__ import annotations

from .._core.blocks import FURNITURE, NOTICE, Block
from .._core.lazy import lazy_compile
from .features import END_MARKER, text_weight

__all__ = ["pick_title"]

_TITLE_MAX = 100
_CLAUSE = lazy_compile(r"[，,、；;]")
_MAX_CLAUSES = 3
# A timestamp or a label line ("2024-04-29 09:00:32來源:…") is header material, not a headline.
_META_HINT = lazy_compile(
    r"^\s*\d{4}\s*[-/.年]\s*\d|(?:来源|來源|责编|責編|编辑|編輯|作者)\s*[:：]"
)  # headlines are terse; a line with more clauses is a lede


def _title_like(block: Block) -> bool:
    text = block.text
    return (
        text_weight(text) >= 3
        and len(text) <= _TITLE_MAX
        and block.label not in (FURNITURE, NOTICE)
        and not END_MARKER.search(text)
        and not text.endswith(("。", ".", "……"))
        and len(_CLAUSE.findall(text)) <= _MAX_CLAUSES
        and not _META_HINT.search(text)
    )


def pick_title(blocks: list[Block], candidates: tuple[int, ...]) -> int | None:
    """Index of the headline among ``candidates`` (blocks above the body), or None.

    A line repeated right below itself is the headline (pages print it twice); otherwise
    a heading tag; otherwise the first title-like line.
    """
    likely = [i for i in candidates if _title_like(blocks[i])]
    for i in likely:
        if i + 1 < len(blocks) and blocks[i + 1].text == blocks[i].text:
            return i
    for i in likely:
        if blocks[i].tag in ("h", "title"):
            return i
    return likely[0] if likely else None
