"""JSON-LD ``NewsArticle`` (and kin) in a page: headline, dates, authors, publisher, url."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import etree

__all__ = ["read_jsonld"]

_SCRIPTS = etree.XPath("//script[@type='application/ld+json']")
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
     "opinionnewsarticle", "webpage", "backgroundnewsarticle", "socialmediaposting"}
)  # fmt: skip
# Bounds against hostile pages: JSON-LD blocks are small.
_MAX_SCRIPT_CHARS = 200_000
_MAX_ITEMS = 200


def read_jsonld(root: Any) -> dict[str, Any]:
    """The first article-like JSON-LD object's fields: ``headline``, ``datePublished``,
    ``authors`` (tuple of names), ``publisher``, ``url``; missing fields are absent.

    Examples:
        >>> import lxml.html
        >>> root = lxml.html.fromstring('<html><head><script type="application/ld+json">'
        ...     '{"@type": "NewsArticle", "headline": "标题", "author": [{"name": "李明"}]}'
        ...     '</script></head><body></body></html>')
        >>> read_jsonld(root)
        {'headline': '标题', 'authors': ('李明',)}
    """
    for script in _SCRIPTS(root):
        text = (script.text or "")[:_MAX_SCRIPT_CHARS]
        try:
            data = json.loads(text)
        except ValueError:
            continue
        for item in _items(data):
            if _is_article(item):
                return _fields(item)
    return {}


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


def _is_article(item: dict[str, Any]) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _fields(item: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("headline", "datePublished", "url"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            out[key] = value.strip()
    authors = tuple(_names(item.get("author")))
    if authors:
        out["authors"] = authors
    publisher = next(iter(_names(item.get("publisher"))), None)
    if publisher:
        out["publisher"] = publisher
    return out


def _names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for entry in values[:20]:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names
