"""HTML pages -> Page: decode, parse with lxml, read the head, clean, choose the body, emit.

The blocks carry every remaining visible text of the page in document order; ``in_main``
marks those inside the container :mod:`newsparse._html.content` chose. Title, date and source
lines outside it are kept too: the shared classifier reads metadata from them.
"""

from __future__ import annotations

import re
from codecs import BOM_UTF8
from typing import Any
from zoneinfo import ZoneInfo

from .._chinese.normalize import repair_surrogates
from .._chinese.script import normalize
from .._core.article import Image
from .._core.blocks import LINKED, Block, Page, PageMeta
from .._core.config import DEFAULT_ZONE, Config
from .._core.firsts import SPACE_CHARS
from .._core.lazy import lazy_compile
from .._core.limits import cut_to_bytes, inflate
from .._dates.search import parse_date
from .._news.pagemeta import has_licence
from .clean import clean_tree
from .content import choose_main
from .data.meta_names import PUBLISH_LABELS
from .decode import Decoded, read_html
from .dom import has_full_date, parse_page
from .emit import RawBlock, emit_tallied
from .images import find_images
from .meta import read_meta
from .sniff import binary_kind, is_compressed

__all__ = ["html_to_page", "looks_like_html"]

_HTML_START = lazy_compile(r"^\s{0,2000}(?:<!doctype|<html|<\?xml|<head|<meta|<!--)", re.I)
# Bytes (or characters) the payload sniffers look at: where every signature sits.
_SNIFF_CHARS = 4096
# The date line sits within a few blocks under the headline (a lede may come first).
_DATE_WINDOW = 4
_DATE_LINE_MAX = 80
_COMPLETE_WINDOW = 60  # blocks: a page's own date line sits near the top
_PARTIAL_DATE = lazy_compile(
    r"(?<![\d年/.-])(\d{1,2})[-/.月](\d{1,2})日?\s{0,2}(\d{1,2})[:：时時](\d{2})(?!\d)"
)
_LABELLED_DATE = lazy_compile(
    r"^\s{0,3}[\[【(（]?\s{0,3}(?:" + "|".join(PUBLISH_LABELS) + r")\s{0,3}[:：]?\s{0,3}\d"
)
# What a labelled date line can start with: the pattern's first characters (a space, a
# bracket, a label's first character). One set lookup spares the pattern every other line.
_LABELLED_FIRSTS = frozenset((*SPACE_CHARS, *"[【(（", *(label[0] for label in PUBLISH_LABELS)))
# Any common tag in the first 4 KB: a page cut before its doctype still starts with its head.
_BLOCK_TAG = lazy_compile(
    r"<(?:html|head|body|meta|title|script|style|link|div|p|table|article|section|br|h[1-6]"
    r"|li|ul|span|a|img|iframe|form)[\s>/]",
    re.I,
)


def looks_like_html(text: str) -> bool:
    """Whether a str is an HTML document or fragment (rather than flattened text).

    Examples:
        >>> looks_like_html("<!DOCTYPE html><html><body><p>新闻</p></body></html>")
        True
        >>> looks_like_html("新华社北京2月29日电 <记者> 国务院印发通知。")
        False
        >>> looks_like_html('=html lang="zh"><head><title>标题</title>')  # cut before "<html"
        True
    """
    head = text[:4096]
    return bool(_HTML_START.match(head) or _BLOCK_TAG.search(head))


