"""The documentation is tested like the code.

- every docstring example in the package runs as a doctest;
- every ``>>>`` example in the pages under ``docs/`` runs too (from the repository
  root, so examples may read ``seeds/``), each page as one session, as a reader would type it;
- every public name is in the API reference, has a docstring, and (functions and classes)
  a runnable example;
- every ``Config`` field is explained on the configuration page, and every module appears
  on the architecture page.

The Sphinx build itself (``sphinx-build -W``) runs in ``.ci/run``, not here: it takes longer
than the rest of this file together.
"""

from __future__ import annotations

import ast
import dataclasses
import doctest
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import newsparse

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FLAGS = doctest.ELLIPSIS

# Known failures, recorded rather than hidden: {module, docs page or public name: reason}.
# Each entry turns that test into a strict xfail, so it fails again once fixed (remove it then).
KNOWN_FAILURES: dict[str, str] = {
    "newsparse.integrations.spark.articles_dataframe": (
        "needs a running SparkSession (a JVM); tests/test_spark.py runs it on local[2]"
    ),
}
# Public modules besides the top level: their __all__ is public API too.
PUBLIC_SUBMODULES = (
    "newsparse.integrations",
    "newsparse.integrations.dask",
    "newsparse.integrations.spark",
)

_FENCE = re.compile(r"^(`{3,}|~{3,})")
_API_ENTRY = re.compile(
    r"^\.\. (?:auto(?:function|class|exception|data)|py:data):: newsparse\.(\w+)\s*$", re.M
)


def _module_names() -> list[str]:
    names = ["newsparse"]
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        names.append(info.name)
    return sorted(names)


def _doc_pages() -> list[Path]:
    pages = [*DOCS.rglob("*.md"), *DOCS.rglob("*.rst")]
    return sorted(p for p in pages if "_build" not in p.parts)


def _mark_known(request: pytest.FixtureRequest, name: str) -> None:
    if name in KNOWN_FAILURES:
        marker = pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=True)
        request.node.add_marker(marker)


def _import_or_skip(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if (exc.name or "newsparse").split(".")[0] == "newsparse":
            raise  # a broken import inside the package is a failure, not a skip
        # Modules for optional engines need their extra (newsparse[dask], [spark], [warc]).
        pytest.skip(f"{name} needs {exc.name}, an optional dependency that is not installed")


def _run(tests: list[doctest.DocTest]) -> tuple[int, int, str]:
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    for test in tests:
        runner.run(test, out=report.append)
    result = runner.summarize(verbose=False)
    return result.failed, result.attempted, "".join(report)


def _docstring_tests(module: ModuleType, name: str) -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(exclude_empty=True)
    tests = finder.find(module, name)
    seen = {test.name for test in tests}
    # Public classes report their public module (newsparse._core.public.report_as) while
    # their methods keep the private one, so doctest's finder skips the methods as coming
    # from elsewhere, in both modules: find them in the class itself.
    for value in vars(module).values():
        if inspect.isclass(value) and value.__module__ == name:
            qualname = f"{name}.{value.__qualname__}"
            for test in finder.find(value, qualname, module=False, globs=vars(module)):
                if test.name not in seen:
                    seen.add(test.name)
                    tests.append(test)
    return tests


@pytest.mark.parametrize("name", _module_names())
def test_docstring_examples_run(name: str, request: pytest.FixtureRequest) -> None:
    _mark_known(request, name)
    module = _import_or_skip(name)
    failed, _attempted, report = _run(_docstring_tests(module, name))
    assert failed == 0, report


def _code_only(text: str) -> str:
    """The page with everything outside fenced code blocks blanked (line numbers kept).

    A fence line becomes a blank line, which ends the expected output of the example
    above it, as a reader would expect.
    """
    lines = text.splitlines()
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        match = _FENCE.match(line.lstrip())
        if fence is None and match:
            fence = match.group(1)[0] * 3
            out.append("")
        elif fence is not None and line.strip().startswith(fence) and not line.strip()[3:].strip():
            fence = None
            out.append("")
        else:
            out.append(line if fence is not None else "")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "page", _doc_pages(), ids=lambda p: str(p.relative_to(DOCS)) if isinstance(p, Path) else p
)
def test_page_examples_run(
    page: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    rel = str(page.relative_to(DOCS))
    _mark_known(request, rel)
    text = page.read_text(encoding="utf-8")
    # reStructuredText doctest blocks end at a blank line already; Markdown needs its fences.
    code = text if page.suffix == ".rst" else _code_only(text)
    if ">>>" not in code:
        pytest.skip(f"docs/{rel} has no >>> examples")
    monkeypatch.chdir(ROOT)  # examples read seeds/ as a reader in a clone would
    test = doctest.DocTestParser().get_doctest(code, {}, f"docs/{rel}", str(page), 0)
    failed, attempted, report = _run([test])
    assert attempted > 0
    assert failed == 0, report


def test_api_reference_lists_every_public_name() -> None:
    documented = _API_ENTRY.findall((DOCS / "api.rst").read_text(encoding="utf-8"))
    missing = sorted(set(newsparse.__all__) - set(documented))
    assert not missing, f"add these to docs/api.rst: {missing}"
    assert len(documented) == len(set(documented)), "a name is documented twice in docs/api.rst"
    unknown = sorted(set(documented) - set(newsparse.__all__))
    assert not unknown, f"docs/api.rst documents names that are not public: {unknown}"


def _public_callables() -> list[str]:
    """Dotted names of the public functions and classes of every public module."""
    found = []
    for module_name in ("newsparse", *PUBLIC_SUBMODULES):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue  # an engine that is not installed; its module's doctests skip too
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            defined_here = getattr(obj, "__module__", "").startswith("newsparse")
            if (inspect.isfunction(obj) or inspect.isclass(obj)) and defined_here:
                found.append(f"{module_name}.{name}")
    return found


@pytest.mark.parametrize("qualname", _public_callables())
def test_public_name_has_docstring_with_example(
    qualname: str, request: pytest.FixtureRequest
) -> None:
    _mark_known(request, qualname)
    module_name, name = qualname.rsplit(".", 1)
    doc = inspect.getdoc(getattr(importlib.import_module(module_name), name)) or ""
    assert doc.strip(), f"{qualname} has no docstring"
    assert ">>>" in doc, f"{qualname}'s docstring has no runnable example"


def _public_methods() -> list[str]:
    found = []
    for name in newsparse.__all__:
        cls = getattr(newsparse, name)
        if not inspect.isclass(cls) or issubclass(cls, BaseException):
            continue
        for attr, value in vars(cls).items():
            if attr.startswith("_") and attr != "__call__":
                continue
            kinds = (property, classmethod, staticmethod)
            if inspect.isfunction(value) or isinstance(value, kinds):
                found.append(f"{name}.{attr}")
    return found


@pytest.mark.parametrize("qualname", _public_methods())
def test_public_method_has_docstring(qualname: str) -> None:
    cls_name, attr = qualname.split(".")
    value = vars(getattr(newsparse, cls_name))[attr]
    target = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
    assert (inspect.getdoc(target) or "").strip(), f"newsparse.{qualname} has no docstring"


def test_configuration_page_explains_every_option() -> None:
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(newsparse.Config) if f"`{f.name}`" not in page]
    assert not missing, f"explain these Config fields in docs/configuration.md: {missing}"


