"""Body paragraphs: cut what is not the story's text out of each paragraph.

Order matters and is the same for every page: the dateline (first paragraphs only), credit
spans (bylines, bracketed reporter lists, picture credits), the wire end marker, inline
noise. Everything removed is a span of the paragraph; nothing is added.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .._chinese.han import HAN
from .._core.article import Credit
from .._core.lazy import lazy_compile
from .._news.credit_spans import credit_free, find_credits
from .._news.credits import parse_bracket_credits, parse_byline, parse_credits_or_byline
from .._news.dateline import DatelineMatch, match_dateline
from .data import EDITORIAL_NOTE_MAX, EDITORIAL_NOTES, INLINE_NOISE
from .features import END_MARKER, INLINE_NOISE_RE, has_sentence_end, text_weight
from .furniture import notice_tail

__all__ = ["BodyResult", "clean_body"]

_DATELINE_PARAGRAPHS = 2  # a dateline opens the story: look no further than this
# A bracketed byline dateline ("〔記者施曉光／台北報導〕") may follow a sub-heading and a
# captioned picture above the story's first paragraph (ltn_1: the fourth paragraph).
_BYLINE_PARAGRAPHS = 4
_CAPTION_MAX = 40
# A closing credit stands in the last paragraphs: "（民視新聞陳韻平、郭文海台北報導）", "（羅森）".
_CLOSING_PARAGRAPHS = 2
_WRAPPED = lazy_compile(r"\s{0,3}[（(【\[〔]([^（()）【】\[\]〔〕]{1,60})[）)】\]〕]\s{0,3}")
_TRAILING = lazy_compile(r"[（(【\[〔]([^（()）【】\[\]〔〕]{1,60})[）)】\]〕]\s{0,3}$")
_TRIM = " \t,，:："
_EDITORIAL = lazy_compile("(?:" + "|".join(EDITORIAL_NOTES) + ")")
# Asked of every paragraph, so each is turned away first by a test in C. Every wire end
# marker (data.END_MARKERS) closes with one of these, spaces after it aside:
_MARKER_CLOSERS = ("）", ")", "】")
# and inline noise starts with one of its first characters.
_NOISE_FIRST = lazy_compile("|".join(INLINE_NOISE), firsts=True)
# Each inline noise pattern (data.INLINE_NOISE) writes one of these words: str tests in C
# turn away the paragraphs with none, most of them (a space alone passes _NOISE_FIRST).
_NOISE_WORDS = ("查看更多", "有害健康", "%")


@dataclass
class BodyResult:
    """The cleaned paragraphs and what was cut out of them."""

    paragraphs: list[str] = field(default_factory=list)
    dateline: DatelineMatch | None = None
    credits: list[Credit] = field(default_factory=list)


def _cut_spans(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def _strip_credits(text: str, result: BodyResult) -> tuple[str, bool]:
    """Remove credit spans; True when one of them was a picture credit."""
    spans = find_credits(text)
    if not spans:
        return text, False
    photo = False
    for span in spans:
        result.credits.extend(span.credits)
        photo = photo or any(c.role == "photographer" for c in span.credits)
    return _cut_spans(text, [(s.start, s.end) for s in spans]).strip(), photo


def _open_dateline(text: str, result: BodyResult, before: int) -> str:
    # No reference: the page's own dates resolve the dateline first (assemble's _when).
    match = match_dateline(text, reference=None)
    if match is None or (before >= _DATELINE_PARAGRAPHS and not match.credits):
        return text
    result.dateline = match
    result.credits.extend(match.credits)
    return text[match.end :].lstrip(_TRIM)


def _closing_names(text: str) -> tuple[Credit, ...] | None:
    """ "（羅森）": a bracketed name or two closing a story are its writers."""
    inner = _WRAPPED.fullmatch(text)
    return parse_bracket_credits(inner.group(1), bare_role="author") if inner else None


def _strip_closing_byline(text: str, result: BodyResult) -> str:
    """A byline in brackets glued to the last sentence: "…不二法門。（民視新聞陳韻平台北報導）"."""
    match = _TRAILING.search(text)
    if match is None or match.start() == 0:
        return text
    found = parse_byline(match.group(0)) or _closing_names(match.group(0))
    if not found:
        if _EDITORIAL.match(match.group(0).strip()):  # "…传奇。（刊于《半月谈》2019年第24期）"
            return text[: match.start()].rstrip()
        return text
    result.credits.extend(found)
    return text[: match.start()].rstrip()


def clean_body(texts: list[str], *, title: str | None) -> BodyResult:
    """Clean the body run's paragraphs, in order."""
    result = BodyResult()
    for index, text in enumerate(texts):
        if title is not None and text == title:
            continue  # the headline repeated at the top of the container
        if result.dateline is None and len(result.paragraphs) < _BYLINE_PARAGRAPHS:
            text = _open_dateline(text, result, len(result.paragraphs))
        # Most short sentences hold no credit, told by a few tests (credit_free).
        free = credit_free(text)
        whole = None if free else parse_credits_or_byline(text)
        if whole is None and index >= len(texts) - _CLOSING_PARAGRAPHS:
            whole = _closing_names(text)
        if whole is not None:  # () is a nameless byline ("新华社记者"): still not body text
            result.credits.extend(whole)
            continue
        if len(text) <= EDITORIAL_NOTE_MAX and _EDITORIAL.match(text):
            continue  # "原标题：…", "（刊于《…》）": the editor's note on the story
        ended = text.rstrip().endswith(_MARKER_CLOSERS) and END_MARKER.search(text) is not None
        if ended:
            text = END_MARKER.sub("", text).rstrip()
        tail = notice_tail(text)
        if tail is not None:  # "…。凡本网注明…不得转载。": the paragraph stays, the notice goes
            text = text[:tail].rstrip()
        if ended or tail is not None:
            free = credit_free(text)  # asked of the text as it now stands
        text, photo = (text, False) if free else _strip_credits(text, result)
        if index >= len(texts) - _CLOSING_PARAGRAPHS:
            text = _strip_closing_byline(text, result)
        if photo and len(text) <= _CAPTION_MAX and not has_sentence_end(text):
            text = ""  # a picture caption: its credit was the only reason to look
        if any(map(text.__contains__, _NOISE_WORDS)) and _NOISE_FIRST.search(text) is not None:
            text = INLINE_NOISE_RE.sub("", text)
        text = text.strip()
        if text and (HAN.search(text) is not None or text_weight(text) > 0):
            result.paragraphs.append(text)
        if ended:
            break
    return result
