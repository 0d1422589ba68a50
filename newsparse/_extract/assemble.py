"""Labelled blocks -> Article: the one path both inputs take after their blocks are made.

The stages (``_extract.stages``) label the blocks; this module reads the labels: the
headline, the body run (cleaned of its dateline and credits), the header facts, the listing
items. The page type is decided last, from what was found.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo

from .._chinese.script import convert, converter_for, detect_script
from .._core.article import Article, Credit, Dateline, ListingItem, PageType
from .._core.blocks import BODY, TITLE, Page
from .._core.config import DEFAULT_ZONE as _DEFAULT_ZONE
from .._core.config import Config
from .._core.lazy import lazy_compile
from .._core.memo import forget_lines
from .._dates.resolve import Prefer
from .._news.sources import canonical_source
from . import weights as W
from .body import clean_body
from .extras import add_page_fields, choose_published, drop_captions, head_lines, update_stamp
from .facts import Facts
from .features import has_sentence_end, is_cut_short, text_weight
from .header import source_name
from .stages import Context, label_page
from .years import infer_year, place_dateline, zone_for_page

__all__ = ["assemble"]


def _unique(credits: Iterable[Credit]) -> tuple[Credit, ...]:
    return tuple(dict.fromkeys(credits))


_DATELINE_ANCHOR = "the body opens with a dateline"


def _anchor(ctx: Context, dateline: Dateline | None) -> str | None:
    """What ties the body to the page's own story, if anything: every article has at
    least one of a headline just above it, a time line, or a dateline opening it."""
    if dateline is not None:
        return _DATELINE_ANCHOR
    start = ctx.body[0] if ctx.body else None
    at = ctx.head.published_at
    if at is not None and start is not None and 0 < start - at <= W.ANCHOR_GAP:
        return "a time line just above the body"
    if ctx.body:
        start = ctx.body[0]
        for block in ctx.blocks[max(0, start - W.ANCHOR_GAP) : start]:
            if (
                block.label is TITLE
                and block.tag != "title"
                and not block.rule.startswith("the heading above the body")
            ):
                return "the headline just above the body"
    return None


def _page_type(
    paragraphs: list[str], listing: list[ListingItem], anchor: str | None, is_html: bool
) -> tuple[PageType, str]:
    """The page type, decided last from what the stages found, and the rule that decided."""
    weights = [text_weight(p) for p in paragraphs]
    weight = sum(weights)
    if not paragraphs:
        if listing:
            return "listing", "listing items and no body"
        return "empty", "no body and no listing"
    # A flattened page has lost the links that tell teasers from prose on an HTML page: its
    # wording is what is left. A story is told in sentences; a run of headlines and teasers
    # cut short is not (a dateline still makes it a story).
    if not is_html and anchor != _DATELINE_ANCHOR:
        told = sum(w for p, w in zip(paragraphs, weights, strict=True) if _ends_sentence(p))
        if told < W.TOLD_SHARE * weight:
            return "listing", "a text page whose body is headlines and teasers, not sentences"
    # A time line alone ties a short text to the page weakly: a weather box under the
    # site's date on a home page has one.
    weak = anchor is not None and anchor.startswith("a time line") and weight < W.STORY_WEIGHT
    if anchor and weight >= W.MIN_ARTICLE_WEIGHT and not (weak and len(listing) >= W.MANY_ITEMS):
        return "article", f"a body, and {anchor}"
    if weak and len(listing) >= W.MANY_ITEMS:
        return "listing", "many listing items, and a short body under only a time line"
    if anchor is None and len(listing) >= W.MANY_ITEMS:
        return "listing", "many listing items, and a body with no headline or time line above it"
    if weight >= W.STORY_WEIGHT:
        return "article", "a prose run of a story's length"
    if not listing:
        return "article", "a short body and no listing"
    return "listing", "listing items and a slight body"


def _ends_sentence(paragraph: str) -> bool:
    """Whether ``paragraph`` ends a sentence, and is not a teaser cut short ("…", "...")."""
    return has_sentence_end(paragraph) and not is_cut_short(paragraph)


def _when(
    facts: Facts,
    page: Page,
    dateline: Dateline | None,
    evidence: list[_dt.datetime | None],
    paragraphs: list[str],
    reference: _dt.datetime | None,
    zone: str,
    stamp: _dt.datetime | None,
    prefer: Prefer = "past",
) -> tuple[_dt.datetime | None, Dateline | None]:
    """Publication time (header, then meta, then dateline) and the dateline's year;
    ``stamp`` is the page's update time (:func:`update_stamp`), among the ``evidence``."""
    visible = facts.published
    if visible is not None and facts.zoned_by_default:
        # Read before the outlet was known: the wall-clock time belongs to the page's zone.
        visible = visible.replace(tzinfo=ZoneInfo(zone))
    meta = page.meta
    published = choose_published(visible, facts.precision, meta.published, meta.published_times)
    # An update stamp is never the publish time, but it dates the page: it anchors a
    # day-only dateline ("29日專電" updated 2013/06/29) and the dateline's year.
    anchor = published or reference or stamp
    if dateline is not None and dateline.month is None and dateline.day and anchor:
        if anchor is reference and prefer != "past":
            # Nothing on the page dates it: the reference does, by the stated convention.
            dateline = place_dateline(dateline, anchor.date(), prefer)
        else:
            # "台北20日電" on a page stamped 2015-08-20: the stamp gives month and year.
            dateline = _day_only(dateline, anchor.date())
    if dateline is not None and dateline.year is None and dateline.month and dateline.day:
        year = infer_year(
            dateline.month, dateline.day, [published, *evidence], paragraphs, reference, prefer
        )
        dateline = dataclasses.replace(dateline, year=year)
    if published is None and dateline is not None and dateline.date is not None:
        day = dateline.date
        published = _dt.datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(zone))
    return published, dateline


