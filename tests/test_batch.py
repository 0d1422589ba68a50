"""parse_many, Parser, ParseResult and ARTICLE_FIELDS: what a pipeline relies on."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
import json
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from _helpers import seed_paths
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._batch.many import ParseResult
from newsparse._batch.pool import ordered_map
from newsparse._batch.records import Record, RecordError
from newsparse._batch.schema import RESULT_FIELDS, article_row

SEEDS = [p.read_text(encoding="utf-8") for p in seed_paths()]
HTML = "<html><head><title>标题_新华网</title></head><body><p>正文第一段。</p></body></html>"


def _bad_records() -> list[Any]:
    return [
        None,
        42,
        {"url": "https://a.example.cn/"},  # no page
        {"html": ["not", "a", "page"]},
        {"text": "正文", "fetched_at": "yesterday"},
        Record(None, origin="x.warc.gz@10", error="corrupt gzip", error_type="ReadError"),
    ]


def _mixed() -> list[Any]:
    return [
        *SEEDS,
        HTML,
        HTML.encode("gb18030"),
        {"text": SEEDS[0], "url": "https://a.example.cn/0", "fetched_at": "2025-03-31T00:00:00Z"},
        {"html": HTML, "url": "https://a.example.cn/h"},
        "",
        *_bad_records(),
    ]


def test_one_result_per_record_in_order_and_never_raises() -> None:
    records = _mixed()
    results = list(newsparse.parse_many(records))
    assert [r.index for r in results] == list(range(len(records)))
    for result, seed in zip(results, SEEDS, strict=False):
        assert result.article == newsparse.parse(seed)
    bad = results[-len(_bad_records()) :]
    assert [r.status for r in bad] == ["error"] * len(bad)
    assert [r.error_type for r in bad] == [
        "TypeError",
        "TypeError",
        "RecordError",
        "RecordError",
        "RecordError",
        "ReadError",
    ]
    assert all(r.error for r in bad)
    assert bad[-1].origin == "x.warc.gz@10"


def test_dict_records_carry_url_and_fetched_at_as_reference() -> None:
    when = _dt.datetime(2025, 3, 31, tzinfo=_dt.timezone.utc)
    records = [
        {"text": SEEDS[0], "url": "https://a.example.cn/0", "fetched_at": "2025-03-31T00:00:00Z"},
        {"text": SEEDS[0], "fetched_at": when},
        {"html": HTML.encode("gb18030"), "encoding": "gb18030"},
    ]
    first, second, third = newsparse.parse_many(records)
    expected = newsparse.parse_text(SEEDS[0], url="https://a.example.cn/0", reference=when)
    assert first.article == expected
    assert first.url == "https://a.example.cn/0"
    assert second.article == newsparse.parse_text(SEEDS[0], reference=when)
    assert third.article == newsparse.parse_html(HTML)


def test_reference_applies_to_records_without_their_own() -> None:
    default = _dt.datetime(2024, 1, 1)
    own = _dt.datetime(2025, 3, 31)
    records = [SEEDS[2], {"text": SEEDS[2], "fetched_at": own}]
    plain, dated = newsparse.parse_many(records, reference=default)
    assert plain.article == newsparse.parse(SEEDS[2], reference=default)
    assert dated.article == newsparse.parse_text(SEEDS[2], reference=own)


def test_workers_give_identical_output() -> None:
    records = _mixed() * 3
    serial = list(newsparse.parse_many(records))
    parallel = list(newsparse.parse_many(records, workers=2, chunksize=4))
    assert parallel == serial


def test_parallel_stream_is_lazy_and_bounded() -> None:
    # An endless input: only a bounded window may be read ahead of what is consumed.
    consumed = itertools.count()

    def endless() -> Any:
        for i in consumed:
            yield SEEDS[i % len(SEEDS)]

    stream = newsparse.parse_many(endless(), workers=2, chunksize=2)
    first = list(itertools.islice(stream, 5))
    assert [r.index for r in first] == [0, 1, 2, 3, 4]
    stream.close()  # type: ignore[attr-defined]
    assert next(consumed) < 100, "the pool must not read the whole input ahead"


def test_config_applies_to_every_record() -> None:
    config = newsparse.Config(script="simplified")
    results = list(newsparse.parse_many(SEEDS, config=config))
    assert [r.article for r in results] == [newsparse.parse(s, config=config) for s in SEEDS]


@pytest.mark.parametrize(
    ("records", "kwargs", "error"),
    [
        ("a single page", {}, TypeError),
        (b"<p>bytes</p>", {}, TypeError),
        ({"text": "a single dict"}, {}, TypeError),
        (42, {}, TypeError),
        ([], {"workers": 0}, ValueError),
        ([], {"workers": "2"}, TypeError),
        ([], {"workers": True}, TypeError),
        ([], {"chunksize": 0}, ValueError),
        ([], {"config": "simplified"}, TypeError),
    ],
)
def test_wrong_arguments_raise_at_the_call(
    records: Any, kwargs: dict[str, Any], error: type
) -> None:
    with pytest.raises(error):
        newsparse.parse_many(records, **kwargs)


def test_unpicklable_config_is_refused_for_workers() -> None:
    config = newsparse.Config(converter=lambda text, name: text)
    with pytest.raises(TypeError, match="pickle"):
        newsparse.parse_many(SEEDS, config=config, workers=2)
    assert len(list(newsparse.parse_many(SEEDS, config=config))) == len(SEEDS)


def test_parser_pickles_as_its_config() -> None:
    config = newsparse.Config(script="traditional", region="tw")
    parser = newsparse.Parser(config)
    clone = pickle.loads(pickle.dumps(parser))
    assert clone == parser and clone.config == config
    assert len(pickle.dumps(parser)) < len(pickle.dumps(config)) + 200
    assert clone(SEEDS[1]) == parser(SEEDS[1]) == newsparse.parse(SEEDS[1], config=config)


def test_parser_accepts_pages_and_records_and_raises_for_bad_input() -> None:
    parser = newsparse.Parser()
    assert parser(SEEDS[0]) == newsparse.parse(SEEDS[0])
    assert parser(HTML.encode()) == newsparse.parse_html(HTML.encode())
    assert parser({"html": HTML, "url": "https://a.example.cn/"}).url == "https://a.example.cn/"
    with pytest.raises(TypeError, match="record"):
        parser(None)
    with pytest.raises(RecordError, match="html"):
        parser({"url": "https://a.example.cn/"})
    with pytest.raises(RecordError, match="corrupt"):
        parser(Record(None, error="corrupt gzip", error_type="ReadError"))


def test_article_fields_describe_to_dict_exactly() -> None:
    names = [name for name, _ in newsparse.ARTICLE_FIELDS]
    assert names == list(newsparse.Article().to_dict())
    assert {kind for _, kind in newsparse.ARTICLE_FIELDS} <= {"string", "bool", "list<string>"}


def _fits(value: Any, kind: str) -> bool:
    if value is None:
        return kind != "bool"
    if kind == "string":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def test_rows_hold_the_declared_types_and_round_trip() -> None:
    for result in newsparse.parse_many([*SEEDS, HTML, ""]):
        assert result.article is not None
        row = result.to_row()
        assert list(row) == [name for name, _ in RESULT_FIELDS]
        for name, kind in RESULT_FIELDS:
            assert _fits(row[name], kind), (name, row[name])
        # JSON-encoded nested fields decode back to what to_dict() holds.
        data = result.article.to_dict()
        for name in ("dateline", "credits", "listing"):
            assert (None if row[name] is None else json.loads(row[name])) == data[name]
        assert article_row(result.article)["paragraphs"] == data["paragraphs"]


def test_error_rows_have_null_article_fields() -> None:
    (result,) = newsparse.parse_many([None])
    row = result.to_row()
    assert row["status"] == "error" and row["error_type"] == "TypeError"
    assert all(row[name] is None for name, _ in newsparse.ARTICLE_FIELDS)


def test_results_are_frozen_and_pickle() -> None:
    results = list(newsparse.parse_many(_mixed()))
    assert pickle.loads(pickle.dumps(results)) == results
    with pytest.raises(dataclasses.FrozenInstanceError):
        results[0].index = 3  # type: ignore[misc]


def test_status_counts_add_up() -> None:
    results = list(newsparse.parse_many(_mixed()))
    statuses = [r.status for r in results]
    assert set(statuses) <= {"article", "listing", "empty", "error", "skipped"}
    assert statuses.count("empty") >= 1  # the "" record
    skipped = ParseResult(0, error="image/png", error_type="UnsupportedPayload")
    assert skipped.status == "skipped" and not skipped.ok


# The pool on its own: a worker that dies takes down only the item that killed it.


def _die_on_three(chunk: list[int]) -> list[int]:
    if 3 in chunk:
        os._exit(1)
    return [i * 10 for i in chunk]


def test_pool_survives_a_worker_that_dies(monkeypatch: pytest.MonkeyPatch) -> None:
    # Spawned workers import this module by name: give them the tests directory.
    tests_dir = str(Path(__file__).parent)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([tests_dir, os.environ.get("PYTHONPATH", "")]))
    out = list(
        ordered_map(_die_on_three, range(8), workers=2, chunksize=2, crashed=lambda i, e: -i)
    )
    assert out == [0, 10, 20, -3, 40, 50, 60, 70]


_RECORDS = st.one_of(
    st.text(max_size=200),
    st.binary(max_size=200),
    st.none(),
    st.integers(),
    st.dictionaries(
        st.sampled_from(["html", "text", "url", "fetched_at", "encoding", "other"]),
        st.one_of(st.text(max_size=50), st.binary(max_size=50), st.integers(), st.none()),
        max_size=4,
    ),
)


@given(st.lists(_RECORDS, max_size=8))
def test_any_records_give_one_result_each_and_never_raise(records: list[Any]) -> None:
    results = list(newsparse.parse_many(records))
    assert [r.index for r in results] == list(range(len(records)))
    for result in results:
        assert (result.article is None) == (result.error is not None)
        # "skipped": binary bytes (a PDF, control bytes) are no page, and said so
        assert result.status in {"article", "listing", "empty", "error", "skipped"}
        if result.status == "skipped":
            assert result.error_type == "UnsupportedPayload" and "not a page" in result.error


def test_text_records_given_as_bytes_are_decoded_like_html() -> None:
    """A dict's text as GBK bytes was read as UTF-8 and garbled; now any encoding reads."""
    prose = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"
    big5 = "中央社臺北3月31日電 英國企業將中國視作重要創新策源地，雙方合作不斷深化。"
    for codec in ("gbk", "big5", "utf-8", "utf-16"):
        text = big5 if codec == "big5" else prose
        (result,) = newsparse.parse_many([{"text": text.encode(codec)}])
        assert result.article is not None and text[-20:] in result.article.body, codec
