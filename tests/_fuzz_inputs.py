"""Inputs for the fuzz tests: real pages (the seeds; the dev pages of ../shared/data, read in
place and never copied), the page slice of tests/data/pages, the ways test_fuzz.py breaks
them, and generated text."""

from __future__ import annotations

import contextlib
import functools
import gzip
import html as html_lib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import lxml.html
import pytest
from _helpers import SHARED, seed_paths, shared_html_files, slice_html, slice_texts
from hypothesis import note
from hypothesis import strategies as st

import newsparse

TAG = re.compile(r"<[^<>]{0,300}>")

# Markup a broken or hostile page throws at the parser, inserted at random positions.
_TAG_WORDS = """<div> </div> <p> </p> <br> <br/> <span> </span> <script> </script> <style>
    </style> <!-- --> <table> </table> <tr><td> </td></tr> </a> <title> </title> <h1> </h1> <li>
    <ul> </ul> <![CDATA[ ]]> <body> </body> </html> <html> <head> </head> <iframe> <noscript>
    <pre> <textarea> <frameset> <template> <svg> <math> &nbsp; &amp; &#x4e2d; &# < > <!DOCTYPE"""
_TAGS = (
    *_TAG_WORDS.split(),
    '<a href="/x">',
    '<?xml version="1.0" encoding="gbk"?>',
    '<meta charset="big5">',
    '<meta name="author" content="记者 王小明">',
    '<img src="http://127.0.0.1:9/x.png">',
    "\x00",
    "\r",
    "\ufeff",
)

# Words news pages are made of, for a grammar-shaped fuzz that reaches the deeper rules.
_NEWS_WORDS = """新华社 新華社 中新社 中新網 本报讯 本報訊 北京 臺北 3月31日 十四日
    廿二日 二〇二五年 101/05/25 电 電 讯 訊 报道 記者 记者 通讯员 责编: 責編: 编辑 校对 摄
    文/ /文 来源: 來源: ( ) （ ） 【 】 〔 〕 / ／ 。 ， ： (完) （完） 首页 > 正文
    尽在新浪财经APP 中新網(wǎng) 互動(dòng)?xùn)|中西 (wǎng) 王小明 马尔科·阿莱曼 今天 昨天
    下午3时 北京时间 民國113年 · &nbsp; &amp;nbsp; #xff1a; １０月２２日 a 1 0
    英国企业将中国视为重要创新策源地 前沿科技成为中外嘉宾共同关注的焦点"""
_NEWS_TOKENS = (
    *_NEWS_WORDS.split(),
    " ",
    "  ",
    "\u3000",
    "\n",
    "\n\n",
    "\u200b",
    "2024-04-29 09:00:32",
    "2025年03月20日 17:55",
    "Copyright 2001-2024 By ",
    "中关村(4.950, -0.08, -1.59%)",
    "苏婧欣 赵婧姝",
    "Ren Min Ri Bao",
    "Xin Hua She",
)


# ---------------------------------------------------------------------------------------
# Corpora (read lazily, once; ../shared is read in place and never copied).


@functools.cache
def seed_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in seed_paths())


@functools.cache
def html_bytes() -> tuple[bytes, ...]:
    """The slice's pages (always there), then the shared dev pages when present."""
    pages = [page for _, page in slice_html()]
    pages += [p.read_bytes() for p in shared_html_files()]
    dev = SHARED / "data" / "html_dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pages.append(json.loads(line)["html"].encode("utf-8"))
    return tuple(pages)


@functools.cache
def html_texts() -> tuple[str, ...]:
    """The same pages as text: the slice's decoded with the charset its label gives (a Big5
    page read as GB18030 raises no error, and its garbled text made a false finding), the
    shared ones with the charset they declare."""
    slice_count = len(slice_html())
    shared = html_bytes()[slice_count:]
    return tuple(text for _, text in slice_texts()) + tuple(_decode(page) for page in shared)


@functools.cache
def _flattened_texts() -> tuple[str, ...]:
    """The dev pages flattened to text the way a WET record is made: more text-path input."""
    out = []
    for page in html_bytes():
        with contextlib.suppress(Exception):
            root = lxml.html.document_fromstring(page)
            for bad in root.xpath("//script|//style"):
                bad.drop_tree()
            out.append(root.text_content())
    return tuple(out)


def _text_pages() -> tuple[str, ...]:
    return seed_texts() + _flattened_texts()


def require_html() -> tuple[str, ...]:
    pages = html_texts()
    if not pages:
        pytest.skip(f"needs the shared dev pages under {SHARED / 'data'} (absent here)")
    return pages


@functools.cache
def _boilerplate_lines() -> tuple[str, ...]:
    """Short lines without a full stop from the seeds: navigation, footers, buttons."""
    lines = {
        line.strip()
        for text in seed_texts()
        for line in text.splitlines()
        if 0 < len(line.strip()) <= 30 and "。" not in line
    }
    return tuple(sorted(lines))


