"""Batch throughput, scaling and memory of newsparse.parse_many.

Builds a corpus by repeating the real pages of ../shared/data (html_dev.jsonl, gne_pages/,
hk_pages/) and the seeds, then prints two tables:

1. pages/s of a plain loop over ``newsparse.parse``, of ``parse_many`` with 1 and with N
   worker processes, and of the standard library's ``multiprocessing.Pool.imap`` doing the
   same work, side by side with the ratio to the plain loop and peak memory (resident set
   of the parent and its worker processes, sampled);
2. a long stream (10,000 pages by default) through ``parse_many`` from a generator, with
   memory every ``--sample`` pages: it must stay flat (no per-page caches, results not kept).

Usage: python benchmarks/bench_batch.py [--pages 400] [--stream 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import newsparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def load_corpus() -> list[Any]:
    """Every real page available: HTML as bytes (as a crawler has them), seeds as text."""
    pages: list[Any] = []
    dev = SHARED / "data" / "html_dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("html"):
                pages.append({"html": row["html"].encode("utf-8"), "url": row.get("url")})
    for folder in ("gne_pages", "hk_pages"):
        for path in sorted((SHARED / "data" / folder).glob("*.html")):
            pages.append({"html": path.read_bytes(), "url": path.name})
    pages += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return pages


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc; 0 where unavailable)."""
    try:
        with open(f"/proc/{pid}/statm") as stream:
            return int(stream.read().split()[1]) * _PAGE_SIZE / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def total_rss_mb() -> float:
    """This process and its live worker processes."""
    return rss_mb(os.getpid()) + sum(rss_mb(c.pid or 0) for c in multiprocessing.active_children())


class PeakSampler:
    """Samples total_rss_mb() in a thread; ``peak`` is the largest value seen."""

    def __init__(self, every: float = 0.1) -> None:
        self.every = every
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, total_rss_mb())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _plain_loop(pages: list[Any], workers: int) -> int:
    parser = newsparse.Parser()
    return sum(1 for page in pages if parser(page) is not None)


def _parse_many(pages: list[Any], workers: int) -> int:
    return sum(1 for r in newsparse.parse_many(pages, workers=workers) if r.ok)


def _parse_chunk(chunk: list[Any]) -> int:
    parser = newsparse.Parser()
    return sum(1 for page in chunk if parser(page) is not None)


def _stdlib_pool(pages: list[Any], workers: int) -> int:
    chunks = [pages[i : i + 16] for i in range(0, len(pages), 16)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        return sum(pool.imap(_parse_chunk, chunks))


def throughput(pages: list[Any], workers: int) -> None:
    runs: list[tuple[str, int, Callable[[list[Any], int], int]]] = [
        ("loop over Parser()", 1, _plain_loop),
        ("parse_many", 1, _parse_many),
        ("parse_many", workers, _parse_many),
        ("multiprocessing.Pool.imap", workers, _stdlib_pool),
    ]
    print(f"\n## Throughput: {len(pages)} pages (spawning workers included)\n")
    print(f"| {'method':<26} | workers | seconds | pages/s | vs loop | peak RSS MB |")
    print(f"|{'-' * 28}|---------|---------|---------|---------|-------------|")
    base = 0.0
    rates: dict[tuple[str, int], float] = {}
    for name, n, run in runs:
        with PeakSampler() as sampler:
            start = time.perf_counter()
            parsed = run(pages, n)
            seconds = time.perf_counter() - start
        assert parsed == len(pages), f"{name}: {parsed} of {len(pages)} pages parsed"
        rate = len(pages) / seconds
        base = base or rate
        rates[(name, n)] = rate
        print(
            f"| {name:<26} | {n:>7} | {seconds:>7.2f} | {rate:>7.1f} | {rate / base:>6.2f}x |"
            f" {sampler.peak:>11.0f} |"
        )
    ratio = rates[("parse_many", workers)] / rates[("parse_many", 1)]
    print(
        f"\nscaling: parse_many with {workers} workers = {ratio:.2f}x parse_many with 1 "
        f"({os.cpu_count()} CPUs on this machine)"
    )


def _endless(corpus: list[Any], count: int) -> Iterator[Any]:
    return itertools.islice(itertools.cycle(corpus), count)


def stream(corpus: list[Any], count: int, workers: int, sample: int) -> None:
    print(f"\n## Memory over a {count:,}-page stream (parse_many, {workers} workers)\n")
    print("|   pages | seconds | pages/s | RSS MB (all processes) |")
    print("|---------|---------|---------|------------------------|")
    start = time.perf_counter()
    marks: list[tuple[int, float]] = []
    for result in newsparse.parse_many(_endless(corpus, count), workers=workers):
        done = result.index + 1
        if done % sample == 0:
            seconds = time.perf_counter() - start
            marks.append((done, total_rss_mb()))
            rate = done / seconds
            print(f"| {done:>7,} | {seconds:>7.1f} | {rate:>7.1f} | {marks[-1][1]:>22.0f} |")
    if len(marks) >= 3:
        (first_n, first), (last_n, last) = marks[1], marks[-1]
        print(
            f"\nmemory from page {first_n:,} to page {last_n:,}: {last - first:+.1f} MB "
            f"({(last - first) / first * 100:+.1f}%)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400, help="pages in the throughput run")
    parser.add_argument("--stream", type=int, default=10_000, help="pages in the memory run")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=int, default=1000, help="report memory every N pages")
    args = parser.parse_args()
    corpus = load_corpus()
    size = sum(len(p["html"]) if isinstance(p, dict) else len(p.encode()) for p in corpus)
    print(
        f"corpus: {len(corpus)} distinct pages, {size / len(corpus) / 1000:.0f} KB on average, "
        f"from {SHARED / 'data'} and seeds/"
    )
    pages = list(_endless(corpus, args.pages))
    _plain_loop(corpus, 1)  # warm up this process (lazy tables, converters) before timing
    throughput(pages, args.workers)
    if args.stream:
        stream(corpus, args.stream, args.workers, args.sample)


if __name__ == "__main__":
    main()
