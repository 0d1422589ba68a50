"""Instructions per pass of ``newsparse.parse`` over labelled pages, counted by cachegrind.

Wall and CPU time on a shared machine move with its load; the number of machine
instructions a pass executes barely does, so a before/after of a speed change is measured
here. The pass parses every fourth labelled page (39 of 156, bytes input); the pipeline
runs once and twice in separate processes, and the difference is one pass, so start-up,
imports and lazily built tables cancel out.

Run: ``python benchmarks/instructions_pages.py [TREE]`` with TREE a checkout of newsparse
to measure (the current one by default); needs valgrind and ../shared/data; takes a few
minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _valgrind import one_pass_main

_EVERY = 4  # every fourth labelled page: regions and eras as in the whole set


def _run(passes: int) -> None:
    import warnings

    from _corpus import labelled_pages

    import newsparse

    warnings.simplefilter("ignore")
    pages = [page.data for page in labelled_pages()][::_EVERY]
    for data in pages[:5]:
        newsparse.parse(data)  # lazy tables and patterns built before counting
    for _ in range(passes):
        for data in pages:
            newsparse.parse(data)


def main() -> None:
    one_pass_main(__file__, _run, f"one pass over every {_EVERY}th labelled page")


if __name__ == "__main__":
    main()