def html_to_page(
    page: Any, *, encoding: str | None, config: Config, url: str | None = None
) -> Page:
    """Turn an HTML page (str, bytes or ``bs4.BeautifulSoup``) into a :class:`Page`.

    Never raises on bad markup: empty, truncated or non-HTML input gives a Page with few or
    no blocks, and ``Page.truncated`` says when a size limit of ``config`` cut the page.

    Args:
        page: The page.
        encoding: Charset from the HTTP header (bytes only), or None.
        config: Size limits and normalisation options.
        url: The page's address: resolves relative links and sets the page's zone.

    Examples:
        >>> html = ('<html><head><title>标题_新浪网</title></head><body><h1>标题</h1>'
        ...         '<div class="article"><p>第一段，这是正文。</p><p>第二段，也是正文。</p></div>')
        >>> p = html_to_page(html, encoding=None, config=Config())
        >>> p.meta.title
        '标题'
        >>> [(b.text, b.tag, b.in_main) for b in p.blocks]  # doctest: +NORMALIZE_WHITESPACE
        [('标题_新浪网', 'title', False), ('标题', 'h', False),
         ('第一段，这是正文。', 'p', True), ('第二段，也是正文。', 'p', True)]
    """
    text, source, truncated, problem = _as_text(page, encoding, config)
    if problem is not None:
        return Page(meta=PageMeta(url=url), truncated=truncated, is_html=True, empty_reason=problem)
    root, cut, parsed = parse_page(text, source)
    truncated = truncated or cut
    if root is None:
        return Page(meta=PageMeta(url=url), truncated=truncated, is_html=True)
    # Every element's Python object made once and held: the walks below (head lists,
    # cleaning, emit) then find it instead of making and freeing one each (5% fewer
    # instructions for them on a page of sibling paragraphs and on the real pages).
    elements = list(root.iter())
    meta, raw_title = read_meta(root, url=url, timezone=config.timezone, source=parsed)
    meta.licensed = has_licence(text)
    cut = clean_tree(root, max_nodes=config.max_nodes, max_depth=config.max_depth)
    raw, tallies = emit_tallied(root, config.max_line_chars)
    truncated = truncated or cut or any(block.cut for block in raw)
    main = choose_main(raw, tallies)
    _read_images(meta, root, main, raw, config)
    blocks = _to_blocks(raw, main, raw_title, config)
    del elements  # the walks are done
    if meta.published is None:
        zone = config.timezone or meta.timezone or DEFAULT_ZONE
        meta.published = _headline_date(blocks, meta.title, zone) or _labelled_date(blocks, zone)
        meta.published = meta.published or _completed_date(blocks, meta.modified, zone)
    return Page(blocks=blocks, meta=meta, truncated=truncated, is_html=True)


def _completed_date(blocks: list[Block], stamp: Any, zone: str) -> Any:
    """A visible publish date without its year (``发布时间：09-30 22:46``), completed by the
    head's update stamp when the two agree to the minute: the stamp then only supplies the
    year and seconds of the date the page shows (baijiahao). An update stamp alone is never
    a publish time."""
    if stamp is None:
        return None
    local = stamp.astimezone(ZoneInfo(zone))
    wanted = (local.month, local.day, local.hour, local.minute)
    for block in blocks[:_COMPLETE_WINDOW]:
        if len(block.text) > _DATE_LINE_MAX or block.link_density >= LINKED:
            continue
        # Month, day and clock, possibly glued by inline boxes: "发布时间：09-3022:46".
        for match in _PARTIAL_DATE.finditer(block.text):
            if tuple(int(g) for g in match.groups()) == wanted:
                return local
    return None


def _read_images(
    meta: PageMeta, root: Any, main: set[Any], raw: list[RawBlock], config: Config
) -> None:
    """The container's pictures and captions; the blocks captions make become ``caption``
    blocks (the body leaves them out: their text is in ``Article.images``)."""
    found = find_images(root, main, meta.url or meta.canonical_url)
    if not found:
        return
    owners = {image.caption_owner for image in found if image.caption_owner is not None}
    for block in raw:
        if block.owner in owners:
            block.kind = "caption"
    captions = _normalized([image.caption or "" for image in found], config)
    meta.images = tuple(
        Image(image.url, caption or None, image.alt)
        for image, caption in zip(found, captions, strict=True)
    )
    meta.captions = frozenset(c for c in captions if c)


def _as_text(
    page: Any, encoding: str | None, config: Config
) -> tuple[str, bytes | None, bool, str | None]:
    """The page as text, its UTF-8 encoding when the page's bytes are exactly that, whether
    it was cut, and why it is no page (None if it is one)."""
    limit = config.max_input_bytes
    if isinstance(page, (bytes, bytearray)):
        return _bytes_as_text(bytes(page), encoding, limit)
    text = page if isinstance(page, str) else str(page)  # a BeautifulSoup serialises itself
    text, truncated = cut_to_bytes(text, limit)
    # A str made from a binary file (decoded as Latin-1) keeps its signature and controls.
    kind = binary_kind(text[:_SNIFF_CHARS].encode("latin-1", "replace"))
    if kind is not None:
        return "", None, truncated, _not_a_page(kind)
    return repair_surrogates(text), None, truncated, None


