"""The ``body`` stage: the story's own run of text.

The body is the best-scoring contiguous run of blocks (a maximum-sum segment): prose scores
by how much it holds, short labels cost a little, and furniture, teasers, blocks outside an
HTML page's article container, and runs of more than three short labels break the run. This is
one rule for both inputs; HTML only adds its container and link-density features.
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import is_
from typing import TYPE_CHECKING, cast

from .._core.blocks import BODY, CAPTION, FURNITURE, LISTING, NOTICE, TITLE, UNLABELLED, Block, Page
from .._core.lazy import lazy_compile
from .._news.credits import looks_like_byline
from . import weights as W
from .features import (
    CONTENT_MIN,
    FIRST_CHAR,
    SENTENCE_ENDS,
    han_count,
    has_full_date,
    is_content,
    is_metadata_line,
    text_weight,
)
from .title import pick_title

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["mark_body"]

_FURNITURE = frozenset({FURNITURE, NOTICE})

_BREAK = None
_MAX_SHORT_RUN = 3  # sub-headings and Q&A labels come a few at a time; menus come in runs
_MIN_SENTENCE = 4
_HEADER_WINDOW = 8
_BARE_LINE = 10
_FEW_LINKS = 0.3
_GROW_MAX = 2  # short lines taken at each edge of the run
_GROW_CLOSING = 4  # lines taken at the closing edge, the last of them ending a clause
_GROW_MIN = 4  # Han characters a grown line holds at least (a 3-character line is a name)
# How a line that continues or ends the story ends: a sentence's end, or a clause break
# where <br> split a sentence ("下周一，").
_FRAGMENT_END = lazy_compile(r"[。！？!?…”」』，、；;]\s*$")
_BULLETS = frozenset("●★◆■▪•")  # marks a fact box's items open with
_CLAUSE_END = lazy_compile(r"[\u3400-\u9fff][，、；,;]\s*$")  # labels never end in a comma
_CLAUSE_MARKS = frozenset("，、；,;")  # its last character, spaces aside: tested first
_INTRODUCES = lazy_compile(r"[：:]\s*$")  # "划重点：", "※你可能還想看：": a box's label


def _scores(
    blocks: list[Block],
    weights: list[int | None],
    is_html: bool,
    title: str,
    contained: bool = True,
) -> list[float | None]:
    """Each block's score in the run; ``weights`` are their :func:`text_weight` (None: not
    measured yet; the labelling stages weigh every unlabelled block up front).

    One loop over the page rather than a call a block: the call, and the weights read from
    ``W`` for each block, were a seventh of the scoring's cost."""
    # Read once a page (calibrate.py sets them between pages).
    heavy, label_score, furniture = W.LINK_HEAVY, W.SCORE_LABEL, W.SCORE_FURNITURE
    base, cap, per_char, bare = W.PROSE_BASE, W.PROSE_CAP, W.PROSE_PER_CHAR, W.SCORE_BARE_LINE
    outside_breaks = contained and is_html
    scores: list[float | None] = []
    add = scores.append
    for block, weight in zip(blocks, weights, strict=True):
        label = block.label
        if label is LISTING or (outside_breaks and not block.in_main):
            add(_BREAK)
            continue
        if label is not UNLABELLED:  # (most lines are: one test for them)
            if label is TITLE:
                add(label_score)
                continue
            if label is CAPTION:
                add(0.0)  # a picture inside the story interrupts it without ending it
                continue
            if label in _FURNITURE:
                add(furniture)
                continue
        if block.link_density > heavy:
            add(furniture)
            continue
        text = block.text
        if weight is None:
            weight = text_weight(text)
        score: float
        if weight >= CONTENT_MIN and is_content(text, weight):  # (the cheap test first)
            # (min written out: the builtin's call cost 600 instructions a prose line)
            score = base + (weight if weight < cap else cap) * per_char
        elif (
            is_html
            and weight >= _BARE_LINE
            and block.link_density < _FEW_LINKS
            and text.replace(" ", "") not in title
        ):
            score = bare  # in the chosen container, an unpunctuated line is text
        else:
            last = text.rstrip()[-1:]  # (what has_sentence_end reads, read once)
            if weight >= _MIN_SENTENCE and last in SENTENCE_ENDS:
                score = 0.0  # a short sentence or question ("会有崩盘吗？"): neither prose nor menu
            elif last in _CLAUSE_MARKS and _CLAUSE_END.search(text):
                score = 0.0  # a clause of a sentence split over lines ("京沪高速北京方向，")
            else:
                add(label_score)
                continue
        # A long header line ("发布时间:… 来源:… 作者:…") is not prose: it scores as a label,
        # as the lines above did (asked only here, of the lines that would score otherwise).
        add(label_score if is_metadata_line(text) else score)
    return scores


