"""What a page's head says about itself: ``<title>``, ``<h1>``, ``<meta>``, OpenGraph, JSON-LD.

Read from the raw tree before cleaning (JSON-LD lives in ``<script>`` elements). Fields come
out clean: titles without the site suffix, names without their labels (``责任编辑：孔德明``
gives the editor ``孔德明``), dates parsed in the page's own zone.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from .._core.blocks import PageMeta
from .._core.config import DEFAULT_ZONE
from .._core.lazy import lazy_compile
from .._dates.when import parse_when
from .._news.credits import parse_byline, parse_credit_line
from .._news.data.credit_roles import REPORT_ENDINGS
from .._news.headline import clean_title as strip_site_suffix
from .._news.pagemeta import section_of
from .._news.sites import host_of, region_of_site
from .._news.sources import canonical_source
from .data.meta_names import (
    AUTHOR_NAMES,
    EDITOR_LABELS,
    EDITOR_NAMES,
    LABEL_PREFIXES,
    NOT_NAMES,
    OUTLET_SUFFIXES,
    PUBLISHED_ATTRIBUTES,
    PUBLISHED_NAMES,
    SCRIPT_DATE_PATTERNS,
    SITE_NAMES,
    SOURCE_NAMES,
    TITLE_NAMES,
    TLD_ZONES,
    URL_NAMES,
)
from .dom import text_of
from .headfields import (
    canonical_url,
    collect_links,
    collect_metas,
    declared_language,
    description,
    head_images,
    itemprop_times,
    meta_section,
    meta_tags,
    meta_time,
    modified_time,
    other_address,
)
from .headwalk import HeadElements, gather_head, title_boxes
from .jsonld import read_jsonld
from .pagelists import page_lists
from .sitename import site_name, title_section

__all__ = ["read_meta", "strip_site_suffix", "zone_for_url"]

# A pattern that opens with a boundary before a word (``\bvar …``) is tried at every
# character of a script; the same pattern with the boundary checked after the word
# (``var(?<!\wvar) …``) opens with a literal, which re finds by a fast scan (20x faster on
# the labelled pages' inline scripts). Both match exactly the same text.
_LEADING_WORD = lazy_compile(r"^\\b([A-Za-z]+)(?![?*+{])")


def _literal_first(pattern: str) -> str:
    r"""``pattern`` with a leading ``\b`` before a word moved behind that word.

    Examples:
        >>> _literal_first(r"\bvar\s{1,5}ct"), _literal_first(r"publish_time")
        ('var(?<!\\wvar)\\s{1,5}ct', 'publish_time')
    """
    match = _LEADING_WORD.match(pattern)
    if match is None:
        return pattern
    word = match.group(1)
    return f"{word}(?<!\\w{word}){pattern[match.end() :]}"


_SCRIPT_DATES = tuple(lazy_compile(_literal_first(p)) for p in SCRIPT_DATE_PATTERNS)
_MAX_SCRIPT_SCAN = 400_000
# A site suffix follows one of these separators: "…-新华网", "…_新浪财经_新浪网", "…|澎湃新闻".
_LABEL = lazy_compile(
    r"^\s{0,3}[\[【(（]?\s{0,3}(" + "|".join(sorted(LABEL_PREFIXES, key=len, reverse=True))
    + r")\s{0,3}[:：]?\s{0,3}", re.I
)  # fmt: skip
_NAME_SPLIT = lazy_compile(r"[,，、;；/|]+|\s{2,}")
_CLOSERS = "]】)）"
# What a byline says after the name: "林宸誼／即時報導", "王鼎鈞/台北報導".
_REPORT_TAIL = lazy_compile(r"\s{0,2}[／/╱]\s{0,2}\S{0,8}?(?:報導|报道|報道|攝影|摄影|攝|摄)$")
_MAX_NAME = 20
_PEOPLE_ROLES = frozenset({"reporter", "author", "editor"})
_HANDLE = lazy_compile(r"\s{1,3}[(（][A-Za-z0-9_.\-]{2,30}[)）]?$")


def read_meta(
    root: Any, *, url: str | None, timezone: str | None, source: bytes | None = None
) -> tuple[PageMeta, str | None]:
    """Metadata of the page rooted at ``root`` and the raw ``<title>`` text.

    Args:
        root: The uncleaned lxml tree.
        url: The page's address as the caller knows it (wins over the page's own).
        timezone: The configured zone, or None to infer it from the domain.
        source: The bytes libxml2 built ``root`` from, if known (see
            :func:`.headwalk.gather_head`).

    Examples:
        >>> import lxml.html
        >>> root = lxml.html.fromstring(
        ...     '<html><head><title>益阳：“数字”是优长-新华网</title>'
        ...     '<meta name="author" content="责任编辑：孔德明"></head><body></body></html>')
        >>> meta, raw = read_meta(root, url=None, timezone=None)
        >>> meta.title, meta.editors, raw
        ('益阳：“数字”是优长', ('孔德明',), '益阳：“数字”是优长-新华网')
    """
    head = gather_head(root, source)
    all_metas = collect_metas(head.metas)
    metas = {name: values[0] for name, values in all_metas.items()}
    links = collect_links(head.links)
    stamped = itemprop_times(head.itemprops)
    ld = read_jsonld(root, head.ld_scripts)
    raw_title = _first_text(head.titles)
    canonical = (links.get("canonical") or [""])[0].strip() or None
    page_url = url or _first(metas, URL_NAMES) or canonical or ld.get("url")
    zone = zone_for_url(page_url)
    meta = PageMeta(url=page_url, timezone=zone)
    meta.site_name = _first(metas, SITE_NAMES) or ld.get("publisher")
    declared_title = _first(metas, TITLE_NAMES) or ld.get("headline")
    meta.title = _choose_title(root, head.headings, raw_title, declared_title)
    zone_now = timezone or zone or DEFAULT_ZONE
    declared = _published(head, stamped[0], metas, ld, zone_now)
    meta.published = declared[0] if declared else None
    meta.published_times = declared + _refiners(head.stamped, ld, zone_now)
    authors, editors = _people(metas, ld)
    meta.source = _source(metas, meta.site_name)
    skip = {meta.source, meta.site_name}
    meta.authors = tuple(a for a in authors if a not in skip)
    meta.editors = tuple(editors)
    _page_fields(meta, root, (all_metas, links, stamped[1]), ld, raw_title, zone_now)
    return meta, raw_title


def _page_fields(
    meta: PageMeta,
    root: Any,
    head: tuple[dict[str, list[str]], dict[str, list[str]], list[str]],
    ld: dict[str, Any],
    raw_title: str | None,
    zone: str,
) -> None:
    """Description, pictures, tags, section, update time, canonical address, language, site.
    ``head`` is (every meta value, the link addresses, the itemprop update times)."""
    metas, links, stamped = head
    meta.canonical_url = canonical_url(links, metas, meta.url)
    base = meta.url or meta.canonical_url
    meta.description = description(metas, ld)
    meta.image, meta.logo = head_images(links, metas, ld, base)
    tag_list, crumbs = page_lists(root)
    meta.tags = tuple(tag_list) or tuple(meta_tags(metas, ld))
    meta.breadcrumb = tuple(crumbs) or tuple(ld.get("breadcrumb", ()))
    meta.modified = modified_time(stamped, metas, ld, zone)
    meta.declared_language = declared_language(root, metas)
    meta.declared_type = next(iter(metas.get("og:type", ())), None)
    meta.host = host_of(meta.url or meta.canonical_url)
    site_host = meta.host or host_of(other_address(links, ld))
    meta.site = site_name(metas, raw_title, meta.title, site_host, ld.get("publisher"))
    meta.site_region = region_of_site(site_host, meta.site)
    meta.section = (
        meta_section(metas, ld)
        or section_of(meta.breadcrumb, title=meta.title, site=meta.site)
        or meta_section(metas, ld, category=True)
        or title_section(raw_title, meta.title, meta.site)
    )


def zone_for_url(url: str | None) -> str | None:
    """The zone implied by a page address's country domain, or None.

    Examples:
        >>> zone_for_url("https://news.ltn.com.tw/news/1"), zone_for_url("http://www.xinhuanet.com/")
        ('Asia/Taipei', None)
    """
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return TLD_ZONES.get(host.rsplit(".", 1)[-1])


def _first(metas: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if name in metas:
            return metas[name]
    return None


def _first_text(elements: list[Any]) -> str | None:
    for el in elements:
        text = " ".join(text_of(el).split())
        if text:
            return text
    return None


def _headings(elements: list[Any]) -> list[str]:
    """Texts of ``elements`` (headings or title boxes), in document order."""
    texts = []
    for el in elements:
        if el.tag in ("title", "meta", "head", "html", "body"):
            continue
        text = " ".join(text_of(el).split())
        if 2 <= len(text) <= 120:
            texts.append(text)
    return texts


def _choose_title(
    root: Any, heading_elements: list[Any], raw: str | None, declared: str | None
) -> str | None:
    """A heading that ``<title>`` starts or ends with (the site name is the rest), or that
    equals the declared title; else the declared title (og:title ...); else ``<title>``
    without its suffix; else the first heading."""
    declared_clean = strip_site_suffix(declared) if declared else None
    headings = _headings(heading_elements)
    found = _matching_heading(raw, headings, declared_clean)
    if found is None and raw:  # CMSs without h1: a box classed "title" holds the headline
        found = _matching_heading(raw, _headings(title_boxes(root)), declared_clean)
    if found is not None:
        return found
    for candidate in (declared, raw, headings[0] if headings else None):
        if candidate:
            return strip_site_suffix(candidate) or None
    return None


def _matching_heading(raw: str | None, headings: list[str], declared: str | None) -> str | None:
    for heading in headings:
        if raw and len(heading) >= 4 and (raw.startswith(heading) or raw.endswith(heading)):
            return heading
        if heading == declared:
            return heading
    return None


def _published(
    head: HeadElements, stamped: list[str], metas: dict[str, str], ld: dict[str, Any], zone: str
) -> tuple[Any, ...]:
    """Every publish time the head declares, in order of trust; an inline script's when
    the head has none."""
    values = [ld.get("datePublished"), *(metas.get(n) for n in PUBLISHED_NAMES), *stamped]
    found = []
    for value in values:
        if value:
            when = meta_time(str(value), zone)
            if when is not None and when not in found:
                found.append(when)
    if found:
        return tuple(found)
    script = _script_date(head.scripts, zone)
    return (script,) if script is not None else ()


def _refiners(stamped: list[Any], ld: dict[str, Any], zone: str) -> tuple[Any, ...]:
    """Publish times too weak to date a page alone (a cambrian ``pubDate``, a
    ``data-ptime`` attribute on one of the ``stamped`` elements) that may refine a visible
    time they agree with."""
    stamps = [el.get(a) for el in stamped for a in PUBLISHED_ATTRIBUTES]
    values = [ld.get("cambrianPubDate"), *stamps]
    found = (meta_time(str(v), zone) for v in values if v)
    return tuple(when for when in found if when is not None)


def _script_date(scripts: list[Any], zone: str) -> Any:
    """A publish time only an inline script holds (WeChat articles)."""
    scanned = 0
    for script in scripts:
        text = script.text or ""
        scanned += len(text)
        if scanned > _MAX_SCRIPT_SCAN:
            return None
        for pattern in _SCRIPT_DATES:
            match = pattern.search(text)
            if match:
                when = parse_when(match.group(1), zone)
                if when is not None:  # an epoch stamp: shown on the page's clock
                    return when.astimezone(ZoneInfo(zone))
    return None


def _people(metas: dict[str, str], ld: dict[str, Any]) -> tuple[list[str], list[str]]:
    authors: list[str] = []
    editors: list[str] = []
    raw_authors = [metas[n] for n in AUTHOR_NAMES if n in metas] + list(ld.get("authors", ()))
    for value in raw_authors:
        if "@" in value or "://" in value:
            continue  # a template placeholder or a profile link, not a byline
        for name, is_editor in _names(value):
            target = editors if is_editor else authors
            if name not in target:
                target.append(name)
    for value in (metas[n] for n in EDITOR_NAMES if n in metas):
        for name, _ in _names(value):
            if name not in editors:
                editors.append(name)
    return authors, editors


def _names(value: str) -> list[tuple[str, bool]]:
    """Names in an author field, each with whether its label made it an editor."""
    # A whole credit line in the field ("编辑 陈星 ｜ 排版 李四", "香港特約記者 王小明"): the
    # credit grammar reads it; otherwise the field is split on separators.
    found = parse_credit_line(value)
    if found is None and value.rstrip(_CLOSERS + " ").endswith(REPORT_ENDINGS):
        found = parse_byline(value)  # "王小明、李大同／台北 高雄報導"
    if found:
        return [(c.name, c.role == "editor") for c in found if c.role in _PEOPLE_ROLES]
    out: list[tuple[str, bool]] = []
    for piece in _NAME_SPLIT.split(value):
        label_match = _LABEL.match(piece)
        label = label_match.group(1) if label_match else ""
        name = piece[label_match.end() :] if label_match else piece
        name = _REPORT_TAIL.sub("", name.strip().strip(_CLOSERS)).strip()
        name = _HANDLE.sub("", name)  # "史蒂文的家_藍天 (stevenhgm)": the login after the name
        if _is_name(name):
            out.append((name, label in EDITOR_LABELS))
    return out


def _is_name(name: str) -> bool:
    if not (2 <= len(name) <= _MAX_NAME) or name.lower() in NOT_NAMES:
        return False
    if not any(ch.isalpha() for ch in name):
        return False  # "10086", "2013-07-18": a numeric id or a date in the author field
    if "://" in name or "." in name or "@" in name or name.endswith(OUTLET_SUFFIXES):
        return False
    return canonical_source(name) is None


def _source(metas: dict[str, str], site_name: str | None) -> str | None:
    value = _first(metas, SOURCE_NAMES)
    if value:
        label_match = _LABEL.match(value)
        name = value[label_match.end() :].strip() if label_match else value.strip()
        if name and len(name) <= _MAX_NAME:
            return canonical_source(name) or name
    if site_name:
        return canonical_source(site_name) or (site_name if len(site_name) <= _MAX_NAME else None)
    return None
