"""Headlines: site suffixes off, and which block of a page is the title."""

from __future__ import annotations

import re

from ._blocks import Block
from ._features import END_MARKER, text_weight
from ._sources import canonical_source

__all__ = ["clean_title", "pick_title"]

_TITLE_MAX = 100
_TITLE_SCAN_MAX = 400
_CLAUSE = re.compile(r"[，,、；;]")
_MAX_CLAUSES = 3
# A timestamp or a label line ("2024-04-29 09:00:32來源:…") is header material, not a headline.
_META_HINT = re.compile(
    r"^\s*\d{4}\s*[-/.年]\s*\d|(?:来源|來源|责编|責編|编辑|編輯|作者)\s*[:：]"
)  # headlines are terse; a line with more clauses is a lede
# "标题_频道_网站", "标题 - 网站", "标题|澎湃新闻": the last segment after a separator.
_SUFFIX = re.compile(r"^(?P<head>.+?)\s*(?P<sep>[_|｜]|\s[-–—]\s|-)\s*(?P<tail>[^_|｜]{1,24})\s*$")
_SITE_ENDING = re.compile(
    r"(?:网|網|频道|頻道|新闻|新聞|日报|日報|晚报|晚報|报|報|社|台|在线|在線|资讯|資訊|财经|財經"
    r"|百科|门户|門戶|客户端|客戶端|PIXNET\s*::|::)\s*$"
    r"|^[A-Za-z][\w .]{1,20}\.(?:com|cn|net|org|hk|tw)$"
)


def _is_site_tail(tail: str, sep: str) -> bool:
    tail = tail.strip(" :")
    if canonical_source(tail) or _SITE_ENDING.search(tail):
        return True
    # "_科技_腾讯网": short section names are chained with underscores.
    return sep == "_" and len(tail) <= 6


def clean_title(title: str) -> str:
    """Remove site and channel suffixes from a headline.

    Examples:
        >>> clean_title("武汉的声音：有英勇的你，才有英雄的城！-新华网")
        '武汉的声音：有英勇的你，才有英雄的城！'
        >>> clean_title("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网")
        'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶'
        >>> clean_title("中国—东盟合作 2024-2025")
        '中国—东盟合作 2024-2025'
    """
    title = title.strip()
    if len(title) > _TITLE_SCAN_MAX:
        return title  # not a headline; and the suffix pattern is quadratic in length
    for _ in range(4):
        match = _SUFFIX.match(title)
        if not match or text_weight(match.group("head")) < 4:
            break
        if not _is_site_tail(match.group("tail"), match.group("sep").strip() or "-"):
            break
        title = match.group("head").strip()
    return title


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
