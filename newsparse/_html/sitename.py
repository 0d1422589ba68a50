"""The hosting site's name and host: ``og:site_name`` cleaned, the copyright line, the
``<title>`` suffix, the site table by host.

The site is where the page is hosted, not who wrote the story: a 新华社 story on a portal
keeps ``source="新华社"`` and gets the portal as its site.
"""

from __future__ import annotations

import re

from .._chinese.han import HAN as _HAN
from .._core.lazy import lazy_compile
from .._news.data.sites import SITES
from .._news.sites import site_for_host
from .._news.sources import is_outlet_name
from .data.sites import SITE_NAME_JUNK, SITE_NAME_SUFFIXES

__all__ = ["site_name", "title_section"]

_MAX_NAME = 24
_MAX_SECTION = 8
# A title splits into headline and site/channel names at these separators.
_TITLE_SEP = lazy_compile(
    r"\s{0,3}(?:[_|｜│¦]{1,2}|::|\s[-–—]{1,2}\s|(?<=[^\d\s])[-–—]{1,2}(?=[^\d\s])|\s/\s)\s{0,3}"
)
# og:site_name carries a slogan or a channel after the name: "中時電子報 - 影視",
# "風傳媒　一個有國際觀…" (an ideographic space).
_NAME_SEP = lazy_compile(r"\s{0,3}(?:[|｜│¦]|\s[-–—]\s|\u3000)\s{0,3}")
_JUNK = lazy_compile(
    "|".join(re.escape(j) for j in SITE_NAME_JUNK) + r"|\b(?:19|20)\d\d\b|[,，.。]\s*$", re.I
)
_COMPANY = lazy_compile(r"\b(?:inc|ltd|limited|corp|corporation|co|company|group)\b\.?", re.I)
_LATIN_TAIL = lazy_compile(r"(?<=[\u3400-\u9fff])\s{1,3}[A-Za-z][A-Za-z0-9 .]{1,30}$")
_DOMAINISH = lazy_compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)
_CODE = lazy_compile(r"^[A-Za-z]?\d{4,}$")
_BRACKETS = "【】[]〔〕「」《》 "
_SUFFIX = lazy_compile("(?:" + "|".join(SITE_NAME_SUFFIXES) + ")$")
# Words after a site's name in a title that are not part of it: 星島日報網頁, 中央社即時新聞.
_NOT_NAME_TAILS = ("网页", "網頁", "即时新闻", "即時新聞")
# A slogan after a Han name, past a space: "風傳媒 一個有國際觀的新媒體" (ideographic spaces
# are plain ones by now). Latin parts stay: "ETtoday 東森新聞雲", "頭條日報 Headline Daily".
_SLOGAN = lazy_compile(r"(?<=[\u3400-\u9fff])\s+[\u3400-\u9fff][^A-Za-z]{5,}$")
# A home page's title: "腾讯首页", "新浪首页".
_HOME_TITLE = lazy_compile(r"^(\S{2,12}?)(?:首页|首頁)$")
# Title segments that name a desk or an edition, not a section: 熱血編輯部, 日報.
_NOT_SECTION = lazy_compile(r"(?:部|组|組|日报|日報|晚报|晚報)$")


def site_name(metas: dict[str, list[str]], raw_title: str | None, headline: str | None,
              host: str | None, publisher: str | None) -> str | None:  # fmt: skip
    """The hosting site's name, from the best evidence the page gives.

    In order: ``og:site_name`` (its slogan or channel cut off), the copyright meta
    (``网易版权所有`` -> ``网易``), the ``<title>`` suffix, the site table by host, the
    JSON-LD publisher, ``application-name``.

    Examples:
        >>> site_name({"og:site_name": ["中時電子報 - 影視"]}, None, None, None, None)
        '中時電子報'
        >>> site_name({"copyright": ["网易版权所有"]}, "标题_网易新闻", "标题", None, None)
        '网易'
        >>> site_name({}, "故宫，你低调点！_凤凰网资讯_凤凰网", "故宫，你低调点！", None, None)
        '凤凰网'
    """
    for value in metas.get("og:site_name", ()):
        name = _clean(_SLOGAN.sub("", _NAME_SEP.split(value)[0])) or _clean(value.split()[0])
        if name:
            return name
    for value in metas.get("copyright", ()):
        name = _from_copyright(value)
        if name:
            return name
    name = _from_title(raw_title, headline)
    if name:
        return name
    found = site_for_host(host)
    if found:
        return found[0]
    for value in [publisher or "", *metas.get("application-name", ())]:
        name = _clean(_NAME_SEP.split(value)[0])
        if name:
            return name
    return _last_segment(raw_title, headline)


