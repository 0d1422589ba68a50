"""The page-level fields of an Article (description, pictures, tags, section, update time,
site, host, language, canonical address, fingerprint) and the rules for its two times.

HTML pages give most of these in their head (``_html.meta``); both inputs give what their
lines say: a ``标签：`` line, a breadcrumb line, an ``更新时间：`` line. Nothing is guessed:
a field the page does not give stays None (or empty).

Time rules (issue 17 and the generalisation issue):

* an update time (``article:modified_time``, ``dateModified``, ``更新時間``) never becomes
  ``published``; it is ``modified``, and only when it is not before ``published``;
* a visible date that gives only the day yields to the head's full time of that same day.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Callable, Iterable
from itertools import compress
from operator import itemgetter

from .._chinese.fingerprint import fingerprint
from .._chinese.script import converter_for, normalize
from .._core.article import Article, Image
from .._core.blocks import Page
from .._core.config import Config
from .._core.firsts import found
from .._core.lazy import lazy_compile
from .._core.memo import line_memo
from .._dates.resolve import Prefer
from .._dates.search import find_dates
from .._news.data.pagemeta import TAG_LABELS
from .._news.pagemeta import crumbs_in_text, has_licence, section_of, split_tags, tag_line
from .._news.sites import host_of, region_of_site
from .language import language_tag, region_of

__all__ = [
    "add_page_fields",
    "choose_modified",
    "choose_published",
    "drop_captions",
    "head_lines",
    "update_stamp",
    "update_time",
    "without_update",
]

# Labels of an update time, both scripts: 更新时间：…, 最後更新：…, 最近修改：…, 更新於 …
_UPDATE = (
    r"(?:最[后後近新]|最後)?(?:更新|修改|修訂|修订|編修|编修)(?:時間|时间|日期|於|于)?\s{0,3}[:：]?\s{0,3}"
    r"|(?:last\s{0,3})?updated?\s{0,3}(?:at|on)?\s{0,3}[:：]?\s{0,3}"
)
_UPDATE_LABEL = lazy_compile(_UPDATE, re.I, guard=True)
_UPDATE_FIRST = lazy_compile(_UPDATE, re.I, firsts=True)  # a prefilter for every line
# The words every update label holds (_UPDATE without its optional parts; "updat" in any
# case, whose letters fold only to ASCII ones): lines that hold none hold no update label.
_UPDATE_WORDS = ("更新", "修改", "修訂", "修订", "編修", "编修")
# A line holding one of them (found for each line in C, by filter: the label test is a
# Python call, asked only of these). "updat" in any case is written as two branches, by its
# first letter, so that every branch opens with a literal and the engine skips in C to where
# one can start ("(?i:updat)" had it try each position: four times the instructions). No
# character but these letters matches them under IGNORECASE (a test checks).
_PDAT = "[Pp][Dd][Aa][Tt]"
_UPDATE_WORD = lazy_compile("|".join([*_UPDATE_WORDS, f"U{_PDAT}", f"u{_PDAT}"]))
_LINE_MAX = 80  # characters: an update or tag line is short
# The first characters of a tag list's label, either case (tag_line ignores case).
_TAG_FIRSTS = frozenset(c for label in TAG_LABELS for c in (label[0].lower(), label[0].upper()))
_SCAN_BLOCKS = 400  # blocks looked at for text-page lines
_CRUMB_BLOCKS = 40  # a breadcrumb line sits near the top
# A breadcrumb is two crumbs or more, so it holds a separator, each of which
# (_news.pagemeta._CRUMB_SEP) holds one of these: a line without one is none.
_CRUMB_MARK = lazy_compile(r"[>＞»›→/／\\]")
_FIRST = itemgetter(slice(None, 1))  # a str's first character, or "" (text[:1])


def choose_published(
    visible: _dt.datetime | None,
    precision: str,
    declared: _dt.datetime | None,
    others: Iterable[_dt.datetime] = (),
) -> _dt.datetime | None:
    """The publish time: the page's visible date, unless one of the head's times agrees
    with it as far as the visible one goes (same day for a day-only date, same minute for
    a time without seconds) and says more; then the first such head time.

    Args:
        visible: The publish time the page shows (its header line), or None.
        precision: What the visible date writes: ``"day"``, ``"minute"`` or ``"second"``.
        declared: The head's publish time (meta, JSON-LD); never an update time.
        others: The head's other publish times, in order of trust (a page may declare
            ``article:published_time`` 09:10:42 and ``weibo:article:create_at`` 09:05:34
            beside a visible 09:05).

    Examples:
        >>> from zoneinfo import ZoneInfo
        >>> day = _dt.datetime(2020, 8, 8, tzinfo=ZoneInfo("Asia/Hong_Kong"))
        >>> full = _dt.datetime(2020, 8, 8, 6, 30, 5, tzinfo=_dt.timezone(_dt.timedelta(hours=8)))
        >>> choose_published(day, "day", full) == full, choose_published(day, "second", full) == day
        (True, True)
        >>> other_day = full.replace(day=9)
        >>> choose_published(day, "day", other_day) == day
        True
        >>> minute = _dt.datetime(2020, 8, 8, 6, 30, tzinfo=ZoneInfo("Asia/Hong_Kong"))
        >>> choose_published(minute, "minute", other_day, [full]) == full
        True
    """
    if visible is None:
        return declared
    if precision not in _TRUNCATE:
        return visible
    cut = _TRUNCATE[precision]
    for when in (declared, *others):
        if when is None:
            continue
        local = when.astimezone(visible.tzinfo)
        if cut(local) == cut(visible) and local != visible:
            return when
    return visible


_TRUNCATE: dict[str, Callable[[_dt.datetime], object]] = {
    "day": lambda t: t.date(),
    "minute": lambda t: t.replace(second=0, microsecond=0, tzinfo=None),
}


def choose_modified(
    modified: _dt.datetime | None, published: _dt.datetime | None
) -> _dt.datetime | None:
    """The update time, or None when it comes before publication (a scheduled post's
    stamp is not an update).

    Examples:
        >>> a, b = _dt.datetime(2014, 12, 9, tzinfo=_dt.timezone.utc), _dt.datetime(2014, 12, 10,
        ...     tzinfo=_dt.timezone.utc)
        >>> choose_modified(a, b) is None, choose_modified(b, a) == b
        (True, True)
    """
    if modified is None or published is None:
        return modified
    return None if modified < published else modified


def update_time(
    text: str, *, tz: str, reference: _dt.datetime | None = None, prefer: Prefer = "past"
) -> _dt.datetime | None:
    """The time a line labels as an update (``最新更新時間：2013/06/29 22:54:00``), or None.

    Examples:
        >>> update_time("發稿時間：2013/08/13 11:24 最新更新：2013/08/13 11:30",
        ...             tz="Asia/Taipei").isoformat()
        '2013-08-13T11:30:00+08:00'
        >>> update_time("发布时间：2019-09-07 15:10", tz="Asia/Shanghai") is None
        True
    """
    span = _update_span(text, tz, reference, prefer)
    return span[2] if span else None


def without_update(
    text: str, *, tz: str, reference: _dt.datetime | None = None, prefer: Prefer = "past"
) -> str:
    """``text`` without its labelled update time, so the rest can be read for the publish
    time (``發稿時間：… 最新更新：…`` keeps the first part).

    Examples:
        >>> without_update("發稿時間：2013/08/13 11:24 最新更新：2013/08/13 11:30",
        ...                tz="Asia/Taipei")
        '發稿時間：2013/08/13 11:24'
    """
    span = _update_span(text, tz, reference, prefer)
    if span is None:
        return text
    return (text[: span[0]] + " " + text[span[1] :]).strip()


def _update_span(
    text: str, tz: str, reference: _dt.datetime | None, prefer: Prefer
) -> tuple[int, int, _dt.datetime] | None:
    head = text[: _LINE_MAX * 4]
    if not _update_words(head):
        return None  # no label (most lines): str searches in C, not the pattern's
    for label in _UPDATE_LABEL.finditer(head):
        if label.end() == label.start():
            continue
        rest = text[label.end() : label.end() + _LINE_MAX]
        for match in find_dates(rest, reference=reference, tz=tz, prefer=prefer):
            if match.start > 2:
                break  # the date must follow the label
            if match.year is not None and match.day is not None and match.value is not None:
                return label.start(), label.end() + match.end, match.value
            break
    return None


def update_stamp(
    page: Page,
    zone: str,
    reference: _dt.datetime | None = None,
    prefer: Prefer = "past",
    *,
    lines: list[str] | None = None,
) -> _dt.datetime | None:
    """The page's update time: its head's, else an ``更新时间：`` line's. Never a publish time;
    evidence of when the page was current (it anchors a day-only dateline). ``lines``: the
    page's :func:`head_lines`, when the caller has them.

    Examples:
        >>> from newsparse._core.blocks import Block
        >>> page = Page(blocks=[Block("最新更新時間：2013/06/29 22:54:00")])
        >>> update_stamp(page, "Asia/Taipei").isoformat()
        '2013-06-29T22:54:00+08:00'
    """
    if page.meta.modified:
        return page.meta.modified
    return _update_line(head_lines(page) if lines is None else lines, zone, reference, prefer)


def drop_captions(paragraphs: Iterable[str], captions: frozenset[str]) -> list[str]:
    """The paragraphs without those that are picture captions (their text is in
    ``Article.images``): a paragraph equal to a caption, or a piece of one.

    Examples:
        >>> drop_captions(["正文。", "故宫博物院供图"], frozenset({"故宫博物院供图"}))
        ['正文。']
    """
    if not captions:
        return list(paragraphs)
    # A text's key: the text without its spaces ("".join(text.split()), in C: str.split
    # splits at exactly what \s matches, and the class's sub took some 200 instructions a
    # character, with nothing for the engine to skip to).
    keys = ["".join(c.split()) for c in captions]
    kept = []
    for paragraph in paragraphs:
        key = "".join(paragraph.split())
        if key and any(key == c or (len(key) >= 4 and key in c) for c in keys):
            continue
        kept.append(paragraph)
    return kept


def add_page_fields(
    article: Article,
    page: Page,
    *,
    config: Config,
    modified: _dt.datetime | None,
    url: str | None,
    lines: list[str] | None = None,
) -> Article:
    """``article`` with the page-level fields filled in (after script conversion: the new
    text fields are converted here the same way, and the language follows the output);
    ``modified`` is the page's :func:`update_stamp`; ``lines`` its :func:`head_lines`, when
    the caller has them."""
    meta = page.meta
    convert = converter_for(config)
    if lines is None:
        lines = head_lines(page)
    title = article.title
    tags = split_tags(meta.tags, title=title, site=meta.site) if meta.tags else []
    tags = tags or _tag_line(lines)
    crumbs = meta.breadcrumb or tuple(_crumb_line(lines))
    section = meta.section or section_of(crumbs, title=title, site=meta.site)
    # One normalisation for every new text field (captions were normalised with the blocks).
    alts = [i.alt for i in meta.images]
    texts = _clean_texts([meta.description, meta.site, section, *tags, *alts], config)
    description, site, section = texts[:3]
    cut = 3 + len(tags)
    tags = [t for t in texts[3:cut] if t]
    images = tuple(
        Image(i.url, i.caption, alt) for i, alt in zip(meta.images, texts[cut:], strict=True)
    )
    if convert is not None:
        description, site, section = (convert(t) if t else t for t in (description, site, section))
        tags = [convert(t) for t in tags]
        images = tuple(Image(i.url, i.caption and convert(i.caption), i.alt and convert(i.alt))
                       for i in images)  # fmt: skip
    image = meta.image or (images[0].url if images else None)
    if article.page_type != "article" or meta.declared_type == "website":
        image = meta.logo or meta.image  # a home page's picture is its logo
    host = meta.host or host_of(url)
    region = region_of(
        host=host,
        site_region=meta.site_region or region_of_site(host, meta.site),
        sources=(article.source, article.dateline.agency if article.dateline else None),
        licensed=_licensed(page, lines),
    )
    return dataclasses.replace(
        article,
        description=description,
        image=image,
        images=images,
        tags=tuple(tags),
        section=section,
        modified=choose_modified(modified, article.published),
        site_name=site,
        host=host,
        language=language_tag(article.script, region=region, declared=meta.declared_language),
        canonical_url=meta.canonical_url,
        fingerprint=fingerprint(article.body) if article.paragraphs else None,
    )


def _clean_texts(values: list[str | None], config: Config) -> list[str | None]:
    """The values normalised like page text, in one call (None and empty stay None)."""
    present = [" ".join(v.split()) for v in values if v]
    if not present:
        return [None] * len(values)
    cleaned = normalize("\n".join(present), config).split("\n")
    if len(cleaned) != len(present):
        cleaned = [normalize(v, config).replace("\n", " ") for v in present]
    found = iter(c.strip() or None for c in cleaned)
    return [next(found) if v else None for v in values]


def head_lines(page: Page) -> list[str]:
    """The lines :func:`update_stamp` and :func:`add_page_fields` read (the short lines of
    the first blocks): worked out once a page (some 700 instructions a line)."""
    # block.text in the comprehension, not map(attrgetter): the interpreter's own attribute
    # read of a slot costs half the instructions of attrgetter's general one.
    return [block.text for block in page.blocks[:_SCAN_BLOCKS] if len(block.text) <= _LINE_MAX * 4]


def _tag_line(lines: list[str]) -> list[str]:
    """The tags of the first tag line of ``lines`` (head_lines's: none is longer than
    _LINE_MAX * 4)."""
    # A tag line opens with its label (spaces aside): most lines skip tag_line. (Each line's
    # first character, spaces aside, read by calls in C: no Python step a line.)
    opening = compress(lines, map(_TAG_FIRSTS.__contains__, map(_FIRST, map(str.lstrip, lines))))
    for line in opening:
        tags = tag_line(line)
        if tags:
            return tags
    return []


def _crumb_line(lines: list[str]) -> list[str]:
    for line in lines[:_CRUMB_BLOCKS]:
        if len(line) <= _LINE_MAX * 2 and _CRUMB_MARK.search(line):
            crumbs = crumbs_in_text(line)
            if crumbs:
                return crumbs
    return []


@line_memo  # a page repeats lines (see _core.memo)
def _labels_update(line: str) -> bool:
    """A short line (an update line is short) with an update label."""
    return len(line) <= _LINE_MAX * 2 and found(_UPDATE_LABEL, _UPDATE_FIRST, line)


# has_licence of the lines of the page being read (see _core.memo): stages ask it again.
_has_licence = line_memo(has_licence)
# update_time of the lines with an update label (a page repeats lines).
_update_time = line_memo(update_time)


def _update_words(text: str) -> bool:
    """Whether ``text`` may hold a word every update label holds (see _UPDATE_WORDS): a
    prefilter, the patterns have the last word. "updat" in any case is looked for among the
    text's ASCII characters, lowered (only ASCII letters lower to these ones; the non-ASCII
    characters dropped may join two pieces into one more "updat", which the patterns turn
    away): a few instructions a character, where text.lower() takes some sixty."""
    return (
        any(map(text.__contains__, _UPDATE_WORDS))
        or b"updat" in text.encode("ascii", "ignore").lower()
    )


def _update_line(
    lines: list[str],
    zone: str,
    reference: _dt.datetime | None,
    prefer: Prefer,
) -> _dt.datetime | None:
    """The first update time of ``lines``."""
    if not _update_words("\n".join(lines)):
        return None  # (most pages: str searches in C, a few instructions a character)
    # (The lines with a label found in C by filter, the answers kept.)
    for line in filter(_labels_update, filter(_UPDATE_WORD.search, lines)):
        when = _update_time(line, tz=zone, reference=reference, prefer=prefer)
        if when is not None:
            return when
    return None


def _licensed(page: Page, lines: list[str]) -> bool:
    """A mainland ICP licence number on the page (footer lines, or the HTML's marker)."""
    if page.is_html:
        return page.meta.licensed  # the whole HTML was searched, footers included
    # has_licence looks around each "ICP": one search in C finds most pages hold none.
    return "ICP" in "\n".join(lines) and any(map(_has_licence, lines))
