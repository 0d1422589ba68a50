"""News-page conventions for the page-level fields: breadcrumb lines, sections, tag lists.

Plain text in, plain values out, so the HTML reader (which finds the boxes) and the
text path (which has only lines) share one reading.
"""

from __future__ import annotations

import re

from .._core.lazy import lazy_compile
from .data.pagemeta import (
    BREADCRUMB_LABELS,
    GENERIC_TAGS,
    HOME_WORDS,
    NOT_SECTIONS,
    TAG_LABELS,
)

__all__ = ["crumbs_in_text", "has_licence", "section_of", "split_tags", "tag_line"]

_WS = lazy_compile(r"\s+")
_MAX_CRUMB = 20
_MAX_CRUMBS = 8
_MAX_SECTION = 20
_MAX_TAG = 20
_MAX_TAGS = 30
_CRUMB_SEP = lazy_compile(r"\s{0,3}(?:>{1,2}|＞{1,2}|»|›|→|-{1,2}>|/|／|\\)\s{0,3}")
_ARROWS = lazy_compile(r">|＞|»|›|→")
_CRUMB_LABEL = lazy_compile(r"^\s{0,3}(?:" + "|".join(BREADCRUMB_LABELS) + r")\s{0,3}[:：]\s{0,3}")
_HOME = lazy_compile(r"(?:^(?:" + "|".join(HOME_WORDS) + r")$)|首[页頁]$", re.I)
# Keyword values are split at Chinese and Western list separators; spaces separate only
# when no other separator is used ("宇航员 太空 国际空间站", but "ettoday 東森新聞報, 台灣新聞").
_TAG_SEPARATORS = lazy_compile(r"\s{0,3}[,，;；、|｜/]+\s{0,3}")
_TAG_LINE = lazy_compile(
    r"^\s{0,3}(?:" + "|".join(sorted(TAG_LABELS, key=len, reverse=True)) + r")\s{0,3}[:：]\s{0,3}"
    r"(?P<items>\S.{0,300})$",
    re.I,
)
_WORDLIKE = lazy_compile(r"[\u3400-\u9fffA-Za-z0-9]")
# A keyword list is machine made when nearly all of its many short items are pieces of the
# headline (Sing Tao writes every 2- and 3-character n-gram of it: 廉署,署貪,貪污…, 14
# items); a real list may share words with the headline (stcn: 6 items, 5 in it, 2-4 long).
_NGRAM_SHARE = 0.8
_NGRAM_MIN_ITEMS = 8
_NGRAM_MEAN_LENGTH = 3.5

# A mainland website's licence number: 京ICP备05069158号, ICP证 030173号.
_LICENCE = lazy_compile(
    r"ICP\s{0,2}[备備证證]|[京沪滬粤粵浙苏蘇川鲁魯闽閩鄂湘渝津冀豫皖赣贛辽遼吉黑陕陝晋晉甘青琼瓊桂云雲"
    r"贵貴宁寧新藏蒙]ICP"
)


def has_licence(text: str) -> bool:
    """Whether ``text`` shows a mainland ICP licence number (evidence of a mainland site).

    Examples:
        >>> has_licence("Copyright © 2019 京ICP备05069158号"), has_licence("ICP for dummies")
        (True, False)
    """
    at = text.find("ICP")
    while at != -1:  # look around each "ICP" only: a page is long, the pattern is short
        if _LICENCE.search(text, max(0, at - 1), at + 6):
            return True
        at = text.find("ICP", at + 3)
    return False


def crumbs_in_text(text: str) -> list[str]:
    """The crumbs of a breadcrumb line, or empty when the line is not one.

    A breadcrumb line has two to eight short crumbs between separators (``>``, ``»``,
    ``/``, ``→``), and starts with a home word or a location label (``当前位置：``) or uses
    arrow separators.

    Examples:
        >>> crumbs_in_text("当前位置：首页 > 国内新闻 > 正文")
        ['首页', '国内新闻', '正文']
        >>> crumbs_in_text("新华社北京3月31日电"), crumbs_in_text("2019/09/07")
        ([], [])
    """
    text = _WS.sub(" ", text).strip()
    labelled = _CRUMB_LABEL.match(text)
    if labelled:
        text = text[labelled.end() :]
    crumbs = [p.strip() for p in _CRUMB_SEP.split(text) if p.strip()]
    if not 2 <= len(crumbs) <= _MAX_CRUMBS:
        return []
    if any(len(c) > _MAX_CRUMB or not _WORDLIKE.search(c) or c.isdigit() for c in crumbs):
        return []
    if not (labelled or _HOME.search(crumbs[0]) or _ARROWS.search(text)):
        return []
    return crumbs