def _bytes_as_text(
    data: bytes, encoding: str | None, limit: int
) -> tuple[str, bytes | None, bool, str | None]:
    inflated = inflate(data, limit) if is_compressed(data[:2]) else None
    if inflated is not None:  # a body saved without undoing its Content-Encoding
        data, truncated = inflated
    else:
        data, truncated = data[:limit], len(data) > limit
    kind = binary_kind(data[:_SNIFF_CHARS])
    if kind is not None:
        return "", None, truncated, _not_a_page(kind)
    decoded = read_html(data, encoding)
    return decoded.text, _utf8_source(data, decoded), truncated, decoded.problem


def _utf8_source(data: bytes, decoded: Decoded) -> bytes | None:
    """The bytes ``decoded.text`` encodes to in UTF-8 when they are ``data`` itself (less a
    byte-order mark), else None: the parser then needs no second encoding of the text.

    A UTF-8 or ASCII reading without U+FFFD read every byte without error (``replace``
    puts one for each error), and valid UTF-8 has one encoding only.

    Examples:
        >>> page = "<p>新闻</p>".encode()
        >>> _utf8_source(page, read_html(page)) is page
        True
        >>> _utf8_source(page[:-5], read_html(page[:-5])) is None  # cut inside a character
        True
        >>> bad = page + bytes([255])  # read with a U+FFFD for the stray byte
        >>> _utf8_source(bad, read_html(bad)) is None
        True
    """
    if decoded.codec not in ("utf-8", "ascii") or "\ufffd" in decoded.text:
        return None
    return data[len(BOM_UTF8) :] if data.startswith(BOM_UTF8) else data


def _not_a_page(kind: str) -> str:
    return "binary data, not a page" if kind == "binary" else f"{kind} data, not a page"


def _to_blocks(
    raw: list[RawBlock], main: set[Any], raw_title: str | None, config: Config
) -> list[Block]:
    # Every element in or under the chosen ones, gathered in C: a block's owner is inside
    # the container exactly when it is one of them (cheaper than climbing from each owner).
    insiders: set[Any] = set()
    for chosen in main:
        insiders.update(chosen.iter())
    texts = [block.text for block in raw]
    if raw_title:
        texts.insert(0, raw_title)
    lines = _normalized(texts, config)
    blocks: list[Block] = []
    if raw_title:
        title = lines.pop(0)
        if title:
            blocks.append(Block(title, "title", 0.0, False, None, False))
    for text, block in zip(lines, raw, strict=True):
        if text:
            linked, chars = block.link_chars, block.chars
            # round(linked / chars, 3), without its call (some 3,000 instructions: a decimal
            # conversion) where the answer is known: 0.0 without links, 1.0 for a block wholly
            # inside links (menu items, teaser headlines: most linked blocks).
            density = (1.0 if linked == chars else round(linked / chars, 3)) if linked else 0.0
            in_main = block.owner in insiders
            blocks.append(Block(text, block.kind, density, in_main, block.url, block.after_image))
    return blocks


def _headline_date(blocks: list[Block], title: str | None, zone: str) -> Any:
    """The full date on a short line just under the headline, for pages whose head has none."""
    if not title:
        return None
    for i, block in enumerate(blocks):
        if block.tag == "title" or block.text != title:
            continue
        for line in blocks[i + 1 : i + 1 + _DATE_WINDOW]:
            text = line.text
            if len(text) <= _DATE_LINE_MAX and line.link_density < LINKED and has_full_date(text):
                return parse_date(text, tz=zone)
        return None
    return None


def _labelled_date(blocks: list[Block], zone: str) -> Any:
    """The first short line anywhere that says it is the publish date (``发布日期：…``)."""
    for block in blocks:
        text = block.text
        if (
            len(text) <= _DATE_LINE_MAX
            and text[:1] in _LABELLED_FIRSTS
            and _LABELLED_DATE.match(text)
            and has_full_date(text)
        ):
            return parse_date(text, tz=zone)
    return None


def _normalized(texts: list[str], config: Config) -> list[str]:
    """Normalise all texts in one call (cheaper, and repairs that need the whole page see it)."""
    if not texts:
        return []
    lines = normalize("\n".join(texts), config).split("\n")
    if len(lines) != len(texts):
        lines = [normalize(text, config).replace("\n", " ") for text in texts]
    return list(map(str.strip, lines))
