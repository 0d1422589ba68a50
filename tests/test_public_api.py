"""The public surface is locked and whole: adding or removing a public name is a deliberate
act, every public class and function reports the public module (so pickles and reprs do not
name private modules), and every exception class the package defines is exported.

When a name is added to ``newsparse.__all__``, add it here, to docs/api.rst and to the
changelog in the same commit.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
import pickle
import pkgutil
import typing
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import pytest

import newsparse
import newsparse.integrations

EXPECTED_ALL = [
    "ARTICLE_FIELDS",
    "Article",
    "Config",
    "ConfigError",
    "Credit",
    "CreditRole",
    "DateMatch",
    "Dateline",
    "ExplainedBlock",
    "Explanation",
    "HtmlInput",
    "Image",
    "InputTooLargeError",
    "ListingItem",
    "NewsparseError",
    "PageInput",
    "PageType",
    "ParseResult",
    "Parser",
    "RecordError",
    "Script",
    "UnknownConversionError",
    "__version__",
    "convert",
    "detect_script",
    "explain",
    "find_dates",
    "fingerprint_distance",
    "normalize",
    "parse",
    "parse_date",
    "parse_dateline",
    "parse_html",
    "parse_many",
    "parse_text",
    "to_simplified",
    "to_traditional",
]

# DESIGN.md section 2: the keyword-only parameters each entry point accepts, by name.
CONTRACT_KEYWORDS = {
    "parse": {"url", "encoding", "reference", "config"},
    "parse_text": {"url", "reference", "config"},
    "parse_html": {"url", "encoding", "reference", "config"},
    "parse_many": {"config", "workers"},
    "parse_date": {"reference", "tz"},
    "parse_dateline": {"reference"},
}


def test_all_is_exactly_the_locked_list() -> None:
    assert newsparse.__all__ == EXPECTED_ALL


def test_all_is_sorted_and_unique() -> None:
    assert newsparse.__all__ == sorted(set(newsparse.__all__))


@pytest.mark.parametrize("name", EXPECTED_ALL)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(newsparse, name) is not None


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from newsparse import *", namespace)
    namespace.pop("__builtins__", None)
    assert sorted(namespace) == EXPECTED_ALL


@pytest.mark.parametrize("name", sorted(CONTRACT_KEYWORDS))
def test_entry_points_take_the_contract_keywords(name: str) -> None:
    params = inspect.signature(getattr(newsparse, name)).parameters
    keyword_only = {p for p, v in params.items() if v.kind is inspect.Parameter.KEYWORD_ONLY}
    assert CONTRACT_KEYWORDS[name] <= keyword_only


def test_version_comes_from_the_package_metadata() -> None:
    assert newsparse.__version__ == version("newsparse")


PACKAGE = Path(newsparse.__file__).resolve().parent
PUBLIC_MODULES = {"newsparse": newsparse, "newsparse.integrations": newsparse.integrations}


def _public_objects() -> list[tuple[str, str, object]]:
    """(public module, name, object) for every class and function the public modules export."""
    found = []
    for module_name, module in PUBLIC_MODULES.items():
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isclass(obj) or inspect.isfunction(obj):
                found.append((module_name, name, obj))
    return found


@pytest.mark.parametrize(
    ("module_name", "name", "obj"), _public_objects(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_public_names_report_the_public_module(module_name: str, name: str, obj: object) -> None:
    assert obj.__module__ == module_name  # type: ignore[attr-defined]
    assert obj.__qualname__ == name  # type: ignore[attr-defined]
    if module_name == "newsparse" and inspect.isfunction(obj):
        # ... while the code itself stays in private modules, free to move.
        source = Path(obj.__code__.co_filename).resolve().relative_to(PACKAGE)
        assert source.parts[0].startswith("_") and source.name != "__init__.py", source


_WHEN = dt.datetime(2025, 3, 31, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
_ARTICLE = newsparse.Article(
    title="标题",
    paragraphs=("第一段。", "第二段。"),
    published=_WHEN,
    dateline=newsparse.Dateline("中新社北京3月31日电", "中新社", "北京", 2025, 3, 31, "电"),
    credits=(newsparse.Credit("reporter", "苏婧欣", "中新社"),),
    source="中新社",
    url="https://example.cn/1",
    script="simplified",
    page_type="article",
    listing=(newsparse.ListingItem("标题二", "摘要", _WHEN, "新华社", "https://example.cn/2"),),
)

_EXPLANATION = newsparse.explain("<h1>标题</h1><p>记者从有关部门获悉，这项工程已经全面完工。</p>")

# One instance of every public class. test_every_public_class_has_a_pickle_sample fails when a
# class is added to __all__ without a sample here.
PICKLE_SAMPLES: dict[str, object] = {
    "Article": _ARTICLE,
    "Dateline": _ARTICLE.dateline,
    "Credit": _ARTICLE.credits[0],
    "ListingItem": _ARTICLE.listing[0],
    "Explanation": _EXPLANATION,
    "ExplainedBlock": _EXPLANATION.blocks[0],
    "Image": newsparse.Image("https://example.cn/a.jpg", "图说", "alt"),
    "Config": newsparse.Config(script="traditional", region="tw", timezone="Asia/Taipei"),
    "Parser": newsparse.Parser(newsparse.Config(listing=False)),
    "ParseResult": newsparse.ParseResult(3, _ARTICLE, origin="a.warc.gz@812"),
    "DateMatch": newsparse.find_dates("2025年03月20日 17:55")[0],
    "Record": newsparse.integrations.Record("<p>正文</p>", "html", url="https://example.cn/3"),
    "NewsparseError": newsparse.NewsparseError("message"),
    "ConfigError": newsparse.ConfigError("bad value"),
    "InputTooLargeError": newsparse.InputTooLargeError("too large"),
    "RecordError": newsparse.RecordError("record has no page"),
    "UnknownConversionError": newsparse.UnknownConversionError("unknown conversion 'x2y'"),
}


def test_every_public_class_has_a_pickle_sample() -> None:
    classes = {name for _, name, obj in _public_objects() if inspect.isclass(obj)}
    assert classes == set(PICKLE_SAMPLES)


@pytest.mark.parametrize("name", sorted(PICKLE_SAMPLES))
def test_public_objects_pickle_by_their_public_path(name: str) -> None:
    sample = PICKLE_SAMPLES[name]
    data = pickle.dumps(sample, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"newsparse._" not in data  # no private module in the pickle
    back = pickle.loads(data)
    assert type(back) is type(sample)
    if isinstance(sample, BaseException):
        assert back.args == sample.args
    else:
        assert back == sample
    assert repr(type(back)).startswith(f"<class '{type(sample).__module__}.{name}'")


def test_exception_tracebacks_name_the_public_path() -> None:
    import traceback

    with pytest.raises(newsparse.ConfigError) as caught:
        newsparse.Config(script="korean")
    line = traceback.format_exception_only(caught.type, caught.value)[-1]
    assert line.startswith("newsparse.ConfigError: ")


def test_type_hints_of_public_classes_still_resolve() -> None:
    # Rewriting __module__ must not break typing.get_type_hints (it would look the string
    # annotations up in newsparse's namespace, where private imports such as _dt are absent).
    for _, _, obj in _public_objects():
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            typing.get_type_hints(obj)
    assert typing.get_type_hints(newsparse.Article)["published"] == dt.datetime | None


def _package_modules() -> list[ModuleType]:
    modules = [newsparse]
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        try:
            modules.append(importlib.import_module(info.name))
        except ModuleNotFoundError as exc:  # an optional engine (dask, pyspark, warcio)
            if (exc.name or "newsparse").startswith("newsparse"):
                raise
    return modules


def _exception_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for module in _package_modules():
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__.startswith("newsparse")
            ):
                found[value.__qualname__] = value
    return found


def test_every_exception_class_of_the_package_is_exported() -> None:
    found = _exception_classes()
    assert len(found) >= 5  # the tree itself, so that an empty walk cannot pass
    for name, cls in found.items():
        assert getattr(newsparse, name, None) is cls, f"export {name} from newsparse"
        assert name in newsparse.__all__
        assert issubclass(cls, newsparse.NewsparseError), f"{name} must subclass NewsparseError"
        if cls is not newsparse.NewsparseError:
            # Every subclass reports a wrong value, so callers may catch it as ValueError.
            assert issubclass(cls, ValueError), name


def test_every_exported_exception_is_documented_under_newsparse_error() -> None:
    api = (Path(__file__).resolve().parent.parent / "docs" / "api.rst").read_text("utf-8")
    errors = api[api.index("\nErrors\n") :]
    for name in _exception_classes():
        assert f".. autoexception:: newsparse.{name}" in errors, name


# A bare ValueError where the library's own error belongs; these are raised and caught
# inside one function, never seen by a caller.
_INTERNAL_RAISES = {
    ("_batch/warc.py", "ValueError"): "caught by _records_from with warcio's own errors",
}
# type_error() (newsparse._core.checks) builds the TypeError that names the argument;
# AttributeError is what a __getattr__ must raise for a name it does not provide;
# ModuleNotFoundError (an ImportError) says a dependency is missing from a broken install.
_BUILTIN_TYPE_ERRORS = {
    "TypeError",
    "type_error",
    "ImportError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "AttributeError",
}


def test_every_raise_names_an_exported_or_builtin_type_error() -> None:
    exported = set(_exception_classes())
    seen_internal = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else None
            if name is None:  # argparse.ArgumentTypeError: argparse reports it as usage
                continue
            if (rel, name) in _INTERNAL_RAISES:
                seen_internal.add((rel, name))
                continue
            assert name in exported or name in _BUILTIN_TYPE_ERRORS, f"{rel}:{node.lineno} {name}"
    assert seen_internal == set(_INTERNAL_RAISES), "remove entries that no longer apply"


def test_literal_types_are_the_types_of_the_fields() -> None:
    hints = typing.get_type_hints(newsparse.Article)
    assert hints["script"] == newsparse.Script
    assert hints["page_type"] == newsparse.PageType
    assert typing.get_type_hints(newsparse.Credit)["role"] == newsparse.CreditRole
    assert typing.get_args(newsparse.Script) == ("simplified", "traditional", "mixed", "unknown")
    assert typing.get_args(newsparse.PageType) == ("article", "listing", "empty")
    assert set(typing.get_args(newsparse.CreditRole)) == {
        "reporter",
        "author",
        "editor",
        "proofreader",
        "photographer",
        "correspondent",
        "translator",
    }


def test_input_aliases_name_every_accepted_form() -> None:
    bs4 = pytest.importorskip("bs4")
    for alias in (newsparse.HtmlInput, newsparse.PageInput):
        args = typing.get_args(alias)
        assert {str, bytes, bytearray} <= set(args)
    hints = typing.get_type_hints(newsparse.parse)  # resolves once bs4 is imported
    assert bs4.BeautifulSoup in typing.get_args(hints["page"])
    assert typing.get_type_hints(newsparse.parse_html)["html"] == hints["page"]
