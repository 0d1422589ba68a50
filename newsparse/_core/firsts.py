"""A lookahead of the characters a pattern can start with, so a search skips the rest.

A large alternation of phrases (notice cues, boilerplate phrases) is tried at every
position of a line; Python's engine has no first-character table for such an alternation.
``(?=[本请敬…])`` in front lets it skip, in C, every character no phrase starts with: about
four times faster on a page's lines (notice cues on 6,614 lines of 40 labelled pages).

The set is read from the parsed pattern; digits and spaces stay classes (``\\d``, ``\\s``).
When a pattern can start with nearly any character (``.``, a negated class, a word
character, a backreference, a wide range, or a branch that can match the empty string) no
guard is added and the pattern is used as it is.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable
from typing import Any

# The standard library's own regex parser (already loaded by ``re``): 3.11 moved it.
_sre: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

__all__ = [
    "SPACES",
    "SPACE_CHARS",
    "first_class",
    "found",
    "guarded",
    "literal_branches",
    "literal_led",
    "run_of",
    "top_alternatives",
]

# The characters \s matches, written out for use inside a class: a class of characters only is
# one table lookup per character, while \s in a class is a category test tried beside the
# table (a search or split of credit separators: 15% fewer instructions). A test checks that
# the two agree.
SPACE_CHARS = tuple(chr(c) for c in range(0x3001) if chr(c).isspace())
SPACES = "".join(map(re.escape, SPACE_CHARS))
# Past this many start characters the class costs more than it saves (a Han range).
_MAX_FIRSTS = 512
# Stands for "any character" among the first characters: such a pattern gets no guard.
_ANY = ""
# Classes kept as their escape in the lookahead (a digit, a space); other categories (\w,
# the negated ones) admit nearly every character of a Chinese line.
_CATEGORIES = {"CATEGORY_DIGIT": "\\d", "CATEGORY_SPACE": "\\s"}


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a lookahead of its possible first characters, when they are few.

    A branch anchored at the start (``^…`` without MULTILINE) can only match there: the
    guard lets position 0 through as well. Under IGNORECASE the lookahead's class folds case
    as the pattern's own characters do, so it admits exactly what they admit.

    Examples:
        >>> guarded("本网站|[请請]勿|(?:将|將)?不负")
        '(?=[不将將本請请])(?:本网站|[请請]勿|(?:将|將)?不负)'
        >>> guarded(r"^\\s*来源|转载")
        '(?:\\\\A|(?=[转]))(?:^\\\\s*来源|转载)'
        >>> guarded(r".{0,3}来源")  # may start with any character: left as it is
        '.{0,3}来源'
    """
    chars, anchored = _firsts(pattern, flags)
    if chars is None:
        return pattern
    ahead = f"(?=[{chars}])" if chars else ""
    if anchored:
        ahead = f"(?:\\A|{ahead})" if ahead else "\\A"
    return f"{ahead}(?:{pattern})"


def first_class(pattern: str, flags: int = 0) -> str:
    """A pattern of one character that every match of ``pattern`` begins with: a
    prefilter, found by a scan in C much faster than a guarded pattern is searched (its
    lookahead is tried at each position). Compile it with the pattern's flags. When no
    class stands for every match (nearly any character can start one, a match can be empty
    or is anchored at the start), the empty pattern: it finds position 0, from which the
    whole search runs.

    Examples:
        >>> first_class("本网站|[请請]勿|(?:将|將)?不负")
        '[不将將本請请]'
        >>> first_class(r".{0,3}来源"), first_class("^来源|转载"), first_class("(?:本站)?")
        ('', '', '')
    """
    anchored: list[bool] = []
    _, empty = _sequence(list(_sre.parse(pattern, flags)), anchored)
    chars, _ = _firsts(pattern, flags)
    if empty or anchored or not chars:
        return ""
    return f"[{chars}]"


def _firsts(pattern: str, flags: int) -> tuple[str | None, bool]:
    """The escaped characters (for a class) a match away from the start begins with, None
    when nearly any can, and whether a branch is anchored at the start."""
    anchored: list[bool] = []
    firsts, empty = _sequence(list(_sre.parse(pattern, flags)), anchored)
    if empty or _ANY in firsts or not (firsts or anchored) or len(firsts) > _MAX_FIRSTS:
        return None, bool(anchored)
    if anchored and flags & re.MULTILINE:
        return None, True  # ^ after every newline too
    return "".join(re.escape(c) if c in "\\]^-[" else c for c in sorted(firsts)), bool(anchored)


def _sequence(items: list[Any], anchored: list[bool]) -> tuple[set[str], bool]:
    """First characters of a sequence, and whether it can match the empty string; a
    branch that starts at ``^`` is noted in ``anchored``."""
    firsts: set[str] = set()
    for op, arg in items:
        found, empty = _item(op, arg, anchored)
        firsts |= found
        if not empty:
            return firsts, False
    return firsts, True


def _item(op: Any, arg: Any, anchored: list[bool]) -> tuple[set[str], bool]:
    name = str(op)
    if name == "LITERAL":
        return {chr(arg)}, False
    if name == "IN":
        return _charset(arg), False
    if name == "SUBPATTERN":
        return _sequence(list(arg[-1]), anchored)
    if name == "BRANCH":
        firsts: set[str] = set()
        empty = False
        for branch in arg[1]:
            found, nothing = _sequence(list(branch), anchored)
            firsts |= found
            empty = empty or nothing
        return firsts, empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        found, empty = _sequence(list(arg[2]), anchored)
        return found, empty or arg[0] == 0
    if name == "AT" and str(arg) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
        anchored.append(True)
        return set(), False  # matches only at the start: the guard lets position 0 through
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # zero width: what follows starts the match
    return {_ANY}, False  # ".", a backreference, a negated character...


