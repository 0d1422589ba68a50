"""HTML text -> an lxml tree, parsed without network access, and what the other modules
ask of its elements (their text, their class names, their sentence marks).

lxml does the work; BeautifulSoup is only the lenient fallback for markup lxml rejects.
:mod:`.clean` then removes what a reader never sees and the page's furniture.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from lxml import etree

from .._core.lazy import lazy_compile
from .._core.logs import quiet_logs
from .attributes import cut_attribute_floods

__all__ = [
    "CLASS_SEPARATORS",
    "class_parts",
    "count_punct",
    "has_full_date",
    "inside",
    "parse_page",
    "parse_tree",
    "parse_tree_flagged",
    "remember",
    "text_of",
]

# No network, no entity expansion beyond HTML's own. huge_tree lifts libxml2's own limits
# (10 MB per text node or attribute value, 256 levels of nesting), where it drops the rest
# of the document without a word; Config.max_input_bytes and max_depth bound the work
# instead, and say so. Plain etree elements: lxml.html's element classes cost a third of
# the walk's time. One parser per thread: lxml parsers keep state (their error log).
_LOCAL = threading.local()


def _parser(encoding: str | None = None) -> Any:
    """The thread's parser for str input, or (``encoding="utf-8"``) for UTF-8 bytes."""
    name = "parser" if encoding is None else "utf8_parser"
    parser = getattr(_LOCAL, name, None)
    if parser is None:
        parser = etree.HTMLParser(
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            recover=True,
            collect_ids=False,
            huge_tree=True,
            encoding=encoding,
        )
        setattr(_LOCAL, name, parser)
    return parser


