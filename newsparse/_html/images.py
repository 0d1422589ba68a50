"""Pictures inside the article container, each with its caption and alt text.

A caption is the picture's ``<figcaption>``, an element classed as a caption next to it,
or the short line right under it that reads like one: centred, or carrying a photo credit
or pointer (``新华社记者 X 摄``, ``图片来源：``, ``▲``). Captions are returned with the
elements that hold them, so the blocks they make can be labelled ``caption`` and kept out
of the body: the body never carries caption text twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .._core.lazy import lazy_compile
from .data.dom import BLOCK_TAGS, CAPTION_PREFIXES, CAPTION_TOKENS
from .data.sites import CAPTION_CUES
from .dom import class_parts, inside, text_of
from .headfields import absolute_url, is_logo

__all__ = ["FoundImage", "find_images"]

_WS = lazy_compile(r"\s+")
_MAX_IMAGES = 100
_MAX_CAPTION = 120  # characters: a caption is a line, not a paragraph
_MIN_SIDE = 60  # pixels: smaller declared pictures are icons, buttons and spacers
_MAX_ALT = 200
# Lazy-loading pages keep the real address out of src.
_SRC_ATTRIBUTES = (
    "data-original", "data-src", "data-lazy-src", "data-lazyload", "data-lazy", "data-echo",
    "data-actualsrc", "data-url", "original", "file", "src",
)  # fmt: skip
_CENTRED = lazy_compile(r"text-align\s{0,3}:\s{0,3}center", re.I)
_NOT_ALT = lazy_compile(
    r"^(?:图片?|圖片?|image|img|photo|pic|picture|\S{0,40}\.(?:jpe?g|png|gif|webp))$", re.I
)
_SENTENCE_END = lazy_compile(r"[。！？!?]\s{0,3}$")
_CAPTION_CUE = lazy_compile("|".join(f"(?:{cue})" for cue in CAPTION_CUES), re.I)
_CENTRED_MAX = 60  # characters: a centred line this short under a picture is its caption
_MIN_SIBLINGS = 4  # text blocks needed to tell a centred page from a centred caption
_MAX_SIBLINGS = 40  # looked at for that
_HAS_TEXT = etree.XPath("boolean(normalize-space(string(.)))")


@dataclass(slots=True)
class FoundImage:
    """A picture in the article container: address, alt text, caption and its element."""

    url: str
    alt: str | None = None
    caption: str | None = None
    caption_owner: Any = None


def find_images(root: Any, main: set[Any], base: str | None) -> list[FoundImage]:
    """The pictures inside the elements of ``main`` (the article container), in order.

    Examples:
        >>> import lxml.html
        >>> root = lxml.html.fromstring(
        ...     '<div class="art"><p>正文第一段。</p><p><img src="/a.jpg"></p>'
        ...     '<p style="text-align:center">资料图：故宫午门。新华社记者 李明 摄</p>'
        ...     '<figure><img src="b.jpg" alt="雪后故宫">'
        ...     '<figcaption>雪后的故宫</figcaption></figure></div>')
        >>> [(i.url, i.alt, i.caption) for i in find_images(root, {root}, "http://x.cn/n/1.html")]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('http://x.cn/a.jpg', None, '资料图：故宫午门。新华社记者 李明 摄'),
         ('http://x.cn/n/b.jpg', '雪后故宫', '雪后的故宫')]
    """
    if not main:
        return []
    found: list[FoundImage] = []
    seen: set[str] = set()
    memo: dict[Any, bool] = {}
    for img in root.iter("img"):
        if not inside(img.getparent(), main, memo):
            continue
        url = _address(img, base)
        if url is None or url in seen:
            continue
        seen.add(url)
        caption_el = _caption_element(img)
        caption = _text(caption_el) if caption_el is not None else None
        found.append(FoundImage(url, _alt(img), caption or None, caption_el if caption else None))
        if len(found) >= _MAX_IMAGES:
            break
    return found


def _address(img: Any, base: str | None) -> str | None:
    for attribute in _SRC_ATTRIBUTES:
        value = img.get(attribute)
        if value and not value.strip().startswith("data:"):
            url = absolute_url(value, base, quote_spaces=True)
            if url is None or is_logo(url) or _tiny(img):
                return None
            return url
    return None


def _tiny(img: Any) -> bool:
    for attribute in ("width", "height"):
        value = str(img.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _MIN_SIDE:
            return True
    return False


def _alt(img: Any) -> str | None:
    alt = _WS.sub(" ", str(img.get("alt") or img.get("title") or "")).strip()[:_MAX_ALT]
    return alt if alt and not _NOT_ALT.match(alt) else None


def _text(el: Any) -> str:
    return _WS.sub(" ", text_of(el)).strip()


def _is_caption_class(el: Any) -> bool:
    if el.tag == "figcaption":
        return True
    if not (el.get("class") or el.get("id")):
        return False
    return any(p in CAPTION_TOKENS or p.startswith(CAPTION_PREFIXES) for p in class_parts(el))


def _caption_element(img: Any) -> Any:
    """The element holding the picture's caption, or None."""
    for ancestor in img.iterancestors("figure"):
        for caption in ancestor.iter("figcaption"):
            return caption if _text(caption) else None
        break
    holder = _holder(img)
    if holder is img:  # the picture shares its block with text: a caption after it?
        block = img.getparent()
        text = _text(block)
        fits = len(text) <= _MAX_CAPTION and not _text_before(img, block)
        if fits and (_is_caption_class(block) or _reads_like_caption(block, text)):
            return block
        return None
    for candidate in _following(holder):
        text = _text(candidate)
        if not text:
            if candidate.find(".//img") is not None:
                return None  # the next picture: this one has no caption
            continue
        if len(text) > _MAX_CAPTION:
            return None
        if _is_caption_class(candidate) or _reads_like_caption(candidate, text):
            return candidate
        return None
    return None


