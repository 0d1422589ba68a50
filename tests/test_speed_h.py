"""The line features' shortcuts (round h) give what the paths they skip give.

* :func:`~newsparse._extract.features.text_weight` counts with one ``findall`` (a match for
  each Han run, its group the run's characters after the first; a match for each Latin
  word, its group empty), where it deleted the Han runs with ``subn`` (a NUL for each) and
  counted the words left: compared with that count on made-up lines that reach the edges
  (words at either end of a line, one letter alone, letters against Han characters, digits,
  NULs, characters outside the basic block) and on real lines.
"""

from __future__ import annotations

import random
import re

from _helpers import shipped_lines

from newsparse._chinese.han import HAN_CLASS
from newsparse._core.firsts import run_of
from newsparse._core.memo import forget_lines
from newsparse._extract import features

_PIECES = ["新", "华社", "𡒄", "〇", "a", "B", "ab", "Xinhua", " ", "\0", "3", "，", "。", "_", "é"]
_PIECES.append("")
_MADE = [
    *(a + b + c for a in _PIECES for b in _PIECES for c in _PIECES),
    "新华社 Xinhua News Agency 3 月",
    "x",
    "xy",
    "a新b",
    "ab新cd",
    "ABC DEF",
    "",
]


def _weight_by_subn(text: str) -> int:
    """The count text_weight made before: the Han runs deleted, a NUL for each, and the words
    (two letters or more) in what is left."""
    rest, runs = re.subn(run_of(HAN_CLASS), "\0", text)
    return len(text) - len(rest) + runs + len(re.findall("[A-Za-z][A-Za-z]+", rest))


def test_text_weight_counts_what_the_subn_and_the_words_counted() -> None:
    rng = random.Random(16)
    lines = shipped_lines(_MADE)
    joined = [rng.choice(_PIECES) + "".join(rng.choices(_PIECES, k=8)) for _ in range(3000)]
    for line in [*lines, *joined]:
        assert features.text_weight(line) == _weight_by_subn(line), line
    forget_lines()
