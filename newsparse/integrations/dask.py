"""Dask recipe: a ``dask.bag`` of result rows, one :class:`newsparse.Parser` per partition.

Needs ``pip install 'newsparse[dask]'`` (and ``newsparse[warc]`` for WARC/WET files).

Examples:
    >>> from newsparse.integrations.dask import parse_partition
    >>> parse_partition(["新华社北京2月29日电 国务院印发通知。"])[0]["status"]
    'article'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import dask.bag as db

from .._batch.inputs import list_inputs
from .._core.config import Config
from ..integrations import file_rows, rows

__all__ = ["articles_bag", "files_partition", "parse_partition"]


def parse_partition(records: Iterable[Any], config: Config | None = None) -> list[dict[str, Any]]:
    """Rows of ``RESULT_FIELDS`` for a partition of records; for ``Bag.map_partitions``.

    Examples:
        >>> [row["status"] for row in parse_partition(["新华社北京2月29日电 国务院印发通知。", ""])]
        ['article', 'empty']
    """
    return list(rows(records, config))


def files_partition(paths: Iterable[str], config: Config | None = None) -> list[dict[str, Any]]:
    """Rows for every page in a partition of paths (pages, JSONL, WARC/WET files).

    Examples:
        >>> [row["error_type"] for row in files_partition(["/no/such/page.html"])]
        ['ReadError']
    """
    return list(file_rows(paths, config))


def articles_bag(
    paths: str | Iterable[str], *, config: Config | None = None, files_per_partition: int = 1
) -> db.Bag:
    """A bag of result rows (see ``RESULT_FIELDS``) for the files ``paths`` name.

    Args:
        paths: Files, directories or glob patterns (``"crawl/*.warc.gz"``).
        config: Options for every page.
        files_per_partition: Files read by one task; WARC files are big, so 1.

    Examples:
        >>> bag = articles_bag(["/no/such.warc.gz"])
        >>> [row["error_type"] for row in bag.compute(scheduler="sync")]
        ['ReadError']
    """
    # Absolute: workers need not share the driver's working directory.
    files = [os.path.abspath(p) for p in list_inputs([paths] if isinstance(paths, str) else paths)]
    bag: db.Bag = db.from_sequence(  # type: ignore[no-untyped-call]
        files, partition_size=files_per_partition
    )
    parsed: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        files_partition, config=config
    )
    return parsed
