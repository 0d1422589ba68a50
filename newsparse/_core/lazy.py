"""Regular expressions compiled on first use, once per process.

``import newsparse`` used to compile every pattern of the package, about 160 of them, which
was most of its import time, whether or not a program ever parsed a page, a date or a
dateline. ``lazy_compile`` is a drop-in for ``re.compile`` at module level: it returns a
stand-in that compiles the pattern the first time one of its methods or attributes is used.

At that moment the stand-in also puts the compiled pattern in its place in the module that
created it, so that the module's own calls reach the compiled pattern directly and the hot
path costs what it did before. References held elsewhere (another module's ``from .x import
PATTERN``, a tuple of patterns) keep the stand-in, whose methods are then the compiled
pattern's own bound methods: one slot read more per call.

The stand-in supports what a compiled pattern offers (``search``, ``match``, ``fullmatch``,
``finditer``, ``findall``, ``sub``, ``subn``, ``split``, ``scanner``, ``groupindex``,
``groups``, ``pattern`` and ``flags``); it is not an ``re.Pattern`` instance, so do not
pass it to ``re.sub(pattern, ...)`` and friends or test it with ``isinstance``.
"""

from __future__ import annotations

import re
import sys
from typing import Any, AnyStr, cast

__all__ = ["LazyPattern", "lazy_compile"]

# What a stand-in copies from the compiled pattern; pattern and flags are known beforehand.
_COPIED = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "groupindex", "groups",
)  # fmt: skip


class LazyPattern:
    """A pattern that compiles on first use (see the module notes).

    Examples:
        >>> year = LazyPattern(r"(\\d{4})年", 0, None)
        >>> year.pattern
        '(\\\\d{4})年'
        >>> year.search("二〇二四年 2024年").group(1)
        '2024'
        >>> year.groups
        1
    """

    __slots__ = ("_firsts", "_guard", "_namespace", "flags", "pattern", *_COPIED)

    def __init__(
        self,
        pattern: str | bytes,
        flags: int,
        namespace: dict[str, Any] | None,
        guard: bool = False,
        firsts: bool = False,
    ):
        self.pattern = pattern
        self.flags = flags
        self._namespace = namespace
        self._guard = guard
        self._firsts = firsts

    def __getattr__(self, name: str) -> Any:
        # Only reached while the slot ``name`` is still empty, that is before the first use.
        if name not in _COPIED:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        source = self.pattern
        if self._guard and isinstance(source, str):
            from .firsts import guarded

            source = guarded(source, self.flags)
        if self._firsts and isinstance(source, str):
            from .firsts import first_class

            source = first_class(source, self.flags)
        compiled = re.compile(source, self.flags)
        for attr in _COPIED:
            setattr(self, attr, getattr(compiled, attr))
        namespace, self._namespace = self._namespace, None
        if namespace is not None:
            for key, value in list(namespace.items()):
                if value is self:
                    namespace[key] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(
    pattern: AnyStr, flags: int = 0, *, guard: bool = False, firsts: bool = False
) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, done on the pattern's first use (see the module notes).

    Call it at module level, where ``re.compile`` would be: the module whose code calls it
    gets the compiled pattern in place of the stand-in on first use. ``guard=True`` puts a
    lookahead of the pattern's possible first characters in front (``_core.firsts``): for a
    large alternation of phrases, searched over many lines. It matches exactly what the
    pattern matches (the compiled pattern's ``pattern`` attribute shows the guard).
    ``firsts=True`` compiles instead the class of characters a match of the pattern away
    from the string's start begins with (``_core.firsts.first_class``): a prefilter.

    Examples:
        >>> word = lazy_compile(r"新华社|中新社")
        >>> word.findall("新华社北京电，中新社上海电")
        ['新华社', '中新社']
    """
    namespace = sys._getframe(1).f_globals
    return cast("re.Pattern[AnyStr]", LazyPattern(pattern, flags, namespace, guard, firsts))
