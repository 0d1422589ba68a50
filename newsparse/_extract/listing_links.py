"""The teaser finders that read the markup: runs of linked headlines, linked headings with
their snippets, snippets ending in a read-more link, and repeated records (search results laid
out as the same few blocks again and again). They need links, so they run on HTML pages only."""

from __future__ import annotations

import datetime as _dt
import operator
import re
from collections.abc import Iterator
from itertools import compress, count, repeat
from operator import attrgetter

from .._core.article import ListingItem
from .._core.blocks import CAPTION, FURNITURE, UNLABELLED, Block
from .._core.lazy import lazy_compile
from .._news.credits import looks_like_byline
from .features import han_count, has_full_date, text_weight
from .listing_data import READ_MORE
from .listing_reader import (
    _MIN_LINK_RUN,
    _SENTENCE_STOP,
    _SEPARATORS,
    _SNIPPET_MIN,
    ListingHit,
    WalkedHit,
    _link_then_date,
    _Reader,
    _tail_dated,
)

_LINK_TRAILERS = 2  # lines a linked headline may carry below it: a date, a snippet
_HEADLINE_HAN = 8  # a linked headline has at least this many Han characters
_FREE_LINKS = 2  # short links ("...繼續閱讀", a section tag) between two teasers
# A snippet ending with its read-more link: "…形成同額競選的局面 ......more", "(詳全文)".
_READ_MORE = lazy_compile(
    r"[(（\[【]?(?:" + "|".join(READ_MORE) + r")[)）\]】]?\s{0,3}[>»＞]{0,3}\s{0,3}$",
    flags=re.IGNORECASE,
)
_ELLIPSIS = " .…"  # the dots before a read-more link
# Blocks per record of a repeated layout: a result is a few blocks (three to ten: name,
# labels, description, latest link); two-block records are headline-snippet pairs, which the
# text finders (listing.py) read.
_RECORD_MIN, _RECORD_MAX = 3, 10
_MIN_RECORDS = 3
_NOT = bytes.maketrans(b"\x00\x01", b"\x01\x00")  # bytes of 0 and 1, each flipped
_ZERO = bytes([1] + [0] * 255)  # a table of 1 for a zero byte, 0 for any other
_MORE_LINKED = 0.3  # a read-more link is a few characters of a snippet's
_MORE_SNIPPET_MIN = 30  # characters: a snippet, not a "更多>>" button on its own
_PROSE_BETWEEN = 20  # weight of an unlinked line of prose: a story's, between its subheads
_HEADLINE_MIN, _HEADLINE_MAX = 4, 40  # weight of a headline line over a snippet
# Labels a linked headline (and its snippet) may carry from earlier stages: a teaser box can
# sit in a caption element, which the captions stage took for a picture's caption.
_HEADLINE_LABELS = frozenset({UNLABELLED, CAPTION})
_HEADING_LINKED = 0.9  # a heading that is a link, give or take an icon's label
_HEADING_WEIGHT = 2  # a linked heading needs a word or two ("QQ互联", "百度_百度百科")
_MENU_RULE = "menu"  # the furniture stage's rule for a short line with a menu word in it


def _item(
    title: str,
    snippet: str | None,
    published: _dt.datetime | None,
    source: str | None,
    url: str | None,
) -> ListingItem:
    """``ListingItem(title, snippet, published, source, url)``, built without the frozen
    dataclass's ``__init__`` (an ``object.__setattr__`` per field): a page of links makes
    thousands."""
    item = object.__new__(ListingItem)
    item.__dict__.update(title=title, snippet=snippet, published=published, source=source, url=url)
    return item


