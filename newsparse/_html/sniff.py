"""What a payload is, from its first bytes and its declared media type.

Used by the file and WARC readers to send HTML to ``parse_html``, text to ``parse_text``,
and to report images, PDFs and other binaries instead of parsing them.
"""

from __future__ import annotations

import re
from typing import Literal

from .._core.lazy import lazy_compile

__all__ = [
    "PayloadKind",
    "binary_kind",
    "is_gzip",
    "kind_of",
    "looks_like_html",
    "looks_like_warc",
    "split_content_type",
]

PayloadKind = Literal["html", "text"]

# Magic numbers of the non-page payloads a crawl is full of.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "image/webp or other RIFF"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
    (b"wOFF", "font/woff"),
    (b"wOF2", "font/woff2"),
    (b"\x00asm", "application/wasm"),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
_TEXT_TYPES = frozenset({"text/plain"})

# Tags that only an HTML document has near its start; bounded, case-insensitive.
_HTML_START = lazy_compile(rb"<(?:!doctype|html|head|body|meta|title|div|p|br|table)[\s>/]", re.I)
_CHARSET = lazy_compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.I)
_SNIFF_BYTES = 4096


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
    """The media type of a known binary format, or ``"binary"`` for NUL-laden data, else None.

    Examples:
        >>> binary_kind(b"%PDF-1.7 ..."), binary_kind("新闻".encode())
        ('application/pdf', None)
    """
    for magic, media in _MAGIC:
        if head.startswith(magic):
            return media
    if b"\x00" in head[:_SNIFF_BYTES]:
        return "binary"
    return None


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
