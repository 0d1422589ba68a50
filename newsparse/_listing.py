"""Teaser lists and search results -> ListingItem.

Two shapes occur on flattened pages (and on HTML pages once their blocks are made):

* a headline line followed by a short *meta* line, ``Ren Min Ri Bao· 2025-06-14 21:57``, and
  then a snippet line (search results);
* a headline line followed by a snippet that *ends* with its timestamp,
  ``…设置人工智能、2025-09-13 08:54:00 -`` (teasers under an article).

On HTML pages, runs of link blocks whose text reads like a headline are teasers too.
A lone match is not a list (an article's own title and date line look the same), so at
least ``MIN_ITEMS`` are needed.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass

from ._article import ListingItem
from ._blocks import Block
from ._dateline import match_dateline
from ._dates import DateMatch, find_dates
from ._features import han_count, text_weight
from ._header import source_name

__all__ = ["MIN_ITEMS", "ListingHit", "find_listing"]

MIN_ITEMS = 2
_META_MAX = 48
# "来源:台海网台海网9月13日讯": the outlet, often repeated by the dateline that follows.
_SOURCE_LABEL = re.compile(r"^\s*(?:来源|來源|稿源)\s*[:：]\s*(\S{2,12}?)(?=\1|\s|[(（]|$)")
_SEPARATORS = " \t·•|｜-—:：,，"
_TAIL_STAMP = re.compile(
    r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)[\s\-—|]{0,4}$"
)
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"[\s•·]*([01]?\d|2[0-3]):([0-5]\d)\s*")


@dataclass(frozen=True)
class ListingHit:
    """One item and the indexes of the blocks it was made from."""

    item: ListingItem
    indexes: tuple[int, ...]


def _full_date(matches: list[DateMatch]) -> DateMatch | None:
    for match in matches:
        if match.year is not None and match.month is not None and match.day is not None:
            return match
    return None


def _snippet_source(snippet: str) -> tuple[str, str | None]:
    """A teaser's own attribution: a leading ``来源:X`` label, or the dateline it opens with."""
    label = _SOURCE_LABEL.match(snippet)
    if label:
        return snippet[label.end() :].lstrip(), source_name(label.group(1))
    opening = match_dateline(snippet)
    if opening is not None and opening.start == 0:
        return snippet, opening.source or opening.dateline.agency
    return snippet, None


def _headline(block: Block) -> bool:
    text = block.text
    return block.label == "" and len(text) <= 90 and 4 <= text_weight(text) <= 60


def _meta_line(text: str, tz: str, reference: _dt.datetime | None) -> tuple[DateMatch, str] | None:
    """``source· date`` or ``date source``: a short line that is a date plus a label."""
    if len(text) > _META_MAX or not _DIGIT.search(text):
        return None
    match = _full_date(find_dates(text, reference=reference, tz=tz))
    if match is None or match.value is None:
        return None
    rest = (text[: match.start] + " " + text[match.end :]).strip(_SEPARATORS)
    if han_count(rest) > 12 or len(rest) > 30:
        return None
    return match, rest


def _tail_dated(text: str, tz: str, reference: _dt.datetime | None) -> DateMatch | None:
    """A snippet whose last words are its timestamp.

    Read from the right: a teaser cut mid-number runs into its date ("回升,12025-09-09
    09:02:00"), which a left-to-right reading would refuse.
    """
    tail = _TAIL_STAMP.search(text)
    if tail is None or tail.start() < 20:
        return None
    found = _full_date(find_dates(tail.group(1), reference=reference, tz=tz))
    if found is None or found.value is None or found.start != 0:
        return None
    return dataclasses.replace(found, start=tail.start(), end=tail.end())


def _text_hits(blocks: list[Block], tz: str, reference: _dt.datetime | None) -> list[ListingHit]:
    hits: list[ListingHit] = []
    used: set[int] = set()
    for i in range(1, len(blocks)):
        if i in used or i - 1 in used or blocks[i - 1].label or not _headline(blocks[i - 1]):
            continue
        text = blocks[i].text
        meta = _meta_line(text, tz, reference)
        if meta is not None:
            match, label = meta
            value = match.value
            if match.hour is None and i + 1 < len(blocks):
                clock = _CLOCK.fullmatch(blocks[i + 1].text)
                if clock and value is not None:
                    # Bulleted teasers put the time on its own line: "• 2025年03月21日", "• 10:36".
                    value = value.replace(hour=int(clock.group(1)), minute=int(clock.group(2)))
            snippet_idx = i + 1
            has_snippet = (
                snippet_idx < len(blocks)
                and text_weight(blocks[snippet_idx].text) > 20
                and not (
                    snippet_idx + 1 < len(blocks)
                    and _meta_line(blocks[snippet_idx + 1].text, tz, reference)
                )
            )
            indexes = (i - 1, i, snippet_idx) if has_snippet else (i - 1, i)
            snippet = blocks[snippet_idx].text if has_snippet else None
            item = ListingItem(
                blocks[i - 1].text, snippet, value, source_name(label), blocks[i - 1].url
            )
            hits.append(ListingHit(item, indexes))
            used.update(indexes)
            continue
        tail = _tail_dated(text, tz, reference)
        if tail is not None:
            snippet, source = _snippet_source(text[: tail.start].strip(_SEPARATORS))
            item = ListingItem(blocks[i - 1].text, snippet, tail.value, source, blocks[i - 1].url)
            hits.append(ListingHit(item, (i - 1, i)))
            used.update((i - 1, i))
    return hits


def _link_hits(blocks: list[Block], tz: str, reference: _dt.datetime | None) -> list[ListingHit]:
    """HTML: runs of headline-like links outside the article container."""
    hits: list[ListingHit] = []
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 4:
            for idx in run:
                block = blocks[idx]
                found = _full_date(find_dates(block.text, reference=reference, tz=tz))
                title = block.text
                published = None
                if found is not None:
                    title = (block.text[: found.start] + block.text[found.end :]).strip(_SEPARATORS)
                    published = found.value
                hits.append(
                    ListingHit(ListingItem(title, None, published, None, block.url), (idx,))
                )
        run.clear()

    for idx, block in enumerate(blocks):
        if (
            block.url
            and not block.in_main
            and block.link_density >= 0.6
            and block.label == ""
            and han_count(block.text) >= 8
        ):
            run.append(idx)
        else:
            flush()
    flush()
    return hits


def find_listing(
    blocks: list[Block], *, tz: str, reference: _dt.datetime | None, is_html: bool
) -> list[ListingHit]:
    """Every teaser or search result among ``blocks``, in page order.

    Furniture must already be labelled (``label == "boilerplate"``): it is never a teaser.
    """
    hits = _text_hits(blocks, tz, reference)
    if len(hits) < MIN_ITEMS:
        hits = []
    if is_html:
        taken = {i for hit in hits for i in hit.indexes}
        hits += [h for h in _link_hits(blocks, tz, reference) if not taken & set(h.indexes)]
        hits.sort(key=lambda h: h.indexes[0])
    return hits