def _day_only(dateline: Dateline, anchor: _dt.date) -> Dateline:
    """Month and year of a day-only dateline: the anchor's month, or the month before."""
    year, month = anchor.year, anchor.month
    if dateline.day is not None and dateline.day > anchor.day + 1:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return dataclasses.replace(dateline, year=year, month=month)


def _all_credits(page: Page, *groups: Iterable[Credit]) -> tuple[Credit, ...]:
    """Credits in page order, organisations canonical, then names only the meta tags give."""
    credits = _unique(
        Credit(c.role, c.name, _canonical(c.organization) if c.organization else None)
        for group in groups
        for c in group
    )
    meta = [Credit("author", n) for n in page.meta.authors]
    meta += [Credit("editor", n) for n in page.meta.editors]
    known = {c.name for c in credits}
    # A meta name holding a credited one is that person with a desk or filing tail around
    # them ("張立勳／特稿", "青网校园崔宁宁"), not a second person.
    return credits + tuple(c for c in meta if not any(k in c.name for k in known))


def assemble(
    page: Page, *, url: str | None, reference: _dt.datetime | None, config: Config
) -> Article:
    """Turn a page's blocks into an Article (see the module docstring of ``_extract.stages``)."""
    return assemble_explained(page, url=url, reference=reference, config=config)[0]


def assemble_explained(
    page: Page, *, url: str | None, reference: _dt.datetime | None, config: Config
) -> tuple[Article, str]:
    """:func:`assemble`, and the rule that decided the page type (for ``explain()``)."""
    try:
        return _assembled(page, url=url, reference=reference, config=config)
    finally:
        forget_lines()  # the answers kept about this page's lines (_core.memo)


def _assembled(
    page: Page, *, url: str | None, reference: _dt.datetime | None, config: Config
) -> tuple[Article, str]:
    tz = config.timezone or page.meta.timezone or _DEFAULT_ZONE
    ctx = label_page(page, tz=tz, reference=reference, config=config)
    title = ctx.title
    texts = [page.blocks[i].text for i in ctx.body if page.blocks[i].label is BODY]
    # The page's own dates resolve the dateline before ``reference`` does (see _when).
    body = clean_body(texts, title=title)
    head, tail = ctx.head, ctx.tail
    opening = body.dateline
    dateline = opening.dateline if opening else None
    if dateline is not None and dateline.agency:
        dateline = dataclasses.replace(dateline, agency=_canonical(dateline.agency))
    credits = _all_credits(page, head.credits, body.credits, tail.credits)
    source = _source(page, head, tail, opening.source if opening else None, dateline, credits)
    zone = config.timezone or page.meta.timezone or zone_for_page(source, dateline)
    base = url or page.meta.url
    origin = _origin(base) if base and ctx.hits else None
    listing = _distinct([_absolute(h.item, base, origin) for h in ctx.hits])
    evidence = [item.published for item in listing]
    # The page's update time: it dates the page here and is Article.modified (add_page_fields).
    lines = head_lines(page)  # (read by update_stamp and add_page_fields: made once)
    stamp = update_stamp(page, zone, reference, config.prefer_dates, lines=lines)
    published, dateline = _when(
        head, page, dateline, [*evidence, stamp], body.paragraphs, reference, zone, stamp,
        config.prefer_dates,
    )  # fmt: skip
    page_type, rule = _page_type(body.paragraphs, listing, _anchor(ctx, dateline), page.is_html)
    if page.empty_reason is not None:  # no page at all (a PDF, an image, undecodable bytes)
        rule = page.empty_reason
    script = detect_script("\n".join([title or "", *body.paragraphs, *(i.title for i in listing)]))
    article = Article(
        title=title,
        paragraphs=tuple(drop_captions(body.paragraphs, page.meta.captions)),
        published=published,
        dateline=dateline,
        credits=credits,
        source=_in_script(source_name(source) if source else None, script),
        url=url or page.meta.url,
        script=script,
        page_type=page_type,
        listing=tuple(listing) if config.listing else (),
        truncated=page.truncated,
    )
    converted = _convert_article(article, converter_for(config))
    if config.script != "keep" and converted.script != "unknown":
        # The field describes the text returned, which is now all in one script.
        converted = dataclasses.replace(converted, script=config.script)
    fields = add_page_fields(converted, page, config=config, modified=stamp, url=url, lines=lines)
    return fields, rule