def _text_before(img: Any, block: Any) -> str:
    """The text of ``block`` that comes before the picture."""
    parts = []
    node = img
    while node is not block:
        parent = node.getparent()
        if parent is None:
            break
        for sibling in node.itersiblings(preceding=True):
            parts.append((text_of(sibling) if isinstance(sibling.tag, str) else "") +
                         (sibling.tail or ""))  # fmt: skip
        parts.append(parent.text or "")
        node = parent
    return "".join(parts).strip()


def _holder(img: Any) -> Any:
    """The block that holds the picture and nothing else that reads (its ``<p>``, a link)."""
    node = img
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or _text(parent):
            return node
        node = parent
        if node.tag in BLOCK_TAGS:
            return node


def _following(holder: Any) -> list[Any]:
    """The next two elements after the picture's block: its siblings, or its parent's."""
    out: list[Any] = []
    node = holder
    while node is not None and len(out) < 2:
        sibling = node.getnext()
        while sibling is not None and len(out) < 2:
            if isinstance(sibling.tag, str):
                out.append(sibling)
            sibling = sibling.getnext()
        if out:
            break
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or _text(node):
            break
    return out


def _centred(el: Any) -> bool:
    if el.tag == "center" or str(el.get("align") or "").lower() == "center":
        return True
    return bool(_CENTRED.search(str(el.get("style") or "")))


def _reads_like_caption(el: Any, text: str) -> bool:
    """Centred and short (or not a sentence) where the text around is not centred too, or
    carrying a photo credit or pointer."""
    short = len(text) <= _CENTRED_MAX or not _SENTENCE_END.search(text)
    if short and _centred(el) and not _mostly_centred(el.getparent()):
        return True
    return bool(_CAPTION_CUE.search(text))


def _mostly_centred(parent: Any) -> bool:
    """Whether most text blocks beside ``el`` are centred (a blog that centres every line:
    centring then says nothing about captions)."""
    if parent is None:
        return False
    texts = [child for child in parent[:_MAX_SIBLINGS] if isinstance(child.tag, str)
             and _HAS_TEXT(child)]  # fmt: skip
    centred = sum(1 for child in texts if _centred(child))
    return len(texts) >= _MIN_SIBLINGS and centred * 2 > len(texts)
