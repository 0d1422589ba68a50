"""Size limits shared by every reader: cut, and say so."""

from __future__ import annotations

import zlib

__all__ = ["cut_to_bytes", "inflate"]

_UTF8_MAX_BYTES = 4
# zlib's window-bits value that accepts both gzip and zlib headers (15 bits + 32).
_GZIP_OR_ZLIB = 47
# Inflate in steps of this many output bytes: a bomb never grows past the limit by more.
_INFLATE_STEP = 1 << 20


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


def inflate(data: bytes, limit: int) -> tuple[bytes, bool] | None:
    """gzip or zlib ``data`` inflated to at most ``limit`` bytes, and whether anything was
    left out (output over the limit, or the stream cut short); None when it is neither.

    Concatenated gzip members (what ``cat a.gz b.gz`` makes) are read one after another.
    A bomb costs at most ``limit`` bytes of memory plus one step.

    Examples:
        >>> import gzip
        >>> inflate(gzip.compress(b"<p>x</p>" * 3), 100)
        (b'<p>x</p><p>x</p><p>x</p>', False)
        >>> inflate(gzip.compress(b"x" * 1000), 10)
        (b'xxxxxxxxxx', True)
        >>> inflate(b"<p>not compressed</p>", 100) is None
        True
    """
    out = bytearray()
    rest = data
    while rest:
        unpacker = zlib.decompressobj(_GZIP_OR_ZLIB)
        try:
            while rest and not unpacker.eof:
                out += unpacker.decompress(rest, _INFLATE_STEP)
                rest = unpacker.unconsumed_tail
                if len(out) > limit:
                    return bytes(out[:limit]), True
        except zlib.error:
            if not out:
                return None  # not compressed after all: the caller reads it as it is
            return bytes(out), True  # corrupt after a good start: keep what inflated
        if not unpacker.eof:
            return bytes(out), True  # the stream ends before its end marker
        rest = unpacker.unused_data.lstrip(b"\x00")  # members may be padded with zeros
    return bytes(out), False
