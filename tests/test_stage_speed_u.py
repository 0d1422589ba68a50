"""The text-mode shortcuts of helper U give what the paths they skip give.

Each test runs the path as first written beside the shortcut over made-up cases that reach
its edges and over real lines (the seeds' and the shipped pages', ``shipped_lines``).
"""

from __future__ import annotations

import pytest
from _helpers import shipped_lines

from newsparse._chinese import script
from newsparse._chinese.data.charsets import SIMPLIFIED_ONLY, TRADITIONAL_ONLY

# Texts at the edges of detect_script's two searches: each script alone, both, neither,
# one character of the other script, and characters beyond the BMP (emoji, Han extension B,
# which the data lists in both scripts' sets) alone and beside each script.
_SCRIPT_CASES = [
    "",
    "abc",
    "中文",
    "关于后处理",
    "關于後處理",
    "简体字與繁體字",
    "关于與",
    "關於关",
    "关关关关关关关关與",
    "關關關關關關關關关",
    "关于😀",
    "😀關於",
    "😀",
    "中文😀",
    "\U00020000",
    "é中",
]


def _astral(chars: frozenset[str]) -> list[str]:
    return sorted(c for c in chars if c > "\uffff")[:3]


@pytest.mark.parametrize(
    "text",
    [
        *_SCRIPT_CASES,
        *_astral(SIMPLIFIED_ONLY),
        *(c + "关于" for c in _astral(SIMPLIFIED_ONLY)),
        *(c + "關於" for c in _astral(SIMPLIFIED_ONLY)),
        *_astral(TRADITIONAL_ONLY),
        *(c + "关于" for c in _astral(TRADITIONAL_ONLY)),
        *(c + "關於" for c in _astral(TRADITIONAL_ONLY)),
    ],
)
def test_one_script_is_the_count(text: str) -> None:
    one = script._one_script(text)
    assert one is None or one == script._counted(text)
    assert script.detect_script(text) == script._counted(text)


def test_one_script_on_real_lines() -> None:
    lines = shipped_lines(_SCRIPT_CASES)
    for text in [*lines, "\n".join(lines)]:
        one = script._one_script(text)
        assert one is None or one == script._counted(text), text
    # (and it answers most of them: a shortcut that never answers tests nothing)
    assert sum(script._one_script(line) is not None for line in lines) > len(lines) * 0.9
