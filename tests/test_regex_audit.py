"""Every compiled regular expression in newsparse, audited for catastrophic backtracking.

Patterns are discovered automatically: module globals of every ``newsparse`` module, the
tuples, lists, sets and dicts they hold, class attributes, dataclass fields, and the results
of zero-argument cached builders (``functools.cache``), so a pattern added tomorrow is
audited tomorrow without touching this file.

Two checks per pattern:

* dynamic: ``finditer`` over adversarial strings of ``LINE`` characters (the longest line any
  pattern sees, ``Config.max_line_chars``) built from the pattern's own literal characters,
  from a string it almost matches, and from the usual suspects (digits, 年月日, brackets,
  spaces, Han) must each finish within ``SECONDS``. Exponential and quadratic patterns fail.
* static: no repetition nested inside an unbounded repetition unless a mandatory item that
  cannot overlap it separates the iterations (``(\\w+\\s?)*`` fails, ``(?:\\d+,)*`` passes).

Known offenders are listed, with the reason, in ``KNOWN_SLOW`` / ``KNOWN_NESTED`` (strict
xfails: fixing the pattern makes the suite say so).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

import newsparse
from newsparse._core.lazy import LazyPattern

# A pattern's structure: the parser moved into the re package in Python 3.11.
if sys.version_info >= (3, 11):
    import re._constants as sre_c  # type: ignore[import-not-found]
    import re._parser as sre_p  # type: ignore[import-not-found]
else:
    import sre_constants as sre_c
    import sre_parse as sre_p
# Possessive repeats and atomic groups came in 3.11; on 3.10 no pattern can hold them.
_POSSESSIVE = getattr(sre_c, "POSSESSIVE_REPEAT", object())
_ATOMIC = getattr(sre_c, "ATOMIC_GROUP", object())

LINE = newsparse.Config().max_line_chars
SECONDS = 0.5  # linear patterns take ~1-10 ms on LINE characters; quadratic ones seconds
HARD_SECONDS = 2.0  # past SECONDS it fails anyway; an exponential one would never return

# "module.NAME[index]" -> why it is slow; strict xfail, so a fix is noticed.
KNOWN_SLOW: dict[str, str] = {}
KNOWN_NESTED: dict[str, str] = {}

_UNBOUNDED = 50  # a repeat with a larger maximum counts as unbounded
# Compiled patterns, and the stand-ins of newsparse._core.lazy that compile on first use.
_PATTERNS = (re.Pattern, LazyPattern)


# ---------------------------------------------------------------------------------------
# Discovery.


def _modules() -> list[ModuleType]:
    found = [newsparse]
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        try:
            found.append(importlib.import_module(info.name))
        except ImportError:  # an integration whose optional engine is not installed
            continue
    return found


def _walk(value: Any, path: str, seen: set[int], depth: int = 0) -> Iterator[tuple[str, Any]]:
    if id(value) in seen or depth > 6 or isinstance(value, (str, bytes, int, float, ModuleType)):
        return
    seen.add(id(value))
    if isinstance(value, _PATTERNS):
        yield path, value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]", seen, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}[{key!r}]", seen, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _walk(getattr(value, field.name, None), f"{path}.{field.name}", seen, depth)
    elif inspect.isclass(value) and value.__module__.startswith("newsparse"):
        for name, item in vars(value).items():
            yield from _walk(item, f"{path}.{name}", seen, depth + 1)
    elif hasattr(value, "cache_info") and _takes_no_arguments(value):
        yield from _walk(value(), f"{path}()", seen, depth + 1)


def _takes_no_arguments(func: Any) -> bool:
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(
        p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params
    )


def _defines(module: ModuleType, name: str) -> bool:
    """Is ``name`` assigned at the top level of ``module``'s source (not imported)?"""
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return False
    return (
        re.search(rf"^{re.escape(name)}\s{{0,4}}(?::[^=\n]{{1,200}})?=", source, re.M) is not None
    )


