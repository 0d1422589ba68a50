"""Cheap per-block measurements shared by the classifier and the listing finder."""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

from .._chinese.han import HAN_CLASS, HAN_RANGES, han_count
from .._core.firsts import (
    SPACE_CHARS,
    _sequence,
    _sre,
    first_class,
    found,
    guarded,
    literal_branches,
    top_alternatives,
)
from .._core.lazy import lazy_compile
from .._core.memo import line_memo
from .data import (
    COMMENT_COUNTER,
    COMMENT_COUNTER_WORDS,
    END_MARKERS,
    INLINE_NOISE,
    SHORT_LINE,
    SHORT_LINE_MAX,
    STRONG,
    WHOLE_LINE,
)

__all__ = [
    "CONTENT_MIN",
    "END_MARKER",
    "FIRST_CHAR",
    "INLINE_NOISE_RE",
    "SENTENCE_ENDS",
    "found",
    "han_count",
    "has_full_date",
    "has_sentence_end",
    "is_boilerplate",
    "is_content",
    "is_cut_short",
    "is_metadata_line",
    "ranked_runs",
    "text_weight",
]

# What text_weight counts, as one findall: a run of Han characters (its first character,
# then the rest as the group, which findall gives) or a Latin word of two letters or more
# (the group left empty); a match counts one, and its group one a character. Written to open
# with one class (the engine skips in C to where a match can start), which decides the
# branch: a Han character is no letter. A word needs no test of the character before it: a
# match takes a whole run, so a letter after a letter is never where a match is tried. (A
# subn of the Han runs, then a findall of the words in what it left: a sixth more
# instructions, two searches and the rest joined.)
_WEIGHED = lazy_compile(f"[{HAN_RANGES}A-Za-z](?:(?<={HAN_CLASS})({HAN_CLASS}*)|[A-Za-z][A-Za-z]*)")
# Punctuation that only running prose has (ASCII forms too: flattened pages lose the
# full-width ones).
# (Written as one class first, then the condition on the colon and the full stop, so that a
# search skips in C to the next mark: the same marks as "[，。！？；、,!?;]|[.:：](?=\D)".)
_PROSE_PUNCT = lazy_compile(r"[，。！？；、,!?;.:：](?:(?<=[，。！？；、,!?;])|(?=\D))")
# How a sentence ends: its last character, spaces after it aside (str.rstrip strips what
# \s matches). A set, not a pattern searched over the whole line: asked of every line.
SENTENCE_ENDS = frozenset('。！？!?…”"」』)）.')
_TRUNCATED = ("..", "…")  # how a teaser cut short ends
_LONG_LINE = 40  # Han characters: a line this long is prose unless it is a list run together
CONTENT_MIN = 10  # a line weighing less is a label, never prose (half the lines of a page)
# Gaps between Chinese words or numbers: prose has next to none, a list run together has one
# per item. A line with at least _LIST_GAPS of them and fewer than one prose mark per
# _GAPS_PER_PUNCT gaps is a list. (Written to open with the space, the character before it
# a lookbehind: the engine skips in C to the next space, where the character class first
# stopped it at every Han character. The same gaps: each run of spaces between the two.)
_GAPS = lazy_compile(r"\s(?<=[\u3400-\u9fff\d)）]\s)\s*(?=[\u3400-\u9fff\d(（])")
_LIST_GAPS = 4
_GAPS_PER_PUNCT = 3