def _distinct(items: list[ListingItem]) -> list[ListingItem]:
    """One item per story: a page that lists its stories twice (a sidebar of titles and
    dates, then the main list with snippets) gives each once, as the listing that says more
    about it (the one with a snippet; else the first). A story is its link and its title."""
    best: dict[tuple[str, str], ListingItem] = {}
    for item in items:
        key = _story(item)
        if key is not None and (key not in best or (item.snippet and not best[key].snippet)):
            best[key] = item
    return [item for item in items if (key := _story(item)) is None or best[key] is item]


def _story(item: ListingItem) -> tuple[str, str] | None:
    return None if item.url is None else (item.url, "".join(item.title.split()))


def _absolute(item: ListingItem, base: str | None, origin: str | None = None) -> ListingItem:
    """A teaser's link made absolute against the page's address (``origin``: the base's
    :func:`_origin`, worked out once per page)."""
    link = item.url
    if not link or not base or _kept_as_written(link, base):
        return item  # most links are written whole already
    if origin is not None and _from_root(link):
        return dataclasses.replace(item, url=origin + link)
    from urllib.parse import urljoin  # only listing pages need it; not paid at import

    try:
        joined = urljoin(base, link)
    except ValueError:
        return item
    return item if joined == link else dataclasses.replace(item, url=joined)


def _origin(base: str) -> str | None:
    """``scheme://host`` of an http(s) ``base``, as urljoin writes it before a link from the
    site's root ("/n/1.html", most relative teaser links); None for any other base."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(base)
    except ValueError:
        return None  # (urljoin refuses it too)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def _from_root(link: str) -> bool:
    """Whether ``urljoin(base, link)`` is ``_origin(base) + link``: a path from the root
    ("/n/1.html", not "//host/") with no dot segment to resolve and nothing urljoin drops.
    False says only "ask urljoin".

    Examples:
        >>> _from_root("/n/2025/1.html?id=3"), _from_root("/n/../1.html"), _from_root("n/1")
        (True, False, False)
    """
    return (
        link[:1] == "/" and link[1:2] != "/" and "/." not in link
        and _REWRITTEN.search(link) is None
    )  # fmt: skip


# What makes urljoin rewrite a link written whole: it drops an empty query, fragment or
# parameters (a link ending in "?", "#" or ";"), and deletes tabs and line breaks.
_REWRITTEN = lazy_compile(r"[\t\r\n;]|\?#|[?#]$")


def _kept_as_written(url: str, base: str) -> bool:
    """Whether ``urljoin(base, url)`` gives ``url`` back, told without parsing either: an
    http(s) link with its host, in the scheme the base is written in, that urljoin has
    nothing to rewrite in. False says only "ask urljoin".

    Examples:
        >>> _kept_as_written("https://a.cn/n/1.html", "https://a.cn/list/")
        True
        >>> _kept_as_written("/n/1.html", "https://a.cn/list/")
        False
    """
    for scheme in ("https://", "http://"):
        if url.startswith(scheme) and base.startswith(scheme):
            host = url[len(scheme) : len(scheme) + 1]
            return host not in ("", "/", "?", "#") and _REWRITTEN.search(url) is None
    return False


def _source(
    page: Page,
    head: Facts,
    tail: Facts,
    glued: str | None,
    dateline: Dateline | None,
    credits: tuple[Credit, ...],
) -> str | None:
    """The original publisher: the 来源 the page names, else the outlet of the dateline or
    a byline, else what the head says (a ``source`` meta tag or ``og:site_name``), else the
    hosting site's outlet (from the title or the site table by host): a page that names no
    other publisher is its site's own story."""
    if head.source or tail.source or glued:
        return head.source or tail.source or glued
    if dateline is not None and dateline.agency:
        return dateline.agency
    for credit in credits:
        if credit.organization and canonical_source(credit.organization):
            return credit.organization
    return page.meta.source or page.meta.site_name or page.meta.site


def _in_script(name: str | None, script: str) -> str | None:
    """An outlet's canonical (simplified) name written in a traditional page's script."""
    if name is None or script != "traditional" or detect_script(name) != "simplified":
        return name
    return convert(name, "s2t")


def _canonical(name: str) -> str:
    return canonical_source(name) or name


def _convert_article(article: Article, convert: Callable[[str], str] | None) -> Article:
    if convert is None:
        return article

    def opt(value: str | None) -> str | None:
        return None if value is None else convert(value)

    dateline = article.dateline
    if dateline is not None:
        dateline = dataclasses.replace(
            dateline,
            text=convert(dateline.text),
            agency=opt(dateline.agency),
            location=opt(dateline.location),
        )
    return dataclasses.replace(
        article,
        title=opt(article.title),
        paragraphs=tuple(convert(p) for p in article.paragraphs),
        dateline=dateline,
        credits=tuple(
            Credit(c.role, convert(c.name), opt(c.organization)) for c in article.credits
        ),
        source=opt(article.source),
        listing=tuple(
            ListingItem(convert(i.title), opt(i.snippet), i.published, opt(i.source), i.url)
            for i in article.listing
        ),
    )
