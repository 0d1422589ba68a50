"""Names in credit lines: what a person's name looks like, in Han, kana or Latin letters.

The credit grammar (``credits``) decides where a name stands; these checks decide whether
the word standing there is one: not a sentence fragment, a place, a desk, an outlet, an
interface word or a placeholder (tables in ``data.credit_roles``), and, for a name with no
role word beside it, one that starts with a common surname (``data.surnames``).
"""

from __future__ import annotations

from .._chinese.han import HAN as _SINGLE_HAN
from .._core.lazy import lazy_compile
from .data.agencies import PLACES
from .data.credit_roles import DESK_ENDINGS, NOT_NAME_CHARS, NOT_NAMES, ROLE_WORDS
from .data.surnames import COMPOUND_SURNAMES, SURNAMES
from .sources import is_outlet_name

__all__ = [
    "LOGIN",
    "ROMAN",
    "ROMAN_SPACE",
    "has_surname",
    "is_bare_name",
    "is_name",
    "join_spaced",
    "posting",
]

_NAME = lazy_compile(
    r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}"
    # Japanese names with kana ("さとう花子"), romanised names and logins ("John Smith",
    # "biaoffeng", "HN666"): the grammar around them has already said they are names.
    # (lookaheads bounded to the name's own length, so a long line stays linear)
    r"|(?=[\u4e00-\u9fff]{0,7}[\u3040-\u30ff])[\u3040-\u30ff\u4e00-\u9fff]{2,8}"
    r"|[A-Za-z](?=[0-9_'.\-\ue000]{0,29}[A-Za-z])[A-Za-z0-9_'.\-\ue000]{1,30}"
)
# The longest word _NAME matches: eight Han characters and three dotted parts of nine.
_LONGEST_NAME = 35
# Longer than this, only a dotted name (阿不都·热合曼) or a Latin one matches _NAME: a test
# in C turns away the long phrases most words asked are, before the pattern backtracks.
_LONGEST_PLAIN = 8
# Romanised names keep their inner spaces: "记者 John Smith" is one person, not two words.
ROMAN = lazy_compile(r"(?<![A-Za-z])[A-Z][a-z]{1,20}(?: [A-Z][a-z]{0,20}\.?){0,2} [A-Z][a-z]{1,20}")
ROMAN_SPACE = "\ue000"  # a private-use stand-in for the space inside a romanised name
_LATIN = lazy_compile(r"[A-Za-z]")
# One Latin word: a login or a site, not "John Smith".
LOGIN = lazy_compile(r"[A-Za-z0-9_'.\-]{1,40}")


def is_name(word: str) -> bool:
    """Whether a word standing where a credit line puts a name is one.

    Examples:
        >>> is_name("周逸斐"), is_name("阿不都·热合曼"), is_name("John\ue000Smith")
        (True, True, True)
        >>> is_name("详细"), is_name("編輯部"), is_name("台北")
        (False, False, False)
    """
    if len(word) > _LONGEST_NAME:
        return False
    native = "·" not in word and "•" not in word and "・" not in word
    if native and len(word) > _LONGEST_PLAIN and not (word[0].isascii() and word[0].isalpha()):
        return False
    if _NAME.fullmatch(word) is None:
        return False
    # Transliterated names (阿不都·热合曼) use any character; only check native ones.
    return (
        not (native and not NOT_NAME_CHARS.isdisjoint(word))  # (a set test in C, no generator)
        and word not in NOT_NAMES
        and word.lower() not in NOT_NAMES
        and word not in PLACES
        and not word.endswith(DESK_ENDINGS)
        and not is_outlet_name(word)
        and word not in ROLE_WORDS
    )


def is_bare_name(word: str) -> bool:
    """A name standing without a role word: Han or kana only, since a bare Latin word in
    brackets or beside an outlet is a code, initials or a link ("(rw)", "English")."""
    return is_name(word) and _LATIN.match(word) is None


def has_surname(name: str) -> bool:
    """Whether a Han name starts with a common surname (see ``data.surnames``).

    Examples:
        >>> has_surname("羅森"), has_surname("歐陽娜娜"), has_surname("举报")
        (True, True, False)
    """
    if name.startswith(COMPOUND_SURNAMES):
        return len(name) >= 3
    return name[:1] in SURNAMES and 2 <= len(name) <= 3


def posting(word: str) -> bool:
    """A place, or 驻/駐 and a place, glued before a role word: "香港", "駐美", "驻京"."""
    return word in PLACES or (word[:1] in "驻駐" and 2 <= len(word) <= 4)


def join_spaced(names: list[str]) -> list[str]:
    """ "王  楠": a two-character name spaced out to line up with three-character ones."""
    out: list[str] = []
    i = 0
    while i < len(names):
        pair = names[i : i + 2]
        if len(pair) == 2 and all(_SINGLE_HAN.fullmatch(n) for n in pair):
            out.append(pair[0] + pair[1])
            i += 2
        else:
            out.append(names[i])
            i += 1
    return out
