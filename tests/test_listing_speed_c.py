"""The listing finder's shortcuts (round c) give what the paths they skip give.

The record search tries a record only at the blocks its walk would read one at (``_tried``,
made in C), there only of the periods that open records (``_opens``), and asks whether a
record's title is linked of its first record alone (the records repeat their kinds). The link
finder visits only the linked blocks, and makes no item for a headline taken before. The
read-more finder and the reader test a block in their comprehensions, not in a call; a hit is
a named tuple. Each test runs the finder beside the path as first written, on made-up blocks
meant to reach the edges and on the finder's real calls: the shipped pages and seeds, and the
labelled pages of ../shared (as bytes and flattened to text) when present.
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest
from _helpers import ROOT, seed_paths, slice_html, stage_calls
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.article import ListingItem
from newsparse._core.blocks import Block, Label
from newsparse._core.memo import forget_lines
from newsparse._extract import listing, listing_links, listing_reader, stages

sys.path.insert(0, str(ROOT / "benchmarks"))
from _corpus import labelled_pages  # (empty without ../shared)

_TZ = "Asia/Shanghai"
_Call = tuple[list[Block], dict[str, Any]]


@pytest.fixture(scope="module")
def calls() -> list[_Call]:
    """Every call the teaser stage makes, its blocks and arguments as they came in."""
    inputs: list[bytes | str] = [data for _, data in slice_html()]
    inputs += [path.read_text(encoding="utf-8") for path in seed_paths()]
    pages = labelled_pages()
    if pages:
        from bench_text import as_wet  # the benchmarks' flattening of a page to text

        inputs += [page.data for page in pages] + [as_wet(page) for page in pages]
    return stage_calls(stages, "find_listing", inputs)


def _reader(call: _Call) -> listing._Reader:
    blocks, kwargs = copy.deepcopy(call)  # (the finder fills in the weights it measures)
    return listing._Reader(blocks, kwargs["tz"], kwargs["reference"], kwargs["weights"])


# --- the record search -------------------------------------------------------------------


def _runs_walked(r: listing._Reader) -> dict[int, list[int]]:
    # The runs of repeating kinds as first written: one Python step per block and period.
    blocks = r.blocks
    kinds = [
        (b.tag, r.linked[j]) if b.label is Label.UNLABELLED and b.tag != "title" else None
        for j, b in enumerate(blocks)
    ]
    runs: dict[int, list[int]] = {}
    for period in range(listing_links._RECORD_MIN, listing_links._RECORD_MAX + 1):
        run = [0] * (len(blocks) + period)
        for j in range(len(blocks) - period - 1, -1, -1):
            same = kinds[j] is not None and kinds[j] == kinds[j + period]
            run[j] = run[j + 1] + 1 if same else 0
        runs[period] = run
    return runs


def _record_title_walked(r: listing._Reader, start: int, period: int, count: int) -> int | None:
    # listing_links._record_title as first written: every head of each offset asked if linked.
    for offset in range(period):
        heads = range(start + offset, start + count * period, period)
        if not all(r.linked[i] for i in heads):
            continue
        weights = [r.weight(i) for i in heads]
        short = (
            min(weights) >= listing_links._HEADING_WEIGHT
            and max(weights) <= listing_links._HEADLINE_MAX
        )
        if short and len({r.blocks[i].text for i in heads}) == count:
            return offset
    return None


def _record_hits_walked(r: listing._Reader) -> list[listing.ListingHit]:
    # listing._record_hits as first written: the runs of every block, each block walked.
    blocks = r.blocks
    runs = _runs_walked(r)
    hits: list[listing.ListingHit] = []
    i = 0
    while i < len(blocks):
        for period in range(listing_links._RECORD_MIN, listing_links._RECORD_MAX + 1):
            count = runs[period][i] // period + 1
            if count < listing_links._MIN_RECORDS:
                continue
            offset = _record_title_walked(r, i, period, count)
            if offset is None:
                continue
            firsts = range(i, i + count * period, period)
            snippets: list[str] = []
            for first in firsts:
                snippet = listing_links._record_snippet(r, first, period, first + offset)
                if snippet is None:
                    break
                snippets.append(snippet)
            if len(snippets) < count:
                continue
            for first, snippet in zip(firsts, snippets, strict=True):
                head = blocks[first + offset]
                item = ListingItem(head.text, snippet, None, None, head.url)
                hits.append(listing.ListingHit(item, tuple(range(first, first + period))))
            i += count * period
            break
        else:
            i += 1 + runs[listing_links._RECORD_MAX][i]
    return hits


_SNIPPET = "多家跨国企业宣布扩大在华投资，看好中国经济长期向好"
# One block of a made-up page: tag, linked, label, and what it says (a record's title, a
# snippet, a short label, a menu word).
_Kind = tuple[str, bool, bool, int]
_KINDS = st.tuples(
    st.sampled_from(["p", "li", "h", "title"]), st.booleans(), st.booleans(), st.integers(0, 3)
)


def _block(kind: _Kind, n: int) -> Block:
    tag, linked, furniture, says = kind
    text = [f"第{n}条新闻标题", f"{_SNIPPET}{n}", "最近文章", "首页"][says]
    return Block(
        text,
        tag=tag,
        url=f"https://a.cn/{n}" if linked else None,
        link_density=1.0 if linked else 0.0,
        label=Label.FURNITURE if furniture else Label.UNLABELLED,
    )


_TITLE: _Kind = ("li", True, False, 0)
_TEXT: _Kind = ("p", False, False, 1)


@given(
    st.lists(_KINDS, max_size=12),
    st.lists(_KINDS, max_size=9),
    st.integers(0, 9),
    st.integers(1, 5),
    st.lists(_KINDS, max_size=24),
    st.booleans(),
)
def test_records_are_found_as_by_the_walk(
    before: list[_Kind],
    extra: list[_Kind],
    at: int,
    times: int,
    after: list[_Kind],
    twice: bool,
) -> None:
    # A layout (a linked title and a snippet, with other blocks) repeated a few times between
    # other blocks, and the page again after it (a search that resumes after records); and
    # the other blocks alone.
    record = [*extra[:at], _TITLE, *extra[at:], _TEXT] if at % 3 else extra
    kinds = [*before, *record * times, *after] * (2 if twice else 1)
    for made in (kinds, before + after):
        blocks = [_block(kind, n) for n, kind in enumerate(made)]
        r = listing._Reader(blocks, _TZ, None)
        assert listing._record_hits(r) == _record_hits_walked(r)
    forget_lines()


def test_records_of_every_period_and_count() -> None:
    # Records whose one unlinked block (the description) comes second, last or first, the
    # rest links, of each period, a few times over, after a few paragraphs.
    found = 0
    link: _Kind = ("li", True, False, 2)
    for period in range(1, listing_links._RECORD_MAX + 3):
        layouts = [
            [_TITLE, _TEXT, *[("p", False, False, 3)] * (period - 2)],
            [_TITLE, *[link] * (period - 2), _TEXT],
            [_TEXT, _TITLE, *[link] * (period - 2)],
        ]
        for record in layouts:
            for times in range(1, 6):
                for lead in range(0, 13):
                    kinds = [_TEXT] * lead + record[:period] * times
                    blocks = [_block(kind, n) for n, kind in enumerate(kinds)]
                    r = listing._Reader(blocks, _TZ, None)
                    hits = listing._record_hits(r)
                    assert hits == _record_hits_walked(r)
                    found += len(hits)
    assert found  # the made-up records are read as records
    assert listing._record_hits(listing._Reader([], _TZ, None)) == []


def test_records_on_real_pages(calls: list[_Call]) -> None:
    found = 0
    for call in calls:
        r = _reader(call)
        hits = listing._record_hits(r)
        assert hits == _record_hits_walked(r)
        found += len(hits)
    forget_lines()
    assert found  # the pages hold records


# --- linked headlines --------------------------------------------------------------------


# Blocks of teaser boxes: (text, tag, link density, label); a link's address is its index.
_LINKS = [
    ("外资加速布局中国市场的最新消息", "li", 1.0, Label.UNLABELLED),
    ("廉署推廉潔鄉郊選舉新聞 2014-11-13", "li", 0.8, Label.UNLABELLED),  # a dated headline
    ("外资加速布局中国市场 2025-06-13 10:20", "li", 0.55, Label.UNLABELLED),  # link, then date
    ("央行表示将继续实施稳健的货币政策", "h", 1.0, Label.UNLABELLED),  # a linked heading
    ("两会代表热议民生话题", "li", 1.0, Label.CAPTION),  # in a caption element
    ("记者王小明／台北报导", "li", 1.0, Label.UNLABELLED),  # a byline
    ("首页新闻财经科技体育娱乐", "li", 1.0, Label.FURNITURE),
    ("更多>>", "li", 1.0, Label.UNLABELLED),  # a short link between teasers
    ("2025-06-14 21:57", "p", 0.0, Label.UNLABELLED),  # a date line
    ("人民日报· 2025-06-14 21:57", "p", 0.0, Label.UNLABELLED),  # a meta line
    (_SNIPPET + "，将继续加码布局。", "p", 0.0, Label.UNLABELLED),  # a snippet
    (_SNIPPET + "，将继续加码布局 详情>>", "p", 0.1, Label.UNLABELLED),  # with read-more
    ("图片说明", "caption", 0.0, Label.CAPTION),
    ("短", "p", 0.0, Label.UNLABELLED),
    ("外资布局中国市场", "li", 1.0, Label.UNLABELLED),  # as many Han characters as a headline
    ("首页", "li", 1.0, Label.FURNITURE),  # a menu's short link
]


def _teaser_blocks(picks: list[int]) -> list[Block]:
    return [
        Block(
            text,
            tag=tag,
            link_density=density,
            url=f"https://a.cn/{n}" if density else None,
            label=label,
        )
        for n, (text, tag, density, label) in enumerate(_LINKS[pick] for pick in picks)
    ]


_PICKS = st.lists(st.integers(0, len(_LINKS) - 1), max_size=30)


def _find_taking_all(blocks: list[Block], **kwargs: Any) -> list[listing.ListingHit]:
    # find_listing with an item for every linked headline, _add dropping those taken.
    with pytest.MonkeyPatch.context() as patch:
        link_hits = listing._link_hits
        patch.setattr(listing, "_link_hits", lambda r, taken=(): link_hits(r))
        return listing.find_listing(blocks, **kwargs)


@given(_PICKS, st.integers(0, 3))
def test_headlines_taken_before_are_as_dropped_made_up(picks: list[int], copies: int) -> None:
    # Runs of linked headlines among other finders' hits (dated headlines, linked headings,
    # meta lines and snippets under headlines).
    blocks = _teaser_blocks([*picks, *[0, 1, 1, 1, 8, 0, 3, 10, 0, 9, 1, 0] * copies])
    args: dict[str, Any] = {"tz": _TZ, "reference": None, "is_html": True, "title": ""}
    assert listing.find_listing(blocks, **args) == _find_taking_all(blocks, **args)
    forget_lines()


def test_headlines_taken_before_are_as_dropped(calls: list[_Call]) -> None:
    # The link finder leaves out the headlines other finders' hits hold; every item made,
    # _add drops the same ones.
    for call in calls:
        blocks, kwargs = copy.deepcopy(call)
        got = listing.find_listing(blocks, **kwargs)
        blocks, kwargs = copy.deepcopy(call)
        assert got == _find_taking_all(blocks, **kwargs)
    forget_lines()


def _link_hits_walked(r: listing._Reader) -> list[listing.ListingHit]:
    # listing._link_hits as first written: every block (and a sentinel) walked, each asked
    # whether it is a headline.
    blocks = r.blocks
    hits: list[listing.ListingHit] = []
    run: list[int] = []
    trailing = free = 0
    for idx, block in enumerate([*blocks, Block("")]):
        linked = r.linked[idx]
        headline = (
            linked
            and listing.han_count(block.text) >= listing_links._HEADLINE_HAN
            and not listing_links.looks_like_byline(block.text)
        )
        if linked and block.label in listing_links._HEADLINE_LABELS and headline:
            run.append(idx)
            trailing = free = 0
            continue
        if (
            idx < len(blocks)
            and run
            and linked
            and not headline
            and free < listing_links._FREE_LINKS
        ):
            free += 1
            continue
        if idx < len(blocks) and run and trailing < listing_links._LINK_TRAILERS and not linked:
            trailing += 1
            continue
        if len(run) >= listing._MIN_LINK_RUN:
            hits += [
                listing_links._captions_taken(blocks, listing_links._link_item(r, i)) for i in run
            ]
        run, trailing, free = [], 0, 0
    return hits


@given(_PICKS, st.integers(0, 3))
def test_linked_headlines_are_found_as_by_the_walk(picks: list[int], copies: int) -> None:
    # Runs of headlines broken by their trailers, short links, bylines and menus.
    runs = [0, 13, 0, 7, 0, 8, 10, 0, 7, 7, 0, 13, 13, 0, 7, 7, 7, 0, 14, 14, 15, 14, 15, 15, 0]
    blocks = _teaser_blocks([*picks, *runs * copies])
    r = listing._Reader(blocks, _TZ, None)
    assert listing._link_hits(r) == _link_hits_walked(r)
    forget_lines()


def test_linked_headlines_on_real_pages(calls: list[_Call]) -> None:
    found = 0
    for call in calls:
        r = _reader(call)
        hits = listing._link_hits(r)
        assert hits == _link_hits_walked(r)
        found += len(hits)
    forget_lines()
    assert found  # the pages hold runs of linked headlines


# --- per-block tests made in the comprehension -------------------------------------------


def _more_hit_as_first(blocks: list[Block], idx: int) -> listing.ListingHit | None:
    # listing_links._more_hit as first written: it tested the snippet's address and link text.
    snippet = blocks[idx]
    if snippet.url is None or not 0 < snippet.link_density < listing_links._MORE_LINKED:
        return None
    return listing_links._more_hit(blocks, idx)


def _more_hits_walked(blocks: list[Block]) -> list[listing.ListingHit]:
    # listing._more_hits as first written: a call for every block with an address.
    hits = [
        hit
        for i in range(1, len(blocks))
        if blocks[i].url is not None and (hit := _more_hit_as_first(blocks, i))
    ]
    if len(hits) < listing._MIN_LINK_RUN:
        return []
    inside = {i for hit in hits for i in hit.indexes}
    for i in range(hits[0].indexes[0], hits[-1].indexes[-1]):
        block = blocks[i]
        prose = (
            not block.url and listing_links.text_weight(block.text) >= listing_links._PROSE_BETWEEN
        )
        if i not in inside and block.label is Label.UNLABELLED and prose:
            return []
    return hits


def _linked_as_first(block: Block) -> bool:
    # listing._linked, which the reader called for each block with an address.
    if block.url is None:
        return False
    return (
        block.link_density >= listing_reader._LINK_HEAVY
        or listing_links._link_then_date(block) is not None
    )


_Snippet = tuple[str, float, str | None]
_SNIPPETS: list[_Snippet] = [
    (f"{_SNIPPET} 详情>>", density, url)
    for density in (0.0, 0.05, listing_links._MORE_LINKED, 0.5, 1.0)
    for url in (None, "https://a.cn/1")
]


@given(st.lists(st.one_of(st.integers(0, len(_LINKS) - 1), st.sampled_from(_SNIPPETS))))
def test_per_block_tests_read_as_the_calls(picks: list[int | _Snippet]) -> None:
    heads = [0, 13, 0] * 4  # headlines to read the snippets under
    blocks = _teaser_blocks(heads)
    for pick in picks:
        if isinstance(pick, int):
            blocks += _teaser_blocks([pick])
        else:
            text, density, url = pick
            blocks += [Block("外资加速布局中国市场"), Block(text, link_density=density, url=url)]
    assert listing._more_hits(blocks) == _more_hits_walked(blocks)
    r = listing._Reader(blocks, _TZ, None)
    assert r.linked == [*map(_linked_as_first, blocks), False]
    forget_lines()


def test_per_block_tests_on_real_pages(calls: list[_Call]) -> None:
    for call in calls:
        r = _reader(call)
        assert r.linked == [*map(_linked_as_first, r.blocks), False]
        assert listing._more_hits(r.blocks) == _more_hits_walked(r.blocks)
    forget_lines()
    # (and the made-up snippets are read as teasers)
    more = _teaser_blocks([0, 11] * 3)
    assert len(listing._more_hits(more)) == 3


# --- a hit as a named tuple --------------------------------------------------------------


def test_a_hit_reads_as_the_frozen_dataclass_it_was() -> None:
    # What the stages read of a hit, and what the frozen dataclass gave: fields by name in
    # this order, overrides empty unless given, immutable, equal by value, hashable.
    item = ListingItem("外资加速布局中国市场", None, None, None, "https://a.cn/1")
    hit = listing.ListingHit(item, (3, 4))
    assert (hit.item, hit.indexes, hit.overrides) == (item, (3, 4), ())
    assert listing.ListingHit._fields == ("item", "indexes", "overrides")
    assert hit == listing.ListingHit(item, (3, 4), ()) != listing.ListingHit(item, (3, 4), (3,))
    assert hash(hit) == hash(listing.ListingHit(item, (3, 4)))
    with pytest.raises(AttributeError):
        hit.indexes = (5,)  # type: ignore[misc]
    assert repr(hit).startswith("ListingHit(item=ListingItem(")
    # A caption among a linked headline's blocks is taken over, as dataclasses.replace did.
    blocks = _teaser_blocks([0, 12])
    assert listing_links._captions_taken(blocks, hit._replace(indexes=(0, 1))).overrides == (1,)
    assert listing_links._captions_taken(blocks, hit._replace(indexes=(0,))).overrides == ()