_STRONG_RE = lazy_compile("|".join(STRONG), guard=True)
# Whether a line holds a STRONG phrase is asked of every line: the phrases anchored at its
# start are tried there; the comment counter, which any digit can start, only where one of
# its words is; the rest from the first character that can start one (a prefilter).
_STRONG_STARTS = "|".join(s for s in STRONG if s.startswith("^"))
_STRONG_START = lazy_compile(_STRONG_STARTS)
# The rest are written out to open with a literal character each (firsts.literal_branches),
# so that the engine skips in C to a position where one can start.
_STRONG_OTHER = "|".join(
    branch
    for s in STRONG
    if not s.startswith("^") and s != COMMENT_COUNTER
    for branch in literal_branches(s)
)
_STRONG_OTHER_RE = lazy_compile(_STRONG_OTHER)
_COMMENT_COUNTER_RE = lazy_compile(COMMENT_COUNTER)
_COMMENT_WORD = lazy_compile("|".join(COMMENT_COUNTER_WORDS))  # literals: a fast scan
# The two scans above as one (literal-led alternatives too): a line where it finds nothing,
# most lines, holds neither, and neither is searched.
_OTHER_OR_WORD = lazy_compile("|".join([_STRONG_OTHER, *COMMENT_COUNTER_WORDS]))
_SHORT_RE = lazy_compile("|".join(SHORT_LINE), guard=True)
_WHOLE = "(?:" + "|".join(WHOLE_LINE) + r")\s*"
_WHOLE_RE = lazy_compile(_WHOLE)
# Most lines hold none of the phrases, words and labels above, and is_boilerplate learns so
# from one match at the line's start and one scan, not up to seven searches: the STRONG
# phrases and SHORT_LINE words anchored at the start, and the labels a whole line is
# (fullmatch: a match that reaches the end), tried there as one alternation; the rest of the
# phrases and words, written out to open with a literal each (firsts.literal_branches), as
# one scan, so that the engine skips in C to where one can start. A SHORT_LINE word no
# literal can be written out of ("[返回]{2}…": a repeated class) stands in that scan as the
# characters it can open with (a line holding one of them is asked in full).
_SHORT_BRANCHES = [b for s in SHORT_LINE for b in top_alternatives(s)]
_SHORT_WRITTEN = [w for b in _SHORT_BRANCHES if not b.startswith("^") for w in literal_branches(b)]
_LED = tuple("[(\\.")  # how a written-out branch that does not open with a literal opens
_SHORT_APART = "|".join(w for w in _SHORT_WRITTEN if w.startswith(_LED))
_APART_FIRSTS = literal_branches(first_class(_SHORT_APART)) if _SHORT_APART else []
# Whether a short line holds a SHORT_LINE word is asked as three questions, not one search
# of _SHORT_RE (whose guard the engine tries at each position): the written-out words that
# open with a literal, as one scan skipped in C to where one can start (most menus end the
# asking there); the words anchored at the start; those kept apart (_SHORT_APART).
_SHORT_LED = lazy_compile("|".join(w for w in _SHORT_WRITTEN if not w.startswith(_LED)))
_SHORT_START = lazy_compile("|".join(b for b in _SHORT_BRANCHES if b.startswith("^")) or "(?!)")
_SHORT_APART_RE = lazy_compile(_SHORT_APART or "(?!)")


def _late_literal(branch: str) -> str | None:
    """A character every match of ``branch`` (``^…``) holds, when the branch opens with a
    repeat (``\\S{2,10}``, ``\\d+``: nearly any line gets past its start, and the engine
    backtracks through the repeat): its last literal at the top level; else None."""
    items = [(str(op), arg) for op, arg in _sre.parse(branch) if str(op) != "AT"]
    if not items or items[0][0] not in ("MAX_REPEAT", "MIN_REPEAT"):
        return None
    literals = [chr(arg) for op, arg in items if op == "LITERAL"]
    return literals[-1] if literals else None


def _led(branch: str) -> str:
    """``branch`` (``^…``) behind a lookahead of its first characters (firsts.guarded) when
    it opens with a group (the labels a whole line is: ~40 words the engine tried in turn on
    every line) or an optional character: one test then decides most lines, as it does for
    a branch opening with a literal or a class."""
    rest = branch.removeprefix("^")
    first = str(_sre.parse(rest)[0][0]) if rest else "LITERAL"
    return branch if first in ("LITERAL", "IN") else "^" + guarded(rest)


# The STRONG phrases and SHORT_LINE words anchored at the start, and the labels a whole line
# is (fullmatch: a match that reaches the end, anchored like the others so that a search
# stays linear too).
_STRONG_ANCHORED = [a for s in STRONG if s.startswith("^") for a in top_alternatives(s)]
_ANCHORED = [
    *_STRONG_ANCHORED,
    *(b for b in _SHORT_BRANCHES if b.startswith("^")),
    "^" + _WHOLE + r"\Z",
]
# Those that open with a repeat ("^\\S{2,10}\\s+…%$", a quote; "^\\s*\\S{1,12}\\s*>…", a
# breadcrumb) cost most of the first match on a line that is neither (the engine backtracks
# through the repeat): they are tried only on a line holding one of the characters they hold
# (_MARK_CHARS, found by the scan below). The furniture stage on flattened pages: 7% fewer
# instructions.
_MARKED = {b: c for b in _ANCHORED if (c := _late_literal(b)) is not None}
_OPENING_PLAIN = lazy_compile("|".join(_led(b) for b in _ANCHORED if b not in _MARKED))


