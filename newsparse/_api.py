"""The entry points: parse, parse_text, parse_html."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ._core.article import Article
from ._core.checks import check_reference
from ._core.config import Config, resolve_config
from ._extract.assemble import assemble
from ._extract.text import text_to_page
from ._html.page import html_to_page, looks_like_html

__all__ = ["parse", "parse_html", "parse_text"]


def parse_text(
    text: str,
    *,
    url: str | None = None,
    reference: _dt.datetime | _dt.date | None = None,
    config: Config | None = None,
    **options: Any,
) -> Article:
    """Parse text already flattened out of a page (a WET record, a scraped archive).

    Args:
        text: The page's text, one block per line.
        url: The page's address, copied to ``Article.url``.
        reference: Resolves dates written without a year ("3月31日", "昨天"); by default
            the page's own dates, and nothing else (never the clock).
        config: Options; keyword ``options`` override single fields of it.

    Raises:
        TypeError: ``text`` is not a str.

    Examples:
        >>> a = parse_text("中新社北京3月31日电 (苏婧欣)英国企业将中国视为重要创新策源地。(完)")
        >>> a.dateline.agency, a.authors, a.paragraphs
        ('中新社', ('苏婧欣',), ('英国企业将中国视为重要创新策源地。',))
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse_text() needs the page's text as a str, not {type(text).__name__}; "
            "decode bytes first, or pass HTML bytes to parse_html()"
        )
    cfg = resolve_config(config, options)
    page = text_to_page(text, config=cfg)
    return assemble(page, url=url, reference=check_reference(reference, "parse_text"), config=cfg)


def parse_html(
    html: Any,
    *,
    url: str | None = None,
    encoding: str | None = None,
    reference: _dt.datetime | _dt.date | None = None,
    config: Config | None = None,
    **options: Any,
) -> Article:
    """Parse an HTML page given as str, bytes (any encoding) or a ``bs4.BeautifulSoup``.

    Args:
        html: The page.
        url: The page's address, copied to ``Article.url`` and used to resolve links.
        encoding: The charset the HTTP response declared, if known.
        reference: See :func:`parse_text`.
        config: Options; keyword ``options`` override single fields of it.

    Raises:
        TypeError: ``html`` is not str, bytes or a BeautifulSoup tree.

    Examples:
        >>> html = "<html><head><title>标题_新华网</title></head>"
        >>> html += "<body><p>正文第一段。</p></body></html>"
        >>> parse_html(html).title
        '标题'
    """
    if not isinstance(html, (str, bytes, bytearray)) and not _is_soup(html):
        raise TypeError(
            f"parse_html() needs HTML as str, bytes or bs4.BeautifulSoup, not {type(html).__name__}"
        )
    cfg = resolve_config(config, options)
    page = html_to_page(html, encoding=encoding, config=cfg, url=url)
    return assemble(page, url=url, reference=check_reference(reference, "parse_html"), config=cfg)


def parse(
    page: Any,
    *,
    url: str | None = None,
    reference: _dt.datetime | _dt.date | None = None,
    config: Config | None = None,
    **options: Any,
) -> Article:
    """Parse a page: HTML (str, bytes or BeautifulSoup) or flattened text (str).

    A str is treated as HTML when it starts like a document or holds block-level tags;
    otherwise as text. Bytes are always HTML (its charset is detected).

    Raises:
        TypeError: ``page`` is none of the above.

    Examples:
        >>> parse("新华社北京2月29日电 2月28日，国务院联防联控机制印发通知。").dateline.location
        '北京'
    """
    if isinstance(page, str):
        if looks_like_html(page):
            return parse_html(page, url=url, reference=reference, config=config, **options)
        return parse_text(page, url=url, reference=reference, config=config, **options)
    if isinstance(page, (bytes, bytearray)) or _is_soup(page):
        return parse_html(page, url=url, reference=reference, config=config, **options)
    raise TypeError(
        f"parse() needs a page as str (HTML or text), bytes (HTML) or bs4.BeautifulSoup, "
        f"not {type(page).__name__}"
    )


def _is_soup(value: Any) -> bool:
    cls = type(value)
    return cls.__name__ == "BeautifulSoup" and cls.__module__.startswith("bs4")
