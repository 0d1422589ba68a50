"""Two short lists a page shows around its article: its own tag list (``标签：A B C``) and
its breadcrumbs (``首页 > 国内 > 社会``).

Both are furniture the cleaner removes, so they are read from the raw tree. Each is found
by what it says (a tag label, a breadcrumb label or separators) or by its class, and only
short link texts are taken from it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from lxml import etree

from .._core.lazy import lazy_compile
from .._news.data.pagemeta import BREADCRUMB_LABELS, TAG_LABELS
from .._news.pagemeta import crumbs_in_text
from .data.sites import BREADCRUMB_TOKENS
from .dom import class_parts, text_of

__all__ = ["page_lists"]

_WS = lazy_compile(r"\s+")
_MAX_TAG = 20  # characters in one tag
_MAX_TAGS = 30
_MAX_CRUMB = 20
_MAX_CRUMBS = 8
_MAX_CRUMB_BOX = 200  # characters: a breadcrumb box is a short line
_MAX_LABEL_BOXES = 10  # label and breadcrumb candidates looked at per page
_MAX_LABEL_TEXT = 40  # a label element's own text: the label, maybe its first items
_MEMO_SIZE = 20_000  # distinct class and id values remembered: a few pages' worth
# The label's element holds the label alone ("標籤：") or the label and its items.
_TAG_LABEL = lazy_compile(
    r"^\s{0,3}(?:" + "|".join(sorted(TAG_LABELS, key=len, reverse=True)) + r")\s{0,3}(?:[:：]|$)"
)
# A tag holds a Han character, a letter or a digit (an icon-font glyph holds none).
_WORDLIKE = lazy_compile(r"[\u3400-\u9fffA-Za-z0-9]")
_LINKS = etree.XPath(".//a")
_ITEMS = etree.XPath(".//a | .//span[not(.//a)] | .//li[not(.//a)]")
# Elements that hold a breadcrumb box or a tag-list label.
_HOLDERS = (
    "div", "p", "span", "li", "ul", "ol", "nav", "dd", "dt", "dl", "h2", "h3", "h4", "b",
    "strong", "td", "th", "em", "font", "section", "label", "header", "center", "small", "i",
)  # fmt: skip
# Label texts start with one of these characters, after at most _LABEL_INDENT spaces: a
# cheap test before the patterns (the characters are Han, never space).
_LABEL_FIRSTS = frozenset(label[0] for label in (*TAG_LABELS, *BREADCRUMB_LABELS))
_LABEL_INDENT = 20
_CRUMB_CLASS = lazy_compile("|".join(sorted(BREADCRUMB_TOKENS)), re.I, guard=True)
# The same (ASCII) words lower-cased, searched case-sensitively in a lower-cased ASCII
# value: twice as fast as IGNORECASE and the same answer, an ASCII letter folding only to
# its other case. Other values go to _CRUMB_CLASS, which also folds 'ſ' to 's' and 'K' to 'k'.
_CRUMB_WORDS = lazy_compile("|".join(sorted(t.lower() for t in BREADCRUMB_TOKENS)), guard=True)
_CRUMB_LABEL = lazy_compile(r"^\s{0,3}(?:" + "|".join(BREADCRUMB_LABELS) + r")\s{0,3}[:：]\s{0,3}")


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip().strip("#＃ ,，、;；|｜").strip()


def page_lists(root: Any) -> tuple[list[str], list[str]]:
    """(the page's own tag list, its breadcrumb crumbs), each empty when not shown.

    One walk over the tree finds the candidates: elements whose own text starts with a tag
    or location label, and elements classed like a breadcrumb box.

    Examples:
        >>> import lxml.html
        >>> root = lxml.html.fromstring('<div><div class="crumb"><a href="/">首页</a> &gt; '
        ...     '<a href="/gn">国内</a> &gt; 正文</div><ul class="tags"><li>標籤：</li>'
        ...     '<li><a href="/t/1">連戰</a></li><li><a href="/t/2">馬英九</a></li></ul></div>')
        >>> page_lists(root)
        (['連戰', '馬英九'], ['首页', '国内', '正文'])
    """
    labels, crumb_boxes = _candidates(root)
    tags: list[str] = []
    for label in labels:
        tags = _tag_list(label)
        if tags:
            break
    for box, classed in crumb_boxes:
        crumbs = _crumbs(box, classed)
        if crumbs:
            return tags, crumbs
    return tags, []


def _candidates(root: Any) -> tuple[list[Any], list[tuple[Any, bool]]]:
    """Tag-label elements, and breadcrumb boxes with whether their class says so."""
    labels: list[Any] = []
    boxes: list[tuple[Any, bool]] = []
    search, firsts = _crumb_named, _LABEL_FIRSTS
    # The hot loop: only tags that hold breadcrumbs or labels (links, pictures, scripts and
    # the like are half a page's elements), C-level tests first, few allocations.
    for el in root.iter(*_HOLDERS):
        # The names first (one call: most elements have no attributes, and reading a missing
        # one costs as much as reading one that is there); the id only when there is one.
        if keys := el.keys():
            classed = ("class" in keys and search(el.get("class"))) or (
                "id" in keys and search(el.get("id"))
            )
            if classed and _is_crumb_box(el):
                boxes.append((el, True))
        text = el.text
        if text is None:
            continue
        # str.lstrip removes what the patterns' \s matches; most texts are all space.
        stripped = text.lstrip()
        if stripped and stripped[0] in firsts and len(text) - len(stripped) <= _LABEL_INDENT:
            if _TAG_LABEL.match(stripped):
                labels.append(el)
            elif _CRUMB_LABEL.match(stripped):
                boxes.extend((b, False) for b in (el, el.getparent()) if b is not None)
            if len(labels) >= _MAX_LABEL_BOXES or len(boxes) >= _MAX_LABEL_BOXES:
                break
    return labels, boxes


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _crumb_named(value: str) -> bool:
    """Whether a class or id holds a breadcrumb word, in any case (a page repeats a few
    names on thousands of elements: each is judged once)."""
    if value.isascii():
        return _CRUMB_WORDS.search(value.lower()) is not None
    return _CRUMB_CLASS.search(value) is not None


def _tag_list(label: Any) -> list[str]:
    own = _WS.sub(" ", label.text or "").strip()
    match = _TAG_LABEL.match(own)
    if match is None or len(own) > _MAX_LABEL_TEXT:
        return []  # a sentence that starts with 标签, not a label
    for box in (label, label.getparent()):
        if box is not None:
            items = _items(box, label)
            if items:
                return items
    return []


def _items(box: Any, label: Any) -> list[str]:
    links = _LINKS(box)
    elements = links if links else _ITEMS(box)
    items: list[str] = []
    for el in elements:
        if box is not label and (el is label or label in el.iterancestors()):
            continue
        text = _clean(text_of(el))
        if not _is_item(text):
            continue
        if text not in items:
            items.append(text)
        if len(items) >= _MAX_TAGS:
            break
    return items


def _is_item(text: str) -> bool:
    if not text or len(text) > _MAX_TAG or _TAG_LABEL.match(text) or text.isdigit():
        return False
    return bool(_WORDLIKE.search(text))  # not an icon-font glyph


def _crumbs(box: Any, classed: bool) -> list[str]:
    """Crumbs from a box: its link texts (a separator may be an image) plus the page's own
    crumb after the last link (``正文``), or its text split at separators."""
    text = text_of(box)
    if len(text) > _MAX_CRUMB_BOX:
        return []
    crumbs = crumbs_in_text(text)
    if not (crumbs or classed):
        return []
    links = [link for link in (_clean(text_of(a)) for a in _LINKS(box)) if link]
    if not 2 <= len(links) <= _MAX_CRUMBS or any(len(link) > _MAX_CRUMB for link in links):
        return crumbs
    tail = crumbs[-1] if crumbs and crumbs[-1] not in "".join(links) else None
    return [*links, tail] if tail else links


def _is_crumb_box(el: Any) -> bool:
    parts = class_parts(el)
    return any(p in BREADCRUMB_TOKENS or p.startswith(("breadcrumb", "crumb")) for p in parts)