_LAYERS = ("public", "batch", "entry", "pages", "domain", "chinese", "core")  # top to bottom
_LAYER_ROW = re.compile(r"^\| (\w+) \| `([\w.]+)` \|", re.M)
PACKAGE = Path(newsparse.__file__).resolve().parent


def _package_of(path: Path) -> str:
    """The top-level unit a source file belongs to (``_dates``, ``_api``, ``__init__``)."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def _imported_packages(path: Path) -> set[str]:
    """The top-level units of newsparse that one file imports (relative or absolute)."""
    inner = list(path.relative_to(PACKAGE).parent.parts)
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = inner[: len(inner) - node.level + 1]
                stem = [*base, *node.module.split(".")] if node.module else base
                if not stem:  # ``from . import x`` at the top of the package
                    stem = [node.names[0].name]
            elif (node.module or "").split(".")[0] == "newsparse":
                stem = (node.module or "").split(".")[1:] or ["__init__"]
            else:
                continue
            targets.add(stem[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "newsparse":
                    targets.add((alias.name.split(".")[1:] or ["__init__"])[0])
    return targets


def _layer_table() -> dict[str, str]:
    page = (DOCS / "architecture.md").read_text(encoding="utf-8")
    return {package: layer for layer, package in _LAYER_ROW.findall(page)}


def test_architecture_page_places_every_package() -> None:
    table = _layer_table()
    units = {_package_of(path) for path in PACKAGE.rglob("*.py")}
    missing = sorted(units - set(table))
    assert not missing, f"place these packages in the table of docs/architecture.md: {missing}"
    gone = sorted(set(table) - units)
    assert not gone, f"docs/architecture.md lists packages that no longer exist: {gone}"
    assert set(table.values()) <= set(_LAYERS)


def test_packages_import_only_layers_below() -> None:
    table = _layer_table()
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        unit = _package_of(path)
        if unit not in table:
            continue  # reported by the test above
        rank = _LAYERS.index(table[unit])
        for target in sorted(_imported_packages(path) - {unit}):
            if target in table and _LAYERS.index(table[target]) <= rank:
                if table[target] == table[unit] and table[unit] == "public":
                    continue  # the public modules are one face of the library
                wrong.append(f"{path.relative_to(PACKAGE)} ({table[unit]}) imports {target}")
    assert not wrong, "imports against the layers of docs/architecture.md:\n" + "\n".join(wrong)
