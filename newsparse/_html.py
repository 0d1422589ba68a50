"""PLACEHOLDER (owned by the HTML helper): bytes/str/soup -> decoded DOM -> Page."""

from __future__ import annotations

from typing import Any

from ._blocks import Block, Page
from ._config import Config

__all__ = ["html_to_page", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype", "<html", "<?xml")) or "<body" in head or "<div" in head or "<p>" in head


def html_to_page(page: Any, *, encoding: str | None, config: Config) -> Page:
    import lxml.html

    if isinstance(page, bytes):
        page = page.decode(encoding or "utf-8", "replace")
    root = lxml.html.fromstring(str(page) or "<html></html>")
    text = root.text_content()
    return Page(blocks=[Block(line.strip()) for line in text.split("\n") if line.strip()], is_html=True)
