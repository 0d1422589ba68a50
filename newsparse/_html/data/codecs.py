"""Charset names as pages and servers write them, mapped to the codec newsparse decodes with.

Chinese pages routinely under-declare: a page labelled GB2312 holds GBK or GB18030
characters, and a page labelled Big5 holds Hong Kong supplementary characters. Decoding
with the superset loses nothing and repairs those pages.
"""

from __future__ import annotations

__all__ = [
    "CHINESE_CODECS",
    "CODEC_ALIASES",
    "JAPANESE_CODECS",
    "KOREAN_CODECS",
    "LATIN_CODECS",
    "NOT_PAGE_CODECS",
    "SEVEN_BIT_CODECS",
]

#: Declared name (lower case) -> codec used. Names not listed go through ``codecs.lookup``.
CODEC_ALIASES: dict[str, str] = {
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gb-2312": "gb18030",
    "csgb2312": "gb18030",
    "euc-cn": "gb18030",
    "euccn": "gb18030",
    "x-euc-cn": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "gb18030": "gb18030",
    "gb-18030": "gb18030",
    "hz-gb-2312": "hz",  # 7-bit, with ~{ ~} shifts: no GB18030 byte means the same
    "big5": "big5hkscs",
    "big-5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    "cp950": "big5hkscs",
    "ms950": "big5hkscs",
    "shift_jis": "cp932",  # Windows' superset, what pages labelled Shift_JIS hold
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",  # likewise: Unified Hangul Code extends EUC-KR
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}

#: Single-byte Western codecs: they decode any bytes, so a page that declares one proves
#: nothing about its text (servers default to them); newsparse checks the bytes first.
LATIN_CODECS: frozenset[str] = frozenset(
    {"latin_1", "iso8859-1", "cp1252", "ascii", "iso8859-15", "windows-1252", "us-ascii"}
)

#: The codecs whose readings must look like Chinese, Japanese or Korean text: a label that
#: gives text in the wrong script is overridden when another codec reads the bytes well.
CHINESE_CODECS: frozenset[str] = frozenset({"gb18030", "big5hkscs"})
JAPANESE_CODECS: frozenset[str] = frozenset(
    {"cp932", "shift_jis", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004",
     "euc_jisx0213"}
)  # fmt: skip
KOREAN_CODECS: frozenset[str] = frozenset({"cp949", "euc_kr", "johab"})

#: Encodings written in 7-bit bytes: a page in them is all ASCII bytes.
SEVEN_BIT_CODECS: frozenset[str] = frozenset(
    {"hz", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_3", "iso2022_jp_ext",
     "iso2022_kr", "utf-7"}
)  # fmt: skip

#: Text codecs Python registers that no page is written in (they transform text or always
#: fail): a page or a server declaring one is mislabelled, and decoding with one raises.
#: Bytes-to-bytes codecs (base64, zlib, hex, rot13) are refused by ``_is_text_encoding``.
NOT_PAGE_CODECS: frozenset[str] = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined"}
)
