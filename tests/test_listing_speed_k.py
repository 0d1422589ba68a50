"""The teaser stage's shortcuts (round k) give what the paths they skip give.

``year_lines`` takes one match per line of the page's joined text (each pattern reads on to
its line's end) and counts the NULs before it, where it took every match and bisected a
table of line starts; it looks for an English date's four digits only in the lines with a
Latin letter (found in the page's ASCII bytes) that write no year sign, where it searched the
page. It is compared with :func:`may_write_year` asked of each line, on made-up pages meant
to reach the edges and on pages of real lines.

The teaser stage does not ask again whether a hit of the link walk opens with a byline: the
walk has asked (its hits are ``WalkedHit``). Its filter is compared with the filter asking of
every hit, on the finder's real calls (shipped pages and seeds, and the labelled pages of
../shared as bytes and flattened to text when present) and on made-up runs of links with
bylines among them.

The finder skips calls whose answers it knows: a linked headline's date after its link (none
after a block all link) and full date (none in a block that writes no year), a snippet
ending with its date in a line too short for one, may_write_year where the string is known
to write a year sign; it gives hits their captions only on a page with one, adds them with
isdisjoint, sorts them by their indexes, builds a link's item without the dataclass's
__init__, and finds the record search's repeats from one integer of the page's kinds. Each is
compared with the path as first written, on the real calls and on made-up blocks.
"""

from __future__ import annotations

import copy
import dataclasses
import operator
import random
import sys
from typing import Any

import pytest
from _helpers import PAGES_DIR, ROOT, seed_html, seed_paths, shipped_lines, stage_calls

from newsparse._core.blocks import Block, Label
from newsparse._core.memo import forget_lines
from newsparse._dates.fast import may_write_year, year_lines
from newsparse._extract import listing, listing_links, listing_reader, stages
from newsparse._news.credits import looks_like_byline

sys.path.insert(0, str(ROOT / "benchmarks"))
from _corpus import labelled_pages  # (empty without ../shared)

_Call = tuple[list[Block], dict[str, Any]]
_TZ = "Asia/Shanghai"

# Lines at the edges of the three scans: several year signs a line, a sign opening or closing
# a line, a sign's lead on the line before, four digits with and without a Latin letter (and
# with a year sign too), a line read whole (digits and spaces, at WHOLE_MAX and past it),
# full-width digits, empty lines.
_MADE_UP = [
    "2025-03-31 10:20 2025-04-01 2025/4/2",
    "-2025",
    "2025-",
    "年",
    "2 年",
    "2",
    "年底",
    "9.8.7.6",
    "May 2024",
    "May 12",
    "ABC 2024-1-1",
    "2024 abc 2025",
    "１９９９年",
    "２０２４ Dec",
    "20231115",
    "2023 05 17",
    " 2023 05 17     ",
    "1234567890123456",
    "12345678901234567",
    "",
    " ",
    "新华社北京3月31日电",
    "二〇二二年九月八日",
    "上一月 2020年7月 下一月",
    "Ｍay 2024",  # a full-width letter: no Latin one
    "ab12中34",  # four ASCII digits once the Han one is left out, and none in the line
    "x",
    "2024",
    "é 2024",
    "１２３４ z",
    "z ١٢٣٤",  # four Arabic-Indic digits (\d), a Latin letter
]


def _pages(lines: list[str], size: int) -> list[list[str]]:
    return [lines[i : i + size] for i in range(0, len(lines), size)]


def _each(texts: list[str]) -> list[int]:
    return [i for i, text in enumerate(texts) if may_write_year(text)]


@pytest.mark.parametrize("size", [1, 2, 7, 60])
def test_year_lines_are_the_lines_that_may_write_a_year(size: int) -> None:
    lines = shipped_lines(_MADE_UP)
    pages = _pages(lines, size) + _pages(_MADE_UP[::-1], size) + [[], [""], ["", ""]]
    found = 0
    for texts in pages:
        want = _each(texts)
        assert year_lines(texts) == want, texts
        found += len(want)
    assert found > 50  # (the real lines write years: the scans are reached)


