"""Signatures of the payloads that are no page: what a crawl holds besides HTML and text.

Each entry is a pattern matched at the first byte and the media type reported for it. The
signatures are the formats' own published magic numbers. Where a signature is a word that
text could start with (``ID3``, ``OTTO``), the binary byte that follows it in the format is
part of the pattern; two-byte ones (``MZ``, ``BM``) are left out: the control-byte share
in :mod:`newsparse._html.sniff` catches those files instead.
"""

from __future__ import annotations

import re

from ..._core.lazy import lazy_compile

__all__ = ["CONTROL_BYTES", "MAGIC"]

#: (pattern anchored at the payload's first byte, media type)
MAGIC: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (lazy_compile(pattern, re.S), media)
    for pattern, media in (
        (rb"%PDF-", "application/pdf"),
        (rb"%!PS", "application/postscript"),
        (rb"\{\\rtf", "application/rtf"),
        (rb"\x89PNG\r\n\x1a\n", "image/png"),
        (rb"\xff\xd8\xff", "image/jpeg"),
        (rb"GIF8[79]a", "image/gif"),
        (rb"RIFF.{4}WEBP", "image/webp"),
        (rb"RIFF.{4}(?:WAVE|AVI )", "audio or video (RIFF)"),
        (rb"II\*\x00|MM\x00\*", "image/tiff"),
        (rb"\x00\x00\x01\x00", "image/x-icon"),
        (rb"8BPS\x00\x01", "image/vnd.adobe.photoshop"),
        (rb".{4}ftyp(?:avif|heic|heix|mif1)", "image/heif or avif"),
        (rb".{4}ftyp", "video/mp4 or quicktime"),
        (rb"\x1a\x45\xdf\xa3", "video/webm or matroska"),
        (rb"ID3[\x02-\x04]\x00", "audio/mpeg"),
        (rb"OggS\x00", "audio/ogg"),
        (rb"fLaC[\x00\x80]", "audio/flac"),
        (rb"FLV\x01", "video/x-flv"),
        (rb"PK(?:\x03\x04|\x05\x06|\x07\x08)", "application/zip (or an Office, EPUB or JAR file)"),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword (an Office 97-2003 file)"),
        (rb"Rar!\x1a\x07", "application/vnd.rar"),
        (rb"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
        (rb"BZh[1-9]1AY&SY", "application/x-bzip2"),
        (rb"\xfd7zXZ\x00", "application/x-xz"),
        (rb"\x28\xb5\x2f\xfd", "application/zstd"),
        (rb".{257}ustar", "application/x-tar"),
        (rb"\x7fELF", "application/x-executable"),
        (rb"\xca\xfe\xba\xbe|\xcf\xfa\xed\xfe|\xce\xfa\xed\xfe", "application/x-mach-binary"),
        (rb"\x00asm", "application/wasm"),
        (rb"SQLite format 3\x00", "application/vnd.sqlite3"),
        (rb"wOFF(?:\x00\x01\x00\x00|OTTO|true)", "font/woff"),
        (rb"wOF2(?:\x00\x01\x00\x00|OTTO|true)", "font/woff2"),
        (rb"OTTO\x00|\x00\x01\x00\x00\x00", "font/otf or ttf"),
    )
)

#: Bytes that no text encoding newsparse reads uses for text: C0 controls other than tab,
#: line feed, vertical tab, form feed, carriage return and escape (ISO-2022 switches
#: character sets with it), and DEL. In GB18030, Big5, Shift-JIS and EUC trail bytes
#: start at 0x30 or above, so these bytes stand for themselves in every such encoding.
CONTROL_BYTES: bytes = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