_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]{2,20})""", re.I)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}


def _decode(page: bytes) -> str:
    declared = _DECLARED_CHARSET.search(page[:4096])
    first = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    for charset in (_WIDER.get(first, first), "utf-8", "gb18030", "big5hkscs"):
        with contextlib.suppress(UnicodeDecodeError, LookupError):
            return page.decode(charset)
    return page.decode("utf-8", "replace")


# ---------------------------------------------------------------------------------------
# Mutations.


def _flip_bytes(data: bytes, draw: Callable[..., Any]) -> bytes:
    if not data:
        return data
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 24))):
        pos = draw(st.integers(0, len(buf) - 1))
        buf[pos] ^= draw(st.integers(1, 255))
    return bytes(buf)


def _cut(text: str, draw: Callable[..., Any]) -> str:
    start = draw(st.integers(0, len(text)))
    if draw(st.booleans()):
        return text[:start]
    return text[start:]


def _insert_lines(text: str, draw: Callable[..., Any], *, html: bool) -> str:
    pool = _boilerplate_lines()
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 8))):
        line = draw(st.sampled_from(pool))
        if html:
            line = draw(
                st.sampled_from(("<p>{}</p>", "<div>{}</div>", '<li><a href="/n">{}</a></li>'))
            )
            line = line.format(draw(st.sampled_from(pool)))
        lines.insert(draw(st.integers(0, len(lines))), line)
    return "\n".join(lines)


def _convert(text: str, draw: Callable[..., Any]) -> str:
    # The pure-Python converter does ~0.35 M chars/s: convert a window, not a whole 400 KB page.
    text = text[:16_000]
    return newsparse.convert(text, draw(st.sampled_from(("s2t", "t2s", "s2tw", "s2hk"))))


def _insert_tags(text: str, draw: Callable[..., Any]) -> str:
    for _ in range(draw(st.integers(1, 12))):
        pos = draw(st.integers(0, len(text)))
        text = text[:pos] + draw(st.sampled_from(_TAGS)) + text[pos:]
    return text


def _delete_tags(text: str, draw: Callable[..., Any]) -> str:
    spans = [m.span() for m in TAG.finditer(text)]
    if not spans:
        return text
    chosen = sorted(set(draw(st.lists(st.integers(0, len(spans) - 1), min_size=1, max_size=40))))
    for index in reversed(chosen):
        start, end = spans[index]
        text = text[:start] + text[end:]
    return text


_TEXT_OPS = ("cut", "flip", "boilerplate", "convert", "drop_lines")
_HTML_OPS = ("cut", "flip", "boilerplate", "convert", "insert_tags", "delete_tags")


def _mutate(text: str, draw: Callable[..., Any], *, html: bool) -> str:
    ops = draw(st.lists(st.sampled_from(_HTML_OPS if html else _TEXT_OPS), max_size=4))
    note(f"mutations: {ops}")
    for op in ops:
        if op == "cut":
            text = _cut(text, draw)
        elif op == "flip":
            text = _flip_bytes(text.encode("utf-8"), draw).decode("utf-8", "replace")
        elif op == "boilerplate":
            text = _insert_lines(text, draw, html=html)
        elif op == "convert":
            text = _convert(text, draw)
        elif op == "insert_tags":
            text = _insert_tags(text, draw)
        elif op == "delete_tags":
            text = _delete_tags(text, draw)
        else:  # drop_lines
            lines = text.split("\n")
            keep = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
            text = "\n".join(line for line, k in zip(lines, keep, strict=True) if k)
    return text


@dataclass(frozen=True)
class Sample:
    """A generated page; its repr is short so that failure reports stay readable (the
    notes give the page number and the mutations, the seed reproduces it)."""

    page: Any

    def __repr__(self) -> str:
        return f"Sample({len(self.page)}: {self.page[:300]!r}...)"


@st.composite
def text_pages(draw: Callable[..., Any]) -> Sample:
    """A real text page (seed or flattened dev page), mutated."""
    pages = _text_pages()
    index = draw(st.integers(0, len(pages) - 1))
    note(f"text page #{index}")
    return Sample(_mutate(pages[index], draw, html=False))


def html_page(draw: Callable[..., Any], pages: tuple[str, ...]) -> Sample:
    index = draw(st.integers(0, len(pages) - 1))
    note(f"html page #{index}")
    return Sample(_mutate(pages[index], draw, html=True))


def html_page_bytes(draw: Callable[..., Any]) -> Sample:
    pages = html_bytes()
    index = draw(st.integers(0, len(pages) - 1))
    data = pages[index]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):
        data = _flip_bytes(data, draw)
    note(f"html bytes #{index}, {len(data)} bytes")
    return Sample(data)


news_text = st.lists(st.sampled_from(_NEWS_TOKENS), max_size=80).map("".join)
# Every code point, surrogates and controls included.
any_text = st.text(alphabet=st.characters(blacklist_categories=()), max_size=400)


# ---------------------------------------------------------------------------------------
# Hostile HTML bytes: a window of a real page (cut at both ends), re-encoded in another
# charset with its declaration changed, an attribute flood in front, bytes flipped, gzipped.

# Codecs a page is swapped into: what Chinese sites use, and the BOM-less wide ones.
SWAP_CODECS = ("utf-8", "gb18030", "big5hkscs", "utf-16-le", "utf-16-be", "utf-32-le",
               "utf-8-sig", "utf-16")  # fmt: skip
_DECLARED = re.compile(r"charset\s{0,5}=\s{0,5}[\"']?[A-Za-z0-9_:.+-]{1,40}", re.I)
# Closes whatever a window may start inside (a comment, a script), so that a flood put in
# front of it is always an element.
_WINDOW = 16_000


@dataclass(frozen=True)
class HostileSample:
    """A generated payload and what the checks need to know about how it was made."""

    page: bytes
    source: str  # the text it was made from: what any body must come from
    declared: str | None  # the charset passed as if from the HTTP header
    flood: int  # attributes of the flooded element in front, 0 for none
    flipped: bool  # bytes were flipped: the flood itself may be broken
    exact: bool  # decoding must give the source text back (see hostile_html)

    def __repr__(self) -> str:
        return (f"HostileSample({len(self.page)} bytes, declared={self.declared!r}, "
                f"flood={self.flood}, flipped={self.flipped}, exact={self.exact}: "
                f"{self.page[:200]!r}...)")  # fmt: skip


@functools.cache
def _seed_pages_as_html() -> tuple[str, ...]:
    """The seeds as simple HTML pages: hostile input even where ../shared is absent."""
    return tuple(
        "<html><head><meta charset='utf-8'><title>新闻</title></head><body>"
        + "".join(f"<p>{html_lib.escape(line)}</p>" for line in text.splitlines() if line.strip())
        + "</body></html>"
        for text in seed_texts()
    )


def _flood(draw: Callable[..., Any]) -> tuple[str, int]:
    count = draw(st.sampled_from((0, 0, 40, 256, 257, 300, 2_000, 20_000)))
    if not count:
        return "", 0
    form = draw(st.sampled_from(("a{}", "a{}=1", 'a{}=">"', "a{}='x y'")))
    return "<div " + " ".join(form.format(i) for i in range(count)) + ">", count


@st.composite
def hostile_html(draw: Callable[..., Any]) -> HostileSample:
    pages = html_texts() or _seed_pages_as_html()
    index = draw(st.integers(0, len(pages) - 1))
    text = pages[index]
    start = draw(st.integers(0, max(0, len(text) - 1)))
    text = text[start : start + draw(st.integers(0, _WINDOW))]
    codec = draw(st.sampled_from(SWAP_CODECS))
    label = draw(st.sampled_from((None, codec, "gb2312", "big5", "utf-8", "utf-16", "iso-8859-1")))
    text = _DECLARED.sub(f"charset={label}" if label else "", text)
    flood, count = _flood(draw)
    source = flood + text
    page = source.encode(codec, "xmlcharrefreplace")
    flipped = draw(st.booleans())
    if flipped:
        page = _flip_bytes(page, draw)
    if draw(st.integers(0, 7)) == 0:
        page = gzip.compress(page, mtime=0)
    declared = draw(st.sampled_from((None, None, codec, label)))
    note(f"page #{index} from {start}, {codec}, label {label}, declared {declared}")
    # Decoding must give the text back when nothing lies about it and there is enough of
    # it to tell (a few bytes without a label can be read more than one way).
    honest = all(name in (None, *_FAMILY[codec]) for name in (label, declared))
    exact = not flipped and honest and len(text) >= _EVIDENCE
    return HostileSample(page, source, declared, count, flipped, exact)


# Charset labels that tell the truth about a codec (BOMs decide for the -sig and utf-16).
_FAMILY = {
    "utf-8": ("utf-8",), "gb18030": ("gb2312", "gb18030"), "big5hkscs": ("big5", "big5hkscs"),
    "utf-16-le": ("utf-16", "utf-16-le"), "utf-16-be": ("utf-16", "utf-16-be"),
    "utf-32-le": ("utf-32-le",),
    "utf-8-sig": (*SWAP_CODECS, "gb2312", "big5", "utf-16", "iso-8859-1"),
    "utf-16": (*SWAP_CODECS, "gb2312", "big5", "iso-8859-1"),
}  # fmt: skip
_EVIDENCE = 2_000