def test_a_nul_in_a_line() -> None:
    texts = ["2025-03-31\0x", "abc", "May\x002024", "12"]
    assert year_lines(texts) == _each(texts)


# --- the teaser stage's byline test ----------------------------------------------------


@pytest.fixture(scope="module")
def calls() -> list[_Call]:
    """Every call the teaser stage makes, its blocks and arguments as they came in."""
    inputs: list[bytes | str] = []
    for path in seed_paths():
        inputs += [path.read_text(encoding="utf-8"), seed_html(path)]
    inputs += [path.read_bytes() for path in sorted(PAGES_DIR.glob("*.html"))]
    pages = labelled_pages()
    if pages:
        from bench_text import as_wet  # the benchmarks' flattening of a page to text

        inputs += [page.data for page in pages] + [as_wet(page) for page in pages]
    return stage_calls(stages, "find_listing", inputs)


def _kept(blocks: list[Block], hits: list[listing.ListingHit]) -> list[bool]:
    # The stage's filter, and as first written: the byline asked of every hit.
    kept = [stages._headed_like_teaser(blocks, hit) for hit in hits]
    asked = [stages._headed_like_teaser(blocks, listing.ListingHit(*hit)) for hit in hits]
    assert kept == asked
    for hit in hits:
        walked = type(hit) is listing.WalkedHit
        assert not (walked and looks_like_byline(blocks[hit.indexes[0]].text)), hit
    return kept


def _walked(hits: list[listing.ListingHit]) -> int:
    return sum(type(hit) is listing.WalkedHit for hit in hits)


def test_a_walked_headline_is_no_byline(calls: list[_Call]) -> None:
    walked = 0
    for call in calls:
        blocks, kwargs = copy.deepcopy(call)
        hits = listing.find_listing(blocks, **kwargs)
        _kept(blocks, hits)
        walked += _walked(hits)
    forget_lines()
    assert walked > 3  # (the pages hold runs of linked headlines, the shipped ones too)


# Linked lines: headlines, bylines long enough to be read as headlines but for the byline
# test (one of them a run's first), short links, and unlinked trailers.
_LINKS = [
    "外资持续布局中国市场的新动向",
    "中央社記者王小明台北報導",
    "聯合晚報記者邱瓊平台北報導",
    "国家统计局发布最新经济数据报告",
    "更多",
    "聯合晚報╱記者邱瓊平╱即時報導",
]


@pytest.mark.parametrize("shift", range(len(_LINKS)))
def test_bylines_among_linked_headlines(shift: int) -> None:
    texts = (_LINKS[shift:] + _LINKS[:shift]) * 3
    blocks = [
        Block(text, link_density=1.0, url=f"https://a.cn/{i}") for i, text in enumerate(texts)
    ]
    blocks.insert(4, Block("2025-03-31 10:20"))
    hits = listing.find_listing(blocks, tz=_TZ, reference=None, is_html=True, title="")
    assert _walked(hits) >= 3
    _kept(blocks, hits)
    forget_lines()


def test_the_made_up_bylines_are_bylines() -> None:
    assert [looks_like_byline(text) for text in _LINKS] == [False, True, True, False, False, True]


# --- a linked headline's item ------------------------------------------------------------


def _link_item_written(r: listing._Reader, idx: int) -> listing.ListingHit:
    # listing_links._link_item as first written: the date after the link looked for in every
    # block, the full date in every block's text.
    blocks = r.blocks
    block = blocks[idx]
    cut = listing_links._link_then_date(block)
    if cut is not None:
        title, stamp = block.text[:cut].strip(listing._SEPARATORS), block.text[cut:]
        found = r.full(stamp)
    else:
        found = r.full(block.text)
        title = block.text
        if found is not None:
            title = (title[: found.start] + title[found.end :]).strip(listing._SEPARATORS)
    published, snippet = (found.value if found else None), None
    indexes = [idx]
    for nxt in range(idx + 1, min(idx + 1 + listing_links._LINK_TRAILERS, len(blocks))):
        after = blocks[nxt]
        if after.url and r.linked[nxt]:
            break
        meta = r.meta(after.text)
        if meta is not None and not meta[1] and published is None:
            published = meta[0].value
        elif (
            snippet is None
            and after.label in listing_links._HEADLINE_LABELS
            and r.weight(nxt) > listing._SNIPPET_MIN
        ):
            snippet = after.text
        else:
            break
        indexes.append(nxt)
    item = listing.ListingItem(title, snippet, published, None, block.url)
    return listing.ListingHit(item, tuple(indexes))