def _link_item(r: _Reader, idx: int) -> ListingHit:
    """A linked headline with what follows it: a date-only line and a snippet, if any."""
    blocks = r.blocks
    block = blocks[idx]
    # (_link_then_date finds no date after a block all link; r.full, no full date in a block
    # that writes no year: both answers known without the calls.)
    cut = _link_then_date(block) if block.link_density < 1 else None
    if cut is not None:  # the date after the link, and no label after it, is the item's
        title, stamp = block.text[:cut].strip(_SEPARATORS), block.text[cut:]
        found = r.full(stamp)
    else:
        found = r.full(block.text) if idx in r.wrote else None
        title = block.text
        if found is not None:
            title = (title[: found.start] + title[found.end :]).strip(_SEPARATORS)
    published, snippet = (found.value if found else None), None
    indexes = [idx]
    for nxt in range(idx + 1, min(idx + 1 + _LINK_TRAILERS, len(blocks))):
        after = blocks[nxt]
        if after.url and r.linked[nxt]:
            break
        meta = r.meta(after.text)
        if meta is not None and not meta[1] and published is None:
            published = meta[0].value
        elif snippet is None and after.label in _HEADLINE_LABELS and r.weight(nxt) > _SNIPPET_MIN:
            snippet = after.text
        else:
            break
        indexes.append(nxt)
    item = _item(title, snippet, published, None, block.url)
    return WalkedHit(item, tuple(indexes))  # (a run holds headlines: _link_runs)


def _link_runs(r: _Reader) -> Iterator[list[int]]:
    """The runs of linked headlines (or none: a run may be empty), in page order."""
    blocks = r.blocks
    run: list[int] = []
    trailing = free = 0
    last = -1
    # Only the linked blocks are visited: the unlinked ones since the last (``gap``) trail
    # the run's last headline (a date, a snippet or a section heading under it), up to
    # _LINK_TRAILERS of them, and one more ends the run; with no run they do nothing.
    for idx in compress(range(len(blocks)), r.linked):
        gap, last = idx - last - 1, idx
        if run and gap > _LINK_TRAILERS - trailing:
            yield run
            run, trailing, free = [], 0, 0
        elif run:
            trailing += gap
        block = blocks[idx]
        text = block.text
        # Whether it is a headline is asked only where that decides: of a block that may be
        # one, and of a link a run may take in as a short one between teasers.
        heading = block.label in _HEADLINE_LABELS
        if heading or (run and free < _FREE_LINKS):
            headline = (
                len(text) >= _HEADLINE_HAN  # (fewer characters hold fewer Han ones)
                and han_count(text) >= _HEADLINE_HAN
                and not looks_like_byline(text)
            )
            if heading and headline:
                run.append(idx)
                trailing = free = 0
                continue
            if run and not headline and free < _FREE_LINKS:
                free += 1
                continue  # "...繼續閱讀", a section tag: a short link between teasers
        yield run
        run, trailing, free = [], 0, 0
    yield run


def _link_hits(r: _Reader, taken: frozenset[int] | set[int] = frozenset()) -> list[ListingHit]:
    """HTML: runs of linked headlines (related stories, list pages), with their trailers.
    A headline among ``taken`` (the blocks of hits found before) gets no item: :func:`_add`
    drops a hit that shares a block with those."""
    hits = [
        _link_item(r, i)
        for run in _link_runs(r)
        if len(run) >= _MIN_LINK_RUN
        for i in run
        if i not in taken
    ]
    # (A page without a caption, most, has none for a hit to take: one look in C.)
    if CAPTION in map(attrgetter("label"), r.blocks):
        hits = [_captions_taken(r.blocks, hit) for hit in hits]
    return hits


def _captions_taken(blocks: list[Block], hit: ListingHit) -> ListingHit:
    """``hit``, owning the captions among its blocks: a run of linked lines is no picture's
    caption (a teaser box drawn inside a caption element)."""
    taken = tuple([i for i in hit.indexes if blocks[i].label is CAPTION])
    return hit._replace(overrides=taken) if taken else hit


