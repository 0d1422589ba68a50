"""Shortcuts of the page fields give what the paths they skip give.

- ``extras.head_lines`` reads ``block.text`` in its comprehension where it mapped
  ``attrgetter("text")``: the same lines.
"""

from __future__ import annotations

from operator import attrgetter

from _helpers import shipped_lines

from newsparse._core.blocks import Block, Page
from newsparse._extract import extras


def _old_head_lines(page: Page) -> list[str]:
    texts = map(attrgetter("text"), page.blocks[: extras._SCAN_BLOCKS])
    return [text for text in texts if len(text) <= extras._LINE_MAX * 4]


def test_head_lines() -> None:
    limit = extras._LINE_MAX * 4
    edges = ["x" * n for n in (0, 1, limit - 1, limit, limit + 1, 2 * limit)]
    lines = shipped_lines(edges)
    lines += [line + "。" for line in lines]  # past _SCAN_BLOCKS without ../shared too
    pages = [
        Page(blocks=[]),
        Page(blocks=[Block(text) for text in edges]),
        Page(blocks=[Block(text) for text in lines]),  # past _SCAN_BLOCKS
        Page(blocks=[Block(text) for text in lines[: extras._SCAN_BLOCKS - 1]]),
        Page(blocks=[Block(text) for text in lines[: extras._SCAN_BLOCKS]]),
        Page(blocks=[Block(text) for text in lines[: extras._SCAN_BLOCKS + 1]]),
    ]
    assert len(lines) > extras._SCAN_BLOCKS
    for page in pages:
        assert extras.head_lines(page) == _old_head_lines(page)
