"""Headlines: site suffixes off, and which block of a page is the title."""

from __future__ import annotations

import re

from ._blocks import Block
from ._features import END_MARKER, text_weight

__all__ = ["clean_title", "pick_title"]

_TITLE_MAX = 100
_TITLE_SCAN_MAX = 400
_CLAUSE = re.compile(r"[，,、；;]")
_MAX_CLAUSES = 3
# A timestamp or a label line ("2024-04-29 09:00:32來源:…") is header material, not a headline.
_META_HINT = re.compile(
    r"^\s*\d{4}\s*[-/.年]\s*\d|(?:来源|來源|责编|責編|编辑|編輯|作者)\s*[:：]"
)  # headlines are terse; a line with more clauses is a lede
# "标题_频道_网站", "标题 | 澎湃新闻", "标题-CSDN.NET": one trailing segment after a separator.
_SUFFIX = re.compile(r"\s{0,3}(?:[_|｜–—]{1,2}|-|::|·)\s{0,3}([^_|｜–—\-:·]{1,24})\s{0,3}$")
_SUFFIX_MAX = 16
_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTERS = re.compile(r"[A-Za-z]{3}")
_WS = re.compile(r"\s+")


def clean_title(title: str) -> str:
    """Remove trailing site and channel names from a headline (both HTML and text pages).

    A trailing segment after ``_``, ``|``, ``-``, ``–``, ``—``, ``::`` or ``·`` goes when it is
    short and reads like a name (Han characters or a Latin word); numbers stay.

    Examples:
        >>> clean_title("央行降准_新浪财经_新浪网"), clean_title("标题 | 澎湃新闻")
        ('央行降准', '标题')
        >>> clean_title("新年伊始，习近平的重要文章谈了啥？_中南海_澎湃新闻-The Paper")
        '新年伊始，习近平的重要文章谈了啥？'
        >>> clean_title("中国—东盟合作 2024-2025")
        '中国—东盟合作 2024-2025'
    """
    title = _WS.sub(" ", title).strip()
    if len(title) > _TITLE_SCAN_MAX:
        return title  # not a headline
    while True:
        match = _SUFFIX.search(title)
        if match is None:
            return title
        suffix, head = match.group(1).strip(), title[: match.start()].strip()
        looks_like_site = bool(_HAN.search(suffix) or _LETTERS.search(suffix)) or not suffix
        if len(suffix) > _SUFFIX_MAX or len(head) < 2 or not looks_like_site:
            return title
        title = head


def _title_like(block: Block) -> bool:
    text = block.text
    return (
        text_weight(text) >= 3
        and len(text) <= _TITLE_MAX
        and block.label != "boilerplate"
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
