"""Classified blocks -> Article: the one path both inputs take after their blocks are made."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from .._chinese.script import converter_for, detect_script
from .._core.article import Article, Credit, Dateline, ListingItem, PageType
from .._core.blocks import Page
from .._core.config import Config
from .._news.headline import clean_title
from .._news.sources import canonical_source
from .body import clean_body
from .classify import Layout, classify
from .extras import add_page_fields, choose_published, drop_captions, without_update
from .features import is_boilerplate, is_metadata_line, ranked_runs, text_weight
from .header import read_header_line, source_name
from .listing import ListingHit, find_listing
from .title import pick_title
from .years import infer_year, zone_for_page

__all__ = ["assemble"]

_MIN_ARTICLE_WEIGHT = 50
_DEFAULT_ZONE = "Asia/Shanghai"
_LINKED = 0.5
# A masthead line above the headline: "新浪财经", "观察者网".
_SITE_NAME = re.compile(
    r"\S{2,8}(?:网|網|财经|財經|新闻|新聞|日报|日報|晚报|晚報|时报|時報|报|報|客户端|客戶端|频道|頻道)"
)  # below this, a page with a list is a listing page


@dataclass
class _Facts:
    """Fields gathered from header and tail lines."""

    published: _dt.datetime | None = None
    zoned_by_default: bool = False  # no offset or zone label was written with the time
    precision: str = "second"  # of the visible date: "day", "minute" or "second"
    source: str | None = None
    credits: list[Credit] = field(default_factory=list)


def _read_lines(page: Page, indexes: Iterable[int], tz: str, ref: _dt.datetime | None) -> _Facts:
    facts = _Facts()
    for i in indexes:
        block = page.blocks[i]
        if block.label not in ("", "body") or block.link_density >= _LINKED:
            continue  # a "previous article" link is not this page's header
        # An update time (更新時間) is never the publish time: read the line without it.
        text = without_update(block.text, tz=tz, reference=ref)
        info = read_header_line(text, tz=tz, reference=ref)
        if info.published is not None and facts.published is None:
            facts.published = info.published
            facts.zoned_by_default = not info.explicit_zone
            facts.precision = info.precision
        facts.source = facts.source or info.source
        facts.credits.extend(info.credits)
        if info.consumed:
            block.label, block.reason = "header", "metadata line"
    return facts


def _title(page: Page, layout: Layout) -> str | None:
    if page.meta.title:
        title = clean_title(page.meta.title)
        for block in page.blocks:
            if block.text == title and block.label == "":
                block.label = "title"
        return title or None
    index = pick_title(page.blocks, layout.header)
    if index is None:
        return None
    for block in page.blocks[index : index + 3]:
        if block.text == page.blocks[index].text:
            block.label = "title"
    return clean_title(page.blocks[index].text) or None


def _unique(credits: Iterable[Credit]) -> tuple[Credit, ...]:
    return tuple(dict.fromkeys(credits))


def _page_type(paragraphs: list[str], listing: list[ListingItem]) -> PageType:
    weight = sum(text_weight(p) for p in paragraphs)
    if paragraphs and (weight >= _MIN_ARTICLE_WEIGHT or not listing):
        return "article"
    return "listing" if listing else "empty"


def _structure(
    page: Page, tz: str, reference: _dt.datetime | None, config: Config
) -> tuple[list[ListingHit], Layout, str | None]:
    """Label the page: furniture, headline, teasers, then the body run around them."""
    _mark_furniture(page)
    # The headline first: it is neither the body's first line nor a teaser.
    pre = _classify_title_first(page)
    _label_meta_title(page)
    # Teasers are found even when not reported (Config.listing=False): they are still not
    # body text, and their dates still date the page.
    hits = find_listing(page.blocks, tz=tz, reference=reference, is_html=page.is_html)
    for hit in hits:
        for i in hit.indexes:
            page.blocks[i].label = "listing"
    layout = classify(page)
    return hits, layout, _title(page, layout) if pre is None else pre


def _when(
    facts: _Facts,
    page: Page,
    dateline: Dateline | None,
    evidence: list[_dt.datetime | None],
    paragraphs: list[str],
    reference: _dt.datetime | None,
    zone: str,
) -> tuple[_dt.datetime | None, Dateline | None]:
    """Publication time (header, then meta, then dateline) and the dateline's year."""
    visible = facts.published
    if visible is not None and facts.zoned_by_default:
        # Read before the outlet was known: the wall-clock time belongs to the page's zone.
        visible = visible.replace(tzinfo=ZoneInfo(zone))
    published = choose_published(visible, facts.precision, page.meta.published)
    anchor = published or reference
    if dateline is not None and dateline.month is None and dateline.day and anchor:
        # "台北20日電" on a page stamped 2015-08-20: the stamp gives month and year.
        dateline = _day_only(dateline, anchor.date())
    if dateline is not None and dateline.year is None and dateline.month and dateline.day:
        year = infer_year(
            dateline.month, dateline.day, [published, *evidence], paragraphs, reference
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
    return credits + tuple(c for c in meta if c.name not in known)


def assemble(
    page: Page, *, url: str | None, reference: _dt.datetime | None, config: Config
) -> Article:
    """Turn a page's blocks into an Article (see the module docstring of ``_extract.classify``)."""
    tz = config.timezone or page.meta.timezone or _DEFAULT_ZONE
    hits, layout, title = _structure(page, tz, reference, config)
    head = _read_lines(page, layout.header, tz, reference)
    texts = [page.blocks[i].text for i in layout.body if page.blocks[i].label == "body"]
    # The page's own dates resolve the dateline before ``reference`` does (see _when).
    body = clean_body(texts, title=title, reference=None)
    tail = _read_lines(page, layout.tail, tz, reference)
    opening = body.dateline
    dateline = opening.dateline if opening else None
    if dateline is not None and dateline.agency:
        dateline = dataclasses.replace(dateline, agency=_canonical(dateline.agency))
    source = head.source or tail.source or (opening.source if opening else None)
    source = source or page.meta.source or (dateline.agency if dateline else None)
    zone = config.timezone or page.meta.timezone or zone_for_page(source, dateline)
    listing = [h.item for h in hits]
    evidence = [item.published for item in listing]
    published, dateline = _when(head, page, dateline, evidence, body.paragraphs, reference, zone)
    article = Article(
        title=title,
        paragraphs=tuple(drop_captions(body.paragraphs, page.meta.captions)),
        published=published,
        dateline=dateline,
        credits=_all_credits(page, head.credits, body.credits, tail.credits),
        source=source_name(source) if source else None,
        url=url or page.meta.url,
        script=detect_script(
            "\n".join([title or "", *body.paragraphs, *(i.title for i in listing)])
        ),
        page_type=_page_type(body.paragraphs, listing),
        listing=tuple(listing) if config.listing else (),
        truncated=page.truncated,
    )
    converted = _convert_article(article, converter_for(config))
    if config.script != "keep" and converted.script != "unknown":
        # The field describes the text returned, which is now all in one script.
        converted = dataclasses.replace(converted, script=config.script)
    return add_page_fields(converted, page, config=config, zone=zone, reference=reference, url=url)


def _label_meta_title(page: Page) -> None:
    """HTML: the blocks that repeat the head's title (the ``<h1>``) are the headline."""
    if not page.meta.title:
        return
    title = clean_title(page.meta.title)
    for block in page.blocks:
        if block.label == "" and block.tag in ("h", "title") and clean_title(block.text) == title:
            block.label, block.reason = "title", "the page's title"


def _site_name(text: str) -> bool:
    return bool(canonical_source(text) or _SITE_NAME.fullmatch(text))


def _mark_furniture(page: Page) -> None:
    """Label boilerplate once; every later step reads the label."""
    for block in page.blocks:
        reason = is_boilerplate(block.text)
        if reason and not is_metadata_line(block.text):  # "…| 0 条评论| 作者魏星" is a header
            block.label, block.reason = "boilerplate", reason
    for start, end in ranked_runs([b.text for b in page.blocks]):
        for block in page.blocks[start:end]:
            block.label, block.reason = "boilerplate", "ranking"


def _classify_title_first(page: Page) -> str | None:
    """On flattened pages the first real line is usually the headline: label it early."""
    if page.is_html or page.meta.title:
        return None
    top = [i for i, b in enumerate(page.blocks[:12]) if b.label == ""]
    if not top:
        return None
    first = top[0]
    if len(top) > 1 and _site_name(page.blocks[first].text):
        first = top[1]  # "新浪财经" above the headline is the site's name
    if text_weight(page.blocks[first].text) > 60:
        return None
    index = pick_title(page.blocks, (first,))
    if index is None:
        return None
    text = page.blocks[index].text
    for block in page.blocks[index : index + 3]:
        if block.text == text:
            block.label, block.reason = "title", "first line"
    return clean_title(text) or None


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
