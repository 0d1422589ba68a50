"""The labelling stages, in the order they run: the one place that states the pipeline.

A page's blocks start unlabelled. Each stage recognises some of them and labels them
(:class:`~newsparse._core.blocks.Label`); a block keeps the first label it gets, with the
stage and the rule that set it, so ``explain()`` can say why any text was kept or dropped.
A stage changes an earlier stage's label only through :meth:`Context.relabel`, which names
the labels it may override.

Order, and why:

1. ``furniture``: notices (by what they say) and menus, counters, rankings. Nothing later
   needs to consider them.
2. ``headline``: the headline, from the page's head or a text page's first line. It anchors
   the body, and is neither a teaser nor body text.
3. ``captions``: picture, video and audio captions, which interrupt a body without ending it.
4. ``teasers``: related headlines, teaser lists, search results.
5. ``body``: the story's own run of text, from the anchors, grown across interruptions.
6. ``headline_above_body``: the headline of a page whose head names none, from the lines
   above the body.
7. ``header``: the time, source and credit lines above and below the body.

The page type is decided after all of them, from what they found (``assemble``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field

from .._core.blocks import CAPTION, FURNITURE, LISTING, UNLABELLED, Block, Label, Page
from .._core.config import Config
from .._core.lazy import lazy_compile
from .._news.credits import looks_like_byline
from .._news.headline import clean_title
from .body_run import mark_body
from .captions import mark_captions
from .facts import Facts, mark_header
from .features import text_weight
from .furniture import mark_furniture
from .headline import mark_headline, mark_headline_above_body
from .listing import ListingHit, WalkedHit, find_listing, weigh_blocks

__all__ = ["STAGES", "Context", "label_page"]

# A teaser's headline does not end with a full stop; a line that does, holding at least
# this much (Han characters and Latin words), is a sentence of prose.
_SENTENCE_MIN = 20
_FULL_STOPS = frozenset("。.")  # a line's last character, spaces aside
_BRACKETED_BYLINE = lazy_compile(
    r"[【〔\[（(][^】〕\]）)]{0,30}(?:記者|记者)[^】〕\]）)]{0,30}(?:報導|报道)[】〕\]）)]"
)


@dataclass
class Context:
    """One page being labelled, and what the stages have found so far."""

    page: Page
    tz: str
    reference: _dt.datetime | None
    config: Config
    stage: str = ""
    title: str | None = None
    hits: list[ListingHit] = field(default_factory=list)
    body: tuple[int, ...] = ()  # indexes of the body run's blocks, in order
    above: tuple[int, ...] = ()  # header candidates above the body
    below: tuple[int, ...] = ()  # tail lines below it
    head: Facts = field(default_factory=Facts)
    tail: Facts = field(default_factory=Facts)
    _weights: list[int | None] | None = None

    @property
    def blocks(self) -> list[Block]:
        return self.page.blocks

    @property
    def weights(self) -> list[int | None]:
        """:func:`~newsparse._extract.listing.weigh_blocks` of the page, made on first use:
        the blocks' weights measured once for the stages that read them (on a page of more
        lines than ``_core.memo`` keeps, each stage would measure every line again)."""
        if self._weights is None:
            self._weights = weigh_blocks(self.page.blocks)
        return self._weights

    def label(self, index: int, label: Label, rule: str) -> bool:
        """Label an unlabelled block; False, and nothing changes, when it has a label."""
        block = self.page.blocks[index]
        if block.label is not UNLABELLED:
            return False
        block.label, block.stage, block.rule = label, self.stage, rule
        return True

    def relabel(self, index: int, label: Label, rule: str, *, over: frozenset[Label]) -> bool:
        """Label a block even if an earlier stage labelled it as one of ``over``."""
        block = self.page.blocks[index]
        if block.label is not UNLABELLED and block.label not in over:
            return False
        block.label, block.stage, block.rule = label, self.stage, rule
        return True


# What a teaser may overrule: a menu word in a linked heading, a caption element around a
# teaser box (ListingHit.overrides names the blocks).
_OVERRULED = frozenset({FURNITURE, CAPTION})


def _mark_teasers(ctx: Context) -> None:
    # Teasers are found even when not reported (Config.listing=False): they are still not
    # body text, and their dates still date the page.
    # The finders weigh only the blocks they read (a None weight is measured when asked), not
    # the page: the body stage weighs it afterwards (ctx.weights), all but the blocks
    # labelled teasers here, which it does not read.
    page = ctx.page
    title = ctx.title or (clean_title(page.meta.title) if page.meta.title else None)
    ctx.hits = find_listing(
        page.blocks,
        tz=ctx.tz,
        reference=ctx.reference,
        is_html=page.is_html,
        title=title,
        weights=[None] * len(page.blocks),
    )
    ctx.hits = [hit for hit in ctx.hits if _headed_like_teaser(page.blocks, hit)]
    for hit in ctx.hits:
        for i in hit.indexes:
            if i in hit.overrides:
                rule = f"teaser, overruling {ctx.blocks[i].rule}"
                ctx.relabel(i, LISTING, rule, over=_OVERRULED)
            else:
                ctx.label(i, LISTING, "teaser")


def _headed_like_teaser(blocks: list[Block], hit: ListingHit) -> bool:
    """A teaser opens with a headline, not a byline ("【聯合晚報╱記者X╱即時報導】": the
    story's own lead and time line follow it). Nor are sentences of prose with only a stamp
    line under them ("…目前沒有這樣的打算。" / "【2014/12/13 聯合晚報】"): that is a story's
    last paragraphs and its outlet's stamp. (The link walk has found a WalkedHit's first
    block no byline.)"""
    indexes = hit.indexes
    text = blocks[indexes[0]].text
    walked = type(hit) is WalkedHit
    if (not walked and looks_like_byline(text)) or _BRACKETED_BYLINE.fullmatch(text):
        return False
    return len(indexes) < 2 or not all(_sentence(blocks[i].text) for i in indexes[:-1])


def _sentence(text: str) -> bool:
    return text_weight(text) >= _SENTENCE_MIN and text.rstrip()[-1:] in _FULL_STOPS


STAGES: tuple[tuple[str, Callable[[Context], None]], ...] = (
    ("furniture", mark_furniture),
    ("headline", mark_headline),
    ("captions", mark_captions),
    ("teasers", _mark_teasers),
    ("body", mark_body),
    ("headline_above_body", mark_headline_above_body),
    ("header", mark_header),
)


def label_page(page: Page, *, tz: str, reference: _dt.datetime | None, config: Config) -> Context:
    """Run every stage over ``page`` in order; the blocks carry the labels afterwards."""
    ctx = Context(page, tz, reference, config)
    for name, stage in STAGES:
        ctx.stage = name
        stage(ctx)
    return ctx
