"""Words of listing pages as data (both scripts): what a teaser's read-more link says.

``listing.py`` compiles them once; nothing here is code.
"""

from __future__ import annotations

__all__ = ["READ_MORE"]

# The link that ends a teaser's snippet and leads to the story ("…的局面 ......more",
# "…漸漸...更多", "…(詳全文)", "…。详情>>"). Matched at the end of a snippet only.
READ_MORE: tuple[str, ...] = (
    r"more",
    r"更多",
    r"[詳详]全文",
    r"[閱阅][讀读]全文",
    r"[繼继][續续][閱阅][讀读]",
    r"[詳详][細细]",
    r"[詳详]情",
    r"觀看更多",
    r"观看更多",
)
