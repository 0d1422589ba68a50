"""Classified blocks -> Article. (Work in progress.)"""

from __future__ import annotations

import datetime as _dt

from ._article import Article
from ._blocks import Page
from ._config import Config

__all__ = ["assemble"]


def assemble(page: Page, *, url: str | None, reference: _dt.datetime | None, config: Config) -> Article:
    paragraphs = tuple(b.text for b in page.blocks)
    title = page.meta.title
    return Article(title=title, paragraphs=paragraphs, url=url, page_type="article" if paragraphs else "empty")