class _AnyFirst:
    """Stands for every first character (see _opening_firsts)."""

    def __contains__(self, item: object) -> bool:
        return True


def _opening_firsts(branches: list[str]) -> frozenset[str] | _AnyFirst:
    """The first characters of the lines a branch of ``branches`` (``^…``) matches, "" for an
    empty line (firsts._sequence reads them; \\s written out as SPACE_CHARS); every
    character when that reading does not bound them (a digit class, any character, a branch
    that can match nothing and then does not need the line's end)."""
    chars: set[str] = set()
    for branch in branches:
        items = list(_sre.parse(branch.removeprefix("^")))
        anchored: list[bool] = []
        found, empty = _sequence(items, anchored)
        if anchored or "" in found or "\\d" in found:
            return _AnyFirst()
        if empty:  # it matches nothing only at the end of the line: an empty line
            if str(items[-1][0]) != "AT" or str(items[-1][1]) not in ("AT_END", "AT_END_STRING"):
                return _AnyFirst()
            found |= {"", "\n"}
        if "\\s" in found:
            found = (found - {"\\s"}) | set(SPACE_CHARS)
        chars |= found
    return frozenset(chars)


# A line opening with none of these characters is matched by no branch of _OPENING_PLAIN
# (nearly every line): a set lookup answers for it, where the match cost two of _SCAN's
# searches (it tries each branch in turn at the line's start).
_OPENING_FIRSTS = _opening_firsts([b for b in _ANCHORED if b not in _MARKED])
_OPENING_MARKED = lazy_compile("|".join(_MARKED) or "(?!)")
_MARK_CHARS = frozenset(_MARKED.values())
# is_boilerplate's first match as one pattern (the tests compare its parts with it).
_OPENING = lazy_compile("|".join(_ANCHORED))


def _by_first(branches: list[str]) -> list[str]:
    """``branches``, those opening with the same plain character written as one branch
    (``转载请…|转发`` as ``转(?:载请…|发)``), in order: where the engine stops at a character
    a branch opens with, it tries each branch in turn (one test each), so one per character
    tests fewer. A search finds something where the branches do (not always the same match).
    """
    groups: dict[str, list[str]] = {}
    for branch in branches:
        first = branch[:1]
        plain = first != "\\" and str(_sre.parse(branch)[0][0]) == "LITERAL"
        groups.setdefault(first if plain else branch, []).append(branch[1:] if plain else "")
    return [
        head + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for head, rests in groups.items()
    ]


_INSIDE_BRANCHES = _by_first(
    [
        *top_alternatives(_STRONG_OTHER),
        *COMMENT_COUNTER_WORDS,
        *(w for w in _SHORT_WRITTEN if not w.startswith(_LED)),
        *_APART_FIRSTS,
    ]
)
_INSIDE = lazy_compile("|".join(_INSIDE_BRANCHES))
# _INSIDE and the marks as one scan: a line where it finds nothing, most lines, holds
# neither (one search, not two). Each mark is a branch of its own: with every branch
# opening with a literal, the engine skips in C to where one can start (one class among
# them and it tries every position).
_SCAN = lazy_compile("|".join([*_INSIDE_BRANCHES, *map(re.escape, sorted(_MARK_CHARS))]))
# A line longer than SHORT_LINE_MAX is no menu, and one that _OPENING_PLAIN does not match is
# no label (its last branch is _WHOLE's fullmatch): only a STRONG phrase can make it
# furniture. It is scanned for those alone (_OTHER_OR_WORD, and the two STRONG phrases kept
# apart in _OPENING_MARKED where it holds their mark), not for the SHORT_LINE words, which
# prose holds (回, 分享, 网友) and each of which sent a line on to three more searches.
_STRONG_MARKED = [b for b in _MARKED if b in _STRONG_ANCHORED]
_STRONG_MARK_CHARS = tuple(sorted({_MARKED[b] for b in _STRONG_MARKED}))
_STRONG_OPENING_MARKED = lazy_compile("|".join(_STRONG_MARKED) or "(?!)")

