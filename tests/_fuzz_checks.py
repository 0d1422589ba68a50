"""Checks for the fuzz tests: a parse bounded in time, the properties every Article keeps,
and "nothing invented" (each field a stretch of the input, with only short cuts)."""

from __future__ import annotations

import contextlib
import functools
import html as html_lib
import json
import pickle
import re
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

import lxml.html
from _fuzz_inputs import TAG

import newsparse
from newsparse import Article

_WS = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ATTR_VALUE = re.compile(r"""=\s{0,5}(?:"([^"]{0,5000})"|'([^']{0,5000})'|([^\s"'=<>`]{1,2000}))""")

# A parse that takes longer than this on a page of at most a few hundred KB is a hang.
PARSE_SECONDS = 60.0


class TooSlow(AssertionError):
    """A block ran past its time bound."""


class ParseHang(TooSlow):
    """A parse ran past PARSE_SECONDS."""


@contextlib.contextmanager
def time_limit(seconds: float = PARSE_SECONDS, error: type[TooSlow] = ParseHang) -> Iterator[None]:
    """Fail (instead of hanging CI) when the block runs too long; the regex engine and
    Python code both check signals. Only in the main thread, where signals arrive.

    The bound is CPU time of this process (ITIMER_VIRTUAL), not wall time: on a shared
    machine under load a wall-clock bound fails linear work, and a runaway (a quadratic
    path, a hang in a loop) still runs past it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise error(f"took more than {seconds} s of CPU time")

    previous = signal.signal(signal.SIGVTALRM, on_alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def check_article(page: Any, parse: Callable[[Any], Article] = newsparse.parse) -> Article:
    """Parse twice; the result is an Article, deterministic, and serialises losslessly."""
    with time_limit():
        first = parse(page)
        second = parse(page)
    assert isinstance(first, Article)
    assert first == second, "same input, different Article"
    as_json = json.dumps(first.to_dict(), allow_nan=False)
    assert Article.from_dict(json.loads(as_json)) == first
    assert json.loads(first.to_json()) == json.loads(as_json)
    assert pickle.loads(pickle.dumps(first)) == first
    assert first.page_type in ("article", "listing", "empty")
    assert first.script in ("simplified", "traditional", "mixed", "unknown")
    assert_encodable(first)
    return first


def assert_encodable(article: Article) -> None:
    """Every field of the result encodes as UTF-8: a writer must never fail on it."""
    for name, value in article.to_dict().items():
        text = json.dumps(value, ensure_ascii=False)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise AssertionError(f"field {name} does not encode as UTF-8: {text[:200]!r}") from exc


def squash(text: str) -> str:
    """Text with every whitespace character removed: line and paragraph joins may differ."""
    return _WS.sub("", text)


class Haystack:
    """What an article's text may come from: the input's text, first as is (cheap), and
    normalised only when some field is not found as is (normalising a 400 KB page takes
    about a second)."""

    def __init__(self, source: str) -> None:
        self.source = source

    @functools.cached_property
    def plain(self) -> str:
        return squash(self.source)

    @functools.cached_property
    def normalised(self) -> str:
        # HTML parsing drops C0 control characters (libxml2 rejects them); text pages keep
        # them, normalised like the rest of the line.
        normal = newsparse.normalize(self.source)
        return squash(_CONTROL.sub("", normal) + "\n" + normal + "\n" + self.source)


def text_haystack(text: str) -> Haystack:
    return Haystack(text)


def html_haystack(page: str) -> Haystack:
    """Everything a page's text could come from: its text content (with and without scripts,
    styles and comments; tags stripped; raw, for broken markup) and its attribute values
    (meta tags), entities decoded."""
    # Broken markup: a parser may keep tag-like text as text (a <title> never closed takes
    # the rest of the head as its text), so the raw page is part of it too.
    parts = [TAG.sub(" ", page), page]
    parts += ["".join(groups) for groups in _ATTR_VALUE.findall(page)]
    # The library removes control characters before it parses; lxml refuses to store text
    # holding one, so the reference parse of a page with one cannot drop its scripts (and
    # the page's text without them would be missing): the page is read without them too.
    for reading in dict.fromkeys((page, _CONTROL.sub("", page))):
        with contextlib.suppress(Exception):  # the reference parse may fail on hostile markup
            root = lxml.html.document_fromstring(reading)
            parts.append(root.text_content())
            # and as the library reads it: code and comments dropped (a cut of any length)
            for node in root.xpath("//script|//style|//noscript|//template|//comment()"):
                if node.getparent() is not None:  # (a comment before <html> has none)
                    node.drop_tree()
            parts.append(root.text_content())
    source = html_lib.unescape("\n".join(parts))
    if "&" in source:  # double-escaped remnants (&amp;nbsp;) the library restores
        source += "\n" + html_lib.unescape(source)
    return Haystack(source)


# A cut the library may make inside a paragraph: an inline stock quote, a pinyin gloss, (完).
MAX_CUT = 48
# ... and any cut at all, when what follows it is this long and verbatim.
LONG_PIECE = 16
# Broken markup may surface as stray punctuation between two pieces: a few are not words.
MARKUP_CHARS = frozenset("<>!/-=\"'")
MAX_STRAY = 8


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    k = 0
    while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
        k += 1
    return k


def _next_piece(needle: str, i: int, haystack: str, j: int) -> int:
    """Where the rest of ``needle`` (from ``i``) resumes in ``haystack`` after a cut, or -1."""
    probe = needle[i : i + 2]
    found = haystack.find(probe, j, j + MAX_CUT + len(probe))
    if found < 0:  # a one-character piece between two cuts: 轉(zhuǎn)移 read as 轉移
        found = haystack.find(needle[i], j, j + MAX_CUT + 1)
    if found < 0 and len(needle) - i >= LONG_PIECE:
        # a longer cut (a script element, a comment a broken page left among the text)
        # only before a long verbatim piece, further on
        found = haystack.find(needle[i : i + LONG_PIECE], j)
    return found


def _aligned_from(needle: str, haystack: str, start: int) -> bool:
    """Does ``needle`` follow ``haystack`` from ``start``, skipping only allowed cuts?"""
    i, j, stray = 0, start, 0
    while True:
        k = _common_prefix(needle, i, haystack, j)
        if k == 0:
            return False
        i, j = i + k, j + k
        if i == len(needle):
            return True
        found = _next_piece(needle, i, haystack, j)
        while found < 0 and needle[i] in MARKUP_CHARS and stray < MAX_STRAY and i + 1 < len(needle):
            # a markup character a broken tag left as text (``<!\x18-- c -->``): not a word
            i, stray = i + 1, stray + 1
            found = _next_piece(needle, i, haystack, j)
        if found < 0:
            return False
        j = found


def is_stretch_of(needle: str, haystack: str, max_starts: int = 400) -> bool:
    """Is ``needle`` a stretch of ``haystack`` with pieces cut out (short ones anywhere, long
    ones only before LONG_PIECE verbatim characters), in order? Invented, reordered or
    foreign text is not."""
    if needle in haystack:
        return True
    # Alignments start where the first two characters are, or failing that (a character
    # dropped right after the first one: a control, a gloss) where the first one is.
    for head in (needle[:2], needle[:1]):
        start = haystack.find(head)
        for _ in range(max_starts):
            if start < 0:
                break
            if _aligned_from(needle, haystack, start):
                return True
            start = haystack.find(head, start + 1)
    return False


def assert_nothing_invented(article: Article, haystack: Haystack) -> None:
    """Title and paragraphs are text of the input: each a stretch of the normalised input,
    from which the library may have cut short pieces (inline stock quotes, pinyin glosses,
    ``(完)``), but nothing added, reordered or brought from elsewhere."""
    fields = list(article.paragraphs)
    if article.title is not None:
        fields.append(article.title)
    for text in fields:
        needle = squash(text)
        if needle in haystack.plain or is_stretch_of(needle, haystack.normalised):
            continue
        missing = sorted(set(needle) - set(haystack.normalised))
        assert not missing, f"characters not in the input {missing[:10]}: {text[:200]!r}"
        raise AssertionError(f"not a stretch of the input: {text[:200]!r}")
