"""Instructions per call of parse_date and of dateparser on the bench_dates.py set.

Wall-clock ratios on a shared machine move with its load (the same build measured
14-25 µs per parse_date call in different processes of one hour). The number of machine
instructions a call executes does not: valgrind's cachegrind counts them. Each parser runs
the whole set once and twice in separate processes; the difference is one pass, so start-up
and imports cancel out.

Run: ``python benchmarks/instructions_dates.py [mixed|news]`` (the mixed set by default, or
the 1,000 news-style strings; needs valgrind; takes a few minutes, most of it dateparser
under valgrind).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_dates  # the set and both parsers, shared with the timing benchmark
from _valgrind import count_instructions, require_valgrind


def _cases(name: str) -> list[bench_dates.Case]:
    return bench_dates.news_set() if name == "news" else bench_dates.build_set()


def _run(parser: str, passes: int, name: str) -> None:
    cases = _cases(name)
    parse = bench_dates.newsparse_parse if parser == "newsparse" else bench_dates.dateparser_parse
    parse(cases[0])  # load lazily built tables before counting
    for _ in range(passes):
        for case in cases:
            parse(case)


def _count(parser: str, passes: int, name: str) -> int:
    return count_instructions([__file__, "--run", parser, str(passes), name])


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--run":
        _run(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    require_valgrind()
    name = sys.argv[1] if len(sys.argv) > 1 else "mixed"
    n = len(_cases(name))
    per_call = {}
    for parser in ("newsparse", "dateparser"):
        per_call[parser] = (_count(parser, 2, name) - _count(parser, 1, name)) / n
    print(f"{n} strings (the {name} set of bench_dates.py)")
    print(f"{'parser':<34}{'instructions/call':>20}")
    print(f"{'newsparse.parse_date':<34}{per_call['newsparse']:>20,.0f}")
    print(f"{'dateparser.parse(languages=zh)':<34}{per_call['dateparser']:>20,.0f}")
    print(f"ratio: {per_call['dateparser'] / per_call['newsparse']:.1f}x fewer instructions")


if __name__ == "__main__":
    main()
