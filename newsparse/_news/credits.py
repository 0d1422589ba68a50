"""Bylines and credit lines: who reported, wrote, edited, proof-read or photographed a story.

One small grammar serves every shape pages use: a line is cut into role words (from
``_news.data.credit_roles``) and the words between them; a role word before names labels them
(``责编：X、Y``, ``摄影/X``), one after names closes them (``X 摄``, ``X/文``), and a word
glued in front of a role word that looks like an outlet is its organisation (``每经记者``).
A line is a credit line only when every word in it is accounted for, which is what keeps
sentences such as ``记者走进雄安新区`` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple

from .._chinese.han import HAN as _HAN
from .._core.article import Credit, CreditRole
from .._core.firsts import literal_led, run_of
from .._core.lazy import lazy_compile
from .data.agencies import PLACES
from .data.credit_roles import (
    LABEL_WORDS,
    NEEDS_SEPARATOR,
    ORG_ENDINGS,
    PLACEHOLDER_NAMES,
    REPORT_ENDINGS,
    ROLE_WORDS,
    SLASH_WORDS,
    SUFFIX_WORDS,
    TITLE_WORDS,
)
from .names import (
    LOGIN,
    ROMAN,
    ROMAN_SPACE,
    has_surname,
    is_bare_name,
    is_name,
    join_spaced,
    posting,
)
from .sources import OUTLET_NAMES_RE, is_outlet_name

__all__ = [
    "CreditSpan",
    "find_credits",
    "has_surname",
    "looks_like_byline",
    "parse_bracket_credits",
    "parse_byline",
    "parse_credit_line",
    "parse_credits_or_byline",
]

_WORDS = sorted(set(ROLE_WORDS) | set(LABEL_WORDS), key=lambda w: (-len(w), w))
_LABELS = frozenset(LABEL_WORDS)  # for membership; the tuple serves str.endswith
_SLASH = "".join(SLASH_WORDS)
# What \s matches: the characters str.isspace() admits (a test checks the two agree).
_SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace()]
# A role word, unless it is part of a longer noun (记者会, 编辑部, 摄影队).
_NOT_NOUN = "(?![队隊部社展组組站团團会會节節家])"
_SLASH_ROLE = r"(?=\s{0,2}[/／|｜:：︰︓])"  # 文/张三
_SLASH_AFTER = r"(?=\s{0,2}(?:$|[\s)）\]】]))"  # 张三/文
_PHOTO_AFTER = r"(?=\s{0,2}(?:$|[\s)）\]】。，,;；]))"  # 张三 摄
# Every branch opens with a literal character (firsts.literal_led), so the engine skips in C
# the characters no branch starts with: 3x faster than a lookahead of them on prose.
_KEYWORD = lazy_compile(
    "|".join(
        [
            *literal_led(_WORDS, end=_NOT_NOUN),
            *(f"{c}{_SLASH_ROLE}" for c in _SLASH),
            # 张三/文: right after the slash, or after a space or two
            *(f"{c}(?<=[/／]{c}){_SLASH_AFTER}" for c in _SLASH),
            *(rf"{w}(?<=[/／]{w})\s?[{_SLASH}]{_SLASH_AFTER}" for w in map(re.escape, _SPACES)),
            # 张三 摄, but not 拍摄 nor a phone's 主摄/双摄.
            *(f"{c}(?<![拍主双雙广廣]{c}){_PHOTO_AFTER}" for c in "摄攝"),
        ]
    )
)
# ︰ and ︓ (vertical presentation forms) stand in for a colon on Hong Kong pages; ╱ and ︱
# for a slash and a bar on Taiwan pages; ． joins two roles ("報導．攝影╱向高彬").
_SEPARATORS = lazy_compile(run_of(r"[\s、,，/／╱|｜︱:：︰︓;；=．]"))
_REPORT_TAIL = lazy_compile(
    # "／台北 高雄報導", "／台北、高雄報導": a byline filed from several places
    r"(?:\s{0,2}[/／╱]\s{0,2}(?:[\u4e00-\u9fff]{1,6}[\s、]){0,3}[\u4e00-\u9fff]{0,8}?"
    r"\s{0,2}(?:[\d一二三四五六七八九十廿卅]{1,3}日)?"
    r"|\s{1,2}[\u4e00-\u9fff]{0,4}?)"
    r"(?:綜合|综合)?(?:外電|外电)?(?:即時|即时)?(?:" + "|".join(REPORT_ENDINGS) + r")\s{0,2}$",
    guard=True,
)
_GLUED_ENDINGS = ("報導", "報道", "报道", "报导")
_TITLE_ORDER = sorted(TITLE_WORDS, key=len, reverse=True)
_TITLED = lazy_compile("(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")$")
_WRAPPED = lazy_compile(
    r"\s{0,8}[（(【\[〔［]\s{0,8}([^（()）【】\[\]〔〕［］]*?)\s{0,8}[）)】\]〕］]\s{0,8}"
)
# A staff code after a name: "史建磊_NBJ11331", "朱家浒 PN054" (alone, "HN666" is the name).
_STAFF_CODE = lazy_compile(
    r"[_＿][A-Za-z]{1,6}[0-9]{1,10}|(?<=[\u4e00-\u9fff])\s{1,2}[A-Z]{1,4}[0-9]{2,10}(?![\w])"
)
# What a staff code or a romanised name needs: an underscore, or a capital letter.
_CODE_OR_ROMAN = lazy_compile("[A-Z_＿]")
_OUTLET_SPLIT = lazy_compile(r"\s{0,2}[╱/／|｜]\s{0,2}|\s{1,2}")
# A field after the byline that is not a credit: "彭佳芸 黃翊真 報導 地區：台北市報導".
_OTHER_FIELD = lazy_compile(r"\s{1,4}(?:地區|地区|地點|地点|來源|来源|時間|时间)\s{0,2}[:：]")
# An outlet's name by its ending: "民視新聞", "聯合晚報", "中國時報", "東森電視台".
_OUTLET_LIKE_RE = (
    r"[\u4e00-\u9fff]{2,6}?(?:新聞|新闻|日報|日报|晚報|晚报|時報|时报|電視台|电视台|報|报|網|网|社|台)"
)
_OUTLET_LIKE = lazy_compile(_OUTLET_LIKE_RE)
_FILED = ("報導", "报道", "報道")  # the filing words an outlet's name may follow
_OUTLET_AFTER = lazy_compile(r"(?<=" + "|".join(_FILED) + r")(" + _OUTLET_LIKE_RE + r")$")
# A byline closing a story in brackets, names glued to their outlet and place:
# "民視新聞陳韻平、郭文海台北報導" (the outlet and the place are cut off by the caller).
_GLUED_NAMES = lazy_compile(
    r"(?:記者|记者)?([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,5})"
)
_ORG = lazy_compile(r"[\u4e00-\u9fffA-Za-z0-9·]{1,14}")
_OUTLET = lazy_compile(OUTLET_NAMES_RE)
_BRACKETED = lazy_compile(
    r"[（(]([^（）()\n]{2,60})[）)]|【([^【】\n]{2,60})】|[\[［]([^\[\]［］\n]{2,60})[\]］]"
)
_OPENERS = "（([［【"  # the opening brackets _BRACKETED starts with
_PHOTO_MARK = lazy_compile(r"(?<![拍主双雙广廣])[摄攝](?![影像])")
# Marks that close a sentence and never end a name (Latin names may end in "." or "!").
_SENTENCE_END = frozenset("。！？…")
_MAX_LINE = 300
_MAX_WORDS = 40
_TAIL = 64  # how far from the end a trailing byline may start
_CAPTION = 40  # how far before 摄 a picture credit may start
_MAX_HITS = 64  # candidates looked at per paragraph, so hostile input stays linear
_MAX_BARE = 4  # names in a byline without role words
_BYLINE_MAX = 60  # characters: a byline line is short
_BYLINE_HEAD = 16  # characters before a filing ending ("大陸新聞中心／綜合報導")
_JOINED_ROLES = frozenset({"報導", "报道"})  # "報導．攝影╱向高彬": reported and photographed


class _Token(NamedTuple):
    keyword: bool
    text: str
    glued: bool  # no separator: a word before the next role word, a role word before a word


@dataclass
class _Group:
    roles: tuple[CreditRole, ...]
    org: str | None
    names: list[str] = field(default_factory=list)
    word: str = ""  # the role word that opened the group

    @property
    def label(self) -> bool:
        return not self.roles


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


def _roles(word: str) -> tuple[CreditRole, ...]:
    word = word.strip()
    if word in ROLE_WORDS:
        return ROLE_WORDS[word]
    return SLASH_WORDS.get(word, ())


def _tokenize(line: str) -> list[_Token] | None:
    tokens: list[_Token] = []
    pos = 0
    for match in _KEYWORD.finditer(line):
        tokens.extend(_words(line[pos : match.start()], glued_end=True))
        after = line[match.end() : match.end() + 1]
        glued = bool(after) and not _SEPARATORS.match(after)
        tokens.append(_Token(True, match.group().strip(), glued))
        pos = match.end()
        if len(tokens) > _MAX_WORDS:
            return None
    tokens.extend(_words(line[pos:], glued_end=False))
    return tokens if len(tokens) <= _MAX_WORDS else None


def _words(piece: str, *, glued_end: bool) -> list[_Token]:
    parts = [p for p in _SEPARATORS.split(piece) if p]
    last_glued = glued_end and bool(piece) and not _SEPARATORS.match(piece[-1])
    return [
        _Token(False, p, last_glued and i == len(parts) - 1) for i, p in enumerate(parts)
    ]


def _org_like(word: str) -> bool:
    if word[-1:] in "发發" and len(word) > 2:
        word = word[:-1]
    return _ORG.fullmatch(word) is not None and (
        is_outlet_name(word) or word[-1] in ORG_ENDINGS
    )


def _org(word: str) -> str:
    return word[:-1] if word[-1:] in "发發" and len(word) > 2 else word


def _is_suffix(tokens: list[_Token], i: int) -> bool:
    """A closing role word: one of SUFFIX_WORDS with no word after it."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tok.keyword and tok.text in SUFFIX_WORDS and (nxt is None or nxt.keyword)