def _heading_snippet(r: _Reader, idx: int) -> int | None:
    """The snippet under a linked heading: the next unlinked prose block, perhaps after a
    short line (a date, a source), before any other heading or link."""
    for nxt in range(idx + 1, min(idx + 1 + _LINK_TRAILERS, len(r.blocks))):
        after = r.blocks[nxt]
        if after.tag == "h" or r.linked[nxt] or after.label is not UNLABELLED:
            return None
        if r.weight(nxt) > _SNIPPET_MIN:
            return nxt
    return None


def _heading_date(
    r: _Reader, idx: int, snippet: int
) -> tuple[_dt.datetime | None, tuple[int, ...]]:
    """A result's date line, between its heading and snippet or right under the snippet
    ("QQ空间 - qzone.qq.com/ - 2014-8-21", "February 15, 2013 - Dota Team")."""
    for i in (*range(idx + 1, snippet), snippet + 1):
        if i < len(r.blocks) and r.blocks[i].label is UNLABELLED and not r.linked[i]:
            meta = r.meta(r.blocks[i].text)
            if meta is not None:
                return meta[0].value, (i,)
    return None, ()


def _heading_hits(r: _Reader, own: str) -> list[ListingHit]:
    """Search results and story cards: headings that are links, each with a snippet under it.

    A heading that is one link names another page; one with a line of prose under it is a
    result or a teaser whatever its length (the Han-count test of :func:`_link_hits` would
    miss "百度_百度百科").
    """
    blocks = r.blocks
    hits: list[ListingHit] = []
    for idx, block in enumerate(blocks):
        if block.tag != "h" or block.url is None or block.link_density < _HEADING_LINKED:
            continue
        menu = block.label is FURNITURE and block.rule == _MENU_RULE
        if not (block.label is UNLABELLED or menu):
            continue
        if r.weight(idx) < _HEADING_WEIGHT:
            continue
        if block.text.replace(" ", "") == own:
            continue  # the page's own headline, linked to itself (a search's query is not)
        snippet = _heading_snippet(r, idx)
        if snippet is not None:
            published, dated = _heading_date(r, idx, snippet)
            text = blocks[snippet].text
            tail = _tail_dated(text, r) if published is None else None
            if tail is not None:  # "…确保取得实效。2024-04-10": the snippet ends with its date
                text, published = text[: tail.start].strip(_SEPARATORS), tail.value
            item = ListingItem(block.text, text, published, None, block.url)
            indexes = tuple(sorted((idx, snippet, *dated)))
            hits.append(ListingHit(item, indexes, (idx,) if menu else ()))
    return hits if len(hits) >= _MIN_LINK_RUN else []


def _more_hit(blocks: list[Block], idx: int) -> ListingHit | None:
    """Headline line at ``idx - 1``, its snippet at ``idx`` ending in a read-more link (the
    caller has seen that the snippet has an address, and a little link text)."""
    snippet, head = blocks[idx], blocks[idx - 1]
    if snippet.label is not UNLABELLED or len(snippet.text) < _MORE_SNIPPET_MIN:
        return None
    more = _READ_MORE.search(snippet.text)
    if more is None or head.label not in _HEADLINE_LABELS or head.tag == "title":
        return None
    if not _HEADLINE_MIN <= text_weight(head.text) <= _HEADLINE_MAX:
        return None
    if _SENTENCE_STOP.search(head.text) or has_full_date(head.text):
        return None
    text = snippet.text[: more.start()].rstrip(_ELLIPSIS)
    item = ListingItem(head.text, text, None, None, snippet.url)
    taken = (idx - 1,) if head.label is CAPTION else ()
    return ListingHit(item, (idx - 1, idx), taken)


