"""Notices by kind: copyright, privacy, comment rules, data providers, subscriptions, apps.

One pattern holds every cue of every kind, so a block costs one scan. A block is a notice
of a kind when it holds enough different cues of that kind and speaks in the policy voice
notices use (the thresholds and tables are in ``data.notices``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .._core.firsts import _sre, literal_branches, top_alternatives
from .._core.lazy import lazy_compile
from .._core.memo import line_memo
from .data.notices import (
    NOTICE_KINDS,
    NOTICE_LONG,
    NOTICE_LONG_CUES,
    NOTICE_MIN_CUES,
    NOTICE_VOICE,
)

__all__ = ["NOTICE_KIND_NAMES", "notice_kind", "notice_voice"]

_VOICE = "voice"


def _build() -> tuple[re.Pattern[str], dict[str, str], list[tuple[str, str]]]:
    named: list[tuple[str, str]] = []  # (group name, cue), in the order they are tried
    owner: dict[str, str] = {}
    for kind, cues in [*NOTICE_KINDS.items(), (_VOICE, NOTICE_VOICE)]:
        for cue in cues:
            name = f"k{len(owner)}"
            owner[name] = kind
            named.append((name, cue))
    return lazy_compile(_named(named), guard=True), owner, named


def _named(named: list[tuple[str, str]]) -> str:
    return "|".join(f"(?P<{name}>{cue})" for name, cue in named)


_CUES, _OWNER, _NAMED = _build()


def _forms(alternative: str) -> list[str]:
    """ "(?:将|將)?不…" -> ["(?:将|將)不…", "不…"]: a cue opening with an optional group of plain
    alternatives, as the cues it is with the group and without; else ``[alternative]``."""
    end = alternative.find(")")
    if (
        alternative.startswith("(?:")
        and "(" not in alternative[3:end]
        and alternative[end + 1 : end + 2] == "?"
        and alternative[end + 2 : end + 3] != "?"
    ):
        return [alternative[: end + 1] + alternative[end + 2 :], alternative[end + 2 :]]
    return [alternative]


def _voice_branches() -> str:
    branches: list[str] = []
    for cue in NOTICE_VOICE:
        for alternative in top_alternatives(cue):
            branches += literal_branches(_forms(alternative)[-1])
    return "|".join(branches)


def _led(cue: str) -> list[str]:
    """``cue`` written to open with a literal (the forms of an alternative opening with an
    optional group, a \\b opening one left off): alternatives that match at least where
    the cue does."""
    return [
        branch
        for alternative in top_alternatives(cue)
        for form in _forms(alternative)
        for branch in literal_branches(form.removeprefix("\\b"))
    ]


@functools.cache  # (one a character that opens a branch of _CUE_START: a hundred or so)
def _cues_at(char: str) -> re.Pattern[str]:
    """_CUES of the cues whose forms (_led) open with ``char``, under the same names and in
    the same order: at a position holding ``char`` no other cue matches, so it matches
    there as _CUES does, without entering each of the others' groups in turn (notice_kind
    on the 43 voice lines of the 39 flattened pages: 5.3 M -> 3.0 M instructions)."""
    return lazy_compile(_named([(n, c) for n, c in _NAMED if char in _first_chars(c)]) or "(?!)")


@functools.cache
def _first_chars(cue: str) -> frozenset[str]:
    return frozenset(chr(_sre.parse(branch)[0][1]) for branch in _led(cue))


# Checked first: under 1% of a page's lines speak in the notices' voice, and this pattern
# costs a thirtieth of the full scan (measured on 10,680 lines of 40 corpus pages).
# Only whether a line holds a cue is asked of it, not where: an optional group opening a
# cue changes where it matches, never whether, so it is left off, and every cue is written
# to open with a literal (firsts.literal_branches): the engine then skips in C to where one
# can start (notice_kind on 8,160 lines of 39 flattened pages: 13.5k -> 10.5k instructions).
_VOICE_ANY = lazy_compile(_voice_branches())
NOTICE_KIND_NAMES = frozenset(NOTICE_KINDS)
# Where a cue may start: _CUES is tried only there (_cue_matches). _CUES's lookahead is tried
# at each position of a line, and where it lets one through each named group is entered in
# turn; this pattern, every branch opening with a literal, is skipped to in C (notice_kind
# on the 43 voice lines of the 39 flattened pages: 21.3 M -> 5.3 M instructions).
_CUE_START = lazy_compile("|".join(branch for _, cue in _NAMED for branch in _led(cue)))


def _cue_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CUES.finditer(text)``, sooner: the next match starts at the first position from
    which _CUES matches; every such position is one where _CUE_START matches, and _CUES
    matches there as _cues_at of its character does (no cue matches the empty string, so
    each match ends after it starts)."""
    pos = 0
    while (start := _CUE_START.search(text, pos)) is not None:
        at = start.start()
        match = _cues_at(text[at]).match(text, at)
        if match is None:
            pos = at + 1
        else:
            yield match
            pos = match.end()


def notice_voice(text: str) -> bool:
    """Whether ``text`` speaks in the voice notices use (本站…, 请勿…, 违者…).

    Examples:
        >>> notice_voice("請勿留下個人隱私資料，以免遭人盜用。"), notice_voice("今天天氣很好。")
        (True, False)
    """
    return _VOICE_ANY.search(text) is not None


# Kept for the lines of the page being read (_core.memo): the HTML front end and the
# furniture stage both ask it of the same blocks.
@line_memo
def notice_kind(text: str) -> str | None:
    """The kind of notice ``text`` is, or None when it may be content.

    Examples:
        >>> notice_kind("網友應謹慎發言，遵守相關規定，違者自負法律責任。")
        'comment rules'
        >>> notice_kind("本網站使用Cookie以提供更好的服務，繼續瀏覽即表示同意本網站的隱私權政策。")
        'privacy'
        >>> notice_kind("警方表示，網友在留言中發言攻擊他人，已被平台刪除。") is None
        True
    """
    if _VOICE_ANY.search(text) is None:
        return None
    found: dict[str, set[str]] = {}
    for match in _cue_matches(text):
        name = match.lastgroup or ""
        kind = _OWNER[name]
        if kind != _VOICE:
            found.setdefault(kind, set()).add(name)
    if not found:
        return None
    needed = NOTICE_LONG_CUES if len(text) > NOTICE_LONG else NOTICE_MIN_CUES
    kind, cues = max(found.items(), key=lambda item: len(item[1]))
    return kind if len(cues) >= needed else None
