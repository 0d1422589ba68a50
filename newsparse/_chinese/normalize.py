"""normalize(): width, whitespace, entity remnants, pinyin glosses, punctuation.

Runs once over a whole page before it is split into lines, so it never adds or removes a
"\\n". Each step is switchable through Config; two always run: surrogate repair (every
result must encode as UTF-8, or a writer fails on it) and NFC (never NFKC, which
half-converts punctuation and destroys ①, ㎡, ℃). The steps run in an order that makes
the whole idempotent: nothing a later step produces is something an earlier step changes.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from typing import Any

from .._core.config import Config, resolve_config
from .._core.firsts import _sre, run_of
from .._core.lazy import lazy_compile
from .data.characters import (
    CJK_CLOSERS,
    CJK_OPENERS,
    FULLWIDTH_ALNUM,
    FULLWIDTH_PUNCTUATION,
    HAN_RANGES,
    INVISIBLE,
    SPACES,
    TONED_VOWELS,
)
from .pinyin import GLOSS_OPENING, repair_pinyin

__all__ = [
    "drop_invisible",
    "fold_width",
    "fullwidth_punctuation",
    "normalize",
    "normalize_whitespace",
    "repair_surrogates",
    "restore_entities",
]

_WIDTH = str.maketrans(FULLWIDTH_ALNUM)
_WIDE = "０-９Ａ-Ｚａ-ｚ．"  # what fold_width changes
# Translating only the runs that need it is 50-100x faster than translating whole pages.
_WIDE_RUN = lazy_compile(run_of(f"[{_WIDE}]"))
# The full-width full stop is folded only inside a number. The pattern opens with it, which
# the engine skips to in C (opening with the look-behind, it tried every position: 30 times
# slower on the pages that use "．" as a full stop).
_DECIMAL_POINT = lazy_compile(r"．(?<=[0-9]．)(?=[0-9])")

_SPACE_TABLE = str.maketrans(dict.fromkeys(SPACES, " "))
_SPACE_RUN = lazy_compile(run_of(f"[{SPACES}]"))
_INVISIBLE_RUN = lazy_compile(run_of(f"[{INVISIBLE}]"))

# "&amp;nbsp;", "&#38;lt;", "&nbsp;": escaped ampersands are consumed with the entity so
# that one pass restores every level. Bare "#xff1a;" (the "&" lost) too, but only for
# hex references, which plain text never spells.
_ENTITY = lazy_compile(
    r"&(?:(?:amp|AMP|#0{0,4}38|#[xX]0{0,4}26);){0,8}"
    r"(?P<ref>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
_ENTITY_PASSES = 8
_BARE_HEX = lazy_compile(r"(?<![&#0-9A-Za-z])#[xX](?P<hex>[0-9a-fA-F]{2,6});")

# UTF-16 halves: JSON escapes ("\\ud800") and careless decoders put them into a str.
_HALVES = "\ud800-\udfff"
_SURROGATES = lazy_compile(run_of(f"[{_HALVES}]"))

# Every character the first steps change (surrogate repair, fold_width, drop_invisible, the
# spaces of _map_spaces), and the toned vowels every pinyin gloss holds (repair_pinyin
# changes no text without one): most pages hold none, and one scan of this class costs less
# than any one of those steps' own scans (1.8 ms against 12 ms for the five, on the labelled
# pages). The few a page holds tell which of the steps can change it.
_TONED_VOWELS = "".join(TONED_VOWELS)
_TONED = lazy_compile(f"[{_TONED_VOWELS}]")
_ODD = lazy_compile(f"[{_HALVES}{_WIDE}{INVISIBLE}{SPACES}{_TONED_VOWELS}]")

_HAN = f"[{HAN_RANGES}]"
_PUNCT = lazy_compile(rf"(?<=[{HAN_RANGES}{CJK_CLOSERS}])[,:;!?](?=[{HAN_RANGES}{CJK_OPENERS}])")
_PAREN = lazy_compile(r"\((?P<inner>[^()（）\n]{1,64})\)")
_HAS_HAN = lazy_compile(_HAN)
_ASCII_LETTER = lazy_compile("[A-Za-z]")


def fold_width(text: str) -> str:
    """Full-width digits and letters to ASCII; a full-width point between digits too.

    Examples:
        >>> fold_width("１０月２２日，ＧＤＰ增长５．２％")
        '10月22日，GDP增长5.2％'
    """
    return _fold_width(text, letters=True)


def _fold_width(text: str, *, letters: bool | str) -> str:
    """:func:`fold_width`; ``letters`` false: the caller knows ``text`` holds no full-width
    letter or digit, so only the point can change (runs of it alone translate to
    themselves: the table does not hold it); a str: the caller knows the ones it holds,
    each then replaced by str.replace (in C, a few instructions a character where the run
    search takes some sixty; the table maps each character alone)."""
    if isinstance(letters, str):
        for char in letters:
            text = text.replace(char, char.translate(_WIDTH))
    elif letters:
        text = _WIDE_RUN.sub(lambda m: m[0].translate(_WIDTH), text)
    return _DECIMAL_POINT.sub(".", text) if "．" in text else text


def _entity(ref: str, fold: bool) -> str | None:
    """The text an entity stands for, or None to leave it (unknown, or a control)."""
    value = html.unescape(f"&{ref};")
    if value == f"&{ref};" or any(_unwanted(ch) for ch in value):
        return None
    value = unicodedata.normalize("NFC", value)  # "&#894;" is U+037E, NFC makes it ";"
    return value.translate(_WIDTH) if fold else value


def _unwanted(char: str) -> bool:
    """Controls (line breaks among them) and invisible characters are never restored: the
    whitespace step would drop them and join what is around into something new."""
    return char in INVISIBLE or unicodedata.category(char) == "Cc"


def restore_entities(text: str, *, fold: bool = True) -> str:
    """Restore HTML-entity remnants: ``&amp;nbsp;``, ``&nbsp;``, ``&#12290;``, ``#xff1a;``.

    Controls (and so line breaks) and invisible characters are never produced; unknown
    names stay as they are. A restored full-width letter or digit is folded to ASCII
    unless ``fold`` is false. What one pass restores can spell a new entity
    (``&amp&#59;``), so passes repeat until nothing changes (at most eight).

    Examples:
        >>> restore_entities("来源#xff1a;新华网&amp;nbsp;&amp;quot;AT&amp;T&amp;quot;")
        '来源：新华网\\xa0"AT&T"'
    """
    for _ in range(_ENTITY_PASSES):
        restored = text
        if "&" in restored:
            restored = _ENTITY.sub(lambda m: _entity(m["ref"], fold) or m[0], restored)
        if "#x" in restored or "#X" in restored:  # what _BARE_HEX opens with
            # (its opening look-behind has the engine try every position: a scan in C first)
            restored = _BARE_HEX.sub(lambda m: _entity(f"#x{m['hex']}", fold) or m[0], restored)
        if restored == text:
            break
        text = restored
    return text


def normalize_whitespace(text: str) -> str:
    """U+3000/NBSP and other spaces to " ", invisible characters dropped, lines trimmed.

    Indents and trailing spaces (and the "\\r" of CRLF) are stripped from every line; runs
    of spaces inside a line are kept (a wide gap often separates fields, as in
    "记者 张三    编辑 李四"). The line structure itself is never changed.

    Examples:
        >>> normalize_whitespace("\\u3000\\u3000正文\\u200b第一段。 \\r\\n记者\\xa0\\xa0张三")
        '正文第一段。\\n记者  张三'
    """
    return _map_spaces(drop_invisible(text))


def drop_invisible(text: str) -> str:
    """Drop zero-width spaces, BOMs, soft hyphens and word joiners (ZWJ/ZWNJ stay).

    Examples:
        >>> drop_invisible("新\u200b华\ufeff社\u00ad")
        '新华社'
    """
    return _INVISIBLE_RUN.sub("", text)


def _without(text: str, chars: str, by: str = "") -> str:
    """``text`` with each of ``chars`` replaced by ``by``: what a class's ``sub`` does when
    the characters it finds are known, by str.replace in C (a few instructions a character,
    where the class search takes some sixty)."""
    for char in chars:
        text = text.replace(char, by)
    return text


def _map_spaces(text: str, spaces: bool = True) -> str:
    """Unicode spaces to " ", and each line's indent and trailing spaces stripped
    (``spaces`` False: the caller knows ``text`` holds none of the Unicode spaces)."""
    if spaces:
        text = _SPACE_RUN.sub(lambda m: m[0].translate(_SPACE_TABLE), text)
    if not _ragged(text):
        return text
    if "\n" not in text:  # one line (every block of an HTML page): no generator
        return text.lstrip(" \t").rstrip(" \t\r")
    return "\n".join(line.lstrip(" \t").rstrip(" \t\r") for line in text.split("\n"))


def _ragged(text: str) -> bool:
    """Whether a line of ``text`` starts with a space or tab or ends with one or a "\\r":
    what _map_spaces strips (found by str searches in C, twice as fast as strip every line)."""
    if "\t" in text or "\r" in text:
        return True
    return text.startswith(" ") or text.endswith(" ") or "\n " in text or " \n" in text


def fullwidth_punctuation(text: str) -> str:
    """ASCII ``,:;!?`` between Han characters, and Chinese ``(...)``, to full-width forms.

    A parenthesised part is converted when it holds a Han character and either no Latin
    letter or a Han character right outside it; "(Rahul Agarwal)", "(AI)" and
    "(4.950, -0.08, -1.59%)" stay ASCII.

    Examples:
        >>> fullwidth_punctuation("中新社北京3月31日电(记者 杨陈)合作,共赢(完)(AI)")
        '中新社北京3月31日电（记者 杨陈）合作，共赢（完）(AI)'
    """
    if "(" in text:
        text = _PAREN.sub(lambda m: _paren(text, m), text)
    return _PUNCT.sub(lambda m: FULLWIDTH_PUNCTUATION[m[0]], text)


def _paren(text: str, match: re.Match[str]) -> str:
    inner = match["inner"]
    if not _HAS_HAN.search(inner):
        return match[0]
    if _ASCII_LETTER.search(inner):
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        if not (_HAS_HAN.match(before) or _HAS_HAN.match(after)):
            return match[0]
    return f"（{inner}）"


def repair_surrogates(text: str) -> str:
    """Join surrogate pairs into the character they encode and drop lone surrogates.

    A str holding a lone surrogate cannot be written as UTF-8: one such character in a
    crawl's JSON (``"\\ud800"``) would make every writer downstream fail.

    Examples:
        >>> repair_surrogates("新\\ud83d\\ude00闻\\ud800稿")
        '新😀闻稿'
    """
    try:
        text.encode("utf-8")  # the common case, checked at C speed (a regex scan is 5x slower)
    except UnicodeEncodeError:
        return _SURROGATES.sub(_join_halves, text)
    return text


def _join_halves(match: re.Match[str]) -> str:
    # Valid high-low pairs decode to their character; "ignore" drops every unpaired half.
    return match[0].encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")


def _nfc(text: str) -> str:
    """NFC, line by line where needed: composition never crosses a line break, and most
    lines of a page are NFC already (normalising all of it costs 0.5 s per million chars)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return "\n".join(
        line if unicodedata.is_normalized("NFC", line) else unicodedata.normalize("NFC", line)
        for line in text.split("\n")
    )


def _gloss_opening(text: str, vowels: list[str]) -> bool:
    """Whether repair_pinyin's first test, the opening of a gloss up to its toned vowel
    (``GLOSS_OPENING``), finds something in ``text``, which holds no toned vowel but
    ``vowels``: a match ends with one of them, so the text just before each is searched
    (found by str.find in C), where repair_pinyin searches all of it (some fifty
    instructions a character: a page that names "Beyoncé" holds no gloss)."""
    width = _gloss_opening_width()
    for vowel in vowels:
        at = text.find(vowel)
        while at >= 0:
            if GLOSS_OPENING.search(text, max(at + 1 - width, 0), at + 1):
                return True
            at = text.find(vowel, at + 1)
    return False


@functools.cache
def _gloss_opening_width() -> int:
    """The characters a match of ``GLOSS_OPENING`` spans at most."""
    return int(_sre.parse(GLOSS_OPENING.pattern).getwidth()[1])


def normalize(text: str, config: Config | None = None, **overrides: Any) -> str:
    """Normalise a whole page's text: width, whitespace, entities, pinyin, punctuation.

    Steps, each on by default and switched by the Config field named: full-width
    letters and digits to ASCII (``normalize_width``); HTML-entity remnants restored
    (``restore_entities``); spaces, invisible characters and indents
    (``normalize_whitespace``); NFC (always; never NFKC); mirror-site pinyin glosses
    removed and the characters they split repaired (``repair_pinyin``); and, off by
    default, ASCII punctuation between Han characters to full-width
    (``fullwidth_punctuation``).

    Never adds or removes a line break; idempotent; the result always encodes as UTF-8
    (surrogate pairs are joined, lone surrogates dropped); controls and private-use
    characters pass through unchanged.

    Args:
        text: The text of a whole page (the pinyin rule counts glosses document-wide).
        config: Options; keyword ``overrides`` (Config field names) override it.

    Raises:
        TypeError: ``text`` is not a str, ``config`` not a Config, or an override is not a
            Config field or has the wrong type.
        ConfigError: An override has a value Config does not accept.

    Examples:
        >>> normalize("\\u3000\\u3000１０月２２日电&amp;nbsp;记者")
        '10月22日电 记者'
        >>> normalize("日电(记者 杨陈)好,吗", fullwidth_punctuation=True)
        '日电（记者 杨陈）好，吗'
        >>> normalize("①㎡℃ ＡＢ", normalize_width=False)
        '①㎡℃ ＡＢ'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs text as a str, not {type(text).__name__}")
    cfg = resolve_config(config, overrides, "normalize()")
    # A step runs when the text holds one of the _ODD characters it changes; the spaces and
    # pinyin steps also when NFC or the entities made a new text. No step makes a character
    # a later step looks for (folding makes ASCII, joined surrogates are outside the BMP).
    odd = "".join(set(_ODD.findall(text)))
    if _SURROGATES.search(odd):
        text = repair_surrogates(text)
    # Steps that delete characters (or compose them) run before entities are read, so that
    # they cannot join two pieces into an entity that a second run would restore.
    # (The characters of odd a step changes tell what it changes: the width step's letters
    # and digits, the invisible characters dropped, the spaces mapped by str.replace.)
    if cfg.normalize_width and _WIDE_RUN.search(odd):
        text = _fold_width(text, letters="".join(_WIDE_RUN.findall(odd.replace("．", ""))))
    if cfg.normalize_whitespace:
        text = _without(text, "".join(_INVISIBLE_RUN.findall(odd)))
    read = text
    text = _nfc(text)
    if cfg.restore_entities and ("&" in text or "#" in text):
        restored = restore_entities(text, fold=cfg.normalize_width)
        if restored is not text:  # (it gives back its argument when nothing changes: NFC)
            text = _nfc(restored)
    fresh = text is not read
    if cfg.normalize_whitespace:
        if not fresh:  # (a new text may hold spaces odd does not: the entities make them)
            text = _without(text, "".join(_SPACE_RUN.findall(odd)), " ")
        text = _map_spaces(text, spaces=fresh)
    if cfg.repair_pinyin and (fresh or _gloss_opening(text, _TONED.findall(odd))):
        text = repair_pinyin(text)
    if cfg.fullwidth_punctuation:
        text = fullwidth_punctuation(text)
    return text
