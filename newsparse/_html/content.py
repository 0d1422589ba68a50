"""Choose the article's container: the element whose own paragraphs read like a Chinese story.

Every text block votes for the element that holds it (fully), that element's parent (half)
and grandparent (a quarter), with a weight from features that work for Chinese: sentence
punctuation (，。！？；：), length, and little linked text. A candidate's total is scaled by
its own link density and its class/id hints (``article``, ``content``, ``detail`` ... up;
``list``, ``header`` ... down); the best one wins, joined by siblings that score nearly as
well (stories split over several sibling boxes).
"""

from __future__ import annotations

import itertools
from typing import Any

from lxml import etree

from .._core.blocks import LINKED as _LINKED
from .._news.notices import notice_kind
from .data.dom import CONTAINER_TAGS, CONTENT_TOKENS, NEGATIVE_TOKENS
from .dom import class_parts, count_punct, text_of
from .emit import _PACK, RawBlock, unpack

__all__ = ["choose_main"]

# Tags whose text is one paragraph: the container is their parent, not themselves.
_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt",
     "figcaption", "caption", "font", "span", "strong", "b", "center", "tr", "tbody"}
)  # fmt: skip
_SHARES = (1.0, 0.5, 0.25)
_MIN_CHARS = 8
_SHORT_LINE = 20  # unpunctuated lines shorter than this read as menus and tags
_SIBLING_SHARE = 0.3
# The best container's siblings with a sentence mark join it when the parent scores at
# least _PARENT_SHARE of it and holds at least as many sentence marks. On the 156 labelled
# pages this fires on 23 (WeChat, CNA, ETtoday, BBC, Apple Daily ...): one body grows to the
# whole story (wechat_1, F1 0.87 -> 1.00, and its pictures), one more page gains the story's
# picture (and an arrow icon); the other 21 come out the same.
_PARENT_SHARE = 0.6
_PARENT_MORE = 1.0
# A container is a teaser list when at least this many linked headlines are each followed
# by their snippet, and the snippets are most of its unlinked text. An article with a block
# of related headlines at its end has the headlines but no snippets between them.
_TEASER_PAIRS = 4
_TEASER_SHARE = 0.5
_SNIPPET_MAX = 160  # characters: a teaser's snippet is a sentence or two
# A "heading" this long with sentence punctuation is a paragraph styled as one (WeChat posts
# set whole paragraphs in <h2>/<h3>): it votes like a paragraph.
_PROSE_HEADING_CHARS = 60
_PROSE_HEADING_PUNCT = 2
_NOTICE_PUNCT = 1  # a notice long enough to outvote a story has sentence punctuation


def choose_main(blocks: list[RawBlock], tallies: dict[Any, int] | None = None) -> set[Any]:
    """The elements forming the article body (empty when no block reads like prose).

    ``tallies`` are the blocks' packed characters per element as
    :func:`~newsparse._html.emit.emit_tallied` counts them (counted here when None).

    Examples:
        >>> import lxml.html
        >>> from newsparse._html.emit import emit_blocks
        >>> root = lxml.html.fromstring(
        ...     '<body><div id="nav"><a href="/">首页</a></div>'
        ...     '<div class="article"><p>第一段，有标点。</p><p>第二段，也有。</p></div></body>')
        >>> [el.get("class") for el in choose_main(emit_blocks(root, base_url=None, max_chars=99))]
        ['article']
    """
    if tallies is None:
        tallies = _tally_density(blocks)
    scores, puncts = _votes(blocks)
    if not scores:
        return set()
    final = {el: _final(el, raw, tallies) for el, raw in scores.items()}
    best = max(final, key=final.__getitem__)
    if final[best] <= 0.0 or _is_teaser_list(best, blocks):
        return set()
    return _widened(best, final, puncts) or _with_siblings(best, final, puncts)


