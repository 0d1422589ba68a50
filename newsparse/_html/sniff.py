"""What a payload is, from its first bytes and its declared media type.

Used by the file and WARC readers to send HTML to ``parse_html``, text to ``parse_text``,
and to report images, PDFs and other binaries instead of parsing them; and by the HTML
reader itself, so that ``parse(pdf_bytes)`` is an empty page that says why, never an
"article" of PDF syntax.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

from .._core.lazy import lazy_compile
from .data.magic import CONTROL_BYTES, MAGIC

__all__ = [
    "BOMS",
    "PayloadKind",
    "binary_kind",
    "control_share",
    "is_compressed",
    "is_gzip",
    "kind_of",
    "looks_like_html",
    "looks_like_warc",
    "split_content_type",
    "wide_codec",
]

PayloadKind = Literal["html", "text"]

#: Byte-order marks and the codec each announces (UTF-32 before UTF-16: FF FE starts both).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
_TEXT_TYPES = frozenset({"text/plain"})

# Tags that only an HTML document has near its start; bounded, case-insensitive.
_HTML_START = lazy_compile(rb"<(?:!doctype|html|head|body|meta|title|div|p|br|table)[\s>/]", re.I)
_CHARSET = lazy_compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.I)
_SNIFF_BYTES = 4096
# Text in any encoding newsparse reads has next to no control bytes (CONTROL_BYTES); random
# bytes have 10% (26 of 256 values), images and executables far more. 5% sits between.
_MAX_CONTROL_SHARE = 0.05
# UTF-16 without a BOM: markup is ASCII, so in an HTML page most code units have a zero
# high byte (odd offsets in little-endian). Chinese text has none, so a page of bare text
# needs its declared charset; a quarter of the units is what markup alone gives.
_WIDE_ZERO_SHARE = 0.25
# ... while the other byte of each unit is almost never zero (only for U+xx00 characters).
_WIDE_OTHER_ZERO = 0.02
# UTF-32: the top byte of every unit is zero (code points end at U+10FFFF), and so is the
# next one for every character of the Basic Multilingual Plane (all but emoji and rare Han);
# UTF-16 of ASCII text has zeros at offsets 1 and 3 too, but never at 2.
_UTF32_TOP_ZERO = 0.99
_UTF32_BMP = 0.5
_WIDE_LABEL = lazy_compile(r"utf-?(16|32)(?:-?(le|be))?$")
# zlib's first two bytes: deflate with a window of up to 32 KB, and a header checksum.
_ZLIB_METHOD = 0x08


def control_share(head: bytes) -> float:
    """The share of ``head`` made of control bytes that no text encoding uses for text.

    Examples:
        >>> control_share(b"<p>\\xe6\\x96\\xb0</p>\\n"), control_share(bytes(range(32)))
        (0.0, 0.8125)
    """
    if not head:
        return 0.0
    return (len(head) - len(head.translate(None, CONTROL_BYTES))) / len(head)


def wide_codec(head: bytes, declared: str | None = None) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes are.

    ``declared`` (a charset name from the HTTP header) settles a page whose zero-byte
    pattern is too faint to be sure of, as long as it points the same way.

    Examples:
        >>> wide_codec("<html><p>新闻</p></html>".encode("utf-16-le"))
        'utf-16-le'
        >>> wide_codec("<p>新</p>".encode("utf-32-be")), wide_codec("<p>新闻</p>".encode())
        ('utf-32-be', None)
        >>> wide_codec("<p>news</p>".encode("utf-16-le"))  # zeros at 1 and 3 in UTF-16 too
        'utf-16-le'
    """
    sample = head[: _SNIFF_BYTES - _SNIFF_BYTES % 4]
    units = len(sample) // 4
    if units < 2 or b"\x00" not in sample:
        return None
    zeros = [sample[i::4][:units].count(0) / units for i in range(4)]
    if zeros[3] >= _UTF32_TOP_ZERO and zeros[2] >= _UTF32_BMP and zeros[0] <= _WIDE_OTHER_ZERO:
        return "utf-32-le"
    if zeros[0] >= _UTF32_TOP_ZERO and zeros[1] >= _UTF32_BMP and zeros[3] <= _WIDE_OTHER_ZERO:
        return "utf-32-be"
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    label = _WIDE_LABEL.match((declared or "").strip().lower())
    threshold = _WIDE_ZERO_SHARE if label is None else 0.0
    if odd > threshold and even <= _WIDE_OTHER_ZERO:
        return "utf-16-le"
    if even > threshold and odd <= _WIDE_OTHER_ZERO:
        return "utf-16-be"
    return None