def _glued_to_word(tokens: list[_Token], i: int) -> bool:
    return tokens[i].glued and i + 1 < len(tokens) and not tokens[i + 1].keyword


def _split_loose(loose: list[str]) -> tuple[str | None, list[str]] | None:
    """Words before a closing role word: names, optionally led by one organisation."""
    if len(loose) > 1 and _org_like(loose[0]) and all(is_name(w) for w in loose[1:]):
        return _org(loose[0]), loose[1:]
    if all(is_name(w) for w in loose):
        return None, loose
    return None


def _group_tokens(tokens: list[_Token]) -> list[_Group] | None:
    """Run the role/name grammar over tokens; None when a word is left unexplained."""
    groups: list[_Group] = []
    cur: _Group | None = None
    loose: list[str] = []
    org_next: str | None = None
    for i, tok in enumerate(tokens):
        if not tok.keyword:
            nxt_prefix = tok.glued and i + 1 < len(tokens) and not _is_suffix(tokens, i + 1)
            if nxt_prefix and posting(tok.text) and cur is None and not loose:
                continue  # "香港特約記者 X", "駐美特派員": where the reporter is posted
            if nxt_prefix and _org_like(tok.text) and (cur is None or cur.label or
                                                         is_outlet_name(_org(tok.text))
                                                         or bool(cur.names)):
                org_next = _org(tok.text)
            elif cur is None:
                loose.append(tok.text)
            elif not cur.label:
                cur.names.append(tok.text)
            continue
        roles = _roles(tok.text)
        if _is_suffix(tokens, i) and (loose or (cur is not None and cur.names and not cur.label)):
            if loose and tok.text in ("摄", "攝") and tokens[i - 1].glued:
                return None  # "万主摄": a bare name glued to 摄 is not a picture credit
            if loose:
                split = _split_loose(loose)
                if split is None:
                    return None
                groups.append(_Group(roles, split[0], split[1]))
                loose = []
            elif cur is not None:
                cur.roles = roles
            cur = None
            continue
        if loose or (tok.text in NEEDS_SEPARATOR and _glued_to_word(tokens, i)):
            return None
        if (cur is not None and roles and cur.roles and not cur.names and tokens[i - 1].keyword
                and (tokens[i - 1].text in SLASH_WORDS or tokens[i - 1].text in _JOINED_ROLES)):
            cur.roles = tuple(dict.fromkeys(cur.roles + roles))  # 文/图 X, 報導．攝影 X: both
            continue
        cur = _Group(roles, org_next, word=tok.text)
        groups.append(cur)
        org_next = None
    if loose or org_next is not None:
        return None
    return groups