def _items_alike(blocks: list[Block]) -> int:
    r = listing._Reader(blocks, _TZ, None)
    linked = [i for i in range(len(blocks)) if r.linked[i]]
    for i in linked:
        assert listing_links._link_item(r, i) == _link_item_written(r, i), blocks[i].text
    forget_lines()
    return len(linked)


def test_link_items_on_real_pages(calls: list[_Call]) -> None:
    read = 0
    for call in calls:
        blocks, kwargs = copy.deepcopy(call)
        if kwargs["is_html"]:
            read += _items_alike(blocks)
    assert read > 5


# Linked blocks: all link, a link with its date after it (a full date, a date and time, a
# date and a label), a link holding a date (full, written out, English, a lone year, a
# compact date), and a date-only line and a snippet under a headline.
_ITEMS = [
    ("外资持续布局中国市场的新动向", 1.0),
    ("外资持续布局中国市场 2025-03-31", 0.55),
    ("外资持续布局中国市场(2014-12-13 12:00) 中晝新聞", 0.3),
    ("外资持续布局中国市场 2025-03-31 10:20", 1.0),
    ("二〇二二年九月八日 外资持续布局中国市场", 1.0),
    ("Reuters May 12, 2024 外资布局", 1.0),
    ("2025", 1.0),
    ("20231115", 1.0),
    ("外资持续布局中国市场 2025-03-31", 0.99),
]


@pytest.mark.parametrize("shift", range(len(_ITEMS)))
def test_link_items_made_up(shift: int) -> None:
    rows = _ITEMS[shift:] + _ITEMS[:shift]
    blocks = [
        Block(text, link_density=density, url=f"https://a.cn/{i}")
        for i, (text, density) in enumerate(rows)
    ]
    blocks[3:3] = [
        Block("2025-03-31"),
        Block("外资持续布局中国市场，将继续加码布局新能源和医药领域。"),
    ]
    assert _items_alike(blocks) == len(rows)


# --- the finder's last steps ---------------------------------------------------------------


def _added_written(hits: list[listing.ListingHit], found: list[listing.ListingHit]) -> None:
    taken = {i for hit in hits for i in hit.indexes}
    hits += [hit for hit in found if not taken & set(hit.indexes)]


def test_hits_are_added_and_sorted_as_first_written(calls: list[_Call]) -> None:
    # _add asks isdisjoint where it built a set; the hits, sharing no block, are sorted by
    # their indexes, which their first indexes order alike (the sort is stable).
    found = 0
    for call in calls:
        blocks, kwargs = copy.deepcopy(call)
        hits = listing.find_listing(blocks, **kwargs)
        firsts = [hit.indexes[0] for hit in hits]
        assert len(set(firsts)) == len(firsts)
        assert hits == sorted(hits, key=lambda h: h.indexes[0])
        for cut in range(0, len(hits), 7):
            done, written = hits[:cut], hits[:cut]
            listing._add(done, hits[cut - 3 : cut + 3] if cut >= 3 else hits[:3])
            _added_written(written, hits[cut - 3 : cut + 3] if cut >= 3 else hits[:3])
            assert done == written
        found += len(hits)
    forget_lines()
    assert found > 20


