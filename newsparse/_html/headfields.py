"""The page-level fields a head declares: description, lead image, tags, section, update
time, canonical address and declared language.

Read from the raw tree before cleaning (the tag list and the breadcrumbs are furniture the
cleaner removes). Values come out as the page wrote them, entities decoded and whitespace
collapsed; ``_extract.extras`` normalises them with the rest of the article.
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import re
from collections.abc import Iterable
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urljoin, urlsplit
from zoneinfo import ZoneInfo

from .._chinese.han import HAN as _HAN
from .._core.lazy import lazy_compile
from .._dates.when import parse_when
from .data.meta_names import (
    CATEGORY_NAMES,
    DESCRIPTION_NAMES,
    IMAGE_NAMES,
    LANGUAGE_NAMES,
    MODIFIED_NAMES,
    SECTION_NAMES,
    TAG_NAMES,
)
from .data.sites import LOGO_TOKENS
from .dom import text_of

__all__ = [
    "absolute_url",
    "canonical_url",
    "collect_links",
    "collect_metas",
    "declared_language",
    "description",
    "head_images",
    "is_logo",
    "itemprop_times",
    "meta_section",
    "meta_tags",
    "meta_time",
    "modified_time",
    "other_address",
]

_WS = lazy_compile(r"\s+")
_KEY_SPACE = lazy_compile(r"\s+")
_WORD = lazy_compile(r"[\w\u3400-\u9fff]")
_MAX_VALUES = 60  # values kept per meta name (a blog page had 47 og:image tags)
# The attributes that name a meta's value, in the order they are read.
_META_KEYS = ("name", "property", "itemprop", "http-equiv")
_MEMO_SIZE = 4096  # distinct meta names remembered: many pages' worth
_MAX_DESCRIPTION = 2000
_MAX_SECTION = 20
_FILE_WORDS = lazy_compile(r"[a-z]{3,}")
_SPACE = lazy_compile(r"\s")
# Host labels that name no site: public suffixes and common prefixes.
_GENERIC_LABELS = frozenset(
    {"www", "com", "net", "org", "gov", "edu", "co", "cn", "tw", "hk", "mo", "sg", "my", "uk",
     "img", "image", "images", "static", "news", "cdn", "m", "mg", "info"}
)  # fmt: skip
_HTTP_DATE = lazy_compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} ")
_DASHED_CLOCK = lazy_compile(r"^(\d{4}-\d\d-\d\d)-(\d\d:\d\d(?::\d\d)?)$")


def collect_links(elements: Iterable[Any]) -> dict[str, list[str]]:
    """``link`` addresses by ``rel`` (``canonical``, ``image_src``; ``alternate`` only with a
    ``media`` query: a page's mobile version), in document order; ``elements`` are the
    ``<link>`` elements with ``rel`` and ``href`` (:func:`.headwalk.gather_head`)."""
    links: dict[str, list[str]] = {}
    for el in elements:
        rel = str(el.get("rel")).strip().lower()
        if rel == "alternate" and el.get("media") is None:
            continue
        links.setdefault(rel, []).append(str(el.get("href")))
    return links


def itemprop_times(elements: Iterable[Any]) -> tuple[list[str], list[str]]:
    """(publish times, update times) that elements other than ``<meta>`` stamp with
    ``itemprop`` (``<time itemprop="datePublished" datetime="…">``, a ``<span>``'s text);
    ``elements`` are those with an ``itemprop``, in document order."""
    published: list[str] = []
    modified: list[str] = []
    for el in elements:
        prop = el.get("itemprop")
        if prop in ("datePublished", "dateModified"):
            value = el.get("content") or el.get("datetime") or text_of(el)
            (published if prop == "datePublished" else modified).append(value)
    return published, modified


def collect_metas(elements: Iterable[Any]) -> dict[str, list[str]]:
    """Every ``<meta>`` value by lower-cased ``name``, ``property``, ``itemprop`` or
    ``http-equiv`` (spaces inside the key dropped: ``weibo: article:update_at``), in
    document order, whitespace collapsed, empty values skipped; ``elements`` are the
    ``<meta>`` elements with a ``content`` attribute."""
    metas: dict[str, list[str]] = {}
    for el in elements:
        content = _WS.sub(" ", str(el.get("content") or "")).strip()
        if not content:
            continue
        # The names first (one call): a missing attribute costs as much to read as one there.
        keys = el.keys()
        for attr in _META_KEYS:
            if attr in keys and (key := el.get(attr)):
                values = metas.setdefault(_meta_key(key), [])
                if len(values) < _MAX_VALUES:
                    values.append(content)
    return metas


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _meta_key(key: str) -> str:
    """A meta name as :func:`collect_metas` files it (pages repeat a few dozen names)."""
    return _KEY_SPACE.sub("", key).lower()


def _values(metas: dict[str, list[str]], names: Iterable[str]) -> list[str]:
    return [value for name in names for value in metas.get(name, ())]


def clean_text(value: str) -> str:
    """Entities decoded (twice-escaped ones too), whitespace collapsed, trimmed."""
    for _ in range(2):
        if "&" not in value:
            break
        value = html.unescape(value)
    return _WS.sub(" ", value).strip()


def description(metas: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    """The page's own summary: the first description meta that says something, else JSON-LD.

    Examples:
        >>> metas = {"description": ["..."], "og:description": ["今天凌晨，三星发布新机。"]}
        >>> description(metas, {})
        '今天凌晨，三星发布新机。'
    """
    for value in [*_values(metas, DESCRIPTION_NAMES), ld.get("description") or ""]:
        text = clean_text(value)[:_MAX_DESCRIPTION]
        if len(_WORD.findall(text)) >= 2:
            return text
    return None


def absolute_url(value: str, base: str | None, *, quote_spaces: bool = False) -> str | None:
    """``value`` as an absolute http(s) address, or None when it cannot be made one.

    A protocol-relative address takes the base's scheme, else https. With ``quote_spaces``,
    whitespace inside it is percent-encoded (picture addresses: a browser does the same).

    Examples:
        >>> absolute_url("//n.sinaimg.cn/a.jpg", None)
        'https://n.sinaimg.cn/a.jpg'
        >>> absolute_url("../img/a.jpg", "http://news.x.com.tw/a/b/c.html")
        'http://news.x.com.tw/a/img/a.jpg'
        >>> absolute_url("img/a.jpg", None) is None
        True
    """
    value = value.strip()
    if not value or value.startswith(("data:", "javascript:", "about:", "blob:")):
        return None
    if value.startswith("//"):
        scheme = urlsplit(base).scheme if base else ""
        value = f"{scheme if scheme in ('http', 'https') else 'https'}:{value}"
    elif base:
        try:
            value = urljoin(base, value)
        except ValueError:
            return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in parts.netloc:
        return None
    return _SPACE.sub(lambda m: quote(m.group()), value) if quote_spaces else value


def is_logo(url: str) -> bool:
    """Whether a picture's address reads like a logo, icon or placeholder: a logo word in
    its file name, the site's own name as its file name (``stormmedia-red.jpg`` on
    stormmediagroup.com, ``250_ltn.png`` on ltn.com.tw), or a GIF, which news photos are not.

    Examples:
        >>> is_logo("http://img1.cna.com.tw/www/images/pic_fb.jpg"), is_logo("http://a.com/p/1.jpg")
        (True, False)
        >>> is_logo("http://news.tvbs.com.tw/static/img/news/TVBS_NEWS_thumb.jpg")
        True
    """
    parts = urlsplit(url)
    path = parts.path.lower()
    name = path.rsplit("/", 1)[-1]
    if path.endswith(".gif") or any(token in name for token in LOGO_TOKENS):
        return True
    brand = _brand(parts.hostname or "")
    words = _FILE_WORDS.findall(name.rsplit(".", 1)[0])
    return len(brand) >= 3 and any(w.startswith(brand) or brand.startswith(w) for w in words)


def _brand(host: str) -> str:
    """The name part of a host: ``tvbs`` in news.tvbs.com.tw."""
    labels = [label for label in host.lower().split(".") if label not in _GENERIC_LABELS]
    return labels[-1] if labels else ""


def head_images(links: dict[str, list[str]], metas: dict[str, list[str]], ld: dict[str, Any],
                base: str | None) -> tuple[str | None, str | None]:  # fmt: skip
    """(the first declared picture that is not a logo, the first declared picture when it is
    a logo): og:image and kin, JSON-LD, ``link[rel=image_src]``; absolute addresses only."""
    candidates = [*_values(metas, IMAGE_NAMES), ld.get("image") or "", *links.get("image_src", ())]
    first: str | None = None
    for value in candidates:
        url = absolute_url(clean_text(value), base, quote_spaces=True)
        if url is None:
            continue
        if not is_logo(url):
            return url, first
        first = first or url
    return None, first


def meta_tags(metas: dict[str, list[str]], ld: dict[str, Any]) -> list[str]:
    """Raw keyword values: tag metas (``article:tag`` may repeat), then JSON-LD keywords."""
    for name in TAG_NAMES:
        values = [clean_text(v) for v in metas.get(name, ()) if clean_text(v).strip(" ,，;；")]
        if values:
            return values
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        return [clean_text(keywords)]
    if isinstance(keywords, list):
        return [clean_text(str(k)) for k in keywords]
    return []


def meta_section(
    metas: dict[str, list[str]], ld: dict[str, Any], *, category: bool = False
) -> str | None:
    """The section a head names: JSON-LD ``articleSection``, then the section metas (with
    ``category``: the category metas, which portals fill with a channel name).

    A value is a name in Han characters (``business`` and codes such as ``L_3313617`` are
    not shown to readers); ``新浪新聞中心_體育`` gives its last part.
    """
    values = _values(metas, CATEGORY_NAMES) if category else [
        ld.get("articleSection") or "", *_values(metas, SECTION_NAMES)]  # fmt: skip
    for value in values:
        name = section_name(clean_text(value))
        if name:
            return name
    return None


def section_name(value: str) -> str | None:
    """A section value as a reader would name it, or None.

    Examples:
        >>> section_name("新浪新聞中心_體育"), section_name("business"), section_name("國際")
        ('體育', None, '國際')
    """
    parts = [p.strip() for p in re.split(r"[_>|｜/»]", value) if p.strip()]
    if not parts:
        return None
    name = parts[-1]
    if not _HAN.search(name) or len(name) > _MAX_SECTION:
        return None  # codes ("L_3313617", "5555") and Latin names are not shown to readers
    return name


def modified_time(stamped: list[str], metas: dict[str, list[str]], ld: dict[str, Any],
                  zone: str) -> _dt.datetime | None:  # fmt: skip
    """The update time the markup declares (JSON-LD, update metas, ``stamped``: the
    ``itemprop`` update times of :func:`itemprop_times`)."""
    values = [ld.get("dateModified") or "", *_values(metas, MODIFIED_NAMES), *stamped]
    for value in values:
        when = meta_time(value, zone) if value else None
        if when is not None:
            return when
    return None


def meta_time(value: str, zone: str) -> _dt.datetime | None:
    """A metadata time, also in the HTTP form (``Fri, 12 Dec 2014 07:26:50 UTC``) and with a
    hyphen before the clock (``2007-08-20-23:59:59``).

    Examples:
        >>> meta_time("2007-08-20-23:59:59", "Asia/Shanghai").isoformat()
        '2007-08-20T23:59:59+08:00'
        >>> meta_time("Fri, 12 Dec 2014 07:26:50 UTC", "Asia/Taipei").isoformat()
        '2014-12-12T15:26:50+08:00'
    """
    value = _DASHED_CLOCK.sub(r"\1 \2", value.strip())
    if _HTTP_DATE.match(value):
        try:  # an HTTP date is in GMT: shown on the page's clock
            return parsedate_to_datetime(value).astimezone(ZoneInfo(zone))
        except (TypeError, ValueError, IndexError):
            return None
    return parse_when(value, zone)


def canonical_url(
    links: dict[str, list[str]], metas: dict[str, list[str]], base: str | None
) -> str | None:
    """``link[rel=canonical]`` (absolute), else ``og:url``.

    A canonical link that cannot be made absolute, or that a re-saved page rewrote to a
    local file (``files/http%253A...``), is skipped.
    """
    for value in [*links.get("canonical", ()), *metas.get("og:url", ())]:
        value = clean_text(value)
        if "%253a" in value.lower():
            continue
        url = absolute_url(value, base)
        if url is not None:
            return url
    return None


def other_address(links: dict[str, list[str]], ld: dict[str, Any]) -> str | None:
    """Another address of the page itself: its mobile alternate (``link[rel=alternate]``
    with a ``media`` query), or the ``@id`` of its Baidu cambrian object. Evidence of the
    site the page belongs to, not its canonical address."""
    for value in [*links.get("alternate", ()), ld.get("id") or ""]:
        url = absolute_url(clean_text(value), None)
        if url is not None:
            return url
    return None


def declared_language(root: Any, metas: dict[str, list[str]]) -> str | None:
    """What the page says its language is (``html[lang]``, content-language, og:locale)."""
    html_lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    for value in [html_lang or "", *_values(metas, LANGUAGE_NAMES)]:
        value = value.strip().replace("_", "-")
        if re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}", value):
            return value
    return None