def _can_open(line: str, keyword: re.Match[str] | None) -> bool:
    """Whether the line's first word can stand first in a credit: a role word, or a name,
    an organisation or a posting before one (see _group_tokens). One split, where the
    grammar costs a whole tokenisation: most lines asked are prose. ``keyword`` is the
    line's first role word."""
    head = line if keyword is None else line[: keyword.start()]
    first = next((part for part in _SEPARATORS.split(head) if part), None)
    return first is None or posting(first) or _org_like(first) or is_name(first)


def _credits_from(line: str) -> tuple[Credit, ...] | None:
    keyword = _KEYWORD.search(line)
    if keyword is None:
        return None
    if _CODE_OR_ROMAN.search(line) is not None:  # most lines hold neither
        cleaned = _STAFF_CODE.sub("", line)
        cleaned = ROMAN.sub(lambda m: m.group().replace(" ", ROMAN_SPACE), cleaned)
        if cleaned != line:  # the first role word is searched again where it moved
            line, keyword = cleaned, _KEYWORD.search(cleaned)
    if not _can_open(line, keyword):
        return None
    tokens = _tokenize(line)
    if not tokens or not any(t.keyword for t in tokens):
        return None
    groups = _group_tokens(tokens)
    if groups is None:
        return None
    credits: list[Credit] = []
    unnamed = False  # "作者：佚名": a credit line whose names the template left unfilled
    for group in groups:
        if group.label:
            continue
        names = join_spaced([n for n in group.names if n not in PLACEHOLDER_NAMES])
        unnamed = unnamed or len(names) < len(group.names)
        if not all(is_name(n) for n in names):
            return None
        if group.word in SLASH_WORDS and any(LOGIN.fullmatch(n) for n in names):
            return None  # "图/pixabay": a one-letter role word credits a source, not a login
        names = [n.replace(ROMAN_SPACE, " ") for n in names]
        credits.extend(Credit(r, n, group.org) for r in group.roles for n in names)
    if credits:
        return tuple(credits)
    # A nameless byline ("新华社记者") is still a credit line the body should lose.
    if unnamed or any(g.org and "reporter" in g.roles for g in groups):
        return ()
    return None


