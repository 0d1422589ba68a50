"""Size limits shared by every reader: cut, and say so."""

from __future__ import annotations

__all__ = ["cut_to_bytes"]

_UTF8_MAX_BYTES = 4


def cut_to_bytes(text: str, limit: int) -> tuple[str, bool]:
    """At most ``limit`` bytes of UTF-8, cut at a character boundary, and whether it was cut.

    Examples:
        >>> cut_to_bytes("中文新闻", 7)
        ('中文', True)
        >>> cut_to_bytes("中文", 7)
        ('中文', False)
    """
    if len(text) * _UTF8_MAX_BYTES <= limit:
        return text, False  # cannot be over: skip the encoding
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text, False
    return data[:limit].decode("utf-8", "ignore"), True
