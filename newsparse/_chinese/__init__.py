"""Chinese text: numerals, script detection and conversion, normalisation, pinyin repair."""
