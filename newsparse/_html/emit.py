"""A cleaned tree -> raw text blocks in document order, each knowing the element it came from.

Block-level elements (and ``<br>``) start new blocks; inline text joins the current one.
Each block records how much of its text sits inside links and the first link's address,
which is what tells a teaser list from a paragraph.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from .data.dom import BLOCK_TAGS, CAPTION_PREFIXES, CAPTION_TOKENS, TAG_KIND
from .dom import class_parts, remember

__all__ = ["RawBlock", "emit_blocks"]

# Images drawn smaller than this (pixels, either side) are icons, spacers and emoji.
_ICON_PIXELS = 60


@dataclass(slots=True)
class RawBlock:
    """A block before normalisation: its text, kind, links and the element holding it."""

    text: str
    kind: str
    owner: Any
    chars: int
    link_chars: int
    url: str | None
    cut: bool = False  # longer than max_chars, and cut there
    after_image: bool = False  # an image came right before it, with no text between


class _State:
    """The block being filled during the walk."""

    __slots__ = ("base_url", "blocks", "hrefs", "image", "kinds", "link_chars", "owners", "parts",
                 "url")  # fmt: skip

    def __init__(self, root: Any, base_url: str | None) -> None:
        self.base_url = base_url
        self.blocks: list[RawBlock] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.url: str | None = None
        self.owners: list[Any] = [root]
        self.kinds: list[str] = ["p"]
        self.hrefs: list[str | None] = []
        self.image = False  # an image was met since the last block with text

    def flush(self, max_chars: int) -> None:
        if self.parts:
            text = " ".join("".join(self.parts).split())  # spaces squeezed: 4x a regex
            cut = len(text) > max_chars
            text = text[:max_chars]
            if text:
                chars = len(text) - text.count(" ")
                links = min(self.link_chars, chars)
                owner, kind = self.owners[-1], self.kinds[-1]
                block = RawBlock(text, kind, owner, chars, links, self.url, cut, self.image)
                self.blocks.append(block)
                self.image = False
        self.parts.clear()  # in place: the walk holds this list
        self.link_chars = 0
        self.url = None


def emit_blocks(root: Any, *, base_url: str | None, max_chars: int) -> list[RawBlock]:
    """Walk ``root`` and return its visible text as blocks, in document order.

    Examples:
        >>> import lxml.html
        >>> html = '<div><h1>标题</h1><p>第一段<br>第二段<a href="/a">链接</a></p></div>'
        >>> root = lxml.html.fromstring(html)
        >>> [(b.text, b.kind, b.link_chars) for b in emit_blocks(root, base_url=None, max_chars=99)]
        [('标题', 'h', 0), ('第一段', 'p', 0), ('第二段链接', 'p', 2)]
    """
    state = _State(root, base_url)
    # One loop with the hot state in locals: a method call per element and per text cost a
    # third of the walk. The block being filled lives in ``state`` (flush reads it).
    # root.iter() in C, the open elements kept here: an element ends when the next one is
    # not inside it (its parent is on top once those it closed are popped); a last None
    # closes them all. Half the cost of iterwalk's start and end events.
    owners, kinds, hrefs, parts = state.owners, state.kinds, state.hrefs, state.parts
    anchors: list[Any] = []  # the links open around the current position
    open_: list[Any] = []
    for el in itertools.chain(root.iter(), (None,)):
        parent = None if el is None else el.getparent()
        while open_ and open_[-1] is not parent:
            closed = open_.pop()
            # Told apart by identity, without reading the tag again (<br> and <hr> are
            # neither blocks opened here nor links).
            if owners[-1] is closed:  # a block (or a caption) opened at its start
                if parts:
                    state.flush(max_chars)
                if len(owners) > 1:
                    owners.pop()
                    kinds.pop()
            elif anchors and anchors[-1] is closed:
                anchors.pop()
                hrefs.pop()
            text = closed.tail
            if text:
                parts.append(text)
                if anchors:
                    _linked(state, text, hrefs)
        if el is None:
            break
        tag = el.tag
        if not isinstance(tag, str):
            continue
        open_.append(el)
        if tag in BLOCK_TAGS or _is_caption(el):
            if parts:  # nothing pending: nothing to flush (no text, no links counted)
                state.flush(max_chars)
            if tag != "br" and tag != "hr":
                owners.append(el)
                kinds.append(_kind(el, tag, kinds[-1]))
        elif tag == "a":
            anchors.append(el)
            hrefs.append(_href(el))
        elif tag == "img" and _is_picture(el) and not "".join(parts).strip():
            state.image = True
        text = el.text
        if text:
            parts.append(text)
            if anchors:
                _linked(state, text, hrefs)
    state.flush(max_chars)
    return state.blocks


def _linked(state: _State, text: str, hrefs: list[str | None]) -> None:
    """Count ``text``, inside a link, as linked; the first link's address is the block's."""
    # Non-space characters (str.split and the regex \\S agree on what is space).
    state.link_chars += len("".join(text.split()))
    if state.url is None and hrefs:
        state.url = hrefs[-1]


def _href(el: Any) -> str | None:
    # Left as written: only the few that become listing items are made absolute
    # (urljoin on every link cost a fifth of the walk).
    href = str(el.get("href") or "").strip()
    if not href or href.startswith(("javascript:", "#", "mailto:")):
        return None
    return href


def _kind(el: Any, tag: str, outer: str) -> str:
    """Block kind: a caption anywhere above wins; otherwise the innermost block tag."""
    if outer == "caption":
        return "caption"
    kind = TAG_KIND.get(tag)
    if kind is not None:
        return kind
    if _is_caption(el):
        return "caption"
    # A generic container inside a list item is still that item's text.
    return "li" if outer == "li" and tag != "p" else "p"


def _is_picture(el: Any) -> bool:
    """An image a caption can describe: not an icon, a spacer or an emoji."""
    for name in ("width", "height"):
        size = str(el.get(name) or "").strip().rstrip("px")
        if size.isdigit() and int(size) < _ICON_PIXELS:
            return False
    return True


def _is_caption(el: Any) -> bool:
    names = el.get("class")
    if not names:
        return False
    key = names, el.get("id")
    found = _CAPTION_NAMES.get(key)  # judged once per distinct name (see dom._FURNITURE_NAMES)
    if found is None:
        parts = class_parts(el)
        found = any(p in CAPTION_TOKENS or p.startswith(CAPTION_PREFIXES) for p in parts)
        remember(_CAPTION_NAMES, key, found)
    return found


_CAPTION_NAMES: dict[tuple[str, str | None], bool] = {}
