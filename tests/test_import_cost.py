"""``import newsparse`` builds nothing a call may never use.

Patterns are declared with ``lazy_compile`` and compiled on first use; the HTML reader (lxml),
the worker pool, the package metadata, logging and the optional engines are imported by the
calls that need them. These tests check the mechanism and guard against a module-level
``re.compile`` or a heavy import creeping back. The figures (import 0.27-0.32x of before,
parse speed unchanged) are in docs/benchmarks.md; no timing is asserted here.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import newsparse
from newsparse._chinese.han import HAN_CLASS
from newsparse._core.lazy import LazyPattern, lazy_compile

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newsparse"

# Modules that a bare import must not load: each is loaded by the first call that needs it.
NOT_AT_IMPORT = (
    "lxml", "bs4", "dateparser", "opencc", "importlib.metadata", "concurrent.futures",
    "multiprocessing", "logging", "pickle", "urllib.parse", "threading",
)  # fmt: skip
# The one pattern used while the package is imported: the outlet index of _news.sources
# picks the names written in Han characters, so the Han class (_chinese.han.HAN) is compiled;
# modules importing it after that hold the same compiled pattern under their own names.
COMPILED_AT_IMPORT = {HAN_CLASS}

_PROBE = """
import json, sys
import newsparse
from newsparse._core.lazy import LazyPattern
compiled, waiting = [], 0
for name, module in sorted(sys.modules.items()):
    if not name.startswith("newsparse"):
        continue
    for attr, value in vars(module).items():
        if isinstance(value, LazyPattern):
            waiting += 1
        elif type(value).__name__ == "Pattern" and attr.isidentifier():
            compiled.append(value.pattern)
print(json.dumps({"loaded": sorted(sys.modules), "compiled": compiled, "waiting": waiting}))
"""


def _probe() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, cwd=ROOT, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _stdlib_baseline() -> set[str]:
    """What the standard library modules newsparse needs at import load by themselves: on
    Python 3.13 ``zoneinfo`` imports ``sysconfig``, which imports ``threading``."""
    code = "import json, sys, zoneinfo; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def test_import_compiles_almost_no_pattern_and_loads_no_heavy_module() -> None:
    probe = _probe()
    loaded = set(probe["loaded"]) - _stdlib_baseline()  # type: ignore[call-overload]
    assert not [m for m in NOT_AT_IMPORT if m in loaded]
    compiled = set(probe["compiled"])  # type: ignore[call-overload]
    assert compiled <= COMPILED_AT_IMPORT, compiled - COMPILED_AT_IMPORT
    assert probe["waiting"] >= 100  # the stand-ins are there, waiting for their first use


def test_no_module_compiles_a_pattern_with_re_compile() -> None:
    # re.compile at module level runs at import; lazy_compile is the drop-in that does not.
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "lazy.py" and path.parent.name == "_core":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "compile"
                and isinstance(func.value, ast.Name)
                and func.value.id == "re"
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, f"use newsparse._core.lazy.lazy_compile: {found}"


def test_a_stand_in_compiles_on_first_use_and_hands_over_its_name() -> None:
    namespace: dict[str, object] = {"__name__": "probe", "re": re}  # a module's globals
    exec(
        "from newsparse._core.lazy import lazy_compile\n"
        "DATE = lazy_compile(r'(\\d{4})年(\\d{1,2})月', re.I)\n"
        "ALIASES = (DATE,)\n",
        namespace,
    )
    stand_in = namespace["DATE"]
    assert isinstance(stand_in, LazyPattern)
    assert stand_in.pattern == r"(\d{4})年(\d{1,2})月" and stand_in.flags == re.I
    assert isinstance(namespace["DATE"], LazyPattern)  # reading pattern/flags compiles nothing
    assert stand_in.search("二〇二四 2024年4月").groups() == ("2024", "4")
    # The module's own name now holds the compiled pattern: its calls cost what they did.
    assert isinstance(namespace["DATE"], re.Pattern)
    assert namespace["DATE"].pattern == stand_in.pattern
    # Other references keep working through the stand-in.
    assert namespace["ALIASES"][0].sub(r"\1-\2", "2024年4月") == "2024-4"
    assert stand_in.groups == 2 and stand_in.groupindex == {}


def test_a_stand_in_behaves_as_the_compiled_pattern() -> None:
    text = "新华社北京电，中新社上海电，新华社又电"
    lazy = lazy_compile(r"(新华社|中新社)(\w{2})电")
    real = re.compile(r"(新华社|中新社)(\w{2})电")
    assert lazy.findall(text) == real.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("X", text) == real.sub("X", text)
    assert lazy.subn("X", text) == real.subn("X", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.fullmatch("新华社北京电") is not None and lazy.match("，") is None
    assert lazy_compile(rb"\x00+").search(b"a\x00\x00").span() == (1, 3)


def test_a_stand_in_refuses_attributes_a_pattern_does_not_have() -> None:
    stand_in = lazy_compile("x")
    try:
        stand_in.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("an unknown attribute must raise AttributeError")


def test_the_version_is_read_on_demand() -> None:
    from importlib.metadata import version

    assert newsparse.__version__ == version("newsparse")
    assert "__version__" in dir(newsparse)