def is_compressed(head: bytes) -> bool:
    """True for gzip or zlib data (a body stored without undoing its Content-Encoding).

    Examples:
        >>> import zlib
        >>> is_compressed(zlib.compress(b"<p>x</p>")), is_compressed(b"x<p>")
        (True, False)
    """
    if is_gzip(head):
        return True
    if len(head) < 2 or head[0] & 0x0F != _ZLIB_METHOD or head[0] >> 4 > 7:
        return False
    return (head[0] << 8 | head[1]) % 31 == 0 and not head[1] & 0x20  # no preset dictionary


def is_gzip(head: bytes) -> bool:
    """True for gzip data.

    Examples:
        >>> is_gzip(b"\\x1f\\x8b\\x08\\x00"), is_gzip(b"WARC/1.0")
        (True, False)
    """
    return head[:2] == b"\x1f\x8b"


def looks_like_warc(head: bytes) -> bool:
    """True for the first bytes of an uncompressed WARC (or ARC) file.

    Examples:
        >>> looks_like_warc(b"WARC/1.0\\r\\nWARC-Type: warcinfo")
        True
    """
    return head.lstrip()[:5] == b"WARC/"


def binary_kind(head: bytes) -> str | None:
    """The media type of a known non-page format, ``"binary"`` for data made largely of
    control bytes, or None for what may be text (in any encoding, UTF-16 included).

    Examples:
        >>> binary_kind(b"%PDF-1.7 ..."), binary_kind("新闻".encode())
        ('application/pdf', None)
        >>> binary_kind(bytes(range(256)) * 4), binary_kind("<p>新闻</p>".encode("utf-16"))
        ('binary', None)
    """
    for pattern, media in MAGIC:
        if pattern.match(head):
            return media
    sample = head[:_SNIFF_BYTES]
    if any(sample.startswith(bom) for bom, _ in BOMS) or wide_codec(sample) is not None:
        return None
    return "binary" if control_share(sample) > _MAX_CONTROL_SHARE else None


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes hold an HTML tag that starts documents.

    Examples:
        >>> looks_like_html(b"\\n<!DOCTYPE html><html>"), looks_like_html("正文".encode())
        (True, False)
    """
    return _HTML_START.search(head[:_SNIFF_BYTES]) is not None


def split_content_type(value: str | None) -> tuple[str | None, str | None]:
    """A Content-Type header as (media type, charset), lower-cased.

    Examples:
        >>> split_content_type("text/html; charset=GBK")
        ('text/html', 'gbk')
    """
    if not value:
        return None, None
    media = value.split(";", 1)[0].strip().lower() or None
    match = _CHARSET.search(value)
    return media, match.group(1).lower() if match else None


def kind_of(media: str | None, head: bytes) -> PayloadKind | str:
    """``"html"`` or ``"text"`` for a page, else the media type that makes it no page.

    A declared media type wins, except that HTML bytes served as ``text/plain`` are
    still HTML; a missing one is sniffed.

    Examples:
        >>> kind_of("text/html", b""), kind_of("image/png", b""), kind_of(None, b"<html>")
        ('html', 'image/png', 'html')
    """
    if media in _HTML_TYPES:
        return "html"
    if media in _TEXT_TYPES:
        return "html" if looks_like_html(head) else "text"
    if media is not None and media not in ("application/octet-stream", "unknown/unknown"):
        return media
    magic = binary_kind(head)
    if magic is not None:
        return magic
    return "html" if looks_like_html(head) else "text"
