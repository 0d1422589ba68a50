"""Cheap per-block measurements shared by the classifier and the listing finder."""

from __future__ import annotations

import re

from ._phrases import END_MARKERS, INLINE_NOISE, SHORT_LINE, SHORT_LINE_MAX, STRONG, WHOLE_LINE

__all__ = [
    "END_MARKER",
    "INLINE_NOISE_RE",
    "han_count",
    "is_boilerplate",
    "is_content",
    "text_weight",
]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Punctuation that only running prose has (ASCII forms too: flattened pages lose the
# full-width ones).
_PROSE_PUNCT = re.compile(r"[，。！？；、,!?;]|[.:：](?=\D)")
_SENTENCE_END = re.compile(r"[。！？!?…”\"」』)）.]\s*$")

_STRONG_RE = re.compile("|".join(STRONG))
_SHORT_RE = re.compile("|".join(SHORT_LINE))
_WHOLE_RE = re.compile("(?:" + "|".join(WHOLE_LINE) + r")\s*")

END_MARKER = re.compile("(?:" + "|".join(END_MARKERS) + r")\s*$")
INLINE_NOISE_RE = re.compile("|".join(INLINE_NOISE))


def han_count(text: str) -> int:
    """Number of Han characters in ``text``."""
    return len(_HAN.findall(text))


def text_weight(text: str) -> int:
    """Han characters plus Latin words: how much reading a line holds."""
    return han_count(text) + len(_LATIN_WORD.findall(text))


def is_content(text: str) -> bool:
    """A line of running prose rather than a label, menu item or heading."""
    weight = text_weight(text)
    if weight >= 40:
        return True
    if weight < 10:
        return False
    return bool(_PROSE_PUNCT.search(text)) and bool(
        _SENTENCE_END.search(text) or len(_PROSE_PUNCT.findall(text)) >= 2
    )


def is_boilerplate(text: str) -> str | None:
    """Why ``text`` is site furniture (a reason string), or None when it may be content."""
    # A long sentence can quote a copyright notice; only short lines, or lines with two
    # such phrases, are condemned by them.
    if _STRONG_RE.search(text) and (len(text) <= 120 or len(_STRONG_RE.findall(text)) >= 2):
        return "notice"
    if len(text) <= SHORT_LINE_MAX and _SHORT_RE.search(text) and not _SENTENCE_END.search(text):
        return "menu"
    if _WHOLE_RE.fullmatch(text):
        return "label"
    return None


def has_sentence_end(text: str) -> bool:
    """The line ends like a sentence."""
    return bool(_SENTENCE_END.search(text))
