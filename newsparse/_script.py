"""PLACEHOLDER (owned by the script helper): script detection, conversion, normalisation."""

from __future__ import annotations

import unicodedata
from typing import Literal

__all__ = ["convert", "detect_script", "normalize", "to_simplified", "to_traditional"]

ScriptName = Literal["simplified", "traditional", "mixed", "unknown"]


def detect_script(text: str) -> ScriptName:
    return "unknown"


def convert(text: str, config: str = "t2s") -> str:
    import opencc

    return str(opencc.OpenCC(config).convert(text))


def to_simplified(text: str) -> str:
    return convert(text, "t2s")


def to_traditional(text: str, region: str | None = None) -> str:
    return convert(text, {"tw": "s2tw", "hk": "s2hk"}.get(region or "", "s2t"))


def normalize(text: str, config: object = None) -> str:
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.replace("\u3000", " ").replace("\xa0", " ").strip() for line in text.split("\n"))
