"""Credits inside a paragraph, and the spans of text the body loses with them: bracketed
credits (``(新華社記者馮歆然 王聿昊)``), picture credits (``每经记者 周逸斐 摄``) and a byline
at the end of a line (``…评论澎湃新闻记者 段彦超``).

Each is read with the credit grammar (``credit_grammar``) from the starts where a credit
can open; :func:`credit_free` tells most paragraphs apart without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from .._chinese.han import HAN as _HAN
from .._core.article import Credit
from .._core.lazy import lazy_compile
from .credit_grammar import KEYWORD, credits_from
from .credits import GLUED_ENDINGS, OUTLET_NAME, parse_byline
from .data.credit_roles import LABEL_WORDS

__all__ = ["CreditSpan", "credit_free", "find_credits"]

_LABELS = frozenset(LABEL_WORDS)  # for membership; the tuple serves str.endswith
# Any label word, as a literal: a paragraph ending in a full stop can end in a credit only
# after a label, and most hold none, so one C search turns them away before the role words.
_ANY_LABEL = lazy_compile("|".join(sorted(_LABELS, key=len, reverse=True)))
# A bracket and what it holds (one group in each branch). Each branch opens with its literal
# bracket, so the engine skips in C to where one opens: a branch opening with a class of two
# brackets is tried at every position (2.7x slower over body paragraphs).
_BRACKETED = lazy_compile(
    r"（([^（）()\n]{2,60})[）)]|\(([^（）()\n]{2,60})[）)]|【([^【】\n]{2,60})】"
    r"|\[([^\[\]［］\n]{2,60})[\]］]|［([^\[\]［］\n]{2,60})[\]］]"
)
_OPENERS = "（([［【"  # the opening brackets _BRACKETED starts with
_PHOTO_CHARS = "摄攝"
_PHOTO_MARK = lazy_compile(r"(?<![拍主双雙广廣])[摄攝](?![影像])")
# Marks that close a sentence and never end a name (Latin names may end in "." or "!").
_SENTENCE_END = frozenset("。！？…")
# What no name, role word or placeholder the credit grammar reads ends with: those marks, a
# closing quote, which most often follows one ("…。”"), and a closing bracket; no separator
# either (the mark stays in the word before it).
_CLOSED = _SENTENCE_END | frozenset("”」』）)】]")
_TAIL = 64  # how far from the end a trailing byline may start
_CAPTION = 40  # how far before 摄 a picture credit may start
_MAX_HITS = 64  # candidates looked at per paragraph, so hostile input stays linear
# What a credit inside a short closed sentence needs, one of: a bracket (of _BRACKETED or
# the grammar's unwrap), 摄, a colon (a field after a byline), 报 (a filing word or an outlet
# after it); and what the grammar rewrites a line for (a staff code, a romanised name: the
# grammar's CODE_OR_ROMAN). One class, so one scan in C (credit_free).
_CREDIT_CHARS = lazy_compile("[（(\\[［【〔摄攝:：报報A-Z_＿]")


@dataclass(frozen=True)
class CreditSpan:
    """Credits found inside a paragraph, and the span of text that holds them.

    Attributes:
        start: Index of the first character to cut.
        end: Index after the last character to cut.
        credits: The credits the span names.

    Examples:
        >>> text = "发布会现场 每经记者 周逸斐 摄"
        >>> span = find_credits(text)[0]
        >>> text[: span.start], span.credits[0].role
        ('发布会现场 ', 'photographer')
    """

    start: int
    end: int
    credits: tuple[Credit, ...]


def credit_free(text: str) -> bool:
    """True when cheap tests show that ``parse_credits_or_byline(text)`` is None and
    ``find_credits(text)`` finds nothing; False when they cannot tell.

    They tell for a short paragraph closed by a full stop whose role words are all labels
    (合作, 时间, 整理 in prose: "双方合作不断深化。"). A label takes the words after it
    and credits none: the grammar explains such a line only by names before it, which a
    word closed by a full stop is not; the closing scan of find_credits needs a role word
    other than a label; the byline forms need a bracket, a colon, 报 or a filing ending,
    which a full stop cannot be, or a role word opening the line (a role word, not a label).
    ``tests/test_credit_free.py`` compares this with the two calls on real and generated lines.

    Examples:
        >>> credit_free("双方合作不断深化。"), credit_free("记者 张三")
        (True, False)
    """
    end = len(text.rstrip())
    if not 0 < end <= _TAIL or text[end - 1] not in _SENTENCE_END:
        return False  # longer: the closing scan reads only its tail; open: a credit may end it
    if _CREDIT_CHARS.search(text) is not None:
        return False
    # Role words opening a byline ("作者 方敏…") are among these hits too: the grammar's
    # KEYWORD finds each at the start of a line (a test checks every role word).
    return _LABELS.issuperset(map(str.strip, KEYWORD.findall(text.strip())))  # (no groups)


def _boundaries(text: str, lo: int, hi: int) -> list[int]:
    """Where a credit may start: after a non-Han character, or at a role word or outlet;
    and before the end of the last role word found in text[lo:hi]. A credit holds a role
    word (credits_from), and text[start:hi] holds none from there: cut there, its role
    words are the text's, but a 摄 or 攝 it opens with, whose lookbehind (拍摄) the cut
    text no longer sees. (tests/test_header_speed_l.py compares with every start.)"""
    words = list(KEYWORD.finditer(text, lo, hi))
    last = words[-1].end() if words else lo
    starts = {s for s in range(lo, hi) if s == 0 or not _HAN.match(text[s - 1])}
    starts.update(m.start() for m in words)
    starts.update(m.start() for m in OUTLET_NAME.finditer(text, lo, hi))
    return sorted(
        s
        for s in starts
        if s < hi and not text[s].isspace() and (s < last or text[s] in _PHOTO_CHARS)
    )


def _after_label(text: str, start: int) -> bool:
    head = text[max(0, start - 8) : start].rstrip(" :：|｜")
    return head.endswith(LABEL_WORDS)


def _first_parse(text: str, lo: int, hi: int, *, want: str | None = None) -> CreditSpan | None:
    for start in _boundaries(text, lo, hi):
        if _after_label(text, start):
            continue
        first = KEYWORD.match(text, start)
        if first and first.group().strip() in _LABELS:
            continue
        found = credits_from(text[start:hi])
        if found and (want is None or any(c.role == want for c in found)):
            return CreditSpan(start, hi, found)
    return None


def _tail_may_credit(text: str, lo: int, hi: int, closers: frozenset[str] = _SENTENCE_END) -> bool:
    """Whether a credit can run to the end of text[lo:hi]: only if a role word stands there.
    When the text ends in one of ``closers`` (a sentence's closing mark; find_credits also
    passes closing quotes and brackets, _CLOSED), no name, role word or placeholder can end
    it: only a label (来源：… takes any words after it) standing last, after a role word that
    gives the credit."""
    if hi <= lo:
        return False
    closed = text[hi - 1] in closers
    if closed and _ANY_LABEL.search(text, lo, hi) is None:
        return False  # the last role word would be a label, which stands in the text
    # Most lines hold no role word: one search says so, and says enough for an open text.
    if KEYWORD.search(text, lo, hi) is None:
        return False
    if not closed:
        return True
    words = [m.group().strip() for m in KEYWORD.finditer(text, lo, hi)]
    return words[-1] in _LABELS and not _LABELS.issuperset(words)


def find_credits(text: str) -> list[CreditSpan]:
    """Credits inside a paragraph, with the spans the body should lose.

    Finds bracketed credits (``(新華社記者馮歆然 王聿昊)``), picture credits
    (``每经记者 周逸斐 摄``) and a byline at the end of a line (``…评论澎湃新闻记者 段彦超``).

    Raises:
        TypeError: ``text`` is not a str.

    Examples:
        >>> [(s.start, s.credits[0].name) for s in find_credits("共同的未來。(新華社記者馮歆然)")]
        [(6, '馮歆然')]
        >>> find_credits("发布会现场 每经记者 周逸斐 摄")[0].credits[0].role
        'photographer'
    """
    if not isinstance(text, str):
        raise TypeError(f"find_credits() needs a str, not {type(text).__name__}")
    spans: list[CreditSpan] = []
    # The two scans below need a bracket or 摄 in the text: C-speed tests find most lack them.
    brackets = (  # _OPENERS, written out: five tests in C, no call per character
        "（" in text or "(" in text or "[" in text or "［" in text or "【" in text
    )
    for match in islice(_BRACKETED.finditer(text), _MAX_HITS) if brackets else ():
        inner = next(g for g in match.groups() if g is not None).strip()
        found = credits_from(inner)
        if found is None and inner.endswith(GLUED_ENDINGS):  # （民視新聞陳韻平台北報導）
            found = parse_byline(inner)
        if found:
            spans.append(CreditSpan(match.start(), match.end(), found))
    photo = "摄" in text or "攝" in text
    for match in islice(_PHOTO_MARK.finditer(text), _MAX_HITS) if photo else ():
        hit = _first_parse(text, max(0, match.start() - _CAPTION), match.end(), want="photographer")
        if hit:
            spans.append(hit)
    tail_end = len(text.rstrip())
    tail_start = max(0, tail_end - _TAIL)
    # Most paragraphs end without any role word, or with a full stop after one: skip the
    # candidate starts then.
    if _tail_may_credit(text, tail_start, tail_end, _CLOSED):
        tail = _first_parse(text, tail_start, tail_end)
        if tail:
            spans.append(tail)
    return _without_overlaps(spans)


def _without_overlaps(spans: list[CreditSpan]) -> list[CreditSpan]:
    if len(spans) < 2:
        return spans
    kept: list[CreditSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept
