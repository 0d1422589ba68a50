"""JSON-LD ``NewsArticle`` (and kin) in a page: headline, dates, authors, publisher, url,
description, image, keywords, section; plus the page's ``BreadcrumbList`` and Baidu's
"cambrian" object (no ``@type``: title, images, description).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from .._core.lazy import lazy_compile

__all__ = ["read_jsonld"]

_SCRIPTS = etree.XPath("//script[@type='application/ld+json']")
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
     "opinionnewsarticle", "webpage", "backgroundnewsarticle", "socialmediaposting"}
)  # fmt: skip
# Bounds against hostile pages: JSON-LD blocks are small.
_MAX_SCRIPT_CHARS = 200_000
_MAX_ITEMS = 200
_MAX_LIST = 50
# Hand-written JSON-LD often carries JavaScript comments (udn: ``//"interactionCount": ""``)
# and trailing commas; both are removed before a second try. A comment starts a line, or
# follows a comma or brace after whitespace, so "http://" inside a string is left alone.
_LINE_COMMENT = lazy_compile(r"(^[ \t]{0,40}|[,{\[]\s{0,40})//[^\n]{0,500}", re.M)
_TRAILING_COMMA = lazy_compile(r",(\s{0,200}[}\]])")


def read_jsonld(root: Any, scripts: list[Any] | None = None) -> dict[str, Any]:
    """Fields of the page's JSON-LD: from the first article-like object ``headline``,
    ``datePublished``, ``dateModified``, ``authors`` (tuple of names), ``publisher``, ``url``,
    ``description``, ``image``, ``keywords`` (str or list), ``articleSection``; from a
    ``BreadcrumbList`` ``breadcrumb`` (tuple of names); from a Baidu cambrian object
    ``description`` and ``image`` when the article gives none, and its ``@id`` as ``id``.
    Missing fields are absent. ``scripts``: the page's JSON-LD ``<script>`` elements when
    the caller has them already (:func:`.headwalk.gather_head`), else they are looked up.

    Examples:
        >>> import lxml.html
        >>> root = lxml.html.fromstring('<html><head><script type="application/ld+json">'
        ...     '{"@type": "NewsArticle", "headline": "标题", "author": [{"name": "李明"}]}'
        ...     '</script></head><body></body></html>')
        >>> read_jsonld(root)
        {'headline': '标题', 'authors': ('李明',)}
    """
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    found = False
    for data in _documents(_SCRIPTS(root) if scripts is None else scripts):
        for item in _items(data):
            if not found and _is_article(item):
                out.update(_fields(item))
                found = True
            elif _has_type(item, "breadcrumblist") and "breadcrumb" not in extra:
                crumbs = _crumbs(item)
                if crumbs:
                    extra["breadcrumb"] = crumbs
            elif "cambrian" in str(item.get("@context", "")):
                for key, value in _cambrian(item).items():
                    extra.setdefault(key, value)
    for key, value in extra.items():
        out.setdefault(key, value)
    return out


def _documents(scripts: list[Any]) -> Iterator[Any]:
    for script in scripts:
        text = (script.text or "")[:_MAX_SCRIPT_CHARS]
        try:
            yield json.loads(text)
            continue
        except ValueError:
            pass
        relaxed = _TRAILING_COMMA.sub(r"\1", _LINE_COMMENT.sub(r"\1", text))
        try:
            yield json.loads(relaxed)
        except ValueError:
            continue


def _items(data: Any) -> Iterator[dict[str, Any]]:
    """Objects at the top level, in lists and in ``@graph`` (breadth-first, bounded)."""
    queue = [data]
    seen = 0
    while queue and seen < _MAX_ITEMS:
        item = queue.pop(0)
        seen += 1
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                queue.extend(graph)


def _has_type(item: dict[str, Any], wanted: str) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() == wanted for k in kinds)


def _is_article(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _fields(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("headline", "datePublished", "dateModified", "url", "description"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            out[key] = value.strip()
    authors = tuple(_names(item.get("author")))
    if authors:
        out["authors"] = authors
    publisher = next(iter(_names(item.get("publisher"))), None)
    if publisher:
        out["publisher"] = publisher
    image = _image_url(item.get("image")) or _image_url(item.get("thumbnailUrl"))
    if image:
        out["image"] = image
    keywords = item.get("keywords")
    if isinstance(keywords, str) and keywords.strip():
        out["keywords"] = keywords.strip()
    elif isinstance(keywords, list):
        words = [k.strip() for k in keywords[:_MAX_LIST] if isinstance(k, str) and k.strip()]
        if words:
            out["keywords"] = words
    section = item.get("articleSection")
    if isinstance(section, list):
        section = next((s for s in section if isinstance(s, str) and s.strip()), None)
    if isinstance(section, str) and section.strip():
        out["articleSection"] = section.strip()
    return out


def _cambrian(item: dict[str, Any]) -> dict[str, Any]:
    """Baidu's cambrian object: ``images``, ``description`` and ``pubDate`` (kept apart as
    ``cambrianPubDate``: guancha sets it to the update time, so it only refines a visible
    time it agrees with)."""
    out: dict[str, Any] = {}
    when = item.get("pubDate")
    if isinstance(when, str) and when.strip():
        out["cambrianPubDate"] = when.strip()
    image = _image_url(item.get("images"))
    if image:
        out["image"] = image
    description = item.get("description")
    if isinstance(description, str) and description.strip():
        out["description"] = description.strip()
    page_id = item.get("@id")
    if isinstance(page_id, str) and page_id.strip().startswith(("http://", "https://")):
        out["id"] = page_id.strip()  # the page's address: evidence of its site, nothing more
    return out


def _image_url(value: Any) -> str | None:
    """The first address in an image field: a URL, an ImageObject, or a list of either."""
    values = value if isinstance(value, list) else [value]
    for entry in values[:_MAX_LIST]:
        if isinstance(entry, dict):
            entry = entry.get("url") or entry.get("contentUrl")
        if isinstance(entry, str) and entry.strip():
            return entry.strip()
    return None


def _crumbs(item: dict[str, Any]) -> tuple[str, ...]:
    elements = item.get("itemListElement")
    if not isinstance(elements, list):
        return ()
    ranked = []
    for index, element in enumerate(elements[:_MAX_LIST]):
        if not isinstance(element, dict):
            continue
        name = element.get("name")
        inner = element.get("item")
        if not isinstance(name, str) and isinstance(inner, dict):
            name = inner.get("name")
        position = element.get("position")
        order = position if isinstance(position, int) else index
        if isinstance(name, str) and name.strip():
            ranked.append((order, name.strip()))
    return tuple(name for _, name in sorted(ranked, key=lambda pair: pair[0]))


def _names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for entry in values[:20]:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names
