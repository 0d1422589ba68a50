"""Argument checks at every entry point, as one table.

A wrong type raises ``TypeError`` whose message names the function, the argument and what to
pass; a wrong value raises ``ConfigError`` (or ``UnknownConversionError``), which is both a
``NewsparseError`` and a ``ValueError``. Nothing here may fail deep inside the library with
an ``AttributeError``, or pass silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import newsparse

PAGE = "新华社北京2月29日电 2月28日，国务院联防联控机制印发通知。"
HTML = b"<html><head><title>\xb1\xea\xcc\xe2</title></head><body><p>x</p></body></html>"


def _many(**kwargs: Any) -> Callable[[], object]:
    return lambda: newsparse.parse_many([PAGE], **kwargs)


# (call, exception, words the message must hold: the function, the argument, what to pass)
TYPE_ERRORS: dict[str, tuple[Callable[[], object], list[str]]] = {
    "parse page": (lambda: newsparse.parse(42), ["parse()", "page", "str"]),
    "parse url": (lambda: newsparse.parse(PAGE, url=5), ["parse()", "url", "str", "int"]),
    "parse url bytes": (lambda: newsparse.parse(PAGE, url=b"x"), ["parse()", "url", "bytes"]),
    "parse encoding": (lambda: newsparse.parse(HTML, encoding=5), ["parse()", "encoding", "str"]),
    "parse reference": (
        lambda: newsparse.parse(PAGE, reference="2025-03-31"),
        ["parse()", "reference", "date"],
    ),
    "parse config": (lambda: newsparse.parse(PAGE, config={}), ["parse()", "config", "Config"]),
    "parse option name": (lambda: newsparse.parse(PAGE, scirpt="x"), ["parse()", "scirpt"]),
    "parse option type": (lambda: newsparse.parse(PAGE, listing="no"), ["listing", "bool"]),
    "parse_html html": (lambda: newsparse.parse_html(None), ["parse_html()", "html", "str"]),
    "parse_html encoding": (
        lambda: newsparse.parse_html(HTML, encoding=5),
        ["parse_html()", "encoding", "str", "int"],
    ),
    "parse_html url": (lambda: newsparse.parse_html(HTML, url=5), ["parse_html()", "url", "str"]),
    "parse_html reference": (
        lambda: newsparse.parse_html(HTML, reference=20250331),
        ["parse_html()", "reference"],
    ),
    "parse_text text": (lambda: newsparse.parse_text(b"x"), ["parse_text()", "text", "str"]),
    "parse_text url": (lambda: newsparse.parse_text(PAGE, url=1.5), ["parse_text()", "url"]),
    "parse_text config": (
        lambda: newsparse.parse_text(PAGE, config="t2s"),
        ["parse_text()", "config", "Config"],
    ),
    "parse_many records": (lambda: newsparse.parse_many(PAGE), ["parse_many()", "iterable"]),
    "parse_many workers": (_many(workers="2"), ["parse_many()", "workers", "int"]),
    "parse_many chunksize": (_many(chunksize=2.0), ["parse_many()", "chunksize", "int"]),
    "parse_many reference": (_many(reference="today"), ["parse_many()", "reference"]),
    "parse_many config": (_many(config=object()), ["parse_many()", "config", "Config"]),
    "Parser config": (lambda: newsparse.Parser("t2s"), ["Parser()", "config", "Config"]),
    "Parser reference": (
        lambda: newsparse.Parser()(PAGE, reference="x"),
        ["Parser()", "reference"],
    ),
    "parse_date text": (lambda: newsparse.parse_date(20250331), ["parse_date()", "text", "str"]),
    "parse_date tz": (lambda: newsparse.parse_date("3月", tz=8), ["parse_date()", "tz", "str"]),
    "parse_date reference": (
        lambda: newsparse.parse_date("昨天", reference="x"),
        ["parse_date()", "reference"],
    ),
    "parse_date roc": (lambda: newsparse.parse_date("3月", roc="yes"), ["parse_date()", "roc"]),
    "find_dates text": (lambda: newsparse.find_dates(None), ["find_dates()", "text", "str"]),
    "find_dates tz": (lambda: newsparse.find_dates("3月", tz=None), ["find_dates()", "tz"]),
    "find_dates roc": (lambda: newsparse.find_dates("3月", roc=1), ["find_dates()", "roc"]),
    "parse_dateline text": (
        lambda: newsparse.parse_dateline(b"x"),
        ["parse_dateline()", "text", "str"],
    ),
    "parse_dateline reference": (
        lambda: newsparse.parse_dateline("新华社北京电", reference=1),
        ["parse_dateline()"],
    ),
    "convert text": (lambda: newsparse.convert(b"x"), ["convert()", "text", "str"]),
    "explain page": (lambda: newsparse.explain(5), ["explain()", "page", "int"]),
    "explain url": (lambda: newsparse.explain("x", url=5), ["explain()", "url", "int"]),
    "fingerprint_distance type": (
        lambda: newsparse.fingerprint_distance(5, "0" * 16),
        ["fingerprint_distance()", "int"],
    ),
    "convert config": (lambda: newsparse.convert("x", 5), ["convert()", "config", "int"]),
    "convert converter": (
        lambda: newsparse.convert("x", "t2s", converter=5),
        ["convert()", "converter", "int"],
    ),
    "to_simplified text": (lambda: newsparse.to_simplified(1), ["to_simplified()", "text"]),
    "to_simplified region": (
        lambda: newsparse.to_simplified("x", region=1),
        ["to_simplified()", "region", "int"],
    ),
    "to_traditional text": (lambda: newsparse.to_traditional(None), ["to_traditional()"]),
    "normalize text": (lambda: newsparse.normalize(b"x"), ["normalize()", "text", "str"]),
    "normalize option": (
        lambda: newsparse.normalize("x", repair_pinyin="yes"),
        ["repair_pinyin", "bool"],
    ),
    "normalize config": (lambda: newsparse.normalize("x", 5), ["normalize()", "config"]),
    "detect_script text": (lambda: newsparse.detect_script(None), ["detect_script()", "text"]),
    "Config script": (lambda: newsparse.Config(script=1), ["Config()", "script", "str"]),
    "Config region": (lambda: newsparse.Config(region=886), ["Config()", "region", "int"]),
    "Config converter": (lambda: newsparse.Config(converter=5), ["Config()", "converter"]),
    "Config switch": (lambda: newsparse.Config(listing=1), ["Config()", "listing", "bool"]),
    "Config timezone": (lambda: newsparse.Config(timezone=8), ["Config()", "timezone", "str"]),
    "Config limit": (lambda: newsparse.Config(max_nodes="5"), ["Config()", "max_nodes", "int"]),
    "Config limit bool": (lambda: newsparse.Config(max_depth=True), ["max_depth", "bool"]),
    "Config.replace": (
        lambda: newsparse.Config().replace(normalize_width=None),
        ["normalize_width", "bool"],
    ),
}

VALUE_ERRORS: dict[str, tuple[Callable[[], object], type[Exception], list[str]]] = {
    "parse encoding": (
        lambda: newsparse.parse(HTML, encoding="utf-9"),
        newsparse.ConfigError,
        ["encoding"],
    ),
    "parse_html encoding": (
        lambda: newsparse.parse_html(HTML, encoding="base64"),
        newsparse.ConfigError,
        ["parse_html()", "encoding", "'base64'"],
    ),
    "parse option": (
        lambda: newsparse.parse(PAGE, script="korean"),
        newsparse.ConfigError,
        ["script"],
    ),
    "parse_text option": (
        lambda: newsparse.parse_text(PAGE, max_nodes=0),
        newsparse.ConfigError,
        ["max_nodes"],
    ),
    "parse_many workers": (_many(workers=0), newsparse.ConfigError, ["workers", "at least 1"]),
    "parse_many chunksize": (_many(chunksize=-1), newsparse.ConfigError, ["chunksize"]),
    "parse_date tz": (
        lambda: newsparse.parse_date("3月31日", tz="Beijing"),
        newsparse.ConfigError,
        ["parse_date()", "tz", "'Beijing'"],
    ),
    "find_dates tz": (
        lambda: newsparse.find_dates("3月31日", tz="UTC+8"),
        newsparse.ConfigError,
        ["tz"],
    ),
    "fingerprint_distance value": (
        lambda: newsparse.fingerprint_distance("abc", "0" * 16),
        newsparse.ConfigError,
        ["fingerprint_distance()", "16 hex digits", "'abc'"],
    ),
    "convert config": (
        lambda: newsparse.convert("汉字", "s2x"),
        newsparse.UnknownConversionError,
        ["'s2x'"],
    ),
    "convert converter": (
        lambda: newsparse.convert("汉字", "s2t", converter="opencc"),
        newsparse.ConfigError,
        ["converter", "'opencc'"],
    ),
    "to_simplified region": (
        lambda: newsparse.to_simplified("漢字", region="cn"),
        newsparse.ConfigError,
        ["to_simplified()", "region", "'cn'"],
    ),
    "to_traditional region": (
        lambda: newsparse.to_traditional("汉字", region="TW"),
        newsparse.ConfigError,
        ["region"],
    ),
    "normalize option": (
        lambda: newsparse.normalize("x", max_line_chars=0),
        newsparse.ConfigError,
        ["max_line"],
    ),
    "Config script": (
        lambda: newsparse.Config(script="korean"),
        newsparse.ConfigError,
        ["script", "'korean'"],
    ),
    "Config region": (lambda: newsparse.Config(region="cn"), newsparse.ConfigError, ["region"]),
    "Config converter": (
        lambda: newsparse.Config(converter="opencc"),
        newsparse.ConfigError,
        ["converter"],
    ),
    "Config timezone": (
        lambda: newsparse.Config(timezone="Beijing"),
        newsparse.ConfigError,
        ["'Beijing'"],
    ),
    "Config empty timezone": (
        lambda: newsparse.Config(timezone=""),
        newsparse.ConfigError,
        ["timezone"],
    ),
    "Config limit": (
        lambda: newsparse.Config(max_input_bytes=-1),
        newsparse.ConfigError,
        ["max_input_bytes"],
    ),
}


@pytest.mark.parametrize("case", sorted(TYPE_ERRORS))
def test_wrong_type_raises_type_error_naming_the_argument(case: str) -> None:
    call, words = TYPE_ERRORS[case]
    with pytest.raises(TypeError) as caught:
        call()
    assert type(caught.value) is TypeError  # not a subclass thrown from deep inside
    message = str(caught.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


@pytest.mark.parametrize("case", sorted(VALUE_ERRORS))
def test_wrong_value_raises_the_librarys_value_error(case: str) -> None:
    call, error, words = VALUE_ERRORS[case]
    with pytest.raises(error) as caught:
        call()
    assert isinstance(caught.value, newsparse.NewsparseError)
    assert isinstance(caught.value, ValueError)
    message = str(caught.value)
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


# The same entry points with good arguments of every accepted kind: the checks must let
# them through (a check that rejected everything would pass the two tables above).
GOOD_CALLS: dict[str, Callable[[], object]] = {
    "parse text": lambda: newsparse.parse(PAGE, url="https://x.cn", reference=dt.date(2024, 3, 1)),
    "parse bytes": lambda: newsparse.parse(HTML, encoding="GB2312", url=None),
    "parse bytearray": lambda: newsparse.parse(bytearray(HTML), encoding="gbk"),
    "parse_html str": lambda: newsparse.parse_html(HTML.decode("gbk"), encoding="utf-8"),
    "parse_text options": lambda: newsparse.parse_text(PAGE, script="traditional", region="hk"),
    "parse_many": lambda: list(newsparse.parse_many([PAGE], reference=dt.date(2024, 3, 1))),
    "parse_date": lambda: newsparse.parse_date("3月31日", tz="Asia/Taipei", roc=True),
    "find_dates": lambda: newsparse.find_dates("3月31日", reference=dt.datetime(2025, 4, 1)),
    "parse_dateline": lambda: newsparse.parse_dateline("新华社北京电", reference=None),
    "convert": lambda: newsparse.convert("汉字", "S2T.json"),
    "to_traditional": lambda: newsparse.to_traditional("汉字", region=None),
    "Config": lambda: newsparse.Config(timezone="Asia/Hong_Kong", max_nodes=10, listing=False),
    "fingerprint_distance": lambda: newsparse.fingerprint_distance("00ff" * 4, "FF00" * 4),
}


@pytest.mark.parametrize("case", sorted(GOOD_CALLS))
def test_good_arguments_pass(case: str) -> None:
    GOOD_CALLS[case]()


def test_the_table_covers_every_public_function() -> None:
    called = " ".join([*TYPE_ERRORS, *VALUE_ERRORS])
    functions = [
        name
        for name in newsparse.__all__
        if callable(getattr(newsparse, name))
        and not isinstance(getattr(newsparse, name), type)
        and not name.startswith("_")
        and name[0].islower()
    ]
    missing = [name for name in functions if name not in called]
    assert not missing, f"add rows for {missing}"


def test_a_record_with_an_unknown_charset_is_parsed_not_failed() -> None:
    # Records carry what servers sent; a charset no codec knows is ignored, as browsers do.
    record = {"html": HTML, "encoding": "utf8mb4", "url": "https://example.cn/1"}
    [result] = newsparse.parse_many([record])
    assert result.ok, result.error
    assert result.article is not None and result.article.title == "标题"


def test_a_page_declaring_a_codec_that_is_no_charset_still_parses() -> None:
    # <meta charset="hex"> made bytes.decode raise LookupError deep inside the decoder.
    for label in ("hex", "base64", "idna", "rot13", "undefined"):
        page = f'<meta charset="{label}"><title>标题</title><p>正文。</p>'.encode("gbk")
        assert newsparse.parse(page).title == "标题", label
