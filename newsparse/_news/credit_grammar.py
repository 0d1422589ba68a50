"""The credit grammar: a line cut into role words and the words between them.

A role word (from ``_news.data.credit_roles``) before names labels them (``责编：X、Y``,
``摄影/X``), one after names closes them (``X 摄``, ``X/文``), and a word glued in front of a
role word that looks like an outlet is its organisation (``每经记者``). A line is a credit
line only when every word in it is accounted for, which is what keeps sentences such as
``记者走进雄安新区`` out. ``credits`` reads bylines, brackets and paragraphs with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .._core.article import Credit, CreditRole
from .._core.firsts import SPACE_CHARS, SPACES, literal_led, run_of
from .._core.lazy import lazy_compile
from .data.credit_roles import (
    LABEL_WORDS,
    NEEDS_SEPARATOR,
    ORG_ENDINGS,
    PLACEHOLDER_NAMES,
    ROLE_WORDS,
    SLASH_WORDS,
    SUFFIX_WORDS,
)
from .names import LOGIN, ROMAN, ROMAN_SPACE, is_name, join_spaced, posting
from .sources import is_outlet_name

__all__ = ["KEYWORD", "SEPARATORS", "credits_from", "unwrap"]

_WORDS = sorted(set(ROLE_WORDS) | set(LABEL_WORDS), key=lambda w: (-len(w), w))
_SLASH = "".join(SLASH_WORDS)
# A role word, unless it is part of a longer noun (记者会, 编辑部, 摄影队).
_NOT_NOUN = "(?![队隊部社展组組站团團会會节節家])"
_SLASH_ROLE = r"(?=\s{0,2}[/／|｜:：︰︓])"  # 文/张三
_SLASH_AFTER = r"(?=\s{0,2}(?:$|[\s)）\]】]))"  # 张三/文
_PHOTO_AFTER = r"(?=\s{0,2}(?:$|[\s)）\]】。，,;；]))"  # 张三 摄
# Every branch opens with a literal character (firsts.literal_led), so the engine skips in C
# the characters no branch starts with: 3x faster than a lookahead of them on prose.
KEYWORD = lazy_compile(
    "|".join(
        [
            *literal_led(_WORDS, end=_NOT_NOUN),
            *(f"{c}{_SLASH_ROLE}" for c in _SLASH),
            # 张三/文: right after the slash, or after a space or two
            *(f"{c}(?<=[/／]{c}){_SLASH_AFTER}" for c in _SLASH),
            *(rf"{w}(?<=[/／]{w})\s?[{_SLASH}]{_SLASH_AFTER}" for w in map(re.escape, SPACE_CHARS)),
            # 张三 摄, but not 拍摄 nor a phone's 主摄/双摄.
            *(f"{c}(?<![拍主双雙广廣]{c}){_PHOTO_AFTER}" for c in "摄攝"),
        ]
    )
)
# ︰ and ︓ (vertical presentation forms) stand in for a colon on Hong Kong pages; ╱ and ︱
# for a slash and a bar on Taiwan pages; ． joins two roles ("報導．攝影╱向高彬").
SEPARATORS = lazy_compile(run_of(f"[{SPACES}、,，/／╱|｜︱:：︰︓;；=．]"))

_WRAPPED = lazy_compile(
    r"\s{0,8}[（(【\[〔［]\s{0,8}([^（()）【】\[\]〔〕［］]*?)\s{0,8}[）)】\]〕］]\s{0,8}"
)
# A staff code after a name: "史建磊_NBJ11331", "朱家浒 PN054" (alone, "HN666" is the name).
_STAFF_CODE = lazy_compile(
    r"[_＿][A-Za-z]{1,6}[0-9]{1,10}|(?<=[\u4e00-\u9fff])\s{1,2}[A-Z]{1,4}[0-9]{2,10}(?![\w])"
)
# What a staff code or a romanised name needs: an underscore, or a capital letter.
_CODE_OR_ROMAN = lazy_compile("[A-Z_＿]")

_ORG = lazy_compile(r"[\u4e00-\u9fffA-Za-z0-9·]{1,14}")

_MAX_WORDS = 40

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


def _roles(word: str) -> tuple[CreditRole, ...]:
    word = word.strip()
    if word in ROLE_WORDS:
        return ROLE_WORDS[word]
    return SLASH_WORDS.get(word, ())


def _tokenize(line: str) -> list[_Token] | None:
    tokens: list[_Token] = []
    pos = 0
    for match in KEYWORD.finditer(line):
        tokens.extend(_words(line[pos : match.start()], glued_end=True))
        after = line[match.end() : match.end() + 1]
        glued = bool(after) and not SEPARATORS.match(after)
        tokens.append(_Token(True, match.group().strip(), glued))
        pos = match.end()
        if len(tokens) > _MAX_WORDS:
            return None
    tokens.extend(_words(line[pos:], glued_end=False))
    return tokens if len(tokens) <= _MAX_WORDS else None


def _words(piece: str, *, glued_end: bool) -> list[_Token]:
    parts = [p for p in SEPARATORS.split(piece) if p]
    last_glued = glued_end and bool(piece) and not SEPARATORS.match(piece[-1])
    return [_Token(False, p, last_glued and i == len(parts) - 1) for i, p in enumerate(parts)]


def _org_like(word: str) -> bool:
    if word[-1:] in "发發" and len(word) > 2:
        word = word[:-1]
    return _ORG.fullmatch(word) is not None and (is_outlet_name(word) or word[-1] in ORG_ENDINGS)


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
            if (
                nxt_prefix
                and _org_like(tok.text)
                and (cur is None or cur.label or is_outlet_name(_org(tok.text)) or bool(cur.names))
            ):
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
        if (
            cur is not None
            and roles
            and cur.roles
            and not cur.names
            and tokens[i - 1].keyword
            and (tokens[i - 1].text in SLASH_WORDS or tokens[i - 1].text in _JOINED_ROLES)
        ):
            cur.roles = tuple(dict.fromkeys(cur.roles + roles))  # 文/图 X, 報導．攝影 X: both
            continue
        cur = _Group(roles, org_next, word=tok.text)
        groups.append(cur)
        org_next = None
    if loose or org_next is not None:
        return None
    return groups


def _first_word(line: str, keyword: re.Match[str] | None) -> tuple[str, bool]:
    """The line's first word, and whether a separator follows it before the line's first
    role word ``keyword``: one split's first part, found by two searches."""
    end = len(line) if keyword is None else keyword.start()
    lead = SEPARATORS.match(line, 0, end)  # the first word: past separators, up to the next
    start = lead.end() if lead else 0
    gap = SEPARATORS.search(line, start, end)
    return line[start : gap.start() if gap else end], gap is not None


