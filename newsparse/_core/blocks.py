"""The one intermediate form: a page as a sequence of text blocks with features.

HTML and plain text differ only in how their blocks are made (``_html.page`` and ``_extract.text``);
classification (``_extract.classify``) and assembly (``_extract.assemble``) are shared by both.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

__all__ = ["Block", "Page", "PageMeta"]


@dataclass(slots=True)
class Block:
    """One line of a text page, or one block-level element of an HTML page.

    Attributes:
        text: Normalised text, one line (no ``\\n``), stripped.
        tag: What made it: ``p`` (paragraph or text line), ``h`` (heading), ``li``,
            ``td``, ``caption``, ``title`` (the document's ``<title>``), ``pre``.
        link_density: Share of the text inside links (HTML); 0.0 for text pages.
        in_main: The HTML extractor placed it inside the article container; always
            True for text pages (where position and content decide).
        url: The first link's address (HTML), used for listing items.
        label: Set by the classifier: one of ``_classify.LABELS``.
        reason: Why the classifier chose the label (for debugging and tests).
    """

    text: str
    tag: str = "p"
    link_density: float = 0.0
    in_main: bool = True
    url: str | None = None
    label: str = ""
    reason: str = ""


@dataclass(slots=True)
class PageMeta:
    """What an HTML page's head says about itself (all optional; text pages have none)."""

    title: str | None = None
    published: _dt.datetime | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    url: str | None = None
    site_name: str | None = None
    timezone: str | None = None


@dataclass(slots=True)
class Page:
    """Blocks plus metadata: what ``_extract.assemble`` turns into an Article.

    ``empty_reason`` says why a payload gave no blocks at all because it is no page (a
    PDF, an image, bytes in no text encoding): e.g. ``"application/pdf data, not a page"``.
    """

    blocks: list[Block] = field(default_factory=list)
    meta: PageMeta = field(default_factory=PageMeta)
    truncated: bool = False
    is_html: bool = False
    empty_reason: str | None = None