_FULL_STOPS = frozenset("。！？!?")  # the same for a full stop
FIRST_CHAR = itemgetter(slice(None, 1))  # a line's first character ("" for an empty line)
_RANK = lazy_compile(r"(\d{1,2})\s{0,2}[、.．]\s{0,2}\S")
_RANK_MAX = 48
_MIN_RANKED = 3
_META_LINE_MAX = 160
# Header labels; flattening drops the colon at times ("来源CSDN| 作者魏星").
_META_LABEL = lazy_compile(
    r"(?:来源|來源|作者|责任编辑|責任編輯|责编|責編|编辑|編輯|发布时间|發布時間|时间|時間|记者|記者)"
    r"\s{0,3}[:：|｜]?\s{0,3}[^\s:：|｜]"
)
_META_DATE_WITHIN = 40  # a header line states its date near the start
# (Four digits written \d\d{3}: a pattern that opens with one class is skipped to in C.)
_FULL_DATE = lazy_compile(r"\d\d{3}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")

# The per-line answers asked of every line are kept while a page is read (_core.memo): a page
# repeats lines (menu items, the date under each teaser: of 50,117 lines that the 156
# flattened labelled pages ask is_boilerplate about, 18,456 repeat one of the same page).

END_MARKER = lazy_compile("(?:" + "|".join(END_MARKERS) + r")\s*$", guard=True)
INLINE_NOISE_RE = lazy_compile("|".join(INLINE_NOISE), guard=True)


def _has_strong(text: str) -> bool:
    """``_STRONG_RE.search(text) is not None``: a branch of the alternation matches."""
    if _STRONG_START.match(text) is not None:
        return True
    if _OTHER_OR_WORD.search(text) is None:
        return False
    if _STRONG_OTHER_RE.search(text) is not None:
        return True
    if _COMMENT_WORD.search(text) is None:
        return False
    return _COMMENT_COUNTER_RE.search(text) is not None


@line_memo
def text_weight(text: str) -> int:
    """Han characters plus Latin words (two letters or more): how much reading a line holds."""
    found = _WEIGHED.findall(text)
    return len(found) + len("".join(found))


@line_memo
def is_content(text: str, weight: int | None = None) -> bool:
    """A line of running prose rather than a label, menu item or heading (``weight``: its
    :func:`text_weight`, when the caller has it already)."""
    if weight is None:
        weight = text_weight(text)
    if weight >= _LONG_LINE:
        # A long line of headlines or menu items run together ("港聞 監警考慮… 2014-12 …")
        # has many gaps and no sentence punctuation; prose has punctuation.
        # A gap is spaces between two characters: a line that str.split (at what \s matches)
        # leaves whole has none, as most lines of Chinese prose (one scan in C, cheaper than
        # a search finding nothing).
        gaps = len(_GAPS.findall(text)) if len(text.split(None, 1)) > 1 else 0
        return gaps < _LIST_GAPS or len(_PROSE_PUNCT.findall(text)) * _GAPS_PER_PUNCT > gaps
    # A label, a line without prose punctuation (most, asked first: one search), or a teaser
    # cut short ("要聞：惡業務 拐憨男綁約14手機...").
    if weight < CONTENT_MIN or _PROSE_PUNCT.search(text) is None or is_cut_short(text):
        return False
    return has_sentence_end(text) or len(_PROSE_PUNCT.findall(text)) >= 2


@line_memo
def is_boilerplate(text: str) -> str | None:
    """Why ``text`` is site furniture (a reason string), or None when it may be content."""
    if text[:1] not in _OPENING_FIRSTS or _OPENING_PLAIN.match(text) is None:
        if len(text) > SHORT_LINE_MAX:
            if _OTHER_OR_WORD.search(text) is None and not (
                any(map(text.__contains__, _STRONG_MARK_CHARS))
                and _STRONG_OPENING_MARKED.match(text) is not None
            ):
                return None  # (see _STRONG_MARKED)
        elif (hit := _SCAN.search(text)) is None:
            return None  # (most lines: see _OPENING_PLAIN and _SCAN)
        # A mark, where nothing of _INSIDE starts before it (the scan finds the first of
        # either): a branch kept apart, or _INSIDE further on, or nothing.
        elif (
            hit.group() in _MARK_CHARS
            and _OPENING_MARKED.match(text) is None
            and _INSIDE.search(text, hit.start()) is None
        ):
            return None
    # A long sentence can quote a copyright notice; only short lines, or lines with two
    # such phrases, are condemned by them.
    if _has_strong(text) and (
        (len(text) <= 120 and not _is_sentence(text)) or _strong_twice(text)
    ):  # (the cheap test first: most such lines are short notices)
        return "notice"
    if len(text) <= SHORT_LINE_MAX and not has_sentence_end(text) and _has_short(text):
        return "menu"
    if _WHOLE_RE.fullmatch(text):
        return "label"
    return None


