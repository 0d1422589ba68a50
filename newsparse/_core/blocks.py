"""The one intermediate form: a page as a sequence of text blocks with features.

HTML and plain text differ only in how their blocks are made (``_html.page`` and ``_extract.text``);
classification (``_extract.classify``) and assembly (``_extract.assemble``) are shared by both.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import Enum

from .article import Image

__all__ = [
    "BODY",
    "CAPTION",
    "FURNITURE",
    "HEADER",
    "LINKED",
    "LISTING",
    "NOTICE",
    "TITLE",
    "UNLABELLED",
    "Block",
    "Label",
    "Page",
    "PageMeta",
]

#: A block with at least this share of its text inside links reads as a link (a menu item, a
#: teaser's headline, a "previous article" line), not as the page's own text. Half is where
#: the labelled dev pages separate: body paragraphs with inline links stay under 0.3, teaser
#: and navigation lines are over 0.8.
LINKED = 0.5


class Label(str, Enum):
    """What a block is, as the labelling stages decide (``_extract.stages`` runs them).

    A block starts ``UNLABELLED``; the first stage that recognises it sets its label, and a
    later stage changes a label only where it says so (``Context.relabel``).
    """

    UNLABELLED = ""
    FURNITURE = "furniture"  # menus, buttons, counters, rankings, share bars
    NOTICE = "notice"  # legal, privacy, comment-rule, data-provider, subscription notices
    TITLE = "title"  # the headline
    CAPTION = "caption"  # an image, audio or video caption, or a picture credit
    LISTING = "listing"  # teasers, related headlines, search results
    BODY = "body"  # the story's own text
    HEADER = "header"  # metadata lines around the body: time, source, byline, editor


# The members as module names, for the loops over a page's blocks: Python 3.11 reads a member
# from its Enum class through EnumType.__getattr__, about 900 instructions a read against a
# few dozen for a module name (3.12 dropped that hook). The same objects: ``BODY is
# Label.BODY``.
UNLABELLED, FURNITURE, NOTICE, TITLE = Label.UNLABELLED, Label.FURNITURE, Label.NOTICE, Label.TITLE
CAPTION, LISTING, BODY, HEADER = Label.CAPTION, Label.LISTING, Label.BODY, Label.HEADER


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
        after_image: An image comes right before it with no text between (HTML).
        label: Set by the classifier: one of ``_classify.LABELS``.
        reason: Why the classifier chose the label (for debugging and tests).
    """

    text: str
    tag: str = "p"
    link_density: float = 0.0
    in_main: bool = True
    url: str | None = None
    after_image: bool = False
    label: Label = Label.UNLABELLED
    stage: str = ""
    rule: str = ""


@dataclass(slots=True)
class PageMeta:
    """What an HTML page's head says about itself (all optional; text pages have none).

    ``site_name`` is what the head declares (read for ``source``); ``site`` is the hosting
    site as ``Article.site_name`` gives it (cleaned, with the title and host fallbacks), and
    ``site_region`` its region when the site table knows it.
    ``image`` is the first declared picture that is not a logo, ``logo`` the first declared
    one when it is. ``images`` are the pictures inside the chosen article container;
    ``captions`` their caption texts (normalised like the blocks), which are not body text.
    ``declared_language`` is what ``html[lang]``, ``content-language`` or ``og:locale`` say;
    ``licensed`` whether the page shows a mainland ICP licence number; ``declared_type`` its
    ``og:type`` (``article``, ``website``).
    """

    title: str | None = None
    published: _dt.datetime | None = None
    # Every publish time the head declares, in order of trust (``published`` is the first):
    # a later one refines a visible time it agrees with (create_at with its seconds).
    published_times: tuple[_dt.datetime, ...] = ()
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    url: str | None = None
    site_name: str | None = None
    timezone: str | None = None
    description: str | None = None
    image: str | None = None
    logo: str | None = None
    images: tuple[Image, ...] = ()
    captions: frozenset[str] = frozenset()
    tags: tuple[str, ...] = ()
    breadcrumb: tuple[str, ...] = ()
    section: str | None = None
    modified: _dt.datetime | None = None
    canonical_url: str | None = None
    declared_language: str | None = None
    host: str | None = None
    site: str | None = None
    site_region: str | None = None
    declared_type: str | None = None
    licensed: bool = False


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