@functools.cache
def all_patterns() -> tuple[tuple[str, re.Pattern[Any]], ...]:
    """Every distinct compiled pattern of the package, named after the module that defines
    it (a pattern imported elsewhere is the same object, audited once)."""
    named: dict[int, tuple[str, re.Pattern[Any]]] = {}
    for module in _modules():
        for name, value in sorted(vars(module).items()):
            owner = getattr(value, "__module__", module.__name__)
            if callable(value) and not isinstance(value, _PATTERNS) and owner != module.__name__:
                continue  # imported functions and classes are walked in their own module
            for path, pattern in _walk(value, f"{module.__name__}.{name}", set()):
                if id(pattern) not in named or _defines(module, name):
                    named[id(pattern)] = (path, pattern)
    return tuple(sorted(named.values(), key=lambda item: item[0]))


def _params(known: dict[str, str]) -> list[Any]:
    out = []
    for name, pattern in all_patterns():
        marks = []
        if name in known:
            marks.append(pytest.mark.xfail(reason=known[name], strict=True))
        out.append(pytest.param(pattern, id=name, marks=marks))
    return out


# ---------------------------------------------------------------------------------------
# Characters and strings a pattern is made of.

_CATEGORY_CHARS = {
    sre_c.CATEGORY_DIGIT: "1０",
    sre_c.CATEGORY_NOT_DIGIT: "a中",
    sre_c.CATEGORY_SPACE: " \u3000\t\n",
    sre_c.CATEGORY_NOT_SPACE: "a1中",
    sre_c.CATEGORY_WORD: "a1中_",
    sre_c.CATEGORY_NOT_WORD: " ,，",
}
_SUSPECTS = "0123456789１年月日时分号电讯报记者编摄()（）【】〔〕<>:：-/.·，。 \u3000\n中a"


def _item_chars(op: Any, arg: Any) -> str:
    """Characters that one single-character item of a parse tree matches (a sample)."""
    if op is sre_c.LITERAL:
        return chr(arg)
    if op is sre_c.NOT_LITERAL:
        return "x" if chr(arg) != "x" else "y"
    if op is sre_c.ANY:
        return "x中 "
    if op is sre_c.IN:
        return "".join(_set_chars(arg))
    return ""


def _set_chars(items: list[tuple[Any, Any]]) -> list[str]:
    chars: list[str] = []
    if items and items[0][0] is sre_c.NEGATE:
        return ["x", "中", " "]
    for op, arg in items:
        if op is sre_c.LITERAL:
            chars.append(chr(arg))
        elif op is sre_c.RANGE:
            low, high = arg
            chars += [chr(low), chr((low + high) // 2), chr(high)]
        elif op is sre_c.CATEGORY:
            chars += list(_CATEGORY_CHARS.get(arg, "a"))
    return chars


def _tree_chars(tree: Any) -> str:
    """Every character the pattern names anywhere (literals, set members, categories)."""
    out: list[str] = []
    for op, arg in tree:
        out.append(_item_chars(op, arg))
        for sub in _subtrees(op, arg):
            out.append(_tree_chars(sub))
    return "".join(out)


def _subtrees(op: Any, arg: Any) -> list[Any]:
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, _POSSESSIVE):
        return [arg[2]]
    if op is sre_c.SUBPATTERN:
        return [arg[3]]
    if op is sre_c.BRANCH:
        return list(arg[1])
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [arg[1]]
    if op is _ATOMIC:
        return [arg]
    if op is sre_c.GROUPREF_EXISTS:
        return [t for t in arg[1:] if t is not None]
    return []


def _skeleton(tree: Any) -> str:
    """A short string shaped like a match: one representative per item, repeats once."""
    out: list[str] = []
    for op, arg in tree:
        chars = _item_chars(op, arg)
        if chars:
            out.append(chars[0])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, _POSSESSIVE):
            out.append(_skeleton(arg[2]) * max(1, min(arg[0], 4)))
        elif op is sre_c.BRANCH:
            out.append(_skeleton(arg[1][0]))
        elif (subs := _subtrees(op, arg)) and op not in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            out.append(_skeleton(subs[0]))
    return "".join(out)