def _strong_twice(text: str) -> bool:
    """``len(_STRONG_RE.findall(text)) >= 2``, sooner: after the first match, the second is
    looked for only when _OTHER_OR_WORD finds something after it (every phrase not anchored
    at the start opens with what it finds, or holds it: a comment counter's word), by a
    scan in C; the guarded pattern tries each position of what is left (a page flattened
    to one line of 11,773 characters with one copyright notice: 7 times faster)."""
    first = _STRONG_RE.search(text)
    return (
        first is not None
        and _OTHER_OR_WORD.search(text, first.end()) is not None
        and _STRONG_RE.search(text, first.end()) is not None
    )


def _has_short(text: str) -> bool:
    """``_SHORT_RE.search(text) is not None``: a branch of the alternation matches."""
    return (
        _SHORT_LED.search(text) is not None
        or _SHORT_START.match(text) is not None
        or _SHORT_APART_RE.search(text) is not None
    )


def _is_sentence(text: str) -> bool:
    """A sentence of prose (a court report can say 未经许可 once); notices are clauses."""
    return text.rstrip()[-1:] in _FULL_STOPS and text_weight(text) >= 20


def has_full_date(text: str) -> bool:
    """Whether ``text`` holds a year, month and day in digits ("2014/12/11 18:58 報導")."""
    return _date_mark(text) and _FULL_DATE.search(text) is not None


def _date_mark(text: str) -> bool:
    """Whether ``text`` holds a character of ``_FULL_DATE``'s first ``[-/.年]`` (a match
    writes one): found by ``str`` searches, where the pattern's search reads every digit
    of a line (a page of prose holds many, and mostly none of these: 7 times faster)."""
    return "-" in text or "年" in text or "/" in text or "." in text


@line_memo
def is_metadata_line(text: str) -> bool:
    """A header line: a full date and a label (``发布时间:… 来源:… 作者:…``), however long."""
    if len(text) > _META_LINE_MAX or not _date_mark(text):
        return False
    date = _FULL_DATE.search(text)
    return bool(date and date.start() < _META_DATE_WITHIN and _META_LABEL.search(text))


def ranked_runs(
    texts: list[str], firsts: list[str] | None = None, *, numbered: list[int] | None = None
) -> list[tuple[int, int]]:
    """Spans of "most read" rankings: three or more short lines numbered 1、2、3、…
    (``firsts``: the lines' first characters, ``FIRST_CHAR``, when the caller has them;
    ``numbered``: the indexes of the lines that open with a digit, str.isdecimal, in order).

    Examples:
        >>> ranked_runs(["点击排行", "1、赴港上市冷了吗？", "2、大数据呼唤良序", "3、LPR二度报价"])
        [(1, 4)]
    """
    # _RANK opens with \d, which in a str pattern is what str.isdecimal() says of a character:
    # a line that does not open with a digit is no rank (most lines), and one _RANK does not
    # match is none either; either ends any run. The walk reads the lines _RANK matches and
    # the line after each (where a run ends): any other line comes after a line that is no
    # rank, and leaves the walk as it was (looking for a 1).
    if numbered is None:
        if firsts is None:
            firsts = list(map(FIRST_CHAR, texts))
        numbered = list(compress(count(), map(str.isdecimal, firsts)))
    matched = list(compress(numbered, map(_RANK.match, map(texts.__getitem__, numbered))))
    lines = [*texts, ""]
    runs: list[tuple[int, int]] = []
    start, expected = 0, 1
    for i in sorted({*matched, *[i + 1 for i in matched]}):
        text = lines[i]
        ranked = len(text) <= _RANK_MAX and text[:1].isdecimal()
        match = _RANK.match(text) if ranked else None
        number = int(match.group(1)) if match and not text.endswith("。") else None
        if number == expected:
            if number == 1:
                start = i
            expected += 1
            continue
        if expected > _MIN_RANKED:
            runs.append((start, i))
        start, expected = i, 2 if number == 1 else 1
    return runs


def is_cut_short(text: str) -> bool:
    """The line ends like a teaser cut short ("…", "..."), not a sentence."""
    return text.rstrip().endswith(_TRUNCATED)


def has_sentence_end(text: str) -> bool:
    """The line ends like a sentence."""
    return text.rstrip()[-1:] in SENTENCE_ENDS
