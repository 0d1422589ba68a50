"""Scripts: detect simplified/traditional, convert between them, and normalise page text.

Parsing never converts a whole page: patterns elsewhere match both scripts. Conversion is
an output option (``Config(script=...)``, applied by :func:`converter_for`) and a public
helper (:func:`convert`, :func:`to_simplified`, :func:`to_traditional`).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from typing import Literal

from .._core.article import Script
from .._core.checks import check_choice, type_error
from .._core.config import Config
from .._core.errors import ConfigError, UnknownConversionError
from .._core.firsts import run_of
from .._core.lazy import lazy_compile
from . import convert as _convert
from .data.charsets import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from .normalize import normalize

__all__ = [
    "ScriptConverter",
    "backend_name",
    "convert",
    "converter_for",
    "detect_script",
    "is_simplified_char",
    "is_traditional_char",
    "normalize",
    "to_simplified",
    "to_traditional",
]

Backend = str | Callable[[str, str], str]

backend_name = _convert.backend_name

# detect_script reads at most this much of a page: the script is settled long before.
_DETECT_MAX_CHARS = 200_000
# The majority script must hold this share of the one-script characters, unless the
# minority is a single character (machine-converted pages leave one or two behind).
_DOMINANT_SHARE = 0.8

_SURROGATES = lazy_compile(run_of(r"[\ud800-\udfff]"))
_OUTPUT_CONFIGS: dict[tuple[str, str | None], str] = {
    ("simplified", None): "t2s",
    ("simplified", "tw"): "t2s",
    ("simplified", "hk"): "t2s",
    ("traditional", None): "s2t",
    ("traditional", "tw"): "s2tw",
    ("traditional", "hk"): "s2hk",
}
_TO_SIMPLIFIED = {None: "t2s", "tw": "tw2s", "hk": "hk2s"}
_TO_TRADITIONAL = {None: "s2t", "tw": "s2tw", "hk": "s2hk"}

# One pass over the text counts both scripts: simplified-only characters add 1,
# traditional-only ones add 1 << 32 (a count cannot reach 2**32 within the sample).
_TRADITIONAL_UNIT = 1 << 32


@functools.cache
def _script_weights() -> dict[str, int]:
    return {
        **dict.fromkeys(SIMPLIFIED_ONLY, 1),
        **dict.fromkeys(TRADITIONAL_ONLY, _TRADITIONAL_UNIT),
    }


# A character class beyond the BMP is a list the engine reads one by one, where inside it
# is a table: so the searches below find every character past U+FFFF, and leave a text
# holding one to the count.
_ASTRAL = "\U00010000-\U0010ffff"


_BEYOND_BMP = lazy_compile(f"[{_ASTRAL}]")


@functools.cache
def _script_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for a simplified-only and for a traditional-only character of the BMP, each
    also finding any character beyond the BMP (see _ASTRAL)."""

    def marks(chars: frozenset[str]) -> re.Pattern[str]:
        bmp = "".join(re.escape(c) for c in sorted(chars) if c <= "\uffff")
        return lazy_compile(f"[{bmp}{_ASTRAL}]")

    return marks(SIMPLIFIED_ONLY), marks(TRADITIONAL_ONLY)


def _one_script(sample: str) -> Script | None:
    """detect_script's answer for a text with characters of one script only or of
    neither, told by two searches in C; None for any other text (both scripts, or a
    character beyond the BMP), which only the count can judge. Most texts are answered:
    the count takes ten times as many instructions."""
    simplified_mark, traditional_mark = _script_marks()
    traditional = traditional_mark.search(sample)
    if traditional is not None and traditional[0] > "\uffff":
        return None
    simplified = simplified_mark.search(sample)
    if simplified is not None and simplified[0] > "\uffff":
        return None
    if simplified is None:
        return "unknown" if traditional is None else "traditional"
    return "simplified" if traditional is None else None


def _require_str(text: object, func: str) -> str:
    if not isinstance(text, str):
        raise type_error(func, "text", "a str", text)
    return text


def is_simplified_char(ch: str) -> bool:
    """True for a character that only simplified Chinese uses (OpenCC's s2t changes it).

    Examples:
        >>> is_simplified_char("关"), is_simplified_char("關"), is_simplified_char("后")
        (True, False, False)
    """
    return ch in SIMPLIFIED_ONLY


def is_traditional_char(ch: str) -> bool:
    """True for a character that only traditional Chinese uses (OpenCC's t2s changes it).

    Examples:
        >>> is_traditional_char("關"), is_traditional_char("关"), is_traditional_char("于")
        (True, False, False)
    """
    return ch in TRADITIONAL_ONLY