_FATAL = etree.ErrorLevels.FATAL
# lxml refuses str input that carries an XML encoding declaration; the text is decoded already.
_XML_DECL = lazy_compile(r"^\s{0,200}<\?xml[^>]{0,300}\?>")
# Browsers ignore a stray </html> or </body> in mid-page (gov.cn templates close the document
# after their header); libxml2 stops parsing there and would lose the article.
_STRAY_END = lazy_compile(r"</(?:html|body)\s{0,20}>", re.I)
_CONTROL = lazy_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The same controls as UTF-8 bytes: each is one byte there, and no other character's
# encoding contains one, so the text holds one exactly when its encoding holds one.
_CONTROL_SINGLES = tuple(bytes([b]) for b in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
# What splits class names into words ("share-box main_nav" -> share box main nav).
CLASS_SEPARATORS = str.maketrans("_-", "  ")
_PUNCT_MARKS = "，。！？；："
_PUNCT = lazy_compile(f"[{_PUNCT_MARKS}]")
_PUNCT_SCAN = 128  # characters: from about here six str.count calls are faster (timeit)
# A date written with year, month and day (the cleaner keeps a short furniture box that
# holds one: see clean._holds_article).
_FULL_DATE = lazy_compile(r"(?:19|20)\d\d(?:[-/.]|年)\d{1,2}(?:[-/.]|月)\d{1,2}")
_STRING = etree.XPath("string()", smart_strings=False)


def parse_tree(text: str) -> Any:
    """:func:`parse_tree_flagged` without the flag."""
    return parse_tree_flagged(text)[0]


def parse_tree_flagged(text: str, data: bytes | None = None) -> tuple[Any, bool]:
    """Parse HTML text into an lxml tree root (``<html>``), or None for a document with no
    elements at all; and whether anything was cut: attributes past
    :data:`~newsparse._html.attributes.MAX_ATTRIBUTES` on an element, or the rest of a
    document the parser gave up on (nesting past 2,048 levels). ``data``, when given, is
    ``text`` encoded as UTF-8 (a caller that decoded it from those bytes has them).

    Examples:
        >>> parse_tree("<p>新闻</p>").tag
        'html'
        >>> parse_tree("   ") is None
        True
        >>> parse_tree_flagged("<div>" * 3000 + "深处" + "</div>" * 3000)[1]
        True
        >>> parse_tree_flagged("<p>新闻</p>", "<p>新闻</p>".encode())[0].findtext(".//p")
        '新闻'
    """
    root, cut, _ = parse_page(text, data)
    return root, cut


def parse_page(text: str, data: bytes | None = None) -> tuple[Any, bool, bytes | None]:
    """:func:`parse_tree_flagged`, and the bytes libxml2 built the tree from (None when it
    read a str, or the tree came from the lenient fallback).

    Examples:
        >>> root, cut, source = parse_page("<p>新闻</p></body>")
        >>> root.findtext(".//p"), cut, source
        ('新闻', False, b'<p>\xe6\x96\xb0\xe9\x97\xbb</p>')
    """
    prepared = _prepared(text, data)
    if prepared is None:
        return None, False, None
    text, data, cut = prepared
    parser = _parser() if data is None else _parser("utf-8")
    try:
        root = etree.fromstring(text if data is None else data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    # A fatal error (a resource limit: nesting too deep) ends the parse; the rest is lost.
    # (Filtered in C: FATAL is the highest level, the entries from it up are the fatal ones.)
    stopped = bool(parser.error_log.filter_from_level(_FATAL))
    if root is None:
        return _parse_leniently(text), cut or stopped, None
    return root, cut or stopped, data


def _prepared(text: str, data: bytes | None) -> tuple[str, bytes | None, bool] | None:
    """The text libxml2 is given, its UTF-8 encoding (None if it has none: a lone
    surrogate) and whether attributes were cut; None for a blank document. ``data`` is
    ``text`` encoded, or None."""
    stripped = _XML_DECL.sub("", text, count=1)
    if stripped is not text or data is None:  # re.sub returns its input when it finds nothing
        data = _utf8(stripped)
    text = stripped
    if data is None or _has_control(data):
        text = _CONTROL.sub("", text)  # rare: the byte check saves this scan on most pages
        data = _utf8(text)
    # Most pages end in "</body></html>": only the text from the first end on is cut and
    # encoded again; the bytes before it are the encoding of the text before it.
    first = _STRAY_END.search(text)
    if first is not None:
        head, tail = text[: first.start()], text[first.start() :]
        kept = _STRAY_END.sub("", tail)  # the matches in the text from there: no lookbehind
        if data is not None:  # then the text encodes: so do its parts
            # The bytes of the head: their length from the shorter part's encoding.
            size = len(head.encode()) if len(head) < len(tail) else len(data) - len(tail.encode())
            data = data[:size] + kept.encode()
        text = head + kept
    if not text or text.isspace():  # what str.strip removes, without the copy
        return None
    # libxml2 reads UTF-8 bytes faster than a str (a third less time, the same tree); a
    # str that cannot be encoded (a lone surrogate) is parsed as it is.
    flooded, cut = cut_attribute_floods(text)
    if flooded is not text:  # it returns its input itself when it changes nothing (most pages)
        text, data = flooded, _utf8(flooded)
    return text, data, cut


def _has_control(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds a control character :data:`_CONTROL` removes: one
    ``in`` (memchr) per control byte costs a third of one pass that copies the bytes."""
    return any(byte in data for byte in _CONTROL_SINGLES)


def _utf8(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _parse_leniently(text: str) -> Any:
    """BeautifulSoup's forgiving parser, then its output through lxml; None if nothing."""
    try:
        from bs4 import BeautifulSoup

        quiet_logs()
        repaired = str(BeautifulSoup(text, "html.parser"))
        return etree.fromstring(repaired, parser=_parser())
    except Exception:  # the fallback of a fallback: whatever fails, there is no page
        return None


def class_parts(el: Any) -> list[str]:
    """Lower-cased parts of an element's class and id (``"share-box top"`` -> share, box, top).

    Examples:
        >>> class_parts(parse_tree('<div class="Share-box main_nav" id="x1"></div>').find(".//div"))
        ['share', 'box', 'main', 'nav', 'x1']
    """
    value = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    # str.translate and split beat a regex split by 3x here (it runs on every element).
    return value.translate(CLASS_SEPARATORS).split()


def text_of(el: Any) -> str:
    """All text inside an element (without its tail), as a browser would select it.

    Examples:
        >>> text_of(parse_tree("<div>新<b>闻</b>稿</div>尾巴").find(".//div"))
        '新闻稿'
    """
    text: str = _STRING(el)  # XPath string(): what itertext joins, built in C (4x faster)
    return text


def count_punct(text: str) -> int:
    """Number of Chinese sentence punctuation marks (，。！？；：) in ``text``.

    Examples:
        >>> count_punct("他说：今天，天气很好。")
        3
    """
    if len(text) < _PUNCT_SCAN:
        return len(_PUNCT.findall(text))
    # Six C scans beat one regex on long texts; a mark the text lacks is told by ``in``
    # (memchr), many times faster than str.count's loop: menus and bars hold few marks.
    return sum([text.count(mark) for mark in _PUNCT_MARKS if mark in text])


def has_full_date(text: str) -> bool:
    """Whether ``text`` holds a date with year, month and day in digits.

    Examples:
        >>> has_full_date("2019-05-17 · 苏皖城市报道"), has_full_date("发布时间：09-30 22:46")
        (True, False)
    """
    return _FULL_DATE.search("".join(text.split())) is not None


# Distinct (class, id) pairs remembered before the memo starts over: a few pages' worth
# (the dev pages have a few hundred each), so a page of generated names cannot grow it.
_MEMO_SIZE = 20_000


def remember(memo: dict[Any, bool], key: Any, value: bool) -> None:
    """Store ``value`` under ``key``, emptying ``memo`` first when it is full."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value


def inside(node: Any, main: set[Any], memo: dict[Any, bool]) -> bool:
    """Whether ``node`` is one of the chosen elements or inside one (memoised per element)."""
    path = []
    found = False
    while node is not None:
        if node in memo:
            found = memo[node]
            break
        if node in main:
            found = True
            break
        path.append(node)
        node = node.getparent()
    for visited in path:
        memo[visited] = found
    return found
