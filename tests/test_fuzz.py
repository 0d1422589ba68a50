"""Hypothesis fuzzing over the public API (issue 8, part 1).

Inputs: arbitrary Unicode text and bytes, a news-token grammar, and real pages (the seeds,
and the dev pages of ../shared/data when present) truncated, byte-flipped, with tags inserted
or deleted, converted to the other script, and with boilerplate lines shuffled in.

Properties every parse must keep:

* no exception, except ``TypeError`` for a wrong input type;
* deterministic: the same input gives an equal Article;
* ``to_dict()`` is JSON-serialisable and round-trips through ``Article.from_dict``;
* nothing invented: the title and every body paragraph are text of the input after
  normalisation (pieces of it, allowing the few cuts inline-noise removal makes);
* no state carried between calls: A, B, A again gives A's result, and B's paragraphs never
  appear in A's article unless A's own input holds them.

``NEWSPARSE_LONG_FUZZ=1`` selects the long Hypothesis profile (see ``conftest.py``).
"""

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from conftest import SHARED, seed_paths
from hypothesis import given, note, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Config

# Whole dev pages (up to 450 KB) cost ~0.3 s an example: fewer examples in CI, still scaled
# up by the long profile (NEWSPARSE_LONG_FUZZ=1).
HEAVY = settings(max_examples=max(25, settings().max_examples // 10))
# Text pages include the flattened dev pages (up to ~100 KB of text).
MEDIUM = settings(max_examples=max(50, settings().max_examples // 5))

# A parse that takes longer than this on a page of at most a few hundred KB is a hang.
PARSE_SECONDS = 60.0

_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^<>]{0,300}>")
_ATTR_VALUE = re.compile(r"""=\s{0,5}(?:"([^"]{0,5000})"|'([^']{0,5000})'|([^\s"'=<>`]{1,2000}))""")

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
def _seed_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in seed_paths())


def _shared_html_files() -> list[Path]:
    data = SHARED / "data"
    return sorted([*data.glob("gne_pages/*.html"), *data.glob("hk_pages/*.html")])


@functools.cache
def _html_bytes() -> tuple[bytes, ...]:
    pages = [p.read_bytes() for p in _shared_html_files()]
    dev = SHARED / "data" / "html_dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pages.append(json.loads(line)["html"].encode("utf-8"))
    return tuple(pages)


@functools.cache
def _html_texts() -> tuple[str, ...]:
    return tuple(_decode(page) for page in _html_bytes())


@functools.cache
def _flattened_texts() -> tuple[str, ...]:
    """The dev pages flattened to text the way a WET record is made: more text-path input."""
    out = []
    for page in _html_bytes():
        with contextlib.suppress(Exception):
            root = lxml.html.document_fromstring(page)
            for bad in root.xpath("//script|//style"):
                bad.drop_tree()
            out.append(root.text_content())
    return tuple(out)


def _text_pages() -> tuple[str, ...]:
    return _seed_texts() + _flattened_texts()


def _require_html() -> tuple[str, ...]:
    pages = _html_texts()
    if not pages:
        pytest.skip(f"needs the shared dev pages under {SHARED / 'data'} (absent here)")
    return pages


@functools.cache
def _boilerplate_lines() -> tuple[str, ...]:
    """Short lines without a full stop from the seeds: navigation, footers, buttons."""
    lines = {
        line.strip()
        for text in _seed_texts()
        for line in text.splitlines()
        if 0 < len(line.strip()) <= 30 and "。" not in line
    }
    return tuple(sorted(lines))


def _decode(page: bytes) -> str:
    for charset in ("utf-8", "gb18030", "big5hkscs"):
        with contextlib.suppress(UnicodeDecodeError):
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
    spans = [m.span() for m in _TAG.finditer(text)]
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


def _html_page(draw: Callable[..., Any], pages: tuple[str, ...]) -> Sample:
    index = draw(st.integers(0, len(pages) - 1))
    note(f"html page #{index}")
    return Sample(_mutate(pages[index], draw, html=True))


def _html_page_bytes(draw: Callable[..., Any]) -> Sample:
    pages = _html_bytes()
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
# The properties.


class ParseHang(AssertionError):
    """A parse ran past PARSE_SECONDS."""


@contextlib.contextmanager
def time_limit(seconds: float = PARSE_SECONDS) -> Iterator[None]:
    """Fail (instead of hanging CI) when the block runs too long; the regex engine and
    Python code both check signals. Only in the main thread, where signals arrive."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise ParseHang(f"parse took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
    return first


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
        return squash(newsparse.normalize(self.source) + "\n" + self.source)


def text_haystack(text: str) -> Haystack:
    return Haystack(text)


def html_haystack(page: str) -> Haystack:
    """Everything a page's text could come from: its text content (two ways, lenient about
    broken markup) and its attribute values (meta tags), entities decoded."""
    parts = [_TAG.sub(" ", page)]
    parts += ["".join(groups) for groups in _ATTR_VALUE.findall(page)]
    with contextlib.suppress(Exception):  # the reference parse may fail on hostile markup
        parts.append(lxml.html.document_fromstring(page).text_content())
    source = html_lib.unescape("\n".join(parts))
    if "&" in source:  # double-escaped remnants (&amp;nbsp;) the library restores
        source += "\n" + html_lib.unescape(source)
    return Haystack(source)


# A cut the library may make inside a paragraph: an inline stock quote, a pinyin gloss, (完).
MAX_CUT = 48


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    k = 0
    while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
        k += 1
    return k


def _aligned_from(needle: str, haystack: str, start: int) -> bool:
    """Does ``needle`` follow ``haystack`` from ``start``, skipping only short cuts?"""
    i, j = 0, start
    while True:
        k = _common_prefix(needle, i, haystack, j)
        if k == 0:
            return False
        i, j = i + k, j + k
        if i == len(needle):
            return True
        probe = needle[i : i + 2]
        j = haystack.find(probe, j, j + MAX_CUT + len(probe))
        if j < 0:
            return False


def is_stretch_of(needle: str, haystack: str, max_starts: int = 400) -> bool:
    """Is ``needle`` a stretch of ``haystack`` with at most a few short pieces cut out
    (each cut under MAX_CUT characters)? Invented or foreign text is not."""
    if needle in haystack:
        return True
    head = needle[:2]
    start = haystack.find(head)
    for _ in range(max_starts):
        if start < 0:
            return False
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


# -- wrong types ----------------------------------------------------------------------------

_NOT_STR = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.lists(st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers()),
    st.just(object()),
    st.just(Path("page.html")),
)
_NOT_PAGE = st.one_of(_NOT_STR.filter(lambda v: not isinstance(v, (str, bytes))))


@given(value=_NOT_PAGE)
def test_wrong_page_type_is_a_type_error_naming_what_to_pass(value: Any) -> None:
    for parse in (newsparse.parse, newsparse.parse_html):
        with pytest.raises(TypeError, match="str"):
            parse(value)
    with pytest.raises(TypeError, match="str"):
        newsparse.parse_text(value)


@given(value=st.one_of(st.binary(max_size=20), st.just(bytearray(b"<p>x</p>"))))
def test_parse_text_rejects_bytes(value: Any) -> None:
    with pytest.raises(TypeError, match="str"):
        newsparse.parse_text(value)


@pytest.mark.parametrize(
    "func",
    [
        newsparse.parse_date,
        newsparse.parse_dateline,
        newsparse.detect_script,
        newsparse.convert,
        newsparse.normalize,
        newsparse.to_simplified,
        newsparse.to_traditional,
        newsparse.find_dates,
    ],
    ids=lambda f: f.__name__,
)
@pytest.mark.parametrize("value", [None, 123, b"\xe4\xb8\xad", ["中"]], ids=repr)
def test_text_functions_reject_non_str(func: Callable[[Any], Any], value: object) -> None:
    with pytest.raises(TypeError):
        func(value)


@given(reference=st.one_of(st.text(max_size=10), st.integers(), st.floats()))
def test_bad_reference_or_config_is_a_type_error(reference: Any) -> None:
    with pytest.raises(TypeError):
        newsparse.parse("新华社北京3月31日电 正文。", reference=reference)
    with pytest.raises(TypeError):
        newsparse.parse("新华社北京3月31日电 正文。", config=reference)


# -- arbitrary input --------------------------------------------------------------------------


@given(text=any_text)
def test_arbitrary_unicode_never_raises(text: str) -> None:
    check_article(text)
    article = check_article(text, newsparse.parse_text)
    assert_nothing_invented(article, text_haystack(text))


# Crashes the fuzzer found, as data: (id, minimal input, what it was). A known crash still
# open is a strict xfail here; once fixed its entry moves to FIXED_CRASHES and stays as a
# regression test.
KNOWN_CRASHES: list[tuple[str, bytes, str]] = []
FIXED_CRASHES: list[tuple[str, bytes, str]] = [
    (
        "truncated-utf8",
        b"\xc2",
        "_decode._detect: UTF-8 cut inside its last character raised UnicodeDecodeError",
    ),
    ("truncated-utf8-in-page", "<p>中文".encode()[:-1], "the same, after markup"),
]


@pytest.mark.parametrize(
    "page",
    [pytest.param(page, id=name) for name, page, _ in FIXED_CRASHES]
    + [
        pytest.param(page, id=name, marks=pytest.mark.xfail(strict=True, reason=why))
        for name, page, why in KNOWN_CRASHES
    ],
)
def test_crash_reproducers(page: bytes) -> None:
    check_article(page)
    check_article(page, newsparse.parse_html)


@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    check_article(data)
    check_article(data, newsparse.parse_html)


@given(text=news_text)
def test_news_shaped_text_keeps_every_property(text: str) -> None:
    check_article(text)
    article = check_article(text, newsparse.parse_text)
    assert_nothing_invented(article, text_haystack(text))


@given(text=any_text)
def test_json_line_is_valid_utf8(text: str) -> None:
    """A JSONL writer must be able to encode every result, even from lone surrogates
    (which ``json.loads`` makes from ``\\ud800`` escapes in crawl dumps)."""
    article = check_article(text, newsparse.parse_text)
    article.to_json().encode("utf-8")


# Tiny limits push every input through the truncation paths; script output converts.
_CONFIGS = (
    Config(script="simplified"),
    Config(script="traditional", region="tw"),
    Config(script="traditional", region="hk", listing=False),
    Config(max_input_bytes=300, max_line_chars=40, max_nodes=20, max_depth=4),
    Config(normalize_width=False, normalize_whitespace=False, restore_entities=False,
           repair_pinyin=False, fullwidth_punctuation=True, timezone="Asia/Taipei"),
)  # fmt: skip


@given(text=st.one_of(news_text, any_text), config=st.sampled_from(_CONFIGS))
def test_every_config_keeps_the_properties(text: str, config: Config) -> None:
    over = len(text.encode("utf-8", "surrogatepass")) > config.max_input_bytes
    for parse in (newsparse.parse, newsparse.parse_text, newsparse.parse_html):
        article = check_article(text, functools.partial(parse, config=config))
        if over and parse is newsparse.parse_text:  # parse_html: see the xfail below
            assert article.truncated, "input over max_input_bytes not flagged"


@pytest.mark.xfail(
    strict=True,
    reason="_html._as_text counts max_input_bytes in characters for a str page: "
    "parse_html('中' * 200, max_input_bytes=300) is 600 bytes and not truncated "
    "(parse_text counts bytes)",
)
def test_html_str_over_max_input_bytes_is_flagged() -> None:
    assert newsparse.parse_html("<p>" + "中" * 200 + "</p>", max_input_bytes=300).truncated


# -- real pages, mutated -------------------------------------------------------------------


@MEDIUM
@given(sample=text_pages())
def test_mutated_text_pages(sample: Sample) -> None:
    page = sample.page
    check_article(page)
    article = check_article(page, newsparse.parse_text)
    assert_nothing_invented(article, text_haystack(page))


@HEAVY
@given(data=st.data())
def test_mutated_html_pages(data: st.DataObject) -> None:
    pages = _require_html()
    page = data.draw(st.composite(lambda draw: _html_page(draw, pages))()).page
    check_article(page)
    article = check_article(page, newsparse.parse_html)
    assert_nothing_invented(article, html_haystack(page))


@HEAVY
@given(data=st.data())
def test_mutated_html_bytes(data: st.DataObject) -> None:
    _require_html()
    page = data.draw(st.composite(_html_page_bytes)()).page
    check_article(page)
    check_article(page, newsparse.parse_html)


# -- no state between calls ----------------------------------------------------------------


def _page_and_haystack(draw: Callable[..., Any]) -> tuple[Sample, Haystack]:
    if _html_texts() and draw(st.booleans()):
        sample = _html_page(draw, _html_texts())
        return sample, html_haystack(sample.page)
    sample = draw(text_pages())
    return sample, text_haystack(sample.page)


@HEAVY
@given(data=st.data())
def test_no_state_carried_between_calls(data: st.DataObject) -> None:
    sample_a, hay_a = data.draw(st.composite(_page_and_haystack)(), label="A")
    sample_b, _ = data.draw(st.composite(_page_and_haystack)(), label="B")
    page_a, page_b = sample_a.page, sample_b.page
    parser = newsparse.Parser()
    with time_limit():
        first = parser(page_a)
        other = parser(page_b)
        again = parser(page_a)
        plain = newsparse.parse(page_a)
    assert first == again == plain
    leaked = Article(paragraphs=tuple(set(other.paragraphs) & set(again.paragraphs)))
    assert_nothing_invented(leaked, hay_a)


# -- the checks themselves must be able to fail ---------------------------------------------


def test_invention_check_catches_invented_and_foreign_text() -> None:
    seed = _seed_texts()[0]
    haystack = text_haystack(seed)
    own = next(line.strip() for line in seed.splitlines() if len(line.strip()) > 30)
    assert_nothing_invented(Article(title=own[:10], paragraphs=(own,)), haystack)
    with pytest.raises(AssertionError, match="not in the input"):
        assert_nothing_invented(Article(paragraphs=("龘靐齉",)), haystack)
    foreign = next(line.strip() for line in _seed_texts()[3].splitlines() if len(line) > 40)
    with pytest.raises(AssertionError):
        assert_nothing_invented(Article(paragraphs=(foreign,)), haystack)
    quotes = "中关村(4.950, -0.08, -1.59%)大涨，中关村(4.950, -0.08, -1.59%)北京时间(完)"
    assert is_stretch_of(squash("中关村大涨，中关村北京时间"), squash(quotes))  # cuts are fine
    shuffled = "".join(sorted(own))  # every character from the page, in an invented order
    with pytest.raises(AssertionError, match="not a stretch"):
        assert_nothing_invented(Article(paragraphs=(shuffled,)), haystack)
