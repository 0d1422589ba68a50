"""The entry points: parse, parse_text, parse_html, and explain.

Each public function checks its arguments under its own name (a TypeError or ConfigError
names the function the caller called), then hands them to a private one that trusts them.

The HTML reader (``_html.page``) is imported on the first call that needs it, not with
``newsparse``: it brings lxml and urllib, which a program that only reads dates or converts
scripts never uses. Once loaded, the import statement costs about 2.5 µs per call here,
0.05% of parsing the smallest seed page.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ._core.article import Article
from ._core.blocks import Page
from ._core.checks import check_optional_str, check_reference
from ._core.config import Config, resolve_config
from ._core.errors import ConfigError
from ._core.inputs import HtmlInput, PageInput, is_soup
from ._extract.assemble import assemble, assemble_explained
from ._extract.explain import Explanation, explain_page
from ._extract.text import text_to_page
from ._html.decode import codec_for

__all__ = ["check_encoding", "explain", "parse", "parse_html", "parse_text"]


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
        TypeError: ``text`` is not a str, or another argument has the wrong type.
        ConfigError: An option has a value :class:`Config` does not accept.

    Examples:
        >>> a = parse_text("中新社北京3月31日电 (苏婧欣)英国企业将中国视为重要创新策源地。(完)")
        >>> a.dateline.agency, a.authors, a.paragraphs
        ('中新社', ('苏婧欣',), ('英国企业将中国视为重要创新策源地。',))
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse_text() needs text as a str, not {type(text).__name__}; "
            "decode bytes first, or pass HTML bytes to parse_html()"
        )
    check_optional_str(url, "parse_text()", "url")
    ref = check_reference(reference, "parse_text")
    return _parse_text(text, url, ref, resolve_config(config, options, "parse_text()"))


def _parse_text(text: str, url: str | None, ref: _dt.datetime | None, cfg: Config) -> Article:
    return assemble(text_to_page(text, config=cfg), url=url, reference=ref, config=cfg)


def parse_html(
    html: HtmlInput,
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
        TypeError: ``html`` is not str, bytes or a BeautifulSoup tree, or another argument
            has the wrong type.
        ConfigError: ``encoding`` names no character encoding Python knows, or an option has
            a value :class:`Config` does not accept.

    Examples:
        >>> html = "<html><head><title>标题_新华网</title></head>"
        >>> html += "<body><p>正文第一段。</p></body></html>"
        >>> parse_html(html).title
        '标题'
    """
    if not isinstance(html, (str, bytes, bytearray)) and not is_soup(html):
        raise TypeError(
            "parse_html() needs html as a str, bytes or bs4.BeautifulSoup, "
            f"not {type(html).__name__}"
        )
    check_optional_str(url, "parse_html()", "url")
    check_encoding(encoding, "parse_html()")
    ref = check_reference(reference, "parse_html")
    return _parse_html(html, url, encoding, ref, resolve_config(config, options, "parse_html()"))


def _parse_html(
    html: HtmlInput, url: str | None, encoding: str | None, ref: _dt.datetime | None, cfg: Config
) -> Article:
    from ._html.page import html_to_page

    page = html_to_page(html, encoding=encoding, config=cfg, url=url)
    return assemble(page, url=url, reference=ref, config=cfg)


def check_encoding(encoding: object, func: str) -> None:
    """TypeError unless ``encoding`` is a str or None; ConfigError for a name that is not a
    character encoding (``"utf-9"``, ``"base64"``).

    Examples:
        >>> check_encoding("GBK", "parse()")
        >>> check_encoding(5, "parse()")
        Traceback (most recent call last):
        ...
        TypeError: parse() needs encoding as a str or None, not int
    """
    check_optional_str(encoding, func, "encoding")
    if isinstance(encoding, str) and codec_for(encoding) is None:
        raise ConfigError(
            f"{func} needs encoding as the name of a character encoding "
            f"('utf-8', 'gbk', 'big5' ...), not {encoding!r}"
        )


def _check_page(page: object, func: str) -> None:
    if not isinstance(page, (str, bytes, bytearray)) and not is_soup(page):
        raise TypeError(
            f"{func} needs page as a str (HTML or text), bytes (HTML) or bs4.BeautifulSoup, "
            f"not {type(page).__name__}"
        )


