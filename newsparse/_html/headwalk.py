"""The elements the head readers look at, gathered from the raw tree in two passes.

One walk by tag (done in C: only the matches become Python objects) finds the ``<title>``,
``<meta>``, ``<link>``, ``<h1>``/``<h2>`` and ``<script>`` elements (JSON-LD ones too); one
XPath over the attributes finds the elements stamped with ``itemprop`` or a publish-time
attribute. This replaces a full-tree query per kind of element (issue 16: read the head in
one walk).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .data.meta_names import PUBLISHED_ATTRIBUTES

__all__ = ["HeadElements", "gather_head", "title_boxes"]

_TAGS = ("title", "meta", "link", "h1", "h2", "script")
_MAX_HEADINGS = 20  # headings compared with <title>: a headline comes early in a page
_MAX_STAMPED = 3  # the story's own stamp is on an outer element, so the first few are enough
_MAX_TITLE_BOXES = 20
# Attribute steps beat element predicates (``//*[@itemprop]``) by about 3x in libxml2: an
# element predicate builds a node set per element. A union comes out in document order.
_STAMPS = etree.XPath(
    " | ".join(f"descendant-or-self::*/@{a}" for a in ("itemprop", *PUBLISHED_ATTRIBUTES))
)
_JSONLD = "application/ld+json"
_PUBLISHED_ATTRIBUTES = frozenset(PUBLISHED_ATTRIBUTES)
_ITEMPROP = b"itemprop"
_PUBLISHED_NAMES = tuple(name.encode("ascii") for name in PUBLISHED_ATTRIBUTES)
# What every publish-time name starts with (a test holds it to that): one scan for all.
_NAMES_START = b"data-p"
# XPath's translate(@class, 'TITLE', 'title'): only these four letters are lower-cased.
_TITLE_CASE = str.maketrans("TILE", "tile")


@dataclass
class HeadElements:
    """The elements of a page the head readers use, each list in document order."""

    titles: list[Any] = field(default_factory=list)  # every <title>
    metas: list[Any] = field(default_factory=list)  # <meta> with a content attribute
    links: list[Any] = field(default_factory=list)  # <link> with rel and href
    headings: list[Any] = field(default_factory=list)  # the first 20 <h1> and <h2>
    scripts: list[Any] = field(default_factory=list)  # inline <script> (no src)
    ld_scripts: list[Any] = field(default_factory=list)  # <script type="application/ld+json">
    itemprops: list[Any] = field(default_factory=list)  # elements with an itemprop
    stamped: list[Any] = field(default_factory=list)  # the first 3 with a publish attribute


def gather_head(root: Any, source: bytes | None = None) -> HeadElements:
    """The head elements of the page rooted at ``root`` (the document's root element).

    ``source``, when given, is the bytes libxml2 built the tree from: an attribute's name
    in the tree is its name there with ASCII letters lower-cased (names hold no character
    references), so the XPath for stamped elements is skipped when no stamp name is in
    them (two pages in three: it cost a quarter of reading the head).

    Examples:
        >>> import lxml.html
        >>> root = lxml.html.fromstring('<html><head><title>T</title><meta name="a" content="b">'
        ...     '</head><body><h1>H</h1><span itemprop="datePublished">2020</span>'
        ...     '<div data-ptime="1"><h2>I</h2></div><script src="x.js"></script></body></html>')
        >>> head = gather_head(root)
        >>> [e.tag for e in head.titles + head.metas + head.headings + head.itemprops]
        ['title', 'meta', 'h1', 'h2', 'span']
        >>> [e.tag for e in head.stamped]
        ['div']
        >>> head.scripts, head.links, head.ld_scripts
        ([], [], [])
    """
    head = HeadElements()
    for el in root.iter(*_TAGS):
        tag = el.tag
        if tag == "meta":
            if el.get("content") is not None:
                head.metas.append(el)
        elif tag == "link":
            if el.get("rel") is not None and el.get("href") is not None:
                head.links.append(el)
        elif tag == "script":
            if el.get("src") is None:
                head.scripts.append(el)
            if el.get("type") == _JSONLD:  # exactly what jsonld's XPath selects
                head.ld_scripts.append(el)
        elif tag == "title":
            head.titles.append(el)
        elif len(head.headings) < _MAX_HEADINGS:
            head.headings.append(el)
    stamped = head.stamped
    if source is not None and not _names_stamps(source):
        return head
    for value in _STAMPS(root):
        owner = value.getparent()
        if value.attrname == "itemprop":
            head.itemprops.append(owner)
        elif len(stamped) < _MAX_STAMPED and owner not in stamped:
            stamped.append(owner)  # once, however many publish attributes it has
    return head


def _names_stamps(source: bytes) -> bool:
    """Whether ``source`` holds a stamp attribute's name in any case (ASCII letters)."""
    lowered = source.lower()  # bytes.lower folds ASCII letters only, as libxml2 does
    if _ITEMPROP in lowered:
        return True
    return _NAMES_START in lowered and any(name in lowered for name in _PUBLISHED_NAMES)


def title_boxes(root: Any) -> list[Any]:
    """The first 20 elements whose class or id holds ``title`` in any case of those letters
    (CMSs without an ``<h1>`` put the headline in such a box).

    Examples:
        >>> import lxml.html
        >>> root = lxml.html.fromstring('<div><p class="x">a</p><p id="newsTitle">b</p></div>')
        >>> [el.get("id") for el in title_boxes(root)]
        ['newsTitle']
    """
    boxes: list[Any] = []
    for el in root.iter(etree.Element):
        cls = el.get("class")
        if cls is not None and _names_title(cls):
            boxes.append(el)
        else:
            ident = el.get("id")
            if ident is None or not _names_title(ident):
                continue
            boxes.append(el)
        if len(boxes) >= _MAX_TITLE_BOXES:
            break
    return boxes


def _names_title(value: str) -> bool:
    """Whether ``value`` holds ``title`` once its letters T, I, L and E are lower-cased.

    Only a value whose full lower-casing holds ``title`` can (lower-casing maps those four
    letters as the table does): str.lower costs a seventh of str.translate, which builds
    its table on every call, and most names hold no ``title``.

    Examples:
        >>> _names_title("newsTitle"), _names_title("TİTLE"), _names_title("titlɛ")
        (True, False, False)
    """
    return "title" in value.lower() and "title" in value.translate(_TITLE_CASE)
