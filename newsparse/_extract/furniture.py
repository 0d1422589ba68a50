"""The ``furniture`` stage: notices by what they say, and menus, counters and rankings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress, count
from typing import TYPE_CHECKING

from .._core.blocks import FURNITURE, NOTICE, UNLABELLED
from .._core.firsts import SPACE_CHARS
from .._core.lazy import lazy_compile
from .._news.data.pagemeta import TAG_LABELS
from .._news.notices import _VOICE_ANY, NOTICE_KIND_NAMES, notice_kind, notice_voice
from .._news.pagemeta import tag_line
from .features import FIRST_CHAR, is_boilerplate, is_metadata_line, ranked_runs, text_weight

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["mark_furniture", "notice_tail"]

# The first characters of a tag list's label, so most lines skip tag_line.
_TAG_LINE_FIRST = lazy_compile(r"\s{0,3}[" + "".join(sorted({w[0] for w in TAG_LABELS})) + "]")
_TAG_FIRSTS = frozenset(w[0] for w in TAG_LABELS)  # the same characters, for a set lookup
_TAG_OPENERS = _TAG_FIRSTS | frozenset(SPACE_CHARS)  # and the spaces (what str.isspace says)
# A line break, then one of those or a digit (\d: what str.isdecimal says): where a line
# opens with one, in the lines joined (_openings_and_voices). The break is left out of the
# class: there it stands only between lines.
_OPENED = lazy_compile("\n[" + "".join(map(re.escape, sorted(_TAG_OPENERS - {"\n"}))) + "\\d]")
_RUN_MEMBER_MAX = 200  # characters: a line between two notices is part of them up to this
# A paragraph whose last sentences are a notice keeps the rest when the rest holds at least
# this much prose (Han characters and Latin words): a story's paragraph with the site's
# reprint ban glued on (…。凡本网注明…不得转载。). Shorter heads are the notice's own lead-in.
_PROSE_HEAD_MIN = 50
_SENTENCE = lazy_compile(r"[^。！？!?]+(?:[。！？!?]+[”」』）)]?|$)")


def _is_notice(text: str) -> bool:
    return is_boilerplate(text) == "notice" or notice_kind(text) is not None


def notice_tail(text: str) -> int | None:
    """Where the notice ending a paragraph of prose starts, or None.

    Examples:
        >>> text = "今年一季度全市完成固定资产投资三百亿元，同比增长百分之八，"
        >>> text += "其中工业投资增长明显，基础设施投资稳步推进，民间投资保持活跃。"
        >>> cut = notice_tail(text + "凡本网注明来源的作品，版权均属本网，未经授权不得转载。")
        >>> cut == len(text)
        True
        >>> notice_tail(text) is None
        True
    """
    # The head kept weighs at most what the whole text weighs (text_weight counts Han
    # characters and Latin words, and a cut word is a shorter one): a short notice, most
    # lines asked, has no head heavy enough, told before it is split into sentences.
    if text_weight(text) < _PROSE_HEAD_MIN or not _is_notice(text):
        return None
    sentences = [m for m in _SENTENCE.finditer(text) if m.group().strip()]
    start = None
    for match in reversed(sentences):
        if not _is_notice(match.group()):
            break
        start = match.start()
    if start is None or start == 0 or text_weight(text[:start]) < _PROSE_HEAD_MIN:
        return None
    if _is_notice(text[:start]):
        return None
    return start


def _openings_and_voices(texts: list[str]) -> tuple[list[tuple[int, str]], list[int]]:
    """The lines that open with a tag label's first character, a space or a digit (ranks:
    see ranked_runs), as their indexes and those characters; the indexes of the lines in
    the notices' voice (_VOICE_ANY finds something in them). Both in order.

    Found by searches in C of the lines joined, each after a line break, where a Python
    step a line sliced its first character, tested it and searched the line (furniture
    stage, 39 flattened pages: 163.7 M -> 152.1 M instructions). No line holds a break of its own
    (the count of breaks says so; else each line is read), and no match holds one (see
    _OPENED; _VOICE_ANY matches none, a test says): the breaks before a match count the
    index of its line.
    """
    joined = "\n" + "\n".join(texts)
    if joined.count("\n") != len(texts):
        firsts = map(FIRST_CHAR, texts)
        opened = [(i, c) for i, c in enumerate(firsts) if c in _TAG_OPENERS or c.isdecimal()]
        return opened, list(compress(count(), map(_VOICE_ANY.search, texts)))
    starts = [m.start() + 1 for m in _OPENED.finditer(joined)]
    opened = list(zip(_lines_at(joined, starts), map(joined.__getitem__, starts), strict=True))
    return opened, _lines_at(joined, (m.start() for m in _VOICE_ANY.finditer(joined)))


def _lines_at(joined: str, positions: Iterable[int]) -> list[int]:
    """The indexes of the lines that ``positions`` (in order) stand in, each once:
    ``joined`` is the lines, each after a line break, holding none of their own."""
    lines: list[int] = []
    line, at = -1, 0
    for position in positions:
        line += joined.count("\n", at, position)
        at = position
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def mark_furniture(ctx: Context) -> None:
    """Label site furniture once; every later stage reads the label."""
    blocks = ctx.blocks
    texts = [b.text for b in blocks]
    reasons = list(map(is_boilerplate, texts))
    # A block is furniture by its reason, or a tag list by its label; a tag list opens with
    # one of its labels' first characters, spaces aside (the test of _TAG_LINE_FIRST made on
    # each line's first character, found in C: most lines open otherwise).
    opened, voiced = _openings_and_voices(texts)
    tagged = [i for i, c in opened if c in _TAG_OPENERS]
    notices: list[int] = []  # the blocks labelled notices (see _fill_notice_runs)
    for i in sorted({*compress(count(), reasons), *tagged}):
        text, reason = texts[i], reasons[i]
        if reason == "notice" and notice_tail(text) is not None:
            continue  # prose with a notice glued on: the body cuts the notice
        if reason and not is_metadata_line(text):  # "…| 0 条评论| 作者魏星" is a header
            label = NOTICE if reason == "notice" else FURNITURE
            if ctx.label(i, label, reason) and label is NOTICE:
                notices.append(i)
        elif _TAG_LINE_FIRST.match(text) and tag_line(text):
            # "關鍵字: 佔領立法院 林飛帆": the page's tag list, read into Article.tags; where
            # the page is flattened to lines it is what follows the story, not part of it.
            ctx.label(i, FURNITURE, "tags")
    # An unlabelled block is a notice of a kind by notice_kind, which a line not in the
    # notices' voice is not (most lines). A block this loop labels is the one it reads, so
    # each is read with the label it had before the loop.
    for i in voiced:
        if (
            blocks[i].label is UNLABELLED
            and (kind := notice_kind(texts[i]))
            and notice_tail(texts[i]) is None
        ):
            ctx.label(i, NOTICE, kind)
            notices.append(i)
    numbered = [i for i, c in opened if c.isdecimal()]
    for start, end in ranked_runs(texts, numbered=numbered):
        for i in range(start, end):
            ctx.label(i, FURNITURE, "ranking")
    _fill_notice_runs(ctx, sorted(notices))


def _fill_notice_runs(ctx: Context, notices: list[int]) -> None:
    """A short line in the notices' voice between two notices of one kind is part of them
    (the list items of comment rules, a privacy statement's clauses). ``notices``: the
    blocks labelled notices, in order."""
    blocks = ctx.blocks
    # The blocks right after a notice (most pages have few notices). A block this loop
    # labels is no notice of a kind (its rule says "between two"), so it makes no further
    # block a candidate: the candidates can be listed before the loop. The notices are the
    # ones mark_furniture labelled: no other stage labels one, and this one, the first, gets
    # the page unlabelled (a walk over every block to find them cost 3% of the stage).
    for i in [j + 1 for j in notices if j < len(blocks) - 2]:
        before, block, after = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            block.label is UNLABELLED
            and len(block.text) <= _RUN_MEMBER_MAX
            and after.label is NOTICE
            and before.rule == after.rule
            and before.rule in NOTICE_KIND_NAMES
            and notice_voice(block.text)
        ):
            ctx.label(i, NOTICE, f"{before.rule}, between two")