def _votes(blocks: list[RawBlock]) -> tuple[dict[Any, float], dict[Any, int]]:
    """Each block's vote (see :func:`_weight`) summed for its container and the two elements
    above it at :data:`_SHARES`, and their sentence marks, in the order the elements are
    first voted for."""
    scores: dict[Any, float] = {}
    puncts: dict[Any, int] = {}
    # Consecutive blocks mostly share their container: a run's votes are summed here, in the
    # order they come, and stored when the container changes (the same sums in the same
    # order as storing each vote, without three climbs and six dict updates per block).
    node = second = third = None
    score = score2 = score3 = 0.0
    run_punct = 0
    for block in blocks:
        # _weight, written out (a call and a tuple per block cost a tenth of the loop).
        chars, kind = block.chars, block.kind
        if chars < _MIN_CHARS or kind == "caption":
            continue
        density = block.link_chars / chars
        if density > _LINKED:
            continue
        text = block.text
        punct = count_punct(text)
        if kind == "h" and (chars < _PROSE_HEADING_CHARS or punct < _PROSE_HEADING_PUNCT):
            continue
        if punct >= _NOTICE_PUNCT and notice_kind(text):
            continue
        weight = (1.0 + punct + min(chars / 30.0, 5.0)) * (1.0 - density)
        if punct == 0 and chars < _SHORT_LINE:
            weight = weight * 0.5
        if weight <= 0.0:
            continue
        container = block.owner  # _container_of, written out (a call per block)
        while container is not None and container.tag in _PARAGRAPH_TAGS:
            container = container.getparent()
        if container is not node:
            if node is not None:
                _store(scores, puncts, run_punct, (node, score), (second, score2),
                       (third, score3))  # fmt: skip
            node, run_punct = container, 0
            if node is None:
                continue  # a block outside any element: no vote (never in a parsed page)
            second = node.getparent()
            third = None if second is None else second.getparent()
            score = scores.get(node, 0.0)
            score2 = 0.0 if second is None else scores.get(second, 0.0)
            score3 = 0.0 if third is None else scores.get(third, 0.0)
        elif node is None:
            continue
        score = score + weight * _SHARES[0]
        score2 = score2 + weight * _SHARES[1]
        score3 = score3 + weight * _SHARES[2]
        run_punct += punct
    if node is not None:
        _store(scores, puncts, run_punct, (node, score), (second, score2), (third, score3))
    return scores, puncts


def _store(
    scores: dict[Any, float], puncts: dict[Any, int], punct: int, *voted: tuple[Any, float]
) -> None:
    """Store a run's sums for its container and the two elements above it (those that
    exist), in that order: a new key's place in ``scores`` breaks ties."""
    for el, score in voted:
        if el is None:
            return
        scores[el] = score
        puncts[el] = puncts.get(el, 0) + punct


def _weight(block: RawBlock) -> tuple[float, int]:
    """A block's vote and its punctuation count (short unpunctuated lines vote at half):
    what choose_main's loop computes in place (a test holds the two to the same answer)."""
    if block.chars < _MIN_CHARS or block.kind == "caption":
        return 0.0, 0
    density = block.link_chars / block.chars
    if density > _LINKED:
        return 0.0, 0
    punct = count_punct(block.text)
    if block.kind == "h" and (block.chars < _PROSE_HEADING_CHARS or punct < _PROSE_HEADING_PUNCT):
        return 0.0, 0
    if punct >= _NOTICE_PUNCT and notice_kind(block.text):
        return 0.0, 0  # comment rules and privacy statements read like prose: they do not vote
    weight = (1.0 + punct + min(block.chars / 30.0, 5.0)) * (1.0 - density)
    return (weight * 0.5 if punct == 0 and block.chars < _SHORT_LINE else weight), punct


