"""Instructions per pass of ``newsparse.parse`` over labelled pages, counted by cachegrind.

Wall and CPU time on a shared machine move with its load; the number of machine
instructions a pass executes barely does, so a before/after of a speed change is measured
here. The pass parses every fourth labelled page (39 of 156, bytes input); the pipeline
runs once and three times in separate processes, and half the difference is one pass,
so start-up, imports and lazily built tables cancel out (see ``_valgrind.one_pass_main``).

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


def _inputs() -> list[bytes]:
    import warnings

    from _corpus import labelled_pages

    warnings.simplefilter("ignore")
    return [page.data for page in labelled_pages()][::_EVERY]


def _run(pages: list[bytes], passes: int) -> None:
    import warnings

    import newsparse

    warnings.simplefilter("ignore")
    for _ in range(passes):
        for data in pages:
            newsparse.parse(data)


def main() -> None:
    one_pass_main(__file__, _run, f"one pass over every {_EVERY}th labelled page", _inputs)


if __name__ == "__main__":
    main()