def _unwrap(text: str) -> str:
    wrapped = _WRAPPED.fullmatch(text)
    return wrapped.group(1) if wrapped else text.strip()


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
    return _credits_from(_unwrap(text))


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
    for outlet in (None, _OUTLET.match(text), _OUTLET_LIKE.match(text)):
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
    return _byline(_unwrap(text), grammar_tried=False)


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
    line = _unwrap(text)
    found = _credits_from(line)
    if found is not None or len(text) > _BYLINE_MAX:
        return found
    return _byline(line, grammar_tried=True)


def _byline(line: str, *, grammar_tried: bool) -> tuple[Credit, ...] | None:
    """parse_byline on an unwrapped line; ``grammar_tried``: _credits_from(line) gave None."""
    # Each pattern below needs a character the cheap test looks for first.
    other = _OTHER_FIELD.search(line) if ":" in line or "：" in line else None
    if other is not None:
        line = line[: other.start()]
        grammar_tried = False
    after = (  # "記者陳熙文、鄭媁/台北報導聯合報"
        _OUTLET_AFTER.search(line) if any(e in line for e in _FILED) else None
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
            _credits_from(head)
            or _with_outlet(head)
            or _bare_names(head, "reporter")
            or _glued_byline(head)
        )
    found = None if grammar_tried else _credits_from(line)
    if found is not None:
        return found
    if line.endswith(_GLUED_ENDINGS):  # "民視新聞陳韻平、郭文海台北報導"
        glued = _glued_byline(line[:-2].removesuffix("綜合").removesuffix("综合"))
        if glued:
            return glued
    words = [w for w in _SEPARATORS.split(line) if w]
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
    if not text.rstrip().endswith(REPORT_ENDINGS) and _KEYWORD.search(text) is None:
        return False  # most lines: neither a filing ending nor a role word
    tail = _REPORT_TAIL.search(text)
    return (tail is not None and 0 < tail.start() <= _BYLINE_HEAD) or parse_byline(text) is not None