def _charset(items: list[Any]) -> set[str]:
    chars: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(arg))
        elif name == "RANGE" and arg[1] - arg[0] < _MAX_FIRSTS:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            chars.add(_CATEGORIES[str(arg)])
        else:
            chars.add(_ANY)  # a negated class, a wide range, a word character...
    return chars


def run_of(char_class: str) -> str:
    """A pattern for a run (one or more) of ``char_class``, written ``CC*`` rather than
    ``C+``: the same matches, but the engine skips to a match's first character in C only
    when the pattern opens with a single class, so a search or ``sub`` over text where the
    class is rare runs 2-3x faster (measured on the flattened labelled pages).

    Examples:
        >>> import re
        >>> re.findall(run_of("[０-９]"), "１２点，3点，４点")
        ['１２', '４']
    """
    return f"{char_class}{char_class}*"


def found(pattern: re.Pattern[str], first: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, sooner: ``first`` is ``pattern``'s first
    characters (``lazy_compile(…, firsts=True)``), found by a fast scan, and ``pattern`` is
    tried only from the first of them on.

    Examples:
        >>> found(re.compile("不得转载|未经许可"), re.compile("[不未]"), "本报讯 未经许可")
        True
    """
    hit = first.search(text)
    return hit is not None and pattern.search(text, hit.start()) is not None


def literal_led(words: Iterable[str], end: str = "") -> list[str]:
    """Alternatives for a set of literal words, each opening with a literal character: one
    per first character, the words sharing it written as a tree. Joined with ``|`` at the
    top of a pattern they let the engine build a table of first characters and skip, in C,
    every position no word starts at (a lookahead in front of an alternation gets no such
    table: it is tried at each position). ``end`` follows each word, where the word ends.

    At one position the words that match are prefixes of one another, and the tree tries
    the longer first: a match is what a longest-first alternation of the words gives.

    Examples:
        >>> import re
        >>> literal_led(["记者", "记", "编辑"], end="(?!部)")
        ['编辑(?!部)', '记(?:者(?!部)|(?!部))']
        >>> re.findall("|".join(literal_led(["记者", "记"], end="(?!部)")), "记者部记者")
        ['记', '记者']
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def written(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + written(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            branches.append(end)  # last: the longer words go first
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return [re.escape(ch) + written(sub) for ch, sub in sorted(tree.items())]


def top_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level (outside groups and classes).

    Examples:
        >>> top_alternatives("[为為]准|[为為]準"), top_alternatives("(?:a|b)c|[|]")
        (['[为為]准', '[为為]準'], ['(?:a|b)c', '[|]'])
    """
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            if pattern.startswith("]", i + 1):  # "[]…]", "[^]…]": a first "]" is a member
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def literal_branches(pattern: str) -> list[str]:
    """``pattern`` as alternatives that each open with a literal character, when it opens
    with a class of plain characters (``[Cc]opyright``) or a group of alternatives
    (``(?:转载|轉載)请``): the class or the group is written out, one alternative per
    character or branch, in the order the engine tries them, so joined with ``|`` they
    match what ``pattern`` matches, where it does. Joined with other such alternatives at
    the top of a pattern they give the engine its table of first characters (see
    :func:`literal_led`). Anything else, or a pattern with a capturing group (written out,
    its number would move), is returned as it is: ``[pattern]``.

    Examples:
        >>> literal_branches("[Cc]opyright")
        ['Copyright', 'copyright']
        >>> literal_branches("(?:转载|轉載)(?:请|請)")
        ['转载(?:请|請)', '轉載(?:请|請)']
        >>> literal_branches("(?:下载)?APP"), literal_branches("[a-z]+")
        (['(?:下载)?APP'], ['[a-z]+'])
        >>> literal_branches("[返回]{2}顶部")
        ['[返回]{2}顶部']
    """
    if re.search(r"\((?!\?)|\(\?P<", pattern.replace("\\(", "")):
        return [pattern]
    heads, rest = _opening_choices(pattern)
    if heads is None:
        return [pattern]
    out: list[str] = []
    for head in heads:
        out += literal_branches(head + rest)
    return out


def _opening_choices(pattern: str) -> tuple[list[str] | None, str]:
    """The choices a pattern opens with and what follows them, or (None, pattern)."""
    if pattern.startswith("["):
        end = pattern.find("]", 1)
        members = pattern[1:end]
        if end < 0 or not members or any(ch in "\\^-[" for ch in members):
            return None, pattern
        if pattern[end + 1 : end + 2] in ("?", "*", "+", "{"):  # a repeated class: [返回]{2}
            return None, pattern
        return [re.escape(ch) for ch in members], pattern[end + 1 :]
    if not pattern.startswith("(?:"):
        return None, pattern
    depth, start, branches = 0, 3, []
    i = 3
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: its brackets and bars are its own
            i = pattern.find("]", i + 2) + 1 or len(pattern)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif ch == "|" and not depth:
            branches.append(pattern[start:i])
            start = i + 1
        elif ch == ")":
            branches.append(pattern[start:i])
            rest = pattern[i + 1 :]
            if rest[:1] in ("?", "*", "+", "{"):  # an optional or repeated group
                return None, pattern
            return branches, rest
        i += 1
    return None, pattern
