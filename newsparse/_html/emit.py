"""A cleaned tree -> raw text blocks in document order, each knowing the element it came from.

Block-level elements (and ``<br>``) start new blocks; inline text joins the current one.
Each block records how much of its text sits inside links and the first link's address,
which is what tells a teaser list from a paragraph.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .data.dom import BLOCK_TAGS, CAPTION_PREFIXES, CAPTION_TOKENS, TAG_KIND
from .dom import CLASS_SEPARATORS, class_parts, remember

__all__ = ["RawBlock", "emit_blocks", "emit_tallied", "unpack"]

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


# The walk keeps, for each open element, the characters and link characters of the blocks
# inside it in one int: characters times _PACK plus link characters (never more than the
# characters, and a page's text is far below _PACK characters), so one stack and one sum
# per element carry both (content.choose_main needs both for its candidates).
_PACK = 1 << 48


def emit_blocks(root: Any, *, base_url: str | None, max_chars: int) -> list[RawBlock]:
    """Walk ``root`` and return its visible text as blocks, in document order.

    Examples:
        >>> import lxml.html
        >>> html = '<div><h1>标题</h1><p>第一段<br>第二段<a href="/a">链接</a></p></div>'
        >>> root = lxml.html.fromstring(html)
        >>> [(b.text, b.kind, b.link_chars) for b in emit_blocks(root, base_url=None, max_chars=99)]
        [('标题', 'h', 0), ('第一段', 'p', 0), ('第二段链接', 'p', 2)]
    """
    return emit_tallied(root, max_chars)[0]


def emit_tallied(root: Any, max_chars: int) -> tuple[list[RawBlock], dict[Any, int] | None]:
    """:func:`emit_blocks`, and the text and link characters of the blocks inside each
    element that holds any (:func:`unpack` reads them), tallied during the walk; None for
    the tallies when ``root`` is not the document's root (its ancestors hold the blocks too).

    Examples:
        >>> from newsparse._html.dom import parse_tree
        >>> root = parse_tree('<div><p>正文<a href="/a">链接</a></p><p>二段</p></div>')
        >>> blocks, tallies = emit_tallied(root, 99)
        >>> [(el.tag, unpack(tallies[el])) for el in root.iter() if el in tallies]
        [('html', (6, 2)), ('body', (6, 2)), ('div', (6, 2)), ('p', (4, 2)), ('p', (2, 0))]
    """
    blocks: list[RawBlock] = []
    parts: list[str] = []  # the block being filled
    link_chars = 0
    url: str | None = None
    image = False  # an image was met since the last block with text
    owners: list[Any] = [root]
    kinds: list[str] = ["p"]
    slots: list[int] = [1]  # each owner's place in ``sums``
    anchors: list[Any] = []  # the links open around the current position
    hrefs: list[str | None] = []
    # One loop with the hot state in locals: a call per element, per text or per block
    # cost a third of the walk. root.iter() in C, the open elements kept here: an element
    # ends when the next one is not inside it (its parent is on top once those it closed
    # are popped); a last None closes them all. Half the cost of iterwalk's events.
    open_: list[Any] = []
    sums: list[int] = [0]  # packed tallies of the open elements, after one for above root
    tallies: dict[Any, int] = {}
    captions = _may_caption(root)
    for el in itertools.chain(root.iter(etree.Element), (None,)):
        parent = None if el is None else el.getparent()
        while open_ and open_[-1] is not parent:
            closed = open_.pop()
            # Told apart by identity, without reading the tag again (<br> and <hr> are
            # neither blocks opened here nor links).
            if owners[-1] is closed:  # a block (or a caption) opened at its start
                if parts:
                    text = " ".join("".join(parts).split())  # spaces squeezed: 4x a regex
                    cut = len(text) > max_chars
                    if cut:
                        text = text[:max_chars]
                    if text:
                        chars = len(text) - text.count(" ")
                        links = min(link_chars, chars)
                        blocks.append(
                            RawBlock(text, kinds[-1], closed, chars, links, url, cut, image)
                        )
                        sums[slots[-1]] += chars * _PACK + links
                        image = False
                    parts.clear()
                    link_chars = 0
                    url = None
                if len(owners) > 1:
                    owners.pop()
                    kinds.pop()
                    slots.pop()
            elif anchors and anchors[-1] is closed:
                anchors.pop()
                hrefs.pop()
            total = sums.pop()
            if total:
                tallies[closed] = total
                sums[-1] += total
            text = closed.tail
            if text and (parts or anchors or not text.isspace()):
                parts.append(text)
                if anchors:  # inside a link: counted as linked (non-space characters)
                    link_chars += len("".join(text.split()))
                    if url is None:
                        url = hrefs[-1]
        if el is None:
            break
        tag = el.tag
        if tag in BLOCK_TAGS or (captions and _is_caption(el)):
            if parts:  # nothing pending: nothing to flush (no text, no links counted)
                text = " ".join("".join(parts).split())
                cut = len(text) > max_chars
                if cut:
                    text = text[:max_chars]
                if text:
                    chars = len(text) - text.count(" ")
                    links = min(link_chars, chars)
                    blocks.append(
                        RawBlock(text, kinds[-1], owners[-1], chars, links, url, cut, image)
                    )
                    sums[slots[-1]] += chars * _PACK + links
                    image = False
                parts.clear()
                link_chars = 0
                url = None
            if tag != "br" and tag != "hr":
                outer = kinds[-1]
                if outer == "caption":
                    kind = outer
                elif (found := TAG_KIND.get(tag)) is not None:
                    kind = found
                elif captions:
                    kind = _kind(el, tag, outer, captions)
                else:  # _kind without a caption: the list item's text, or a paragraph
                    kind = "li" if outer == "li" and tag != "p" else "p"
                if not anchors and not len(el):
                    # A block without children outside any link (most paragraphs): opened
                    # and closed at once, its text its block, as the closing above would
                    # (a third of the walk on a page of sibling paragraphs). Nothing is
                    # pending (flushed above): its text and tail are kept unless all space.
                    text = el.text
                    if text and not text.isspace():
                        text = " ".join(text.split())
                        cut = len(text) > max_chars
                        if cut:
                            text = text[:max_chars]
                        if text:
                            chars = len(text) - text.count(" ")
                            blocks.append(RawBlock(text, kind, el, chars, 0, None, cut, image))
                            total = chars * _PACK
                            tallies[el] = total
                            sums[-1] += total
                            image = False
                    text = el.tail
                    if text and not text.isspace():
                        parts.append(text)
                    continue
                open_.append(el)
                owners.append(el)
                kinds.append(kind)
                slots.append(len(open_))
            else:
                open_.append(el)
        else:
            open_.append(el)
            if tag == "a":
                anchors.append(el)
                hrefs.append(_href(el))
            elif tag == "img" and _is_picture(el) and not "".join(parts).strip():
                image = True
        sums.append(0)
        text = el.text
        # Space before a block's first text is squeezed away: not kept, there is nothing to
        # flush at the next block (outside links only: inside one it sets the block's url).
        if text and (parts or anchors or not text.isspace()):
            parts.append(text)
            if anchors:
                link_chars += len("".join(text.split()))
                if url is None:
                    url = hrefs[-1]
    if parts:  # the root's tail
        text = " ".join("".join(parts).split())
        cut = len(text) > max_chars
        if cut:
            text = text[:max_chars]
        if text:
            chars = len(text) - text.count(" ")
            links = min(link_chars, chars)
            blocks.append(RawBlock(text, kinds[-1], owners[-1], chars, links, url, cut, image))
            tallies[root] = tallies.get(root, 0) + chars * _PACK + links
    return blocks, (tallies if root.getparent() is None else None)


def unpack(tally: int) -> tuple[int, int]:
    """(text characters, link characters) of a packed tally."""
    return tally // _PACK, tally % _PACK


def _href(el: Any) -> str | None:
    # Left as written: only the few that become listing items are made absolute
    # (urljoin on every link cost a fifth of the walk).
    href = str(el.get("href") or "").strip()
    if not href or href.startswith(("javascript:", "#", "mailto:")):
        return None
    return href


def _kind(el: Any, tag: str, outer: str, captions: bool) -> str:
    """Block kind of a block tag without its own (``TAG_KIND``) inside an ``outer`` block
    that is no caption: a caption by its class, else the outer list item's or a paragraph.
    ``captions`` says whether the page names any caption at all."""
    if captions and _is_caption(el):
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
    found = _CAPTION_NAMES.get(key)  # judged once per distinct name (see clean._FURNITURE_NAMES)
    if found is None:
        parts = class_parts(el)
        found = any(p in CAPTION_TOKENS or p.startswith(CAPTION_PREFIXES) for p in parts)
        remember(_CAPTION_NAMES, key, found)
    return found


_CAPTION_NAMES: dict[tuple[str, str | None], bool] = {}
# Every class and id value of a page, read in C without a Python object per element.
_CLASSES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_IDS = etree.XPath("descendant-or-self::*/@id", smart_strings=False)
_CAPTION_VALUES: dict[str, bool] = {}


def _may_caption(root: Any) -> bool:
    """Whether a class or id value under ``root`` names a caption: without one no element
    is a caption (an element's parts are its class's parts and its id's), and the walk
    skips the class of every element (five pages in six).

    Examples:
        >>> import lxml.html
        >>> _may_caption(lxml.html.fromstring('<div><p class="x" id="pic-desc">a</p></div>'))
        False
        >>> _may_caption(lxml.html.fromstring('<div><p class="x" id="img-caption">a</p></div>'))
        True
    """
    values = set(_CLASSES(root))
    values.update(_IDS(root))
    memo = _CAPTION_VALUES
    for value in values:
        found = memo.get(value)
        if found is None:
            parts = value.lower().translate(CLASS_SEPARATORS).split()  # as class_parts splits
            found = any(p in CAPTION_TOKENS or p.startswith(CAPTION_PREFIXES) for p in parts)
            remember(memo, value, found)
        if found:
            return True
    return False
