"""Bytes -> str for HTML pages in any of the encodings Chinese sites use.

Order of evidence: a byte-order mark; the zero bytes of UTF-16 and UTF-32; the charset the
HTTP response declared; the page's own ``<meta charset>`` / ``http-equiv`` / XML
declaration; then the bytes themselves. A declared charset that the bytes contradict (a
page labelled GB2312 that is valid UTF-8, a Big5 label on GBK bytes) is overridden, and a
few undecodable bytes become U+FFFD: decoding never raises.

Detection reads a bounded sample (:data:`SAMPLE_BYTES`), so its cost does not grow with
the page. GB18030 accepts almost any pair of bytes, so "decodes without error" is weak
evidence: a reading must also be plausible (:mod:`.data.common_han`). Pages in Japanese or
Korean encodings are read in them; bytes that no encoding reads as text come back as a
:class:`Decoded` with an empty text and the reason, never as garbled text.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from .._core.lazy import lazy_compile
from .data.codecs import (
    CHINESE_CODECS,
    CODEC_ALIASES,
    JAPANESE_CODECS,
    KOREAN_CODECS,
    LATIN_CODECS,
    NOT_PAGE_CODECS,
    SEVEN_BIT_CODECS,
)
from .data.common_han import COMMON_HAN
from .sniff import BOMS, wide_codec

__all__ = ["SAMPLE_BYTES", "Decoded", "codec_for", "decode_html", "read_html"]

#: Bytes read to detect an encoding and judge a reading, from the first non-ASCII byte:
#: thousands of characters on any page, and a fixed cost (milliseconds) whatever its size.
SAMPLE_BYTES = 65536
# The declaration must sit in the head; 4 KB is where browsers look too (bounded scan).
_HEAD_BYTES = 4096
_META_CHARSET = lazy_compile(
    rb"""<meta[^>]{0,400}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_:.+-]{1,40})""", re.I
)
_XML_ENCODING = lazy_compile(
    rb"""<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}["']([A-Za-z0-9_.-]{1,40})"""
)
_HAN = lazy_compile(r"[\u4e00-\u9fff]")
_KANA = lazy_compile(r"[\u3041-\u30ff]")  # full-width only: GBK read as Shift-JIS is half-width
_HANGUL = lazy_compile(r"[\uac00-\ud7a3]")
_NON_ASCII = lazy_compile(r"[^\x00-\x7f]")
_CONTROL = lazy_compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_FIRST_HIGH_BYTE = lazy_compile(rb"[\x80-\xff]")
# How many Han characters a reading is judged by: enough to be sure, cheap to count.
_JUDGED_HAN = 4000
# Undecodable bytes (a share of the non-ASCII ones) a reading may have and still be the
# page's encoding: a truncated page, a stray byte or a foreign snippet leave a few; random
# bytes leave 15-80% in every codec but GB18030 (which reads 98% of random high bytes).
_BAD_SHARE = 0.1
# A UTF-16 or UTF-32 reading (announced by a byte-order mark or the zero bytes) of bytes
# that only look like it is full of controls and U+FFFD (3% of random code units are
# unpaired surrogates); text has next to none. Behind a UTF-8 mark, a page may mix in a few
# bytes of another encoding; random bytes read as UTF-8 are most of them U+FFFD.
_WIDE_BAD_SHARE = 0.02
_BOM_BAD_SHARE = 0.1
# A reading as Chinese is judged only with this many Han characters in the sample (below,
# chance decides); real pages have 67% or more of them in COMMON_HAN, misread Japanese or
# Korean at most 32% (see .data.common_han): the threshold sits between.
_MIN_HAN = 40
_MIN_COMMON_SHARE = 0.45
# With fewer, a low share is only a doubt: a Japanese or Korean reading may settle it.
_FEW_HAN = 8
# Japanese text: kana are 44-71% of its kana and Han characters (news paragraphs and
# CPython's samples); Korean EUC-KR misread as EUC-JP gives 15%.
_MIN_KANA_SHARE = 0.25
# Korean text: Hangul syllables are 83-100% of its non-ASCII characters; Chinese GB2312
# bytes read as CP949 give under 50% (and are never tried: they read as Chinese first).
_MIN_HANGUL_SHARE = 0.6
_MIN_LETTERS = 20
# ISO-2022 switches character sets with escape sequences; the text stays 7-bit.
_ISO2022 = (
    (lazy_compile(rb"\x1b\$\)C"), "iso2022_kr"),
    (lazy_compile(rb"\x1b[$(][@BJ]"), "iso2022_jp"),
)
_HZ = lazy_compile(rb"~\{[\x21-\x7e]{2}")
# Browsers read a Latin-1 or ASCII label as Windows-1252 (WHATWG Encoding), and so do we.
_CP1252_LABELS = frozenset({"latin_1", "iso8859-1", "ascii", "us-ascii", "windows-1252"})