def _tally_density(blocks: list[RawBlock]) -> dict[Any, int]:
    """Text and link characters of the blocks inside each element (for link density),
    packed as :func:`~newsparse._html.emit.unpack` reads them; what emit_tallied counts
    during its walk, for blocks from elsewhere.

    The sums climb the tree a level a round, merged where two meet: an element is
    visited once for each depth of blocks below it, where a walk up from every block
    visited it once for each block below it (owners are nearly all distinct: 23,096 of
    24,057 blocks on the labelled pages).
    """
    tallies: dict[Any, int] = {}
    level: dict[Any, int] = {}
    for block in blocks:
        level[block.owner] = level.get(block.owner, 0) + block.chars * _PACK + block.link_chars
    level.pop(None, None)
    while level:
        up: dict[Any, int] = {}
        for node, tally in level.items():
            tallies[node] = tallies.get(node, 0) + tally
            parent = node.getparent()
            if parent is not None:
                up[parent] = up.get(parent, 0) + tally
        level = up
    return tallies


def _container_of(owner: Any) -> Any:
    node = owner
    while node is not None and node.tag in _PARAGRAPH_TAGS:
        node = node.getparent()
    return node


def _final(el: Any, raw: float, tallies: dict[Any, int]) -> float:
    total, linked = unpack(tallies.get(el, 0))
    density = linked / total if total else 0.0
    score = raw * (1.0 - density) ** 2
    if el.tag not in CONTAINER_TAGS:
        score *= 0.8
    parts = class_parts(el) if (el.get("class") or el.get("id")) else []
    if any(p in CONTENT_TOKENS for p in parts):
        score *= 1.3
    if any(p in NEGATIVE_TOKENS for p in parts):
        score *= 0.6
    return score


def _is_teaser_list(container: Any, blocks: list[RawBlock]) -> bool:
    """Whether the container is a list of teasers (a list page), not a story: linked
    headlines each followed by a short unlinked snippet, the snippets most of its prose."""
    insiders = set(container.iter())  # in C: cheaper than climbing from every block's owner
    within = [b for b in blocks if b.chars >= _MIN_CHARS and b.owner in insiders]
    pairs = snippet_chars = 0
    for block, after in itertools.pairwise(within):
        linked = block.link_chars / block.chars >= _LINKED
        if linked and after.link_chars / after.chars < _LINKED and after.chars <= _SNIPPET_MAX:
            pairs += 1
            snippet_chars += after.chars
    prose_chars = sum(b.chars for b in within if b.link_chars / b.chars < _LINKED)
    return pairs >= _TEASER_PAIRS and snippet_chars >= _TEASER_SHARE * prose_chars


def _widened(best: Any, final: dict[Any, float], puncts: dict[Any, int]) -> set[Any] | None:
    """The best container and every sibling holding a sentence mark, when the story runs on
    in the parent's other children: the parent's votes come in at half or less, so a parent
    scoring nearly as well as the best and holding as many sentences holds more of the same
    story (a WeChat post set in sibling <section>s, some items as headings straight in the
    parent). Siblings without one (a box of counters, an icon row) stay out. None when the
    parent does not qualify."""
    parent = best.getparent()
    if parent is None or parent not in final:
        return None
    if final[parent] < _PARENT_SHARE * final[best] or puncts.get(
        parent, 0
    ) < _PARENT_MORE * puncts.get(best, 0):
        return None
    siblings = parent.iterchildren(etree.Element)
    return {best, *(el for el in siblings if el is not best and count_punct(text_of(el)))}


def _with_siblings(best: Any, final: dict[Any, float], puncts: dict[Any, int]) -> set[Any]:
    """The best container and the siblings that read as much like the same story."""
    chosen = {best}
    parent = best.getparent()
    if parent is None:
        return chosen
    floor = final[best] * _SIBLING_SHARE
    punct_floor = puncts.get(best, 0) * _SIBLING_SHARE
    for sibling in parent.iterchildren():
        if sibling is best:
            continue
        if final.get(sibling, 0.0) >= floor and puncts.get(sibling, 0) >= punct_floor:
            chosen.add(sibling)
    return chosen