def _score(
    block: Block, weight: int | None, is_html: bool, title: str, contained: bool = True
) -> float | None:
    """One block's score: :func:`_scores` of a page of one block."""
    return _scores([block], [weight], is_html, title, contained)[0]


def _bullet_runs(blocks: list[Block], scores: list[float | None]) -> list[float | None]:
    """Items of a list printed as lines with one bullet ("★年齡：76歲", "●1983~1991年 熊本縣
    知事"): a fact box inside the story. Its short items are text, not labels, in a run of
    at least ``BULLET_RUN`` lines opening with the same mark."""
    out = list(scores)
    # (a comprehension: its attribute read is specialised for a slot, where attrgetter's
    # generic lookup cost twice as much a line)
    texts = [block.text for block in blocks]
    # Most pages hold no bullet anywhere: a search of the lines joined for each mark (in C)
    # says so, where cutting out each line's first character cost 1.4k instructions a line.
    joined = "\n".join(texts)
    if not any(mark in joined for mark in _BULLETS):
        return out
    firsts = list(map(FIRST_CHAR, texts))
    # A run starts at a bulleted line that no earlier run took in.
    end = 0
    for i in list(compress(count(), map(_BULLETS.__contains__, firsts))):
        if i < end:
            continue
        mark, end = firsts[i], i
        while end < len(blocks) and firsts[end] == mark:
            end += 1
        if end - i >= W.BULLET_RUN:
            for k in range(i, end):
                if out[k] == W.SCORE_LABEL and blocks[k].label is UNLABELLED:
                    out[k] = W.SCORE_BARE_LINE
    return out


def _segments(scores: list[float | None], is_html: bool) -> list[tuple[int, int]]:
    """Split at breaks (and at runs of short labels on text pages) into [start, end) spans."""
    spans: list[tuple[int, int]] = []
    start = 0
    if is_html:  # breaks only (runs of short labels split text pages alone), found in C
        for i in compress(count(), map(is_, scores, repeat(_BREAK))):
            spans.append((start, i))
            start = i + 1
    else:
        short_run = 0
        for i, score in enumerate(scores):
            if score is _BREAK:
                spans.append((start, i))
                start, short_run = i + 1, 0
            elif score < 0.0:  # (a float compared with a float: the quicker compare)
                short_run += 1
                if short_run > _MAX_SHORT_RUN:
                    spans.append((start, i - short_run + 1))
                    start = i + 1
                    short_run = 0
            else:
                short_run = 0
    spans.append((start, len(scores)))
    return [s for s in spans if s[1] > s[0]]


def _runs(scores: list[float | None], spans: list[tuple[int, int]]) -> list[tuple[float, int, int]]:
    """Candidate runs ``(score, start, end)``: the best run of each stretch between resets."""
    found: list[tuple[float, int, int]] = []
    for lo, hi in spans:
        total, run_start = 0.0, lo
        best: tuple[float, int, int] | None = None
        for i in range(lo, hi):
            score = scores[i] or 0.0
            if total <= 0.0:  # (floats compared with a float: the quicker compare)
                if best is not None:
                    found.append(best)
                total, run_start, best = 0.0, i, None
            total += score
            if total > 0.0 and (best is None or total > best[0]):
                best = (total, run_start, i + 1)
        if best is not None:
            found.append(best)
    return found