@pytest.mark.parametrize("caption", [None, 0, 3, 9])
def test_captions_taken_only_where_a_page_has_one(caption: int | None) -> None:
    # The link finder gives its hits their captions only on a page with a caption: on one
    # without, _captions_taken leaves every hit as it is.
    blocks = [
        Block(text, link_density=1.0, url=f"https://a.cn/{i}") for i, text in enumerate(_LINKS * 2)
    ]
    if caption is not None:
        blocks[caption].label = Label.CAPTION
    r = listing._Reader(blocks, _TZ, None)
    hits = listing._link_hits(r)
    assert len(hits) >= 3
    assert hits == [
        listing_links._captions_taken(blocks, listing_links._link_item(r, hit.indexes[0]))
        for hit in hits
    ]
    assert [hit.overrides for hit in hits if hit.overrides] == (
        [] if caption is None else [(caption,)]
    )
    forget_lines()


# --- the text finder's date lookups -----------------------------------------------------


def _text_hits_written(r: listing._Reader, title: str) -> list[listing.ListingHit]:
    # listing._text_hits with every candidate read as a snippet ending with its date too.
    blocks, linked, weights = r.blocks, r.linked, r.weights
    hits: list[listing.ListingHit] = []
    used: set[int] = set()
    heads = [
        i
        for i in r.years
        if i
        and (b := blocks[i - 1]).label is Label.UNLABELLED
        and b.tag != "title"
        and len(b.text) <= 90
        and ((weight := weights[i - 1]) is None or 4 <= weight <= listing.W.PROSE_LINE)
    ]
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