def section_of(
    crumbs: list[str] | tuple[str, ...], *, title: str | None = None, site: str | None = None
) -> str | None:
    """The section a breadcrumb trail names: its last crumb that is not the home page, the
    site, the page itself (``正文``) or the headline.

    Examples:
        >>> section_of(["网易首页", "新闻中心", "国内新闻", "正文"])
        '国内新闻'
        >>> section_of(["首页"]) is None
        True
    """
    head = _WS.sub("", title or "")
    for crumb in reversed(crumbs):
        name = crumb.strip()
        squeezed = _WS.sub("", name)
        if not name or name in NOT_SECTIONS or _HOME.search(name) or len(name) > _MAX_SECTION:
            continue
        if head and (squeezed in head or head in squeezed) and len(squeezed) >= 6:
            continue  # the headline as the last crumb
        if site and squeezed.lower() == _WS.sub("", site).lower():
            continue
        return name
    return None


def tag_line(text: str) -> list[str]:
    """The tags of a ``标签：`` / ``关键词：`` line (text pages), or empty.

    Examples:
        >>> tag_line("关键词：扩大内需 供应链风险、经济增长")
        ['扩大内需', '供应链风险', '经济增长']
    """
    match = _TAG_LINE.match(_WS.sub(" ", text).strip())
    if match is None:
        return []
    items = [i for part in _TAG_SEPARATORS.split(match.group("items")) for i in part.split()]
    return _dedupe(items)


def split_tags(
    values: list[str] | tuple[str, ...],
    *,
    title: str | None = None,
    site: str | None = None,
) -> list[str]:
    """Tags from keyword values: split, trimmed, without repeats, the headline, the site's
    own name or site furniture (``新闻``); none when the list is the headline cut into
    n-grams.

    Examples:
        >>> title = "電競亞室運 中華隊奪牌希望濃"
        >>> split_tags([title + ",電競,楊家正,Sen"], title=title)
        ['電競', '楊家正', 'Sen']
        >>> split_tags(["宇航员 太空 国际空间站 一个"])
        ['宇航员', '太空', '国际空间站', '一个']
        >>> grams = "廉署,署貪,貪污,污舉,舉報,報今,今年,廉署貪,署貪污,貪污舉,污舉報,舉報今"
        >>> split_tags([grams], title="廉署貪污舉報今年跌11%")
        []
    """
    items: list[str] = []
    for value in values:
        parts = _TAG_SEPARATORS.split(value)
        if len(parts) == 1:
            parts = value.split()
        items.extend(parts)
    items = _dedupe(items)
    head = _WS.sub("", title or "")
    if head and len(items) >= _NGRAM_MIN_ITEMS:
        pieces = sum(1 for i in items if _WS.sub("", i) in head)
        mean = sum(len(i) for i in items) / len(items)
        if pieces >= _NGRAM_SHARE * len(items) and mean <= _NGRAM_MEAN_LENGTH:
            return []
    site_key = _WS.sub("", site or "").lower()
    kept = []
    for item in items:
        key = _WS.sub("", item)
        if head and (key == head or (len(key) >= 8 and (key in head or head in key))):
            continue
        if key.lower() in GENERIC_TAGS or (site_key and key.lower() == site_key):
            continue
        kept.append(item)
    return kept


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        item = _WS.sub(" ", item).strip().strip("#＃").strip()
        if not item or len(item) > _MAX_TAG or not _WORDLIKE.search(item):
            continue
        if item.isdigit() and len(item) < 6:  # a count, not a tag (20190926, a date, is one)
            continue
        if item not in out:
            out.append(item)
        if len(out) >= _MAX_TAGS:
            break
    return out