def _choose(
    runs: list[tuple[float, int, int]], anchors: list[int]
) -> tuple[tuple[int, int] | None, str]:
    """The best run, or the first good run right under the headline when there is one."""
    if not runs:
        return None, ""
    best = max(runs)
    for anchor in anchors:
        near = [r for r in runs if 0 < r[1] - anchor <= W.ANCHOR_GAP]
        for total, lo, hi in sorted(near, key=lambda r: r[1]):
            if total >= W.ANCHOR_SHARE * best[0]:
                if (lo, hi) != best[1:]:
                    return (lo, hi), "the run right under the headline"
                return (lo, hi), "best run"
    return best[1:], "best run"


def _window(page: Page, lo: int, hi: int, step: int) -> tuple[int, ...]:
    """Up to ``_HEADER_WINDOW`` non-furniture blocks walking from ``lo`` towards ``hi``."""
    picked: list[int] = []
    i = lo
    while 0 <= i < len(page.blocks) and i != hi and len(picked) < _HEADER_WINDOW:
        if page.blocks[i].label not in _FURNITURE and page.blocks[i].label is not LISTING:
            picked.append(i)
        i += step
    return tuple(sorted(picked))


def _after_headline(
    run: tuple[int, int], anchors: list[int], scores: list[float | None]
) -> tuple[int, int]:
    """A run that swallowed the headline starts after it: the story is under its headline,
    and the lines between (name, time, caption) are its header (flattened pages)."""
    lo, hi = run
    inside = [a for a in anchors if lo <= a < hi - 1]
    if not inside:
        return run
    start = inside[-1] + 1
    while start < hi - 1 and (scores[start] or 0.0) <= 0:
        start += 1
    return start, hi


def _growable(block: Block, title: str, is_html: bool, *, closing: bool) -> bool:
    """A short line at the edge of the run that still belongs to the story: a sub-heading
    or lead fragment before it ("收盘播报", "下周一，"), a last short sentence ("你期待吗？")."""
    text = block.text
    if block.label is not UNLABELLED or block.link_density >= W.LINK_HEAVY:
        return False
    if is_html and not block.in_main:
        return False
    if text_weight(text) < _GROW_MIN and not _FRAGMENT_END.search(text):
        return False  # a name; "下周一，" is a clause a <br> split off
    key = text.replace(" ", "")
    # The headline again is not the story; the part after its colon can head the story as
    # its first sub-heading ("海外留学生看两会：出国前后关注点大不同").
    subhead = any(f"{colon}{key}" in title for colon in "：:")
    if key in title and not subhead:
        return False
    if is_metadata_line(text) or looks_like_byline(text):
        return False
    if has_full_date(text) and not is_content(text):
        return False  # a time line ("2025年3月28日 星期五 下午4:30") is the header's
    if _INTRODUCES.search(text):
        return False
    if (closing or not is_html) and not subhead:
        return bool(_FRAGMENT_END.search(text))
    return True


def _under_time_line(page: Page, lo: int, title: str) -> int:
    """Text pages: the story's start when at most ``_GROW_MAX`` headline-like lines stand
    between the time and source line and the run: its sub-heading and lead-in
    ("收盘播报" / "【证券时报网】A股三大股指集体回调：…")."""
    blocks = page.blocks
    for top in range(lo - 1, max(lo - 1 - _GROW_MAX, 0), -1):
        block = blocks[top]
        if not _growable(block, title, True, closing=False) or has_full_date(block.text):
            return lo
        if pick_title(blocks, (top,)) is None or han_count(block.text) * 2 < len(block.text):
            return lo  # not a heading; a tag list run together ("知道创宇余弦KconZoomEye…")
        if is_metadata_line(blocks[top - 1].text):
            return top
    return lo