def _find_written(blocks: list[Block], **kwargs: Any) -> list[listing.ListingHit]:
    # find_listing with the text finder as first written, and the reader asking
    # may_write_year of every string it is to read a full date in.
    full = listing._Reader.full

    def asked(r: listing._Reader, text: str, wrote: bool = False) -> Any:
        return full(r, text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(listing, "_text_hits", _text_hits_written)
        patch.setattr(listing._Reader, "full", asked)
        return listing.find_listing(blocks, **kwargs)


def test_text_finder_as_first_written(calls: list[_Call]) -> None:
    found = 0
    for call in calls:
        blocks, kwargs = copy.deepcopy(call)
        hits = listing.find_listing(blocks, **kwargs)
        blocks, kwargs = copy.deepcopy(call)
        assert hits == _find_written(blocks, **kwargs)
        found += len(hits)
    forget_lines()
    assert found > 20


# Teasers: headlines over meta lines and snippets ending with their dates, the shortest
# such snippet (the stamp after 20 characters), one a character short, glued stamps.
_TEASERS = [
    "外资持续布局中国市场",
    "人民日报· 2025-06-14 21:57",
    "稳经济政策持续发力见效",
    "一二三四五六七八九十一二三四五六七八九十2025-9-3",
    "新能源汽车产销两旺",
    "一二三四五六七八九十一二三四五六七八九2025-9-3",
    "消费市场回暖明显",
    "…设置人工智能、2025-09-13 08:54:00 -",
    "多地出台措施促消费",
    "2019-09-3007:42 新华网",
    "科技创新引领产业升级",
    "来源:台海网 2025年3月31日",
]


@pytest.mark.parametrize("shift", range(0, len(_TEASERS), 2))
def test_text_teasers_made_up(shift: int) -> None:
    texts = _TEASERS[shift:] + _TEASERS[:shift]
    args: dict[str, Any] = {"tz": _TZ, "reference": None, "is_html": False, "title": ""}
    hits = listing.find_listing([Block(text) for text in texts], **args)
    assert len(hits) >= 4
    assert hits == _find_written([Block(text) for text in texts], **args)
    forget_lines()


def test_what_the_date_lookups_rest_on() -> None:
    # A snippet's closing stamp and a dated headline's date write a year sign, as a glued
    # stamp does unglued; a closing stamp is at least _TAIL_STAMP_MIN characters.
    r = listing._Reader([], _TZ, None)
    tails = 0
    for text in shipped_lines(_TEASERS):
        glued = listing_reader._GLUED_STAMP.sub(r"\1 \2", text)
        assert may_write_year(glued) == may_write_year(text), text
        stamp = listing_reader._TAIL_STAMP.search(text)
        if stamp:
            tails += 1
            assert may_write_year(stamp.group(1)), text
            assert len(stamp.group(1)) >= listing._TAIL_STAMP_MIN, text
        dated = listing._DATED_HEADLINE.match(text)
        if dated:
            assert may_write_year(dated.group(2)), text
        if len(text) < listing._TAIL_AFTER + listing._TAIL_STAMP_MIN:
            assert listing._tail_dated(text, r) is None, text
    assert tails > 10
    assert listing_reader._TAIL_STAMP.fullmatch("2025-9-3")
    assert not listing_reader._TAIL_STAMP.search("025-9-3")


# --- the record search's repeats -----------------------------------------------------------


def _repeats_written(r: listing._Reader) -> dict[int, bytes]:
    # listing_links._repeats as first written: each block's (tag, linked) compared with the one
    # each period later, a block no record takes in given a kind of its own (its index).
    blocks = r.blocks
    kinds: list[object] = list(zip([b.tag for b in blocks], r.linked[: len(blocks)], strict=True))
    for j, block in enumerate(blocks):
        if block.label is not Label.UNLABELLED or block.tag == "title":
            kinds[j] = j
    return {
        period: bytes(map(operator.eq, kinds, kinds[period:]))
        for period in range(listing_links._RECORD_MIN, listing_links._RECORD_MAX + 1)
    }


def test_repeats_on_real_pages(calls: list[_Call]) -> None:
    read = 0
    for call in calls:
        blocks, kwargs = copy.deepcopy(call)
        r = listing._Reader(blocks, _TZ, None, kwargs["weights"])
        assert listing_links._repeats(r) == _repeats_written(r)
        read += len(blocks)
    forget_lines()
    assert read > 200


@pytest.mark.parametrize("tags", [1, 2, 64, 127, 128, 129, 300, 70_000])
@pytest.mark.parametrize("size", [0, 1, 3, 4, 10, 11, 12, 60, 500])
def test_repeats_of_many_kinds(tags: int, size: int) -> None:
    # Kinds written in one byte and in more (a kind per tag and linked or not), blocks
    # labelled, the page's title among them, pages shorter than a period.
    pick = random.Random(tags * 1000 + size)
    blocks = [
        Block(
            "外资持续布局中国市场",
            tag="title" if pick.random() < 0.02 else f"t{pick.randrange(tags)}",
            link_density=1.0,
            url="https://a.cn/" if pick.random() < 0.5 else None,
            label=Label.UNLABELLED if pick.random() < 0.9 else Label.FURNITURE,
        )
        for _ in range(size)
    ]
    r = listing._Reader(blocks, _TZ, None)
    assert listing_links._repeats(r) == _repeats_written(r)
    forget_lines()


# --- an item built without the dataclass's __init__ ------------------------------------------


def test_an_item_is_the_dataclass_made_by_its_init(calls: list[_Call]) -> None:
    # _item sets the fields listing.ListingItem declares, all of them, as its __init__ does
    # (which does nothing else: no __post_init__, no slots).
    names = [field.name for field in dataclasses.fields(listing.ListingItem)]
    assert names == ["title", "snippet", "published", "source", "url"]
    assert not hasattr(listing.ListingItem, "__post_init__")
    made = 0
    for call in calls[::5]:
        blocks, kwargs = copy.deepcopy(call)
        for hit in listing.find_listing(blocks, **kwargs):
            fields = [getattr(hit.item, name) for name in names]
            item, built = listing_links._item(*fields), listing.ListingItem(*fields)
            assert item == built and hash(item) == hash(built) and repr(item) == repr(built)
            assert vars(item) == vars(built) and type(item) is type(built)
            with pytest.raises(dataclasses.FrozenInstanceError):
                item.title = ""  # type: ignore[misc]
            made += 1
    forget_lines()
    assert made > 5