def adversarial_strings(pattern: re.Pattern[Any], length: int = LINE) -> list[str]:
    """Strings of LINE characters that make a backtracking pattern show itself: long runs of
    each of its characters, its own shape repeated, its shape minus the last item (a near
    miss at every position), all ending in a character nothing expects."""
    if isinstance(pattern.pattern, bytes):
        return []
    tree = sre_p.parse(pattern.pattern, pattern.flags)
    own = "".join(dict.fromkeys(_tree_chars(tree)))
    chars = "".join(dict.fromkeys(own[:16] + _SUSPECTS))
    shape = _skeleton(tree) or "x"
    units = [*chars, shape, shape[:-1] or shape, shape[: len(shape) // 2 + 1], own[:16] or "x"]
    units += ["1年", "12月", "31日 ", "( ", "记者 ", "2024-", "(ā)", "> ", "a1"]
    out = []
    for unit in dict.fromkeys(units):
        body = unit * (length // len(unit) + 1)
        out.append(body[: length - 1] + "\x07")
    return out


# ---------------------------------------------------------------------------------------
# The checks.


class PatternHang(AssertionError):
    """A pattern ran past HARD_SECONDS on one string."""


def _on_alarm(signum: int, frame: object) -> None:
    raise PatternHang(f"pattern ran for more than {HARD_SECONDS} s on a {LINE}-char line")


def _time_pattern(pattern: re.Pattern[Any], text: str) -> float:
    """CPU seconds of this process for one ``finditer`` pass (wall time would count the other
    processes of a busy machine; matching is pure CPU work)."""
    previous = signal.signal(signal.SIGVTALRM, _on_alarm)
    # A CPU-time timer; the regex engine checks for signals while it backtracks.
    signal.setitimer(signal.ITIMER_VIRTUAL, HARD_SECONDS)
    try:
        start = time.process_time()
        for _ in pattern.finditer(text):
            pass
        return time.process_time() - start
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def test_discovery_finds_the_package_patterns() -> None:
    """Guard the walker itself: the package has many patterns, in several modules."""
    names = [name for name, _ in all_patterns()]
    modules = {name.rsplit(".", 1)[0].split("[")[0] for name in names}
    assert len(names) >= 10, names
    assert len(modules) >= 3, modules


def _superlinear(pattern: re.Pattern[Any], text: str, seconds: float) -> bool:
    """Is a slow run worse than linear? A quarter of the string should take about a quarter
    of the time; a quadratic pattern takes a sixteenth. Both lengths are timed three times
    (``seconds`` is the first run of the whole) and the fastest run of each is compared: on a
    loaded machine a single run can take twice its time."""
    whole = min(seconds, *(_time_pattern(pattern, text) for _ in range(2)))
    quarter = text[: len(text) // 4] + text[-1]
    fastest = min(_time_pattern(pattern, quarter) for _ in range(3))
    return whole > 8 * max(fastest, 1e-4)


@pytest.mark.parametrize("pattern", _params(KNOWN_SLOW))
def test_pattern_is_linear_on_adversarial_lines(pattern: re.Pattern[Any]) -> None:
    """Fails on a hang (HARD_SECONDS), or on a run over SECONDS that grows faster than the
    input. A big alternation of outlet names is slow per character but linear: it passes."""
    for text in adversarial_strings(pattern):
        seconds = _time_pattern(pattern, text)
        if seconds > SECONDS:
            assert not _superlinear(pattern, text, seconds), (
                f"{pattern.pattern[:200]!r} took {seconds:.2f} s on {len(text)} chars "
                f"of {text[:24]!r}..., superlinear"
            )


# -- static: nested quantifiers ---------------------------------------------------------------

_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT)


def _consumes(tree: Any) -> set[str] | None:
    """Sample of the characters anything in ``tree`` can consume; None for "any character"
    (``.`` or a negated set)."""
    for op, arg in tree:
        if op is sre_c.ANY or (op is sre_c.IN and arg and arg[0][0] is sre_c.NEGATE):
            return None
        for sub in _subtrees(op, arg):
            if _consumes(sub) is None:
                return None
    return set(_tree_chars(tree))


def _mandatory_disjoint(tree: Any, chars: set[str] | None, skip: Any) -> bool:
    """Does ``tree`` hold a mandatory item (other than ``skip``) that can match none of
    ``chars``? Such an item separates the iterations of an outer loop unambiguously."""
    for item in tree:
        op, arg = item
        if item is skip:
            continue
        single = _item_chars(op, arg)
        plain = single and _consumes([item]) is not None  # one character, not "any"
        if plain and chars is not None and not set(single) & chars:
            return True
        if op is sre_c.SUBPATTERN and _mandatory_disjoint(arg[3], chars, skip):
            return True
        if op in _REPEATS and arg[0] >= 1 and _mandatory_disjoint(arg[2], chars, skip):
            return True
        if op is sre_c.BRANCH and all(_mandatory_disjoint(b, chars, skip) for b in arg[1]):
            return True
    return False


def _inner_repeats(tree: Any) -> Iterator[tuple[Any, Any]]:
    """(top-level item of ``tree`` containing it, repeat) for every repeat inside ``tree``."""
    for item in tree:
        for repeat in _repeats_in([item]):
            yield item, repeat


def _repeats_in(tree: Any) -> Iterator[Any]:
    for op, arg in tree:
        if op in _REPEATS and arg[1] > 1:
            yield (op, arg)
        for sub in _subtrees(op, arg):
            yield from _repeats_in(sub)


def nested_quantifiers(tree: Any) -> list[str]:
    """Places where a repeat sits inside an unbounded repeat with nothing to tell the
    iterations apart: the shape that backtracks exponentially."""
    problems = []
    for outer in _repeats_in(tree):
        low, high, body = outer[1]
        if high < _UNBOUNDED and high != sre_c.MAXREPEAT:
            continue
        for holder, inner in _inner_repeats(body):
            chars = _consumes(inner[1][2])
            if not _mandatory_disjoint(body, chars, holder):
                problems.append(f"{inner[0]} {inner[1][:2]} inside {outer[0]} {(low, high)}")
    return problems


@pytest.mark.parametrize("pattern", _params(KNOWN_NESTED))
def test_no_ambiguous_nested_quantifiers(pattern: re.Pattern[Any]) -> None:
    if isinstance(pattern.pattern, bytes):
        pytest.skip("bytes pattern")
    problems = nested_quantifiers(sre_p.parse(pattern.pattern, pattern.flags))
    assert not problems, f"{pattern.pattern!r}: {problems}"


# -- the checks themselves must be able to fail ---------------------------------------------


@pytest.mark.parametrize(
    ("source", "nested"),
    [
        (r"(a+)+$", True),
        (r"(\w+\s?)*$", True),
        (r"(?:\d+,)*\d", False),
        (r"(?:\s*[，,]\s*\w+)*", False),
        (r"(?:[^，]+，)+", False),
        (r"\d{1,4}年\d{1,2}月", False),
        (r"(?:.*,)+x", True),
    ],
)
def test_static_check_tells_nested_from_safe(source: str, nested: bool) -> None:
    assert bool(nested_quantifiers(sre_p.parse(source, 0))) is nested


def _worst(pattern: re.Pattern[Any], length: int) -> float:
    return max(_time_pattern(pattern, text) for text in adversarial_strings(pattern, length))


def test_dynamic_check_catches_a_quadratic_pattern() -> None:
    # Fine on short lines, quadratic on a long run of digits; its bounded twin is linear.
    slow, bounded = re.compile(r"\d+年"), re.compile(r"\d{1,4}年")
    assert _worst(slow, 4000) > 10 * _worst(bounded, 4000)
    text = "1" * 8000 + "\x07"
    assert _superlinear(slow, text, _time_pattern(slow, text))
