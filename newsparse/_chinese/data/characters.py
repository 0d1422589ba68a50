"""Character tables for normalize(): spaces, invisible characters, widths, punctuation."""

from __future__ import annotations

__all__ = [
    "CHINESE_PUNCTUATION",
    "CJK_CLOSERS",
    "CJK_OPENERS",
    "FULLWIDTH_ALNUM",
    "FULLWIDTH_PUNCTUATION",
    "HAN_RANGES",
    "INVISIBLE",
    "SPACES",
    "TONED_VOWELS",
]

#: Unicode spaces that become a plain space: ideographic space (indents), no-break space,
#: the typographic spaces U+2000-U+200A, narrow no-break, medium mathematical, Ogham.
SPACES = "\u3000\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u1680"

#: Invisible characters that are dropped: zero-width space, BOM / zero-width no-break
#: space, soft hyphen, word joiner. ZWJ/ZWNJ stay (emoji and Indic text need them).
INVISIBLE = "\u200b\ufeff\u00ad\u2060"

#: Full-width digits and Latin letters -> ASCII. Full-width punctuation is Chinese
#: punctuation and is kept.
FULLWIDTH_ALNUM: dict[int, int] = {
    cp: cp - 0xFEE0
    for block in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for cp in range(block[0], block[1] + 1)
}

#: ASCII punctuation -> the full-width form Chinese text uses.
FULLWIDTH_PUNCTUATION: dict[str, str] = {
    ",": "，",
    ":": "：",
    ";": "；",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
}

#: Han ideographs for regex classes: Extension A, the URO, compatibility ideographs,
#: Extensions B-I, and 〇.
HAN_RANGES = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

#: Punctuation that may stand where a Han character would, before / after ASCII punctuation.
CJK_CLOSERS = "”’」』）》〉】〕。"
CJK_OPENERS = "“‘「『（《〈【〔"

#: Punctuation of Chinese running text (full-width forms).
CHINESE_PUNCTUATION = "，。、；：？！“”‘’《》〈〉（）【】「」『』—…·～"

#: Hanyu Pinyin vowels with a tone mark, and the plain vowel each stands for.
TONED_VOWELS: dict[str, str] = {
    **dict.fromkeys("āáǎà", "a"),
    **dict.fromkeys("ēéěè", "e"),
    **dict.fromkeys("īíǐì", "i"),
    **dict.fromkeys("ōóǒò", "o"),
    **dict.fromkeys("ūúǔù", "u"),
    **dict.fromkeys("ǖǘǚǜ", "ü"),
}