def _page_of(page: PageInput, url: str | None, encoding: str | None, cfg: Config) -> Page:
    """Turn a checked ``page`` into blocks: HTML, or text when a str does not look like HTML."""
    from ._html.page import html_to_page, looks_like_html

    if isinstance(page, str) and not looks_like_html(page):
        return text_to_page(page, config=cfg)
    return html_to_page(page, encoding=encoding, config=cfg, url=url)


def parse(
    page: PageInput,
    *,
    url: str | None = None,
    encoding: str | None = None,
    reference: _dt.datetime | _dt.date | None = None,
    config: Config | None = None,
    **options: Any,
) -> Article:
    """Parse a page: HTML (str, bytes or BeautifulSoup) or flattened text (str).

    A str is treated as HTML when it starts like a document or holds block-level tags;
    otherwise as text. Bytes are always HTML (its charset is detected).

    Args:
        page: The page.
        url: The page's address, copied to ``Article.url``.
        encoding: The charset the HTTP response declared, if known; read for bytes only
            (a str is decoded already).
        reference: See :func:`parse_text`.
        config: Options; keyword ``options`` override single fields of it.

    Raises:
        TypeError: ``page`` is none of the above, or another argument has the wrong type.
        ConfigError: As for :func:`parse_html`.

    Examples:
        >>> parse("新华社北京2月29日电 2月28日，国务院联防联控机制印发通知。").dateline.location
        '北京'
        >>> page = "<html><head><title>标题_新华网</title></head></html>".encode("gbk")
        >>> parse(page, encoding="gbk").title
        '标题'
    """
    _check_page(page, "parse()")
    check_optional_str(url, "parse()", "url")
    check_encoding(encoding, "parse()")
    ref = check_reference(reference, "parse")
    cfg = resolve_config(config, options, "parse()")
    blocks = _page_of(page, url, encoding, cfg)
    return assemble(blocks, url=url, reference=ref, config=cfg)


def explain(
    page: PageInput,
    *,
    url: str | None = None,
    encoding: str | None = None,
    reference: _dt.datetime | _dt.date | None = None,
    config: Config | None = None,
    **options: Any,
) -> Explanation:
    """Why each piece of a page was kept or dropped: every block with its label, the stage
    and rule that set it, and the article :func:`parse` returns for the page.

    It runs exactly what :func:`parse` runs, with the same arguments. On HTML pages, what
    the tree cleaner removes before labelling (scripts, navigation, footers, share bars) is
    not among the blocks; everything else is, labelled or not. ``str()`` of the
    result is a readable table (``newsparse --explain FILE`` prints it); ``to_dict()`` and
    ``to_json()`` serialise it.

    Args:
        page: The page, as for :func:`parse`.
        url: See :func:`parse`.
        encoding: See :func:`parse`.
        reference: See :func:`parse_text`.
        config: Options; keyword ``options`` override single fields of it.

    Raises:
        TypeError: As for :func:`parse`.
        ConfigError: As for :func:`parse`.

    Examples:
        >>> html = ("<title>标题_新华网</title><h1>标题</h1><div class='article'>"
        ...         "<p>记者今天从有关部门获悉，这项工程已经全面完工并投入使用。</p>"
        ...         "<p>责任编辑：王五</p></div><div class='footer'>关于我们 | 联系我们</div>")
        >>> why = explain(html)
        >>> [(b.label, b.stage) for b in why.blocks if b.label]  # doctest: +NORMALIZE_WHITESPACE
        [('title', 'headline'), ('title', 'headline'), ('body', 'body'), ('header', 'header')]
        >>> [b.text for b in why.blocks if b.label == "title"]
        ['标题_新华网', '标题']
        >>> why.article.paragraphs == parse(html).paragraphs
        True
    """
    _check_page(page, "explain()")
    check_optional_str(url, "explain()", "url")
    check_encoding(encoding, "explain()")
    ref = check_reference(reference, "explain")
    cfg = resolve_config(config, options, "explain()")
    blocks = _page_of(page, url, encoding, cfg)
    article, rule = assemble_explained(blocks, url=url, reference=ref, config=cfg)
    return explain_page(blocks, article, rule)
