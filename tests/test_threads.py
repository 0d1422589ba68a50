"""Thread and process safety (issue 8, part 5).

One ``newsparse.Parser`` shared by many threads, or shipped to a process pool, gives exactly
the results of a plain sequential loop; lazily built resources (converters, compiled tables,
the dateparser fallback) come out right when several threads build them at the same moment
in a cold process.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import random
import subprocess
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from _helpers import SHARED, seed_paths, slice_html

import newsparse
from newsparse import Article, Config, Parser

THREADS = 8
_CONFIGS = (Config(), Config(script="simplified"), Config(script="traditional", region="tw"))


@functools.cache
def pages() -> tuple[str | bytes, ...]:
    """The seeds (text), the page slice (HTML bytes), and the smaller dev pages (HTML bytes)
    when ../shared is present."""
    found: list[str | bytes] = [p.read_text(encoding="utf-8") for p in seed_paths()]
    found += [page for _, page in slice_html()]
    found += [p.read_bytes() for p in sorted((SHARED / "data" / "gne_pages").glob("*.html"))[:12]]
    found += [p.read_bytes() for p in sorted((SHARED / "data" / "hk_pages").glob("*.html"))]
    return tuple(page for page in found if len(page) < 200_000)


@functools.cache
def sequential(config: Config) -> tuple[Article, ...]:
    parser = Parser(config)
    return tuple(parser(page) for page in pages())


@pytest.mark.parametrize("config", _CONFIGS, ids=["keep", "simplified", "traditional-tw"])
def test_one_parser_shared_by_threads(config: Config) -> None:
    parser = Parser(config)
    jobs = list(range(len(pages()))) * 3
    random.Random(8).shuffle(jobs)
    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(lambda i: (i, parser(pages()[i])), jobs))
    expected = sequential(config)
    for index, article in results:
        assert article == expected[index], f"page {index} differs when parsed from threads"


def test_threads_mixing_configs_do_not_leak_into_each_other() -> None:
    """Simplified and traditional output at the same time: each thread gets its own."""
    jobs = [(config, i) for config in _CONFIGS for i in range(len(pages()))] * 2
    random.Random(5).shuffle(jobs)
    parsers = {config: Parser(config) for config in _CONFIGS}
    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(lambda job: (job, parsers[job[0]](pages()[job[1]])), jobs))
    for (config, index), article in results:
        assert article == sequential(config)[index]


def test_parser_in_a_process_pool() -> None:
    """Spawned workers (nothing inherited): the pickled Parser rebuilds what it needs."""
    parser = Parser(Config(script="traditional"))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        results = list(pool.map(parser, pages(), chunksize=2))
    assert results == list(sequential(parser.config))


def test_parse_many_with_workers_equals_one_worker() -> None:
    one = [r.article for r in newsparse.parse_many(pages(), workers=1)]
    two = [r.article for r in newsparse.parse_many(pages(), workers=2)]
    assert one == two == list(sequential(Config()))


# A cold interpreter: converters, pattern tables and fallbacks are all still unbuilt when
# THREADS threads hit them at the same instant (a tiny switch interval interleaves them).
_COLD = textwrap.dedent(
    """
    import json, sys, threading
    sys.setswitchinterval(1e-6)
    import newsparse
    from newsparse import Config, Parser
    pages = json.loads(sys.stdin.read())
    names = ["s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "t2tw", "t2hk"]
    configs = [Config(), Config(script="simplified"), Config(script="traditional", region="hk")]
    jobs = [("convert", n, i) for n in names for i in range(len(pages))]
    jobs += [("parse", c, i) for c in range(len(configs)) for i in range(len(pages))]
    results = {}
    n = int(sys.argv[2])
    barrier = threading.Barrier(n)

    def work(k):
        barrier.wait()
        for j, (kind, which, i) in enumerate(jobs):
            if (j + k) % n:
                continue
            if kind == "convert":
                out = newsparse.convert(pages[i], which)
            else:
                out = Parser(configs[which])(pages[i]).to_dict()
            results[f"{kind}/{which}/{i}"] = out

    if sys.argv[1] == "threads":
        threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
        for t in threads: t.start()
        for t in threads: t.join()
    else:
        barrier = threading.Barrier(1)
        for k in range(n):
            work(k)
    print(json.dumps(results, sort_keys=True, ensure_ascii=False))
    """
)


def _cold_run(mode: str, texts: list[str]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _COLD, mode, str(THREADS)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parent,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_lazy_resources_built_concurrently_in_a_cold_process() -> None:
    texts = [p.read_text(encoding="utf-8")[:3000] for p in seed_paths()]
    threaded = _cold_run("threads", texts)
    plain = _cold_run("sequential", texts)
    assert threaded.keys() == plain.keys()
    differing = sorted(key for key in plain if threaded[key] != plain[key])
    assert not differing, f"built concurrently, these came out different: {differing[:10]}"
