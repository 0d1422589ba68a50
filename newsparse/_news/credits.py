"""Bylines and credit lines: who reported, wrote, edited, proof-read or photographed a story.

One small grammar (``credit_grammar``) serves every shape pages use: role words open or close
the names beside them, and a line is a credit line only when every word in it is accounted
for. This module reads with it the lines credits stand on: a credit line, a byline (with its
outlet, place and filing ending), and the brackets after a dateline. The credits inside a
paragraph are read by :mod:`.credit_spans`.
"""

from __future__ import annotations

from .._core.article import Credit, CreditRole
from .._core.lazy import lazy_compile
from .credit_grammar import KEYWORD, SEPARATORS, credits_from, unwrap
from .data.agencies import PLACES
from .data.credit_roles import (
    REPORT_ENDINGS,
    ROLE_WORDS,
    TITLE_WORDS,
)
from .names import has_surname, is_bare_name, is_name, join_spaced
from .sources import OUTLET_NAMES_RE, is_outlet_name

__all__ = [
    "GLUED_ENDINGS",
    "OUTLET_NAME",
    "credit_line_or_byline",
    "has_surname",
    "looks_like_byline",
    "parse_bracket_credits",
    "parse_byline",
    "parse_credit_line",
    "parse_credits_or_byline",
]

_REPORT_TAIL = lazy_compile(
    # "／台北 高雄報導", "／台北、高雄報導": a byline filed from several places
    r"(?:\s{0,2}[/／╱]\s{0,2}(?:[\u4e00-\u9fff]{1,6}[\s、]){0,3}[\u4e00-\u9fff]{0,8}?"
    r"\s{0,2}(?:[\d一二三四五六七八九十廿卅]{1,3}日)?"
    r"|\s{1,2}[\u4e00-\u9fff]{0,4}?)"
    r"(?:綜合|综合)?(?:外電|外电)?(?:即時|即时)?(?:" + "|".join(REPORT_ENDINGS) + r")\s{0,2}$",
    guard=True,
)
# The filing words a byline glues to the names before it ("陳韻平台北報導").
GLUED_ENDINGS = ("報導", "報道", "报道", "报导")
_TITLE_ORDER = sorted(TITLE_WORDS, key=len, reverse=True)
_TITLED = lazy_compile("(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")$")
_OUTLET_SPLIT = lazy_compile(r"\s{0,2}[╱/／|｜]\s{0,2}|\s{1,2}")
# A field after the byline that is not a credit: "彭佳芸 黃翊真 報導 地區：台北市報導".
_OTHER_FIELD = lazy_compile(r"\s{1,4}(?:地區|地区|地點|地点|來源|来源|時間|时间)\s{0,2}[:：]")
# An outlet's name by its ending: "民視新聞", "聯合晚報", "中國時報", "東森電視台".
_OUTLET_LIKE_RE = (
    r"[\u4e00-\u9fff]{2,6}?"
    r"(?:新聞|新闻|日報|日报|晚報|晚报|時報|时报|電視台|电视台|報|报|網|网|社|台)"
)
_OUTLET_LIKE = lazy_compile(_OUTLET_LIKE_RE)
_FILED = ("報導", "报道", "報道")  # the filing words an outlet's name may follow
_OUTLET_AFTER = lazy_compile(r"(?<=" + "|".join(_FILED) + r")(" + _OUTLET_LIKE_RE + r")$")
# A byline closing a story in brackets, names glued to their outlet and place:
# "民視新聞陳韻平、郭文海台北報導" (the outlet and the place are cut off by the caller).
_GLUED_NAMES = lazy_compile(r"(?:記者|记者)?([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,5})")
# An outlet named inside text ("澎湃新闻记者", "新華社").
OUTLET_NAME = lazy_compile(OUTLET_NAMES_RE)
_MAX_LINE = 300
_MAX_BARE = 4  # names in a byline without role words
_BYLINE_MAX = 60  # characters: a byline line is short
_BYLINE_HEAD = 16  # characters before a filing ending ("大陸新聞中心／綜合報導")