def detect_script(text: str) -> Script:
    """Which Chinese script ``text`` is written in.

    Counts the characters that exist in only one script (关 vs 關; shared characters such
    as 后, 于, 中 count for neither). No such character: ``"unknown"``. Otherwise the
    majority script wins when it holds at least 80% of them, or when the other script
    shows a single character (what machine conversion typically leaves behind);
    else ``"mixed"``. Only the first 200,000 characters are read.

    Args:
        text: Any text; Latin text with a few Han characters is judged by those.

    Returns:
        ``"simplified"``, ``"traditional"``, ``"mixed"`` or ``"unknown"``.

    Raises:
        TypeError: ``text`` is not a str.

    Examples:
        >>> detect_script("关于后处理"), detect_script("關于後處理"), detect_script("中文")
        ('simplified', 'traditional', 'unknown')
        >>> detect_script("简体字與繁體字")
        'mixed'
    """
    sample = _require_str(text, "detect_script()")[:_DETECT_MAX_CHARS]
    if sample.isascii():
        return "unknown"
    return _one_script(sample) or _counted(sample)


def _counted(sample: str) -> Script:
    """detect_script's answer, from the count of each script's characters, found by the
    searches of _script_marks (one call in C each, where a lookup a character in Python took
    some six hundred instructions); the traditional ones are counted only as far as the
    answer can still change (see _enough)."""
    simplified_mark, traditional_mark = _script_marks()
    # The marks find every character beyond the BMP: those are told apart one by one.
    beyond = _BEYOND_BMP.findall(sample)
    weights = _script_weights()
    simplified_beyond = sum(weights.get(ch, 0) == 1 for ch in beyond)
    traditional_beyond = sum(weights.get(ch, 0) == _TRADITIONAL_UNIT for ch in beyond)
    simplified = len(simplified_mark.findall(sample)) - len(beyond) + simplified_beyond
    enough = _enough(simplified) + len(beyond) - traditional_beyond
    found = sum(1 for _ in itertools.islice(traditional_mark.finditer(sample), enough))
    traditional = found - len(beyond) + traditional_beyond
    if simplified == traditional:
        return "unknown" if simplified == 0 else "mixed"
    majority = max(simplified, traditional)
    minority = min(simplified, traditional)
    if minority <= 1 or majority >= _DOMINANT_SHARE * (majority + minority):
        return "simplified" if simplified > traditional else "traditional"
    return "mixed"


def _enough(simplified: int) -> int:
    """A count of traditional characters from which _counted's answer is the same for any
    larger one: more than ``simplified``, and a majority it holds (it then only grows)."""
    traditional = max(simplified + 1, 4 * simplified - 2)  # 4x: an 80% share
    while simplified > 1 and traditional < _DOMINANT_SHARE * (traditional + simplified):
        traditional += 1
    return traditional


def convert(
    text: str,
    config: str | Callable[[str], str] = "t2s",
    *,
    converter: Backend = "auto",
) -> str:
    """Convert ``text`` with an OpenCC configuration such as ``"t2s"`` or ``"s2tw"``.

    Args:
        text: The text to convert.
        config: An OpenCC configuration name (``"s2t"``, ``"t2s"``, ``"s2tw"``, ``"tw2s"``,
            ``"s2hk"``, ``"hk2s"``, ``"s2twp"``, ``"tw2sp"``, ``"t2tw"``, ``"t2hk"``; with
            official OpenCC also ``"tw2t"``, ``"hk2t"``, ``"t2jp"``, ``"jp2t"``), with or
            without ``.json``; or your own function ``str -> str``, which is simply applied.
        converter: ``"auto"`` (whatever package provides ``opencc``) or a function
            ``(text, config_name) -> str`` that does the conversion instead.

    Returns:
        The converted text. Non-Chinese characters, including lone surrogates, come back
        as they were.

    Raises:
        TypeError: ``text`` is not a str, ``config`` not a str or function, ``converter``
            not ``"auto"`` or a function.
        UnknownConversionError: (a ``ValueError``) the name is not a configuration the
            backend provides; the message lists the ones it does.
        ConfigError: ``converter`` is a str other than ``"auto"``.

    Examples:
        >>> convert("汉字转换", "s2t")
        '漢字轉換'
        >>> convert("漢字", "t2s")
        '汉字'
        >>> convert("abc", str.upper)
        'ABC'
    """
    _require_str(text, "convert()")
    if callable(config):
        return _checked(config(text))
    if not isinstance(config, str):
        expected = "an OpenCC configuration name ('t2s') or a function"
        raise type_error("convert()", "config", expected, config)
    if converter == "auto":
        name = _convert.resolve_config_name(config)
        if text.isascii():  # nothing any configuration changes
            return text
        return _apply(_convert.converter(name), text)
    if isinstance(converter, str):
        raise ConfigError(f"convert() needs converter as 'auto' or a function, not {converter!r}")
    if not callable(converter):
        raise type_error(
            "convert()", "converter", "'auto' or a function (text, name) -> str", converter
        )
    name = config.strip().lower().removesuffix(".json")
    if name not in _convert.OPENCC_CONFIGS:
        raise UnknownConversionError(
            f"unknown conversion {config!r}; valid names: {', '.join(_convert.OPENCC_CONFIGS)}"
        )
    return _checked(converter(text, name))