class Decoded(NamedTuple):
    """What a page's bytes say: the text, the codec read with, and why there is no text.

    ``problem`` is None for a page; otherwise ``text`` is empty and ``problem`` says why
    (the bytes are in no encoding newsparse reads).
    """

    text: str
    codec: str
    problem: str | None = None


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

    Bytes that are no text in any encoding give ``("", "none")`` (see :func:`read_html`).

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
    decoded = read_html(data, declared)
    return decoded.text, decoded.codec


def read_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode an HTML page, or say why its bytes are no text; never raises.

    Examples:
        >>> japanese = "<p>日本語のニュースです。東京で会議が開かれた。</p>"
        >>> read_html(japanese.encode("shift_jis")).codec
        'cp932'
        >>> read_html(bytes(range(128, 256)) * 40).problem
        'the bytes are text in no encoding newsparse reads'
    """
    for bom, codec in BOMS:
        if data.startswith(bom):  # what follows a mark must still be text
            return _read_checked(data[len(bom) :], codec)
    wide = wide_codec(data[:SAMPLE_BYTES], declared)
    if wide is not None:
        return _read_checked(data, wide)
    labels = (declared, _declared_in_page(data))
    if data.isascii():
        return _read_seven_bit(data, [codec_for(name) for name in labels])
    sample = _sample(data)
    for name in labels:
        found = codec_for(name)
        if found is None or found in LATIN_CODECS or found == "ascii":
            continue  # a Western label proves nothing on a Chinese page; look at the bytes
        if _is_wide(found):
            continue  # a UTF-16/32 label on bytes without their zero bytes is wrong
        text = _trusted(data, sample, found)
        if text is not None:
            return Decoded(text, found)
    latin = next((c for c in map(codec_for, labels) if c in LATIN_CODECS), None)
    return _detect(data, sample, latin)


def _sample(data: bytes) -> bytes:
    """What detection reads: SAMPLE_BYTES from the first non-ASCII byte (where the evidence
    starts; a page may open with 100 KB of scripts, or of anything else)."""
    first = _FIRST_HIGH_BYTE.search(data)
    start = first.start() if first else 0
    return data[start : start + SAMPLE_BYTES]


def _declared_in_page(data: bytes) -> str | None:
    head = data[:_HEAD_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _is_wide(codec: str) -> bool:
    return codec.startswith(("utf-16", "utf_16", "utf-32", "utf_32"))


def _read_checked(data: bytes, codec: str) -> Decoded:
    """``data`` read with the codec a byte-order mark or the zero bytes announce, unless the
    reading is junk (random bytes after FF FE, a binary file with a UTF-16-like pattern)."""
    decoded = data.decode(codec, "replace")
    head = decoded[: SAMPLE_BYTES // 4]
    bad = head.count("\ufffd") + len(_CONTROL.findall(head))
    if codec == "utf-8":  # a page may mix in a few bytes of another encoding
        return _no_text() if bad > _BOM_BAD_SHARE * len(head) else Decoded(decoded, codec)
    if bad > _WIDE_BAD_SHARE * len(head):
        return _no_text()
    if _doubtful(head) and not (_japanese(head) or _korean(head)):
        return _no_text()  # random code units: rare Han characters
    return Decoded(decoded, codec)


def _read_seven_bit(data: bytes, declared: list[str | None]) -> Decoded:
    """ASCII bytes: ASCII, unless a 7-bit encoding (ISO-2022, HZ) is declared or used."""
    for codec in declared:
        if codec in SEVEN_BIT_CODECS:
            return Decoded(data.decode(codec, "replace"), codec)
    if b"\x1b" in data:
        for pattern, codec in _ISO2022:
            if pattern.search(data):
                return Decoded(data.decode(codec, "replace"), codec)
    if _HZ.search(data) and b"~}" in data:
        text, bad = _decode_counting(data[:SAMPLE_BYTES], "hz")
        if not bad and _common_share(text)[1] >= _FEW_HAN and not _doubtful(text):
            return Decoded(data.decode("hz", "replace"), "hz")
    return Decoded(data.decode("ascii"), "ascii")


def _trusted(data: bytes, sample: bytes, codec: str) -> str | None:
    """The text if the bytes agree with ``codec``, else None (the label is overridden)."""
    if codec != "utf-8" and _is_utf8(data):
        return None  # multi-byte UTF-8 that validates is never an accident
    text, bad = _decode_counting(data, codec)
    if bad:
        # A few bad bytes (a truncated page, a stray byte) do not disprove the label; a
        # text where the label loses clearly to another Chinese reading does.
        bad = _decode_counting(sample, codec)[1]
        rivals = [_decode_counting(sample, other) for other in ("gb18030", "big5hkscs")]
        fewest = min((n for reading, n in rivals if _plausible(reading) is not False), default=bad)
        if bad > max(2, fewest):
            return None
    if not _fits_language(codec, sample) and _rival(sample, codec):
        return None  # Big5 bytes under a GB label, Korean under a Japanese one ...
    return text


def _fits_language(codec: str, sample: bytes) -> bool:
    """Whether ``sample`` read with ``codec`` looks like the language the codec is for
    (True when unsure, and for codecs of other languages)."""
    if codec not in CHINESE_CODECS | JAPANESE_CODECS | KOREAN_CODECS:
        return True
    text = sample.decode(codec, "replace")
    if codec in CHINESE_CODECS:
        return not _doubtful(text)
    if codec in JAPANESE_CODECS:
        return _japanese(text) or _letters(text) < _MIN_LETTERS
    return _korean(text) or _letters(text) < _MIN_LETTERS


def _rival(sample: bytes, codec: str) -> bool:
    """Whether another CJK codec reads ``sample`` cleanly and plausibly."""
    for other in ("gb18030", "big5hkscs"):
        reading, bad = _decode_counting(sample, other)
        if other != codec and bad <= 2 and _plausible(reading):
            return True
    found = _other_cjk(sample)
    return found is not None and found != codec


def _detect(data: bytes, sample: bytes, latin: str | None) -> Decoded:
    text = _utf8_text(data)
    if text is not None:
        return Decoded(text, "utf-8")
    readings = {c: _decode_counting(sample, c) for c in ("gb18030", "big5hkscs", "utf-8")}
    least = min(bad for _, bad in readings.values())
    # GB18030 and Big5 read each other's bytes almost without error: among the readings
    # that are nearly as clean as the cleanest, the most Chinese-looking one wins.
    tied = [codec for codec, (_, bad) in readings.items() if bad <= least + 2]
    codec = max(tied, key=lambda c: _common_share(readings[c][0])[0])
    reading, bad = readings[codec]
    too_bad = bad > _BAD_SHARE * _non_ascii_bytes(sample)
    if too_bad or _doubtful(reading):
        other = _other_cjk(sample)
        if other is not None:
            return Decoded(data.decode(other, "replace"), other)
        if latin is not None:  # Western text, as declared (Latin-1 labels mean CP1252)
            latin = "cp1252" if latin in _CP1252_LABELS else latin
            return Decoded(data.decode(latin, "replace"), latin)
        return _no_text()
    return Decoded(data.decode(codec, "replace"), codec)


def _no_text() -> Decoded:
    return Decoded("", "none", "the bytes are text in no encoding newsparse reads")


def _other_cjk(sample: bytes) -> str | None:
    """A Japanese or Korean encoding that reads ``sample`` cleanly and plausibly, or None."""
    non_ascii = _non_ascii_bytes(sample)
    for codec, plausible in (("cp932", _japanese), ("euc_jp", _japanese), ("cp949", _korean)):
        text, bad = _decode_counting(sample, codec)
        if bad <= 1 + non_ascii // 400 and plausible(text):
            return codec
    return None


def _japanese(text: str) -> bool:
    kana = len(_KANA.findall(text))
    letters = kana + len(_HAN.findall(text))
    return letters >= _MIN_LETTERS and kana >= _MIN_KANA_SHARE * letters


def _korean(text: str) -> bool:
    letters = _letters(text)
    return letters >= _MIN_LETTERS and len(_HANGUL.findall(text)) >= _MIN_HANGUL_SHARE * letters


def _letters(text: str) -> int:
    return len(_NON_ASCII.findall(text))


def _common_share(text: str) -> tuple[float, int]:
    """The share of a reading's Han characters that are common ones, and how many it has."""
    han = _HAN.findall(text)[:_JUDGED_HAN]
    if not han:
        return 0.0, 0
    return sum(1 for ch in han if ch in COMMON_HAN) / len(han), len(han)


def _plausible(text: str) -> bool | None:
    """Whether a reading looks like Chinese; None when it holds too few Han characters."""
    share, count = _common_share(text)
    return None if count < _MIN_HAN else share >= _MIN_COMMON_SHARE


def _doubtful(text: str) -> bool:
    """Whether a reading's few Han characters are mostly rare ones."""
    share, count = _common_share(text)
    return count >= _FEW_HAN and share < _MIN_COMMON_SHARE


def _non_ascii_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A page cut inside its last character is still UTF-8.
        return exc.reason == "unexpected end of data" and exc.start >= len(data) - 3
    return True


def _utf8_text(data: bytes) -> str | None:
    """``data`` read as UTF-8 when :func:`_is_utf8` holds, else None: decoded once."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data.decode("utf-8", "replace")  # cut inside its last character
        return None


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        return text, text.count("\ufffd")
