"""The teaser stage's shortcut (round f) gives what the path it skips gives.

The stage hands the listing finder no weights (each None, measured when a finder reads it)
where it handed the page's weights (``Context.weights``: every unlabelled block weighed up
front), and the body stage weighs the page afterwards, all but the teasers it does not read.
The finder's hits are compared with the hits it finds given every weight, on the stage's real
calls (shipped pages and seeds, made-up pages of teasers around the weight bounds, and the
labelled pages of ../shared as bytes and flattened to text when present); and each page's
Article with the Article of the stage as it was.
"""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest
from _helpers import PAGES_DIR, ROOT, seed_html, seed_paths, stage_calls

import newsparse
from newsparse._core.memo import forget_lines
from newsparse._extract import listing, stages
from newsparse._extract import weights as W
from newsparse._extract.features import text_weight

sys.path.insert(0, str(ROOT / "benchmarks"))
from _corpus import labelled_pages  # (empty without ../shared)

_Call = tuple[Any, Any]

# Headlines of the weights the finders' bounds turn on: 3 and 4 (the least a headline
# weighs), PROSE_LINE and one more (the most).
_HEADS = [
    "外资布",
    "外资布局",
    "央行" * (W.PROSE_LINE // 2),
    "央行" * (W.PROSE_LINE // 2) + "新",
    "Apple Google Meta",
    "Apple Google Meta Amazon",
]
# What follows a headline: a meta line, a snippet ending with its stamp, a glued stamp, a
# bare date line, the page's prose.
_UNDER = [
    "人民日报· 2025-06-14 21:57",
    "据报道，外资企业持续加大在华投资力度，设置人工智能研发中心、2025-09-13 08:54:00 -",
    "新华网 2019-09-3007:42",
    "2025-03-31",
    "今年以来，外资企业持续加大在华投资力度，多家企业表示将继续扩大投资。",
]


def _made_up_pages() -> list[str]:
    pages = []
    for head in _HEADS:
        for under in _UNDER:
            item = [head, under, "外资企业持续加大在华投资力度，多家企业表示将继续扩大投资。"]
            pages.append("\n".join(["外资持续布局中国市场", *item, *item, *item, "责任编辑：李明"]))
    # Dated headlines in a run, with heads of each weight among them.
    pages.append("\n".join(f"{head} 2014-11-1{n} (17:1{n})" for n, head in enumerate(_HEADS)))
    return pages


@pytest.fixture(scope="module")
def inputs() -> list[bytes | str]:
    found: list[bytes | str] = []
    for path in seed_paths():
        found += [path.read_text(encoding="utf-8"), seed_html(path)]
    found += [path.read_bytes() for path in sorted(PAGES_DIR.glob("*.html"))]
    found += _made_up_pages()
    pages = labelled_pages()
    if pages:
        from bench_text import as_wet  # the benchmarks' flattening of a page to text

        found += [page.data for page in pages] + [as_wet(page) for page in pages]
    return found


@pytest.fixture(scope="module")
def calls(inputs: list[bytes | str]) -> list[_Call]:
    """Every call the teaser stage makes, its blocks and arguments as they came in."""
    return stage_calls(stages, "find_listing", inputs)


def test_the_stage_gives_the_finder_no_weights(calls: list[_Call]) -> None:
    for blocks, kwargs in calls:
        assert kwargs["weights"] == [None] * len(blocks)


def test_hits_are_the_hits_given_every_weight(calls: list[_Call]) -> None:
    found = 0
    for call in calls:
        blocks, kwargs = copy.deepcopy(call)
        hits = listing.find_listing(blocks, **kwargs)
        forget_lines()
        blocks, kwargs = copy.deepcopy(call)
        # What the stage handed before: the page's weights (Context.weights).
        weighed = {**kwargs, "weights": listing.weigh_blocks(blocks)}
        given = listing.find_listing(blocks, **weighed)
        assert hits == given
        assert [type(hit) for hit in hits] == [type(hit) for hit in given]
        found += len(hits)
        forget_lines()
    assert found > 20  # (the calls hold teasers: the finders are reached)


def test_made_up_heads_reach_the_weight_bounds() -> None:
    weights = {text_weight(head) for head in _HEADS}
    assert {3, 4, W.PROSE_LINE, W.PROSE_LINE + 1} <= weights


def _teasers_as_before(ctx: stages.Context) -> None:
    # stages._mark_teasers handing the finder the page's weights, as first written.
    page = ctx.page
    title = ctx.title or (stages.clean_title(page.meta.title) if page.meta.title else None)
    ctx.hits = listing.find_listing(
        page.blocks,
        tz=ctx.tz,
        reference=ctx.reference,
        is_html=page.is_html,
        title=title,
        weights=ctx.weights,
    )
    ctx.hits = [hit for hit in ctx.hits if stages._headed_like_teaser(page.blocks, hit)]
    for hit in ctx.hits:
        for i in hit.indexes:
            if i in hit.overrides:
                rule = f"teaser, overruling {ctx.blocks[i].rule}"
                ctx.relabel(i, stages.LISTING, rule, over=stages._OVERRULED)
            else:
                ctx.label(i, stages.LISTING, "teaser")


def _articles(inputs: list[bytes | str]) -> list[dict[str, Any]]:
    return [
        (newsparse.parse_text(data) if isinstance(data, str) else newsparse.parse(data)).to_dict()
        for data in inputs
    ]


def test_articles_are_the_articles_of_the_stage_as_before(inputs: list[bytes | str]) -> None:
    now = _articles(inputs)
    before = tuple(
        (name, _teasers_as_before if name == "teasers" else stage) for name, stage in stages.STAGES
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stages, "STAGES", before)
        assert _articles(inputs) == now
    assert sum(bool(article.get("listing")) for article in now) > 3
