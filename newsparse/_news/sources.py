"""Publishers and agencies: canonical names, ``来源`` values and the region of an outlet.

Every name is looked up through one folded key (traditional characters folded to
simplified, Latin letters lower-cased, spaces and dots dropped), so ``新華網``, ``新华网``
and ``Xin Hua Wang`` find the same row of ``_agencies.OUTLETS``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

from .._chinese.han import HAN as _HAS_HAN
from .._core.firsts import SPACES, run_of
from .._core.lazy import lazy_compile
from .data.agencies import OUTLETS, T2S_FOLD, Outlet

__all__ = [
    "OUTLET_NAMES_RE",
    "canonical_source",
    "clean_source",
    "fold_key",
    "is_outlet_name",
    "region_for_source",
]

_FOLD_TABLE = str.maketrans(T2S_FOLD)
_KEY_DROP = lazy_compile(run_of(f"[{SPACES}'’.·•\\-_]"))


def fold_key(name: str) -> str:
    """The lookup key of a name: script, case, spaces and dots folded.

    Examples:
        >>> fold_key("Xin Hua She") == fold_key("xinhua she")
        True
        >>> fold_key("新華網")
        '新华网'
    """
    return _KEY_DROP.sub("", name.translate(_FOLD_TABLE)).casefold()


def _build_index(outlets: tuple[Outlet, ...]) -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for outlet in outlets:
        for name in (outlet.canonical, *outlet.aliases):
            index.setdefault(fold_key(name), outlet)
    return index


@functools.cache
def _index() -> Mapping[str, Outlet]:
    """Folded name -> outlet, built on first use (folding 441 names is import time saved)."""
    return MappingProxyType(_build_index(OUTLETS))


@functools.cache
def _longest_key() -> int:
    return max(map(len, _index()))


# Names as they may be written inside Chinese text. Pure-Latin aliases ("AP", "CNA") are
# left out: inside a sentence they are too often something else.
_TEXT_NAMES = sorted(
    {n for o in OUTLETS for n in (o.canonical, *o.aliases) if _HAS_HAN.search(n)},
    key=lambda n: (-len(n), n),
)
OUTLET_NAMES_RE = "|".join(re.escape(n) for n in _TEXT_NAMES)

_LABEL = lazy_compile(
    r"(?:本文|文章|新闻|新聞|稿件|图片|圖片|信息|資料|资料)?"
    r"(?:来源|來源|出处|出處|转自|轉自|source)(?:于|於|自)?\s{0,4}[:：|｜]?\s{0,4}",
    re.IGNORECASE,
)
# Where the source name ends and page furniture glued after it begins.
_JUNK = lazy_compile(
    r"责任编辑|責任編輯|责编|責編|编辑|編輯|作者|记者|記者|发布时间|發佈時間|發布時間|时间|時間|"
    r"校对|校對|原标题|原標題|浏览|瀏覽|阅读|閱讀|点击|點擊|字号|字號|"
    r"\d{1,9}\s{0,2}(?:人参与|人參與|评论|評論|条评论|條評論)|https?://|www\.|"
    r"\s\d{4}[-/.年]|\s{2,}|[|｜【\[(（]"
)
_PARTS = lazy_compile(r"\s{0,3}[-—－_·•／/、,，;；]\s{0,3}")
_SUFFIX = lazy_compile(
    r"(?:客户端|客戶端|官方网站|官方網站|官网|官網|APP|App|app|微信公众号|微信公眾號)$"
)
_QUOTES = str.maketrans("", "", "《》〈〉“”\"'「」『』")
_BAD = lazy_compile(r"[。！？!?：:]")
# Emoji, pictographs and brackets around a name: "🌏华商君", "( ) 中晝新聞".
_SYMBOLS = lazy_compile(r"[^\w\s·.&\-。！？!?：:]")
_ORIGINAL = frozenset({"原创", "原創", "转载", "轉載", "独家", "獨家"})
# Not a publisher: "来源：网络" says only that the text came from somewhere online.
_VAGUE = frozenset(
    {
        "网络",
        "網絡",
        "網路",
        "网路",
        "互联网",
        "互聯網",
        "网友",
        "網友",
        "综合",
        "綜合",
        "未知",
        "本站",
        "佚名",
        "网络综合",
        "網絡綜合",
        "网络整理",
        "網路整理",
    }
)


def canonical_source(name: str) -> str | None:
    """The canonical name of an outlet or agency, from any of its names.

    Args:
        name: A name in simplified or traditional script, a short name (``每经``), or a
            romanisation (``Ren Min Ri Bao``, ``Xinhua``).

    Returns:
        The canonical (simplified) name, or None when the outlet is unknown.

    Raises:
        TypeError: ``name`` is not a str.

    Examples:
        >>> canonical_source("Ren Min Ri Bao"), canonical_source("新華網")
        ('人民日报', '新华网')
        >>> canonical_source("每经"), canonical_source("某某周刊") is None
        ('每日经济新闻', True)
    """
    if not isinstance(name, str):
        raise TypeError(f"canonical_source() needs a name as str, not {type(name).__name__}")
    outlet = _index().get(fold_key(name.translate(_QUOTES)))
    return outlet.canonical if outlet else None


def is_outlet_name(name: str) -> bool:
    """True when ``name`` is a known outlet or agency in any script.

    Examples:
        >>> is_outlet_name("南都"), is_outlet_name("陆一夫")
        (True, False)
    """
    if len(name) > _longest_key() and len(_KEY_DROP.sub("", name)) > _longest_key():
        return False  # folding keeps every other character (one for one, or more): too long
    return fold_key(name) in _index()


def region_for_source(name: str) -> str | None:
    """The region whose clock an outlet's pages follow: ``cn``, ``tw``, ``hk``, ``sg``, ``my``.

    Returns None for unknown outlets and for foreign agencies (whose datelines follow the
    place of the story).

    Raises:
        TypeError: ``name`` is not a str.

    Examples:
        >>> region_for_source("中央社"), region_for_source("明報"), region_for_source("早报")
        ('tw', 'hk', 'sg')
        >>> region_for_source("路透") is None
        True
    """
    if not isinstance(name, str):
        raise TypeError(f"region_for_source() needs a name as str, not {type(name).__name__}")
    outlet = _index().get(fold_key(name))
    if outlet is None:
        cleaned = clean_source(name)
        outlet = _index().get(fold_key(cleaned)) if cleaned else None
    return outlet.region if outlet else None


def clean_source(value: str) -> str | None:
    """The outlet named by a ``来源`` value, as written, without labels and furniture.

    Strips a leading ``来源：`` label, whatever the page glued after the name (editors,
    times, counters, links), channel suffixes (``人民网-文化频道``) and app suffixes
    (``新华社客户端``). The script is kept; pass the result to :func:`canonical_source`
    for the canonical form.

    Raises:
        TypeError: ``value`` is not a str.

    Examples:
        >>> clean_source("來源:新華網責編:田蜜")
        '新華網'
        >>> clean_source("来源：人民网-文化频道"), clean_source("澎湃新闻·澎湃号·政务")
        ('人民网', '澎湃新闻')
        >>> clean_source("来源：") is None, clean_source("来源：网络") is None
        (True, True)
        >>> clean_source("本文来源于澎湃新闻"), clean_source("原创 南方都市报")
        ('澎湃新闻', '南方都市报')
    """
    if not isinstance(value, str):
        raise TypeError(f"clean_source() needs a str, not {type(value).__name__}")
    text = value[:300]
    label = _LABEL.search(text)
    if label:
        text = text[label.end() :]
    text = text.translate(_QUOTES)
    junk = _JUNK.search(text, 1)
    if junk:
        text = text[: junk.start()]
    text = _SYMBOLS.sub(" ", text).strip()
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if not parts:
        return None
    words = [w for p in parts for w in p.split()]
    known = [p for p in [*parts, *words] if is_outlet_name(p)]
    name = known[0] if known else parts[0]
    if not known and len(words) > 1:
        repeated = [w for w in words if words.count(w) > 1]
        if repeated:  # "华商君 华商报 华商报": an account's byline repeats its outlet
            name = repeated[0]
        elif words[0] in _ORIGINAL:  # "原创 南方都市报"
            name = words[-1]
    if name in _VAGUE:
        return None
    stripped = _SUFFIX.sub("", name).strip()
    name = stripped or name
    if len(name) > 30 or _BAD.search(name) or name.isdigit():
        return None
    return name
