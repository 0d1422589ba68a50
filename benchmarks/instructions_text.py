"""Instructions per pass of ``newsparse.parse_text`` over labelled pages, counted by cachegrind.

The text-mode twin of instructions_pages.py, measured the same way: the same pages (every
fourth labelled page, 39 of 156), each flattened to a WET record's text as bench_text.py
does; the pipeline runs once and three times in separate processes, and half the difference is
one pass, so start-up, imports, flattening and lazily built tables cancel out.

Run: ``python benchmarks/instructions_text.py [TREE]`` with TREE a checkout of newsparse
to measure (the current one by default); needs valgrind and ../shared/data; takes a few
minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _valgrind import one_pass_main

_EVERY = 4  # every fourth labelled page, as instructions_pages.py


def _inputs() -> list[str]:
    import warnings

    from _corpus import labelled_pages
    from bench_text import as_wet

    warnings.simplefilter("ignore")
    return [as_wet(page) for page in labelled_pages()[::_EVERY]]


def _run(texts: list[str], passes: int) -> None:
    import warnings

    import newsparse

    warnings.simplefilter("ignore")
    for _ in range(passes):
        for text in texts:
            newsparse.parse_text(text)


def main() -> None:
    what = f"one pass of parse_text over every {_EVERY}th labelled page, flattened"
    one_pass_main(__file__, _run, what, _inputs)


if __name__ == "__main__":
    main()