def parse_credit_line(text: str) -> tuple[Credit, ...] | None:
    """The credits of a line that is nothing but credits; None for any other line.

    Role words in both scripts open or close names (``责编：X``, ``摄影/X``, ``X 摄``,
    ``X/文``); outlet names glued in front of a role word become the organisation; staff
    codes (``_NBJ11331``) are dropped. A nameless byline (``新华社记者``) gives ``()``, so
    the caller can still drop the line.

    Args:
        text: One line, optionally wrapped in brackets.

    Returns:
        The credits in line order, or None when the line is not (only) a credit line.

    Raises:
        TypeError: ``text`` is not a str.

    Examples:
        >>> found = parse_credit_line("每经记者 周逸斐  每经编辑 陈星")
        >>> [(c.role, c.name, c.organization) for c in found]
        [('reporter', '周逸斐', '每经'), ('editor', '陈星', '每经')]
        >>> [(c.role, c.name) for c in parse_credit_line("责任编辑：李跃群校对：刘威")]
        [('editor', '李跃群'), ('proofreader', '刘威')]
        >>> parse_credit_line("记者走进雄安新区") is None
        True
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_credit_line() needs a str, not {type(text).__name__}")
    if len(text) > _MAX_LINE:
        return None
    return credits_from(unwrap(text))


def _affiliated(word: str) -> str | None:
    """The name in "方敏北京大学经济学院教授": a name, then a place-led affiliation and title."""
    if not _TITLED.search(word):
        return None
    for size in (2, 3):
        rest = word[size:]
        if any(rest.startswith(place) for place in PLACES if len(place) >= 2):
            name = word[:size]
            return name if is_name(name) else None
    return None


def _titled_before(word: str) -> str | None:
    """The name in "中国社会科学院研究员张三": an affiliation and a title, then the name."""
    for title in _TITLE_ORDER:
        at = word.rfind(title)
        if at > 0:
            name = word[at + len(title) :]
            return name if is_bare_name(name) and len(name) <= 3 else None
    return None


def _glued_byline(text: str) -> tuple[Credit, ...] | None:
    """Reporters glued to their outlet and place before 報導: "民視新聞陳韻平、郭文海台北"."""
    for outlet in (None, OUTLET_NAME.match(text), _OUTLET_LIKE.match(text)):
        org = outlet.group() if outlet else None
        rest = text[outlet.end() :] if outlet else text
        for place in sorted((p for p in PLACES if rest.endswith(p)), key=len, reverse=True)[:1]:
            rest = rest[: -len(place)]
        found = _GLUED_NAMES.fullmatch(rest)
        marked = org is not None or rest != text or text.startswith(("記者", "记者"))
        if found is None or not marked:
            continue  # neither an outlet, a place nor 記者 marks the names off
        names = found.group(1).split("、")
        if all(is_bare_name(n) and has_surname(n) for n in names):
            return tuple(Credit("reporter", n, org) for n in names)
    return None


def parse_byline(text: str) -> tuple[Credit, ...] | None:
    """A header or closing line that names the story's people, read more leniently than
    :func:`parse_credit_line`.

    Names before a filing ending (``張立勳／特稿``, ``記者王文萱／台北報導``,
    ``彭佳芸 黃翊真 報導``), an outlet and names (``中國時報 張立勳／特稿``), names and their
    outlet (``石佳/中国青年报``), a name with its affiliation (``作者：方敏北京大学经济学院教授``).

    Examples:
        >>> [(c.role, c.name) for c in parse_byline("記者王文萱／台北報導")]
        [('reporter', '王文萱')]
        >>> [(c.name, c.organization) for c in parse_byline("中國時報 張立勳／特稿")]
        [('張立勳', '中國時報')]
        >>> [(c.role, c.name) for c in parse_byline("(作者：方敏北京大学经济学院教授)")]
        [('author', '方敏')]
        >>> parse_byline("國光客運今天開放免費試乘") is None
        True
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_byline() needs a str, not {type(text).__name__}")
    if len(text) > _MAX_LINE:
        return None
    return _byline(unwrap(text), grammar_tried=False)


def parse_credits_or_byline(text: str) -> tuple[Credit, ...] | None:
    """:func:`parse_credit_line`, then :func:`parse_byline` for a line of at most
    60 characters (a byline line is short), with the credit grammar run once on the line.

    Examples:
        >>> [c.name for c in parse_credits_or_byline("記者王文萱／台北報導")]
        ['王文萱']
        >>> [c.role for c in parse_credits_or_byline("责任编辑：李跃群")]
        ['editor']
    """
    if len(text) > _MAX_LINE:
        return None
    line = unwrap(text)
    found = credits_from(line)
    if found is not None or len(text) > _BYLINE_MAX:
        return found
    return _byline(line, grammar_tried=True)


def credit_line_or_byline(text: str) -> tuple[Credit, ...] | None:
    """``parse_credit_line(text) or parse_byline(text)``, with the credit grammar run once
    on the line when it finds no credit line (a header line is asked both).

    Examples:
        >>> [c.name for c in credit_line_or_byline("記者王文萱／台北報導")]
        ['王文萱']
        >>> credit_line_or_byline("新华社记者")  # a nameless byline
        ()
    """
    if len(text) > _MAX_LINE:
        return None
    line = unwrap(text)
    found = credits_from(line)
    if found:
        return found
    return _byline(line, grammar_tried=found is None)


