"""Plain text -> Page: one block per non-empty line."""

from __future__ import annotations

from ._blocks import Block, Page
from ._config import Config
from ._script import normalize

__all__ = ["text_to_page"]


def text_to_page(text: str, *, config: Config) -> Page:
    truncated = False
    if len(text) > config.max_input_bytes:
        text = text[: config.max_input_bytes]
        truncated = True
    text = normalize(text, config)
    blocks = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) > config.max_line_chars:
            line = line[: config.max_line_chars]
            truncated = True
        blocks.append(Block(line))
    return Page(blocks=blocks, truncated=truncated)
