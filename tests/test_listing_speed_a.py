"""The listing finder's shortcuts give what the paths they skip give.

The finder reads a line as a meta line, a snippet ending with its date or a dated headline
only when it may write a year (``_Reader.years``, one scan of the page). The test runs the
finder as the pipeline calls it (the blocks and arguments caught on their way in) beside the
finder with those two readers as first written (every line read), over real pages: the
labelled pages of ../shared as bytes and flattened to text when present, and always the
shipped pages and seeds.
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest
from _helpers import PAGES_DIR, ROOT, seed_html, seed_paths, stage_calls

from newsparse._chinese.han import han_count
from newsparse._core.article import ListingItem
from newsparse._core.blocks import Block, Label
from newsparse._dates.fast import may_write_year, year_lines
from newsparse._extract import listing, listing_reader, stages
from newsparse._extract import weights as W

sys.path.insert(0, str(ROOT / "benchmarks"))
from _corpus import labelled_pages  # (empty without ../shared)

_Call = tuple[list[Block], dict[str, Any]]


def _inputs() -> list[tuple[str, bytes | str]]:
    inputs: list[tuple[str, bytes | str]] = []
    for path in seed_paths():
        inputs += [("text", path.read_text(encoding="utf-8")), ("bytes", seed_html(path))]
    inputs += [("bytes", path.read_bytes()) for path in sorted(PAGES_DIR.glob("*.html"))]
    pages = labelled_pages()
    if pages:
        from bench_text import as_wet  # the benchmarks' flattening of a page to text

        for page in pages:
            inputs += [("bytes", page.data), ("text", as_wet(page))]
    return inputs


@pytest.fixture(scope="module")
def calls() -> list[_Call]:
    """Every call the teaser stage makes, its blocks and arguments as they came in."""
    # (each text is a str, each page bytes: the mode is the type)
    return stage_calls(stages, "find_listing", [data for _, data in _inputs()])


def _find(call: _Call) -> list[listing.ListingHit]:
    blocks, kwargs = copy.deepcopy(call)  # (the finder fills in the weights it measures)
    return listing.find_listing(blocks, **kwargs)


# The two finders as first written, reading every line: the reference for the shortcut.


def _text_hits_written(r: Any, title: str) -> list[listing.ListingHit]:
    blocks, linked, weights = r.blocks, r.linked, r.weights
    hits: list[listing.ListingHit] = []
    used: set[int] = set()
    after = [
        i + 1
        for i, b in enumerate(blocks[:-1])
        if b.label is Label.UNLABELLED
        and b.tag != "title"
        and len(b.text) <= 90
        and ((weight := weights[i]) is None or 4 <= weight <= W.PROSE_LINE)
    ]
    texts = r.texts
    heads = [after[j] for j in year_lines([texts[i] for i in after])]
    for i in heads:
        head = blocks[i - 1]
        if i in used or i - 1 in used or linked[i]:
            continue
        if listing._own_headline(head.text, title) or not listing._headline(r, i - 1):
            continue
        hit = listing._meta_hit(r, i) or listing._tail_hit(r, i)
        if hit is not None and not used & set(hit.indexes):
            hits.append(hit)
            used.update(hit.indexes)
    return hits


def _dated_hits_written(r: Any) -> list[listing.ListingHit]:
    blocks = r.blocks
    hits: list[listing.ListingHit] = []
    dated = []
    for idx, block in enumerate(blocks):
        if block.label is not Label.UNLABELLED:
            continue
        match = listing._DATED_HEADLINE.match(block.text)
        if match and han_count(match.group(1)) >= 4:
            found = r.full(listing_reader._GLUED_STAMP.sub(r"\1 \2", match.group(2)))
            if found is not None and found.value is not None:
                dated.append((idx, match.group(1).strip(listing._SEPARATORS), found))
    run: list[Any] = []
    for entry in [*dated, None]:
        if entry is not None and run and entry[0] == run[-1][0] + 1:
            run.append(entry)
            continue
        if len(run) >= listing._MIN_LINK_RUN:
            for i, head, date in run:
                item = ListingItem(head, None, date.value, None, blocks[i].url)
                hits.append(listing.ListingHit(item, (i,)))
        run = [entry] if entry is not None else []
    return hits


def test_finder_as_first_written(calls: list[_Call], monkeypatch: pytest.MonkeyPatch) -> None:
    shortcut = [_find(call) for call in calls]
    monkeypatch.setattr(listing, "_text_hits", _text_hits_written)
    monkeypatch.setattr(listing, "_dated_hits", _dated_hits_written)
    written = [_find(call) for call in calls]
    assert sum(map(len, written)) > 20  # (the pages hold teasers: the test reads some)
    for call, found, wanted in zip(calls, shortcut, written, strict=True):
        assert found == wanted, [b.text for b in call[0]][:5]


def test_a_dated_headline_writes_a_year(calls: list[_Call]) -> None:
    # What the dated-headline finder's shortcut rests on, line by line.
    texts = {block.text for blocks, _ in calls for block in blocks}
    dated = [text for text in texts if listing._DATED_HEADLINE.match(text)]
    assert len(dated) > 5
    assert all(may_write_year(text) for text in dated)


def test_tail_stamp_searched_near_the_end(calls: list[_Call]) -> None:
    # The snippet's closing stamp is searched for only in its last characters.
    texts = {block.text for blocks, _ in calls for block in blocks}
    longest = "…设置人工智能、2025-09-13 08:54:00 -|—\n"  # the longest match, before a newline
    texts |= {longest, longest[:-1], "回升,12025-09-09 09:02:00", "2025-9-3"}
    for text in texts:
        near = listing_reader._TAIL_STAMP.search(
            text, max(0, len(text) - listing_reader._TAIL_STAMP_SPAN)
        )
        whole = listing_reader._TAIL_STAMP.search(text)
        assert (near and near.span()) == (whole and whole.span()), text
    assert listing_reader._TAIL_STAMP.search(longest)
