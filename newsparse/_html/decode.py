"""Bytes -> str for HTML pages in any of the encodings Chinese sites use.

Order of evidence: the charset the HTTP response declared, a byte-order mark, the page's own
``<meta charset>`` / ``http-equiv`` / XML declaration, then the bytes themselves. A declared
charset that the bytes contradict (a page labelled GB2312 that is valid UTF-8, a Big5 label
on GBK bytes) is overridden, and undecodable bytes become U+FFFD: decoding never raises.
"""

from __future__ import annotations

import codecs
import re

from .._core.lazy import lazy_compile
from .._core.logs import quiet_logs
from .data.codecs import CODEC_ALIASES, LATIN_CODECS, NOT_PAGE_CODECS

__all__ = ["codec_for", "decode_html"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The declaration must sit in the head; 4 KB is where browsers look too (bounded scan).
_HEAD_BYTES = 4096
_META_CHARSET = lazy_compile(
    rb"""<meta[^>]{0,400}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_:.+-]{1,40})""", re.I
)
_XML_ENCODING = lazy_compile(
    rb"""<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}["']([A-Za-z0-9_.-]{1,40})"""
)
_NON_ASCII = lazy_compile(rb"[\x80-\xff]")
_HAN = lazy_compile(r"[\u4e00-\u9fff]")
# How many Han characters the GBK-or-Big5 vote looks at: enough to be sure, cheap to count.
_VOTE_SAMPLE = 4000
_PROBE_BYTES = 65536


def codec_for(name: str | None) -> str | None:
    """The Python codec newsparse decodes a declared charset name with, or None if unknown.

    GB2312 and GBK widen to GB18030, Big5 to Big5-HKSCS. Codecs that are not character
    encodings (``base64``, ``hex``, ``idna``) are unknown here: decoding with them raises.

    Examples:
        >>> codec_for("GB2312"), codec_for("big5"), codec_for("UTF8"), codec_for("nonsense")
        ('gb18030', 'big5hkscs', 'utf-8', None)
        >>> codec_for("hex"), codec_for("idna")
        (None, None)
    """
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    if key in CODEC_ALIASES:
        return CODEC_ALIASES[key]
    try:
        info = codecs.lookup(key)
    except LookupError:
        return None
    if not info._is_text_encoding or info.name in NOT_PAGE_CODECS:
        return None
    return info.name


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode an HTML page, returning ``(text, codec used)``; never raises on bad bytes.

    Args:
        data: The page's bytes.
        declared: The charset from the HTTP ``Content-Type`` header, if known.

    Examples:
        >>> page = "<meta charset='gb2312'><p>中文新闻</p>".encode("gb18030")
        >>> decode_html(page)
        ("<meta charset='gb2312'><p>中文新闻</p>", 'gb18030')
        >>> decode_html("<meta charset='gbk'><p>标签说错了</p>".encode("utf-8"))[1]
        'utf-8'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace"), codec
    if not _NON_ASCII.search(data):
        return data.decode("ascii"), "ascii"
    for name in (declared, _declared_in_page(data)):
        found = codec_for(name)
        if found is None or found in LATIN_CODECS or found == "ascii":
            continue  # a Western label proves nothing on a Chinese page; look at the bytes
        text = _trusted(data, found)
        if text is not None:
            return text, found
    return _detect(data)


def _declared_in_page(data: bytes) -> str | None:
    head = data[:_HEAD_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _trusted(data: bytes, codec: str) -> str | None:
    """The text if the bytes agree with ``codec``, else None (the label is overridden)."""
    if codec != "utf-8" and _is_utf8(data):
        return None  # multi-byte UTF-8 that validates is never an accident
    text, bad = _decode_counting(data, codec)
    if bad == 0:
        return text
    # A few bad bytes (a truncated page, a stray byte) do not disprove the label; a text
    # where the label loses clearly to another codec does.
    best_other = min(_decode_counting(data, other)[1] for other in ("gb18030", "big5hkscs"))
    return text if bad <= max(2, best_other) else None


def _detect(data: bytes) -> tuple[str, str]:
    if _is_utf8(data):
        return data.decode("utf-8", "replace"), "utf-8"
    probe = data[:_PROBE_BYTES]  # the vote needs a sample, not the whole page
    results = {codec: _decode_counting(probe, codec) for codec in ("gb18030", "big5hkscs", "utf-8")}
    least = min(bad for _, bad in results.values())
    if least > len(probe) // 50:
        guessed = _guess_other(data)
        if guessed is not None:
            return guessed
    tied = [codec for codec, (_, bad) in results.items() if bad <= least + 2]
    if "gb18030" in tied and "big5hkscs" in tied:
        gb_text, big5_text = results["gb18030"][0], results["big5hkscs"][0]
        big5_wins = _common_share_big5(big5_text) > _common_share_gb(gb_text)
        codec = "big5hkscs" if big5_wins else "gb18030"
    else:
        codec = min(results, key=lambda c: results[c][1])
    return data.decode(codec, "replace"), codec


def _guess_other(data: bytes) -> tuple[str, str] | None:
    """Last resort for pages in neither Chinese codec (Shift-JIS, EUC-KR, UTF-16 without BOM)."""
    from bs4.dammit import UnicodeDammit  # only for the rare page nothing above could read

    quiet_logs()  # UnicodeDammit logs a WARNING when it has to replace bytes
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None or dammit.original_encoding is None:
        return None
    return str(dammit.unicode_markup), str(dammit.original_encoding)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A page cut inside its last character is still UTF-8.
        return exc.reason == "unexpected end of data" and exc.start >= len(data) - 3
    return True


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        return text, text.count("\ufffd")


def _common_share_gb(text: str) -> float:
    """Share of Han characters in GB2312: near 1.0 for real GBK text, low for misread Big5."""
    sample = _HAN.findall(text, 0, len(text))[:_VOTE_SAMPLE]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if _encodes(ch, "gb2312")) / len(sample)


def _common_share_big5(text: str) -> float:
    """Share of Han characters in Big5 level 1 (lead bytes A4-C6), the frequent ones."""
    sample = _HAN.findall(text, 0, len(text))[:_VOTE_SAMPLE]
    if not sample:
        return 0.0
    hits = 0
    for ch in sample:
        try:
            lead = ch.encode("big5")[0]
        except UnicodeEncodeError:
            continue
        hits += 0xA4 <= lead <= 0xC6
    return hits / len(sample)


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True
