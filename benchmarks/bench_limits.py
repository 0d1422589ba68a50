"""Time against size for the pathological input families of tests/test_limits.py.

Each family is parsed at three sizes (n, 2n, 4n); the ratios t(2n)/t(n) and t(4n)/t(n) show
how the cost grows: about 2 and 4 is linear, about 4 and 16 quadratic. Best of ``--repeat``
runs per cell.

    python benchmarks/bench_limits.py            # all families
    python benchmarks/bench_limits.py --quick    # smaller sizes
    python benchmarks/bench_limits.py --only "digit lines,credits"
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import newsparse

PROSE = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"


def _html(body: str) -> str:
    return f"<html><head><title>标题</title></head><body>{body}</body></html>"


def _lines(unit: str) -> Callable[[int], str]:
    """``n`` bytes of 300-character lines made of ``unit``: every line reaches every rule."""

    def make(size: int) -> str:
        line = (unit * (300 // len(unit) + 1))[:300]
        return "\n".join([line] * max(1, size // len(line.encode("utf-8"))))

    return make


def _attributes(count: int, per_element: int) -> str:
    """``count`` attributes in elements of ``per_element``, before a short article."""
    element = "<i " + " ".join(f"data-a{i}=x" for i in range(per_element)) + ">x</i>"
    return _html(element * max(1, count // per_element) + f"<p>{PROSE}</p>")


def _random_bytes(size: int) -> bytes:
    return bytes((i * 7919 + (i >> 8) * 104729) % 256 for i in range(size))


# name -> (builder taking a size, base size, unit of the size column)
FAMILIES: dict[str, tuple[Callable[[int], Any], int, str]] = {
    "nested tags": (lambda n: _html("<div>" * n + PROSE + "</div>" * n), 10_000, "tags"),
    "sibling <p>": (lambda n: _html(f"<p>{PROSE}</p>" * n), 10_000, "tags"),
    "text lines": (lambda n: "\n".join([PROSE] * n), 10_000, "lines"),
    "one line (text)": (lambda n: "中国" * (n // 6), 1_000_000, "bytes"),
    "one line (html)": (lambda n: _html("<p>" + "中国" * (n // 6) + "</p>"), 1_000_000, "bytes"),
    "all links": (
        lambda n: _html("".join(f'<a href="/n/{i}">新闻标题{i}</a>' for i in range(n))),
        5_000,
        "links",
    ),
    "all scripts": (lambda n: _html('<script>var s = "正文。";</script>' * n), 5_000, "tags"),
    "all whitespace": (lambda n: " \n\t\u3000" * (n // 6), 1_000_000, "bytes"),
    # One line growing up to max_line_chars: where a quadratic pattern shows.
    "one line of digits": (lambda n: "1" * n, 5_000, "chars"),
    "one line of spaces": (lambda n: "正文 " + " " * n + "。", 5_000, "chars"),
    "dates": (_lines("2024年12月31日 17:55 "), 100_000, "bytes"),
    "digit lines": (_lines("1"), 100_000, "bytes"),
    "datelines": (_lines("新华社北京3月"), 100_000, "bytes"),
    "credits": (_lines("记者 王 "), 100_000, "bytes"),
    "editor credits": (_lines("责编:"), 100_000, "bytes"),
    "pinyin glosses": (_lines("網(wǎng)"), 100_000, "bytes"),
    "boilerplate": (_lines("首页 > "), 100_000, "bytes"),
    "spaces and brackets": (_lines("（ ( 【 "), 100_000, "bytes"),
    # The parser's cost per element grows with the square of its attributes: the elements
    # are cut to 256 attributes first (newsparse._html.attributes).
    "attributes in one element": (lambda n: _attributes(n, n), 50_000, "attrs"),
    "1000-attribute elements": (lambda n: _attributes(n, 1_000), 100_000, "attrs"),
    "one long attribute": (lambda n: _html(f'<p title="{"x" * n}">{PROSE}</p>'), 10**6, "bytes"),
    "random bytes": (_random_bytes, 1_000_000, "bytes"),
}


def best_time(page: Any, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        newsparse.parse(page)
        best = min(best, time.perf_counter() - start)
    return best


def run(names: list[str], scale: float, repeat: int) -> None:
    header = f"{'family':26} {'n':>10} {'unit':>6} {'t(n) s':>8} {'t(2n) s':>8} {'t(4n) s':>8}"
    print(header + f" {'2n/n':>6} {'4n/n':>6}  growth")
    print("-" * (len(header) + 24))
    newsparse.parse(PROSE)  # build lazy resources outside the timings
    for name in names:
        build, base, unit = FAMILIES[name]
        size = max(1, int(base * scale))
        times = [best_time(build(size * k), repeat) for k in (1, 2, 4)]
        r2, r4 = (t / max(times[0], 1e-6) for t in times[1:])
        growth = "linear" if r4 < 6 else "SUPERLINEAR" if r4 > 10 else "~linear"
        if times[2] < 0.05:
            growth = "too fast to tell"  # timer noise dominates below ~50 ms
        print(
            f"{name:26} {size:>10,} {unit:>6} {times[0]:8.3f} {times[1]:8.3f} {times[2]:8.3f}"
            f" {r2:6.2f} {r4:6.2f}  {growth}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a quarter of the sizes")
    parser.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    parser.add_argument("--only", help="comma-separated family names")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(FAMILIES)
    unknown = [n for n in names if n not in FAMILIES]
    if unknown:
        parser.error(f"unknown families {unknown}; choose from {list(FAMILIES)}")
    run(names, 0.25 if args.quick else 1.0, args.repeat)


if __name__ == "__main__":
    main()