def _byline(line: str, *, grammar_tried: bool) -> tuple[Credit, ...] | None:
    """parse_byline on an unwrapped line; ``grammar_tried``: credits_from(line) gave None."""
    # Each pattern below needs a character the cheap test looks for first.
    other = _OTHER_FIELD.search(line) if ":" in line or "：" in line else None
    if other is not None:
        line = line[: other.start()]
        grammar_tried = False
    after = (  # "記者陳熙文、鄭媁/台北報導聯合報"
        _OUTLET_AFTER.search(line)
        if ("报" in line or "報" in line) and any(map(line.__contains__, _FILED))
        else None  # every filing word opens with 报 or 報: one test in C turns most lines away
    )
    if after is not None:
        found = parse_byline(line[: after.start(1)])
        if found:
            org = after.group(1)
            return tuple(Credit(c.role, c.name, c.organization or org) for c in found)
    tail = _REPORT_TAIL.search(line) if line.rstrip().endswith(REPORT_ENDINGS) else None
    if tail is not None and tail.start() > 0:
        head = line[: tail.start()]
        return (
            credits_from(head)
            or _with_outlet(head)
            or _bare_names(head, "reporter")
            or _glued_byline(head)
        )
    found = None if grammar_tried else credits_from(line)
    if found is not None:
        return found
    if line.endswith(GLUED_ENDINGS):  # "民視新聞陳韻平、郭文海台北報導"
        glued = _glued_byline(line[:-2].removesuffix("綜合").removesuffix("综合"))
        if glued:
            return glued
    words = [w for w in SEPARATORS.split(line) if w]
    if len(words) == 2 and words[0] in ROLE_WORDS:  # 作者：方敏北京大学经济学院教授
        name = _affiliated(words[1]) or _titled_before(words[1])
        return (Credit(ROLE_WORDS[words[0]][0], name),) if name else None
    return _bare_names(line, "author", need_outlet=True, words=words)


def looks_like_byline(text: str) -> bool:
    """A byline, named or not: "記者王文萱／台北報導", "大陸新聞中心／綜合報導".

    Examples:
        >>> looks_like_byline("大陸新聞中心／綜合報導"), looks_like_byline("蘇麻喇姑與康熙的關係")
        (True, False)
    """
    if len(text) > _BYLINE_MAX:
        return False
    if not text.rstrip().endswith(REPORT_ENDINGS) and KEYWORD.search(text) is None:
        return False  # most lines: neither a filing ending nor a role word
    tail = _REPORT_TAIL.search(text)
    return (tail is not None and 0 < tail.start() <= _BYLINE_HEAD) or parse_byline(text) is not None


def _with_outlet(text: str) -> tuple[Credit, ...] | None:
    """ "聯合報 記者林宸誼": an outlet, then a credit that names it as their organisation."""
    parts = _OUTLET_SPLIT.split(text.strip(), maxsplit=1)  # "聯合晚報╱記者邱瓊平"
    first, rest = (parts[0], parts[1]) if len(parts) == 2 else (text, "")
    if not rest or not (is_outlet_name(first) or _OUTLET_LIKE.fullmatch(first)):
        return None
    found = credits_from(rest.strip())
    return tuple(Credit(c.role, c.name, c.organization or first) for c in found) if found else None


def _bare_names(
    text: str, role: CreditRole, *, need_outlet: bool = False, words: list[str] | None = None
) -> tuple[Credit, ...] | None:
    """Names with at most one outlet before or after them; the outlet is their organisation.
    ``words``: the text split at separators, when the caller has it."""
    if words is None:
        words = [w for w in SEPARATORS.split(text) if w]
    # Every word but one outlet at either end is a name: so is the first word or the last
    # (a cheap test before the outlet lookups, which most lines asked fail). With the
    # outlet needed, a single word (most header lines asked) is never names and an outlet.
    if len(words) < (2 if need_outlet else 1) or len(words) > _MAX_BARE + 1:
        return None
    if not (is_bare_name(words[0]) or is_bare_name(words[-1])):
        return None
    org = None
    if len(words) > 1 and is_outlet_name(words[0]):
        org, words = words[0], words[1:]
    elif len(words) > 1 and is_outlet_name(words[-1]):
        org, words = words[-1], words[:-1]
    if (need_outlet and org is None) or not 0 < len(words) <= _MAX_BARE:
        return None
    if not all(is_bare_name(w) for w in words):
        return None
    return tuple(Credit(role, w, org) for w in words)


def parse_bracket_credits(
    text: str, *, bare_role: CreditRole = "reporter"
) -> tuple[Credit, ...] | None:
    """Credits in the brackets after a dateline, where bare names are reporters.

    Examples:
        >>> [(c.role, c.name) for c in parse_bracket_credits("苏婧欣 赵婧姝")]
        [('reporter', '苏婧欣'), ('reporter', '赵婧姝')]
        >>> parse_bracket_credits("新闻联播") is None
        True
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_bracket_credits() needs a str, not {type(text).__name__}")
    text = unwrap(text)
    found = credits_from(text) if len(text) <= _MAX_LINE else None
    if found is not None:
        return found
    words = [w for w in SEPARATORS.split(text) if w]
    words = join_spaced(words)
    if 0 < len(words) <= 6 and all(map(is_bare_name, words)) and not _looks_like_column(text):
        return tuple(Credit(bare_role, w) for w in words)
    return None


def _looks_like_column(text: str) -> bool:
    # "央视网消息（新闻联播）": a programme or column, not a person.
    return text.endswith(("新闻", "新聞", "联播", "聯播", "快讯", "快訊", "频道", "頻道"))