def _clean(value: str) -> str | None:
    name = _JUNK.sub("", value).strip(_BRACKETS + "-_|:：,，")
    name = re.sub(r"\s{2,}", " ", name).strip()
    for tail in _NOT_NAME_TAILS:
        if name.endswith(tail) and len(name) > len(tail) + 1:
            name = name[: -len(tail)].strip()
    if not name or len(name) > _MAX_NAME or _CODE.match(name):
        return None
    return name


def _from_copyright(value: str) -> str | None:
    """A site named in a copyright meta: Han text, a domain in the site table, or a short
    Latin brand (``CSDN.NET``); company names (``China Times Inc. Limited``) are not sites."""
    text = _JUNK.sub(" ", value)
    for piece in re.split(r"[,，;；|]", text):
        piece = piece.strip()
        if not piece:
            continue
        if _DOMAINISH.match(piece):
            found = site_for_host(piece.lower())
            if found:
                return found[0]
            if piece.isupper():
                return piece  # CSDN.NET: the brand written as its domain
            continue
        if _COMPANY.search(piece):
            continue
        name = _clean(piece)
        if name and (_HAN.search(name) or len(name.split()) <= 2):
            return name
    return None


def _segments(raw_title: str, headline: str | None) -> list[str | None]:
    """The title's segments, cleaned; the headline's segment as None."""
    head = (headline or "").strip()
    out: list[str | None] = []
    for segment in _TITLE_SEP.split(raw_title):
        segment = segment.strip(_BRACKETS)
        if not segment:
            continue
        if head and (segment == head or segment in head or head in segment):
            out.append(None)
            continue
        out.append(_clean(_LATIN_TAIL.sub("", segment)) or "")
    return out


def _from_title(raw_title: str | None, headline: str | None) -> str | None:
    """The site name in a ``<title>``: the rightmost segment that reads like a site name
    (Han names before Latin ones); with a single suffix segment, that segment."""
    if not raw_title:
        return None
    segments = _segments(raw_title, headline)
    if len(segments) == 1:  # the whole title: a site's name on its home page, or a headline
        home = _HOME_TITLE.match(raw_title.strip(_BRACKETS))
        only = _clean(home.group(1) if home else raw_title.strip(_BRACKETS))
        looks = home is not None or (only is not None and _looks_like_site(only))
        return only if only and len(only) <= 12 and looks else None
    names = [s for s in segments if s and not _DOMAINISH.match(s) and not _CODE.match(s)]
    for han in (True, False):
        for name in reversed(names):
            if bool(_HAN.search(name)) == han and _looks_like_site(name):
                return name
    if len(segments) == 2 and len(names) == 1 and len(names[0]) <= 10:
        return names[0]
    return None


def _last_segment(raw_title: str | None, headline: str | None) -> str | None:
    """Last resort: the rightmost Han segment of a title that has a headline and more."""
    if not raw_title:
        return None
    segments = _segments(raw_title, headline)
    if len(segments) < 2:
        return None
    for segment in reversed(segments):
        if segment and _HAN.search(segment) and not _CODE.match(segment):
            return segment
    return None


def title_section(raw_title: str | None, headline: str | None, site: str | None) -> str | None:
    """The section a ``<title>`` names next to the site's name (``标题 | 國內要聞 | 聯合新聞網``,
    ``無綫新聞 - 財經 - 标题``): the nearest segment that is neither the headline, the site,
    a date nor a desk.

    Examples:
        >>> title = "國光免費 | 國光試乘券搶爆 | 國內要聞 | 聯合新聞網"
        >>> title_section(title, "國光免費", "聯合新聞網")
        '國內要聞'
        >>> title_section("標題 - BBC中文网 - 两岸三地", "標題", "BBC中文网")
        '两岸三地'
    """
    if not raw_title or not site:
        return None
    segments = _segments(raw_title, headline)
    if site not in segments:
        return None
    at = segments.index(site)
    order = [*reversed(segments[:at]), *segments[at + 1 :]] if at else segments[at + 1 :]
    for segment in order:
        if segment is None:
            break  # the headline: the section sits between it and the site
        if (
            segment
            and _HAN.search(segment)
            and len(segment) <= _MAX_SECTION
            and not _looks_like_site(segment)
            and not _NOT_SECTION.search(segment)
        ):
            return segment  # fmt: skip
    if at == 0:
        return None
    for segment in segments[at + 1 :]:
        if segment and _HAN.search(segment) and len(segment) <= _MAX_SECTION:
            return segment if not _looks_like_site(segment) else None
    return None


def _looks_like_site(name: str) -> bool:
    if _SUFFIX.search(name) or is_outlet_name(name):
        return True
    return any(site == name for site, _ in SITES.values())