def _more_hits(blocks: list[Block]) -> list[ListingHit]:
    """Teasers of a headline line and a snippet that ends in its read-more link (the
    headline itself often unlinked); a page needs a few, as one can end an article."""
    # A snippet with a read-more link has an address, and the link is a few of its
    # characters: most blocks (a link's, or plain text) are skipped by these tests.
    hits = [
        hit
        for i in range(1, len(blocks))
        if (b := blocks[i]).url is not None
        and 0 < b.link_density < _MORE_LINKED
        and (hit := _more_hit(blocks, i))
    ]
    if len(hits) < _MIN_LINK_RUN:
        return []
    # Teasers stand among links and other teasers. Between a story's subheaded paragraphs
    # ("【…】", then a paragraph ending "详情>>") runs more of its prose, unlinked.
    inside = {i for hit in hits for i in hit.indexes}
    for i in range(hits[0].indexes[0], hits[-1].indexes[-1]):
        block = blocks[i]
        prose = not block.url and text_weight(block.text) >= _PROSE_BETWEEN
        if i not in inside and block.label is UNLABELLED and prose:
            return []
    return hits


def _repeats(r: _Reader) -> dict[int, bytes]:
    """For each record length ``p``: whether each block repeats the kind (tag, linked or
    not) of the block ``p`` places later, as bytes (1 where it does; the last ``p`` blocks,
    with none that far after them, are left out). Made in C: the record search reads a
    block's runs only where it tries a record."""
    blocks = r.blocks
    size = len(blocks)
    tags = list(map(attrgetter("tag"), blocks))
    # Each block's kind as a number (twice its tag's, plus one when linked), in ``width``
    # bytes; the kinds as one integer, whose XOR with itself shifted by a period is zero
    # bytes where a block repeats the kind of the block that many places later.
    numbers = {tag: 2 * n for n, tag in enumerate(dict.fromkeys(tags))}
    width = max(1, ((2 * len(numbers)).bit_length() + 7) // 8)
    kinds = list(map(operator.add, map(numbers.__getitem__, tags), r.linked))
    written = bytes(kinds) if width == 1 else b"".join([k.to_bytes(width, "big") for k in kinds])
    packed = int.from_bytes(written, "big")
    # A block no record takes in (labelled, or the page's title) repeats no block: 0 here.
    free = bytearray(map(operator.is_, map(attrgetter("label"), blocks), repeat(UNLABELLED)))
    for j in compress(count(), map(operator.eq, tags, repeat("title"))):
        free[j] = 0
    frees = int.from_bytes(free, "big")
    repeats = {}
    for period in range(_RECORD_MIN, _RECORD_MAX + 1):
        m = max(0, size - period)
        diff = (packed >> (8 * width * period)) ^ (packed & ((1 << (8 * width * m)) - 1))
        zero = int.from_bytes(diff.to_bytes(width * m, "big").translate(_ZERO), "big")
        for k in range(1, width):  # a kind is the same where all its bytes are
            zero &= zero >> (8 * k)
        same = int.from_bytes(zero.to_bytes(width * m, "big")[width - 1 :: width], "big")
        repeats[period] = (same & (frees >> (8 * period)) & frees).to_bytes(m, "big")
    return repeats


def _run(same: bytes, i: int) -> int:
    """How many blocks from ``i`` on repeat (``same``: one period of :func:`_repeats`)."""
    if i >= len(same):
        return 0
    end = same.find(0, i)
    return (len(same) if end < 0 else end) - i


def _opens(same: bytes, period: int, size: int) -> bytearray:
    """Which of ``size`` blocks open ``_MIN_RECORDS`` records of ``period`` blocks, as bytes
    (1 where one does): the blocks with a run (``same``: that period of :func:`_repeats`) of
    that many periods less one."""
    least = (_MIN_RECORDS - 1) * period
    opens = bytearray(size)
    start = same.find(b"\x01" * least)
    while start >= 0:
        end = same.find(0, start)
        end = len(same) if end < 0 else end
        opens[start : end - least + 1] = b"\x01" * (end - least + 1 - start)
        start = same.find(b"\x01" * least, end)
    return opens


def _tried(repeats: dict[int, bytes], opens: dict[int, bytearray], size: int) -> bytes:
    """Which of ``size`` blocks the record search tries a record at after failing at an
    earlier one, as bytes (1 where it does): it goes on from a block one past the end of its
    run of blocks repeating ``_RECORD_MAX`` later (to the next block when it has none), so
    it reaches only the blocks right after one with no such run, and it finds a record only
    at a block that opens records of some period (``opens``). Most blocks are neither: they
    are passed in C."""
    rest = repeats[_RECORD_MAX]
    after_end = b"\x01" + rest.translate(_NOT) + b"\x01" * (size - 1 - len(rest))
    opening = 0
    for period_opens in opens.values():
        opening |= int.from_bytes(period_opens, "big")
    return (int.from_bytes(after_end, "big") & opening).to_bytes(size, "big")


def _record_title(r: _Reader, start: int, period: int, count: int) -> int | None:
    """The offset in each record of its title: the first linked block whose text differs
    from record to record ("山东高考指南", "河南高考指南"; not a "最近文章" label)."""
    for offset in range(period):
        # The records repeat their blocks' kinds (linked or not): a head is linked when the
        # first is (checked first: a long run of paragraphs fails here, cheaply).
        if not r.linked[start + offset]:
            continue
        heads = range(start + offset, start + count * period, period)
        weights = [r.weight(i) for i in heads]
        short = min(weights) >= _HEADING_WEIGHT and max(weights) <= _HEADLINE_MAX
        if short and len({r.blocks[i].text for i in heads}) == count:
            return offset
    return None


def _record_snippet(r: _Reader, first: int, period: int, title: int) -> str | None:
    """The description of the record of ``period`` blocks from ``first``: its first unlinked
    line saying more than its title (block ``title``; when the link holds the longer text,
    it is the description and the record is read wrong)."""
    least = max(_SNIPPET_MIN, r.weight(title))
    for i in range(first, first + period):
        if not r.linked[i] and r.weight(i) > least:
            return r.blocks[i].text
    return None


def _record_hits(r: _Reader) -> list[ListingHit]:
    """Repeated records: the same few kinds of block (a linked name, a label, a line of
    text, another link) again and again, as search results and directories are built.
    Each record is one item, titled by its linked block whose text changes."""
    blocks = r.blocks
    repeats = _repeats(r)
    hits: list[ListingHit] = []
    size = len(blocks)
    opens = {period: _opens(same, period, size) for period, same in repeats.items()}
    tried = _tried(repeats, opens, size)
    i = 0
    while 0 <= i < size:
        for period in range(_RECORD_MIN, _RECORD_MAX + 1):
            if not opens[period][i]:
                continue  # fewer than _MIN_RECORDS records from block i
            if False not in r.linked[i : i + period]:
                # Records all links (a menu, repeated): none has an unlinked description
                # (_record_snippet), as the records repeat their blocks' kinds.
                continue
            count = _run(repeats[period], i) // period + 1
            offset = _record_title(r, i, period, count)
            if offset is None:
                continue
            firsts = range(i, i + count * period, period)
            snippets: list[str] = []
            for first in firsts:
                snippet = _record_snippet(r, first, period, first + offset)
                if snippet is None:
                    break  # a menu repeats its links too, but says nothing of each
                snippets.append(snippet)
            if len(snippets) < count:
                continue
            for first, snippet in zip(firsts, snippets, strict=True):
                head = blocks[first + offset]
                item = ListingItem(head.text, snippet, None, None, head.url)
                hits.append(ListingHit(item, tuple(range(first, first + period))))
            i += count * period
            break
        else:
            # A stretch that repeats without making records (one long run of paragraphs)
            # fails from each of its blocks alike: skip it, or the search turns quadratic.
            # (_tried: the next block where the search would read a record; -1 for none.)
            i = tried.find(1, i + 1)
    return hits
