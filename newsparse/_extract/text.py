"""Plain text -> Page: one block per non-empty line."""

from __future__ import annotations

from .._chinese.script import normalize
from .._core.blocks import Block, Page
from .._core.config import Config
from .._core.lazy import lazy_compile
from .._core.limits import cut_to_bytes

__all__ = ["text_to_page"]

# Every line break Unicode knows (\r\n, \r, NEL, U+2028/9, form feeds) becomes "\n" before
# normalisation, which keeps "\n" and nothing else as the line structure: "\r\n" first, by
# str.replace, then each other break (a class scanned in C: twice as fast as r"\r\n?|[...]").
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAKS = lazy_compile(f"[{_OTHER_BREAKS}]")


def _unix_breaks(text: str) -> str:
    r"""``text`` with each line break written "\n".

    Examples:
        >>> _unix_breaks("甲\r\n乙\r\r\n丙\u2028丁")
        '甲\n乙\n\n丙\n丁'
    """
    # Most texts hold no break but "\n": a str search in C for each other one (a few
    # instructions a character, where the class takes some sixty) finds so.
    if not any(map(text.__contains__, _OTHER_BREAKS)):
        return text
    return _BREAKS.sub("\n", text.replace("\r\n", "\n"))


def text_to_page(text: str, *, config: Config) -> Page:
    """Split a flattened page into blocks, one per non-empty line, after normalisation.

    Inputs over ``config.max_input_bytes`` (UTF-8) and lines over ``config.max_line_chars``
    are cut and the page is flagged ``truncated``.
    """
    text, truncated = cut_to_bytes(text, config.max_input_bytes)
    text = normalize(_unix_breaks(text), config)
    most = config.max_line_chars
    lines = list(filter(None, map(str.strip, text.split("\n"))))  # (the lines not empty)
    # (No line is longer than the text: a short text's lines need no measuring.)
    if len(text) > most and max(map(len, lines), default=0) > most:
        lines = [line[:most] for line in lines]
        truncated = True
    return Page(blocks=list(map(Block, lines)), truncated=truncated)