def _may_lead(first: str) -> bool:
    """Whether a word can stand first in a credit: a role word (no word), or a name, an
    organisation or a posting before one (see _group_tokens)."""
    return not first or posting(first) or _org_like(first) or is_name(first)


def _can_open(line: str, keyword: re.Match[str] | None) -> bool:
    """Whether the line's first word can stand first in a credit. One split, where the
    grammar costs a whole tokenisation: most lines asked are prose. ``keyword`` is the
    line's first role word."""
    return _may_lead(_first_word(line, keyword)[0])


def _closes(line: str, keyword: re.Match[str]) -> bool:
    """Whether the role word ``keyword`` closes the words before it (_is_suffix): one of
    SUFFIX_WORDS, with no word after it before the next role word."""
    if keyword.group().strip() not in SUFFIX_WORDS:
        return False
    after = KEYWORD.search(line, keyword.end())  # the next role word, as _tokenize finds it
    between = line[keyword.end() : after.start() if after else len(line)]
    return not between or SEPARATORS.fullmatch(between) is not None


def credits_from(line: str) -> tuple[Credit, ...] | None:
    keyword = KEYWORD.search(line)
    if keyword is None:
        return None
    if _CODE_OR_ROMAN.search(line) is not None:  # most lines hold neither
        cleaned = _STAFF_CODE.sub("", line)
        cleaned = ROMAN.sub(lambda m: m.group().replace(" ", ROMAN_SPACE), cleaned)
        if cleaned != line:  # the first role word is searched again where it moved
            line, keyword = cleaned, KEYWORD.search(cleaned)
            if keyword is None:
                return None  # the tokens would hold no role word
    first, spaced = _first_word(line, keyword)
    # A word spaced from the role word after it stays loose (not glued: no organisation or
    # posting), and _group_tokens gives None at a role word that does not close loose words:
    # told without tokenising the line (most starts _first_parse tries on a line of links or
    # share buttons), and before the word tests (_closes is a set lookup for most role words).
    if (spaced and not _closes(line, keyword)) or not _may_lead(first):
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


def unwrap(text: str) -> str:
    wrapped = _WRAPPED.fullmatch(text)
    return wrapped.group(1) if wrapped else text.strip()
