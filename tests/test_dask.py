"""The Dask recipe of docs/guide/scale.md, run as written on the real local scheduler."""

from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the Dask recipe needs newsparse[dask]")

from _docblocks import run_recipe
from _helpers import seed_paths
from _warcs import binary_items, seed_items, write

import newsparse
from newsparse.integrations import read_records

pytestmark = pytest.mark.integration

CONFIG = newsparse.Config(script="simplified")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """crawl/*.warc.gz and dump/*.jsonl as the recipe expects them, in the current directory."""
    (tmp_path / "crawl").mkdir()
    (tmp_path / "dump").mkdir()
    items = seed_items()
    write(tmp_path / "crawl" / "CC-0.warc.gz", items[:3])
    write(tmp_path / "crawl" / "CC-1.warc.gz", [*items[3:], *binary_items()])
    lines = [
        json.dumps({"text": p.read_text(encoding="utf-8"), "url": p.name}) for p in seed_paths()
    ]
    (tmp_path / "dump" / "a.jsonl").write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    (tmp_path / "dump" / "b.jsonl").write_text("\n".join(lines[2:]) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _expected_rows(
    paths: list[str], config: newsparse.Config | None = CONFIG
) -> list[dict[str, object]]:
    return [r.to_row() for r in newsparse.parse_many(read_records(paths), config=config)]


def test_dask_recipe_as_documented(workdir: Path) -> None:
    names = run_recipe("guide/scale.md", "Dask")
    expected = _expected_rows(sorted(glob.glob("crawl/*.warc.gz")))
    assert names["titles"] == [row["title"] for row in expected if row["status"] == "article"]
    assert len(names["titles"]) == 4  # five seeds, one of them a listing page
    written = sorted((workdir / "out").glob("*.jsonl"))
    assert len(written) == 2, "one output file per input partition"
    rows = [json.loads(line) for path in written for line in path.read_text("utf-8").splitlines()]
    records = [
        json.loads(line)
        for p in sorted((workdir / "dump").glob("*.jsonl"))
        for line in p.read_text("utf-8").splitlines()
    ]
    assert rows == [r.to_row() for r in newsparse.parse_many(records, config=CONFIG)]


def test_articles_bag_gives_every_record_with_its_status(workdir: Path) -> None:
    from newsparse.integrations.dask import articles_bag

    bag = articles_bag("crawl/*.warc.gz", config=CONFIG)
    assert bag.npartitions == 2
    rows = bag.compute(scheduler="processes", num_workers=2)
    assert rows == _expected_rows(sorted(glob.glob(str(workdir / "crawl" / "*.warc.gz"))))
    assert [row["status"] for row in rows].count("skipped") == 2


def test_dask_over_real_pages(workdir: Path) -> None:
    from _warcs import dev_items

    from newsparse.integrations.dask import articles_bag

    write(workdir / "crawl" / "CC-2.warc.gz", dev_items(limit=12))
    rows = articles_bag(["crawl/CC-2.warc.gz"]).compute(scheduler="processes", num_workers=2)
    assert rows == _expected_rows([str(workdir / "crawl" / "CC-2.warc.gz")], config=None)
    assert [row["status"] for row in rows].count("error") == 0
    assert all(row["url"] for row in rows)