def _grow(page: Page, lo: int, hi: int, title: str) -> tuple[int, int]:
    blocks = page.blocks
    for _ in range(_GROW_MAX):
        if lo > 0 and _growable(blocks[lo - 1], title, page.is_html, closing=False):
            lo -= 1
    if not page.is_html:
        lo = _under_time_line(page, lo, title)
    # The closing edge: a story's last sentence split over short lines ("愿大家都能" /
    # "平安出行，安全到家。") is taken whole, up to the last line that ends a clause.
    end = hi
    for j in range(hi, min(len(blocks), hi + _GROW_CLOSING)):
        if not _growable(blocks[j], title, page.is_html, closing=False):
            break
        if _FRAGMENT_END.search(blocks[j].text):
            end = j + 1
    return lo, end


def _weight(page: Page, weights: list[int | None], run: tuple[int, int] | None) -> int:
    if run is None:
        return 0
    lo, hi = run
    known = weights[lo:hi]
    if None not in known:
        return sum(cast("list[int]", known))  # (no None in it, as just tested)
    texts = [b.text for b in page.blocks[lo:hi]]
    return sum(w if w is not None else text_weight(t) for w, t in zip(known, texts, strict=True))


def mark_body(ctx: Context) -> None:
    """Find the body run and the header and tail windows around it.

    Furniture, teasers and a headline found beforehand must already carry their labels.
    On HTML pages the run stays inside the container the HTML side chose; when that gives
    less than a story (``_STORY_WEIGHT``) and the page holds more prose elsewhere, the run is
    looked for over the whole page instead, so a page with a story never comes back empty.
    The run's start is where the page-type decision looks for its anchors.
    """
    page = ctx.page
    title = (page.meta.title or ctx.title or "").replace(" ", "")
    # The headline as printed above the story (an HTML heading, or a text page's headline
    # repeated below the <title> line it was first read from), not the document's title.
    anchors = [
        i
        for i, b in enumerate(page.blocks)
        if b.label is TITLE and b.tag != "title" and b.rule != "first line"
    ]
    weights = ctx.weights
    blocks = page.blocks
    is_html = page.is_html
    scores = _scores(blocks, weights, is_html, title)
    scores = _bullet_runs(blocks, scores)
    run, rule = _choose(_runs(scores, _segments(scores, is_html)), anchors)
    if is_html and _weight(page, weights, run) < W.STORY_WEIGHT:
        loose = _scores(blocks, weights, True, title, False)
        other, _ = _choose(_runs(loose, _segments(loose, True)), anchors)
        if _weight(page, weights, other) >= W.STORY_WEIGHT:
            run, rule = other, "best run, outside the chosen container"
    if run is None:
        unlabelled = [i for i, b in enumerate(page.blocks) if b.label is UNLABELLED]
        ctx.above = tuple(unlabelled[:_HEADER_WINDOW])
        return
    run = _after_headline(run, anchors, scores)
    lo, hi = _grow(page, *run, title)
    for i in range(lo, hi):
        if page.blocks[i].link_density > W.LINK_HEAVY:
            continue  # a related link inside the story: crossed, not taken in
        ctx.label(i, BODY, rule if run[0] <= i < run[1] else "the run's edge, grown")
    ctx.above = _window(page, lo - 1, -1, -1)
    if not page.is_html and lo <= _HEADER_WINDOW * 2:
        # Flattened pages: everything above the body is header material.
        ctx.above = tuple(i for i in range(lo) if page.blocks[i].label is UNLABELLED)
    ctx.below = _window(page, hi, len(page.blocks), 1)
    ctx.body = tuple(i for i in range(lo, hi) if page.blocks[i].label is BODY)