def _checked(result: object) -> str:
    if not isinstance(result, str):
        raise TypeError(f"a converter must return str, not {type(result).__name__}")
    return result


def _apply(fn: Callable[[str], str], text: str) -> str:
    """``fn(text)``, converting around lone surrogates when the backend cannot encode them."""
    try:
        return fn(text)
    except UnicodeError:
        pieces = _SURROGATES.split(text)
        marks = _SURROGATES.findall(text)
        out = [fn(piece) if piece else piece for piece in pieces]
        return "".join(p + m for p, m in zip(out, [*marks, ""], strict=True))


def to_simplified(text: str, region: Literal["tw", "hk"] | None = None) -> str:
    """Traditional to simplified Chinese (OpenCC ``t2s``; ``tw2s``/``hk2s`` for a region).

    Raises:
        TypeError: ``text`` is not a str, or ``region`` not a str or None.
        ConfigError: ``region`` is not ``None``, ``"tw"`` or ``"hk"``.

    Examples:
        >>> to_simplified("新華社記者報道")
        '新华社记者报道'
    """
    return convert(
        _require_str(text, "to_simplified()"),
        _region_config(_TO_SIMPLIFIED, region, "to_simplified()"),
    )


def to_traditional(text: str, region: Literal["tw", "hk"] | None = None) -> str:
    """Simplified to traditional Chinese: OpenCC ``s2t``, or ``s2tw``/``s2hk`` for a region.

    ``region="tw"`` uses Taiwan's standard character forms (``s2tw``) but keeps the
    words as written: ``s2twp`` would also swap mainland vocabulary for Taiwanese
    (软件 -> 軟體), a translation rather than a change of script. Call
    ``convert(text, "s2twp")`` for that.

    Raises:
        TypeError: ``text`` is not a str, or ``region`` not a str or None.
        ConfigError: ``region`` is not ``None``, ``"tw"`` or ``"hk"``.

    Examples:
        >>> to_traditional("新华社记者报道")
        '新華社記者報道'
        >>> to_traditional("软件", region="tw"), convert("软件", "s2twp")
        ('軟件', '軟體')
    """
    return convert(
        _require_str(text, "to_traditional()"),
        _region_config(_TO_TRADITIONAL, region, "to_traditional()"),
    )


def _region_config(table: dict[str | None, str], region: object, func: str) -> str:
    check_choice(region, tuple(table), func, "region")
    return table[region]  # type: ignore[index]  # checked: one of the keys


@dataclasses.dataclass(frozen=True)
class ScriptConverter:
    """A picklable ``str -> str`` converter: pickles as its configuration name.

    The OpenCC engine behind it is built once per process, on first call.

    Examples:
        >>> import pickle
        >>> to_t = pickle.loads(pickle.dumps(ScriptConverter("s2t")))
        >>> to_t("记者")
        '記者'
    """

    config_name: str
    backend: Backend = "auto"

    def __call__(self, text: str) -> str:
        return convert(text, self.config_name, converter=self.backend)


def converter_for(config: Config) -> ScriptConverter | None:
    """The converter that ``Config(script=..., region=...)`` asks for; None for ``"keep"``.

    The assembler applies it to every text field of an Article.

    Examples:
        >>> converter_for(Config()) is None
        True
        >>> converter_for(Config(script="traditional", region="hk")).config_name
        's2hk'
        >>> converter_for(Config(script="simplified"))("國際新聞")
        '国际新闻'
    """
    if not isinstance(config, Config):
        raise TypeError(f"config must be a newsparse.Config, not {type(config).__name__}")
    if config.script == "keep":
        return None
    name = _OUTPUT_CONFIGS[(config.script, config.region)]
    return ScriptConverter(name, config.converter)
