"""Attribute floods cut from the raw markup before libxml2 parses it.

libxml2 checks each new attribute of an element against all the ones before it, so the
cost of one start tag grows with the square of its attributes: 40,000 take over a second,
200,000 over a minute. No page needs more than a few dozen. :func:`cut_attribute_floods`
keeps the first :data:`MAX_ATTRIBUTES` of every element and drops the rest, and says so.

Finding the elements costs two cheap scans of the text. Every attribute takes at least two
characters, so a flooded start tag is long: either it runs :data:`MAX_ATTRIBUTES` x 2
characters without a ``>``, or one of its quoted values holds a ``>`` (which does not end
a tag inside quotes). Only the tags those scans find are read attribute by attribute, the
way an HTML5 tokeniser reads them (libxml2 2.14 is one).
"""

from __future__ import annotations

import heapq
import re

from .._core.lazy import lazy_compile

__all__ = ["MAX_ATTRIBUTES", "cut_attribute_floods"]

#: Attributes kept per element. Real pages use a few dozen at most (every page of the dev
#: set stays under 40); up to a few hundred, libxml2's cost per attribute stays flat.
MAX_ATTRIBUTES = 256

# Candidates: a start tag with a long stretch before its first ">", or a quoted value that
# runs into a ">" (its tag goes on past it).
_LONG_TAG = lazy_compile(rf"<[A-Za-z][^>]{{{2 * MAX_ATTRIBUTES}}}")
# Written as three branches, the bare '="' and "='" first: the same matches as one branch with
# optional spaces after "=", found in half the time (the engine skips to each '="' at once).
# Each of the first two opens with a lookahead that holds exactly when the branch matches
# (a ">" comes before the closing quote): the engine runs it with its two fastest loops
# (up to the quote, then back to a ">"), where the class [^">] costs a call per character;
# the value is read by the class only in the rare value that holds a ">". The same spans as
# ="[^">]*>|='[^'>]*>|... in a third of the time (the 156 labelled pages, 108 -> 39 ms).
_QUOTED_GT = lazy_compile(
    r"""="(?=[^"]*>)[^">]*>|='(?=[^']*>)[^'>]*>|=[\t\n\f\r ]+(?:"[^">]*|'[^'>]*)>"""
)
_TAG_START = lazy_compile(r"<[A-Za-z]")
# One start tag as the HTML5 tokeniser reads it: a name, then separators and attributes
# (a name, optionally "=" and a quoted or bare value) until ">" or the end of the text.
# Every character but ">" starts a separator or an attribute, so reading attribute after
# attribute always ends at the tag's ">".
_NAME = r"<[A-Za-z][^\t\n\f\r />]*"
_ATTRIBUTE = (
    r"""[^\t\n\f\r />][^\t\n\f\r />=]*"""
    r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >]*))?"""
)
_SEPARATOR = r"[\t\n\f\r /]+"
_TAG_NAME = lazy_compile(_NAME)
_ONE_ATTRIBUTE = lazy_compile(f"(?:{_SEPARATOR})?({_ATTRIBUTE})")
_SEPARATORS = lazy_compile(r"[\t\n\f\r /]*")
# Where "<div a b c ...>" is text, not a tag: comments, scripts, styles and the other
# elements whose content the tokeniser reads as raw text.
_HIDDEN = lazy_compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)"
    r"(?![^\t\n\f\r />])[^>]*>.*?(?:</\1|\Z)",
    re.I | re.S,
)


def cut_attribute_floods(text: str) -> tuple[str, bool]:
    """``text`` with every element cut to :data:`MAX_ATTRIBUTES` attributes, and whether
    any was cut.

    Examples:
        >>> page = "<div " + " ".join(f"a{i}=1" for i in range(300)) + ">正文</div>"
        >>> cut, flagged = cut_attribute_floods(page)
        >>> flagged, cut.count("=") == MAX_ATTRIBUTES, cut.endswith(">正文</div>")
        (True, True, True)
        >>> cut_attribute_floods('<p title="a>b" class="x">正文</p>')
        ('<p title="a>b" class="x">正文</p>', False)
    """
    floods = _floods(text)
    if floods:
        hidden = _hidden_spans(text)
        floods = [flood for flood in floods if not any(a <= flood[0] < b for a, b in hidden)]
    if not floods:
        return text, False
    pieces: list[str] = []
    copied = 0
    for _, keep_to, tag_end in floods:
        pieces += [text[copied:keep_to], ">"]
        copied = tag_end
    pieces.append(text[copied:])
    return "".join(pieces), True


def _floods(text: str) -> list[tuple[int, int, int]]:
    """(start, end of the attributes kept, end of the tag) of every flooded start tag."""
    candidates = heapq.merge(
        ((m.start(), True) for m in _LONG_TAG.finditer(text)),
        ((m.start(), False) for m in _QUOTED_GT.finditer(text)),
    )
    floods = []
    scanned = 0
    for position, is_tag_start in candidates:
        if position < scanned:
            continue  # inside a flooded tag already read
        start = position if is_tag_start else _tag_start(text, position)
        keep_to = _attributes_end(text, start) if start >= scanned else None
        if keep_to is not None:
            scanned = _tag_end(text, keep_to)
            floods.append((start, keep_to, scanned))
    return floods


def _tag_end(text: str, position: int) -> int:
    """Where the start tag read up to ``position`` ends (after its ">", or the text's end)."""
    end = text.find(">", position)
    end = len(text) if end < 0 else end + 1
    if text.find('"', position, end) < 0 and text.find("'", position, end) < 0:
        return end  # no quoted value can hide a ">": the first one ends the tag
    while (attribute := _ONE_ATTRIBUTE.match(text, position)) is not None:
        position = attribute.end()
    separators = _SEPARATORS.match(text, position)  # then what is left: ">" or the end
    position = separators.end() if separators else position
    return min(position + 1, len(text))


def _tag_start(text: str, position: int) -> int:
    """The start of the tag a quoted value at ``position`` may belong to, or -1."""
    after = text.rfind(">", 0, position) + 1
    match = _TAG_START.search(text, after, position)
    return match.start() if match else -1


def _attributes_end(text: str, start: int) -> int | None:
    """Where the tag at ``start`` holds MAX_ATTRIBUTES attributes and more follow, or None."""
    name = _TAG_NAME.match(text, start)
    if name is None:
        return None
    position = name.end()
    for _ in range(MAX_ATTRIBUTES):
        attribute = _ONE_ATTRIBUTE.match(text, position)
        if attribute is None:
            return None
        position = attribute.end()
    return position if _ONE_ATTRIBUTE.match(text, position) is not None else None


def _hidden_spans(text: str) -> list[tuple[int, int]]:
    """Comments and raw-text elements, where tag-like text is no tag (read only on the rare
    page that has a flood)."""
    return [m.span() for m in _HIDDEN.finditer(text)]
