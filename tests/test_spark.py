"""The Spark recipe of docs/guide/scale.md, run as written on a local[2] SparkSession."""

from __future__ import annotations

import glob
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="the Spark recipe needs newsparse[spark]")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime", allow_module_level=True)

from _docblocks import run_recipe
from _warcs import binary_items, seed_items, write

import newsparse
from newsparse.integrations import RESULT_FIELDS, read_records

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """One session for the module: starting Spark costs seconds."""
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as patch:
        # Executors must run this interpreter, which has newsparse installed.
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        patch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("newsparse-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


@pytest.fixture
def crawl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    (tmp_path / "crawl").mkdir()
    items = seed_items()
    write(tmp_path / "crawl" / "CC-0.warc.gz", items[:3])
    write(tmp_path / "crawl" / "CC-1.warc.gz", [*items[3:], *binary_items()])
    monkeypatch.chdir(tmp_path)
    return sorted(glob.glob(str(tmp_path / "crawl" / "*.warc.gz")))


def _expected(paths: list[str]) -> list[dict[str, Any]]:
    config = newsparse.Config(script="simplified")
    return [r.to_row() for r in newsparse.parse_many(read_records(paths), config=config)]


def test_spark_recipe_as_documented(spark: Any, crawl: list[str]) -> None:
    names = run_recipe("guide/scale.md", "Spark")
    df = names["df"]
    assert df.columns == [name for name, _ in RESULT_FIELDS]
    expected = _expected(crawl)
    got = [row.asDict() for row in df.collect()]
    assert got == expected
    assert [row["status"] for row in got] == [
        "article",
        "article",
        "article",
        "listing",
        "article",
        "skipped",
        "skipped",
    ]
    articles = names["articles"].collect()
    wanted = [r for r in expected if r["status"] == "article"]
    assert [row.title for row in articles] == [r["title"] for r in wanted]
    assert names["failed"].count() == 0
    # from_json made structs of the JSON text: credits are queryable columns.
    got_credits = [[c.asDict() for c in row.credits or []] for row in articles]
    assert got_credits == [json.loads(r["credits"]) for r in wanted]


def test_articles_dataframe_helper_matches_the_recipe(spark: Any, crawl: list[str]) -> None:
    from newsparse.integrations.spark import articles_dataframe

    config = newsparse.Config(script="simplified")
    df = articles_dataframe(spark, "crawl/*.warc.gz", config=config)
    assert df.rdd.getNumPartitions() == 2
    assert [row.asDict() for row in df.collect()] == _expected(crawl)
