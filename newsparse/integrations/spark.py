"""Spark recipe: WARC (or any input) paths to a DataFrame of result rows, with
``mapPartitions`` running one :class:`newsparse.Parser` per partition.

Needs ``pip install 'newsparse[spark,warc]'`` and a Java runtime. The schema is
:data:`newsparse.integrations.RESULT_FIELDS`: provenance columns (``origin``, ``status``,
``error_type``, ``error``), then :data:`newsparse.ARTICLE_FIELDS`, where ``published`` is
ISO-8601 text and ``dateline``, ``credits`` and ``listing`` are JSON text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql.types import ArrayType, BooleanType, DataType, StringType, StructField, StructType

from .._batch.inputs import list_inputs
from .._batch.schema import RESULT_FIELDS
from .._core.config import Config
from ..integrations import file_rows

__all__ = ["articles_dataframe", "rows_partition", "spark_schema"]

_TYPES: dict[str, DataType] = {
    "string": StringType(),
    "bool": BooleanType(),
    "list<string>": ArrayType(StringType()),
}


def spark_schema(fields: Iterable[tuple[str, str]] = RESULT_FIELDS) -> StructType:
    """A Spark schema for ``(name, type)`` pairs such as ``ARTICLE_FIELDS``.

    Examples:
        >>> spark_schema([("title", "string"), ("paragraphs", "list<string>")]).simpleString()
        'struct<title:string,paragraphs:array<string>>'
    """
    return StructType([StructField(name, _TYPES[kind], nullable=True) for name, kind in fields])


def rows_partition(paths: Iterable[str], config: Config | None = None) -> Iterator[tuple[Any, ...]]:
    """For ``RDD.mapPartitions``: the pages of a partition of paths as tuples in
    ``RESULT_FIELDS`` order.

    Examples:
        >>> row = next(rows_partition(["/no/such/page.html"]))
        >>> row[:3]
        ('/no/such/page.html', 'error', 'ReadError')
    """
    names = [name for name, _ in RESULT_FIELDS]
    for row in file_rows(paths, config):
        yield tuple(row[name] for name in names)


def articles_dataframe(
    spark: SparkSession,
    paths: str | Iterable[str],
    *,
    config: Config | None = None,
    partitions: int | None = None,
) -> DataFrame:
    """A DataFrame with a row per page in ``paths`` (one WARC file per partition by default).

    Args:
        spark: The session.
        paths: Files, directories or globs that the driver can list and the executors read
            (a shared file system).
        config: Options for every page.
        partitions: Number of partitions (default: one per file).
    """
    # Absolute: workers need not share the driver's working directory.
    files = [os.path.abspath(p) for p in list_inputs([paths] if isinstance(paths, str) else paths)]
    rdd = spark.sparkContext.parallelize(files, partitions or max(1, len(files)))
    parsed = rdd.mapPartitions(lambda part: rows_partition(part, config))
    return spark.createDataFrame(parsed, spark_schema())