def _with_outlet(text: str) -> tuple[Credit, ...] | None:
    """"聯合報 記者林宸誼": an outlet, then a credit that names it as their organisation."""
    parts = _OUTLET_SPLIT.split(text.strip(), maxsplit=1)  # "聯合晚報╱記者邱瓊平"
    first, rest = (parts[0], parts[1]) if len(parts) == 2 else (text, "")
    if not rest or not (is_outlet_name(first) or _OUTLET_LIKE.fullmatch(first)):
        return None
    found = _credits_from(rest.strip())
    return tuple(Credit(c.role, c.name, c.organization or first) for c in found) if found else None


def _bare_names(
    text: str, role: CreditRole, *, need_outlet: bool = False, words: list[str] | None = None
) -> tuple[Credit, ...] | None:
    """Names with at most one outlet before or after them; the outlet is their organisation.
    ``words``: the text split at separators, when the caller has it."""
    if words is None:
        words = [w for w in _SEPARATORS.split(text) if w]
    # Every word but one outlet at either end is a name: so is the first word or the last
    # (a cheap test before the outlet lookups, which most lines asked fail).
    if not words or len(words) > _MAX_BARE + 1:
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
    text = _unwrap(text)
    found = _credits_from(text) if len(text) <= _MAX_LINE else None
    if found is not None:
        return found
    words = [w for w in _SEPARATORS.split(text) if w]
    words = join_spaced(words)
    if 0 < len(words) <= 6 and all(map(is_bare_name, words)) and not _looks_like_column(text):
        return tuple(Credit(bare_role, w) for w in words)
    return None


def _looks_like_column(text: str) -> bool:
    # "央视网消息（新闻联播）": a programme or column, not a person.
    return text.endswith(("新闻", "新聞", "联播", "聯播", "快讯", "快訊", "频道", "頻道"))


def _boundaries(text: str, lo: int, hi: int) -> list[int]:
    """Where a credit may start: after a non-Han character, or at a role word or outlet."""
    starts = {s for s in range(lo, hi) if s == 0 or not _HAN.match(text[s - 1])}
    starts.update(m.start() for m in _KEYWORD.finditer(text, lo, hi))
    starts.update(m.start() for m in _OUTLET.finditer(text, lo, hi))
    return sorted(s for s in starts if s < hi and not text[s].isspace())


def _after_label(text: str, start: int) -> bool:
    head = text[max(0, start - 8) : start].rstrip(" :：|｜")
    return head.endswith(LABEL_WORDS)


def _first_parse(text: str, lo: int, hi: int, *, want: str | None = None) -> CreditSpan | None:
    for start in _boundaries(text, lo, hi):
        if _after_label(text, start):
            continue
        first = _KEYWORD.match(text, start)
        if first and first.group().strip() in _LABELS:
            continue
        found = _credits_from(text[start:hi])
        if found and (want is None or any(c.role == want for c in found)):
            return CreditSpan(start, hi, found)
    return None


def _tail_may_credit(text: str, lo: int, hi: int) -> bool:
    """Whether a credit can run to the end of text[lo:hi]: only if a role word stands there.
    When the text ends in a sentence's closing mark, no name, role word or placeholder can
    end it: only a label (来源：… takes any words after it) standing last, after a role word
    that gives the credit."""
    words = [m.group().strip() for m in _KEYWORD.finditer(text, lo, hi)]
    if not words:
        return False
    if text[hi - 1] not in _SENTENCE_END:
        return True
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
    brackets = any(opener in text for opener in _OPENERS)
    for match in islice(_BRACKETED.finditer(text), _MAX_HITS) if brackets else ():
        inner = next(g for g in match.groups() if g is not None).strip()
        found = _credits_from(inner)
        if found is None and inner.endswith(_GLUED_ENDINGS):  # （民視新聞陳韻平台北報導）
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
    if _tail_may_credit(text, tail_start, tail_end):
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
