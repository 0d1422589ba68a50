"""Running newsparse inside data pipelines: inputs as records, results as flat rows.

``read_records`` turns paths (files, directories, globs, JSONL and WARC/WET files) into
:class:`Record` values for :func:`newsparse.parse_many`; :func:`rows` turns records into
dicts with the columns of :data:`RESULT_FIELDS`, the shape that Arrow, Spark, CSV and
databases want. The Dask and Spark recipes live in :mod:`newsparse.integrations.dask` and
:mod:`newsparse.integrations.spark` (import them only where those engines are installed).

Examples:
    >>> from newsparse.integrations import rows
    >>> [(row["status"], row["title"]) for row in rows([{"html": "<title>标题</title>"}])]
    [('empty', '标题')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .._batch.inputs import read_records
from .._batch.many import parse_many
from .._batch.records import Record
from .._batch.schema import ARTICLE_FIELDS, RESULT_FIELDS
from .._core.config import Config
from .._core.public import report_as as _report_as

__all__ = ["ARTICLE_FIELDS", "RESULT_FIELDS", "Record", "file_rows", "read_records", "rows"]


def rows(records: Iterable[Any], config: Config | None = None) -> Iterator[dict[str, Any]]:
    """One row of ``RESULT_FIELDS`` per record (pages, dicts or Records), in order.

    One :class:`newsparse.Parser` serves the whole iterable: call it once per partition.

    Examples:
        >>> row = next(rows(["新华社北京2月29日电 国务院联防联控机制印发通知。"]))
        >>> row["status"], row["source"], row["origin"]
        ('article', '新华社', None)
    """
    return (result.to_row() for result in parse_many(records, config=config))


def file_rows(paths: Iterable[str], config: Config | None = None) -> Iterator[dict[str, Any]]:
    """One row per page found in ``paths`` (pages, JSONL, WARC/WET files), read lazily.

    Examples:
        >>> [row["error_type"] for row in file_rows(["/no/such.warc.gz"])]
        ['ReadError']
    """
    return rows(read_records(list(paths), max_bytes=(config or Config()).max_input_bytes), config)


# Pickles and reprs name these newsparse.integrations.Record ..., whatever module defines them.
_report_as(__name__, [Record, read_records, rows, file_rows])
