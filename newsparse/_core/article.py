"""The results: frozen dataclasses of primitives that pickle, compare and serialise."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

__all__ = [
    "AUTHOR_ROLES",
    "CREDIT_ROLES",
    "EDITOR_ROLES",
    "Article",
    "Credit",
    "CreditRole",
    "Dateline",
    "Image",
    "ListingItem",
    "PageType",
    "Script",
]

#: The script of a text (``Article.script``, :func:`newsparse.detect_script`).
Script = Literal["simplified", "traditional", "mixed", "unknown"]
#: What a page holds (``Article.page_type``).
PageType = Literal["article", "listing", "empty"]
#: What a credited person did (``Credit.role``).
CreditRole = Literal[
    "reporter", "author", "editor", "proofreader", "photographer", "correspondent", "translator"
]

CREDIT_ROLES: tuple[CreditRole, ...] = get_args(CreditRole)
AUTHOR_ROLES: frozenset[CreditRole] = frozenset({"reporter", "author"})
EDITOR_ROLES: frozenset[CreditRole] = frozenset({"editor"})


def _iso(value: _dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: Any) -> _dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value
    return _dt.datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class Credit:
    """One person credited on the page.

    Attributes:
        role: One of ``CREDIT_ROLES``: reporter, author, editor, proofreader, photographer,
            correspondent, translator.
        name: The person's name, without titles or labels (``田蜜``, not ``責編:田蜜``).
        organization: The outlet the credit names, if any (``每经`` in ``每经记者 周逸斐``).

    Examples:
        >>> Credit("reporter", "周逸斐", "每经")
        Credit(role='reporter', name='周逸斐', organization='每经')
    """

    role: CreditRole
    name: str
    organization: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"role": self.role, "name": self.name, "organization": self.organization}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Credit:
        """Inverse of :meth:`to_dict`."""
        return cls(data["role"], data["name"], data.get("organization"))


@dataclass(frozen=True)
class Dateline:
    """Where and when a story was filed, as its opening words say.

    Attributes:
        text: The dateline as written (``中新社北京3月31日电``).
        agency: The agency or outlet in canonical form (``中新社``), if named.
        location: The filing place (``北京``), if named.
        year: Year, when written or inferred from the page.
        month: Month, when written.
        day: Day of the month, when written.
        kind: The closing word: ``电``, ``讯``, ``报道``, ``消息`` ... as written.

    Examples:
        >>> d = Dateline("中新社北京3月31日电", "中新社", "北京", 2025, 3, 31, "电")
        >>> d.date
        datetime.date(2025, 3, 31)
    """

    text: str
    agency: str | None = None
    location: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    kind: str | None = None

    @property
    def date(self) -> _dt.date | None:
        """The filing date when year, month and day are all known (and valid)."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "agency": self.agency,
            "location": self.location,
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """Inverse of :meth:`to_dict`."""
        return cls(
            data["text"],
            data.get("agency"),
            data.get("location"),
            data.get("year"),
            data.get("month"),
            data.get("day"),
            data.get("kind"),
        )


@dataclass(frozen=True)
class Image:
    """A picture inside the article body.

    Attributes:
        url: Absolute address of the picture.
        caption: The caption shown with it (``<figcaption>`` or the caption line under the
            picture), if any. Caption text is not repeated in the body paragraphs.
        alt: The ``alt`` text, if it says something (not a file name or "图片").

    Examples:
        >>> img = Image("https://example.com/a.jpg", caption="资料图：故宫午门。")
        >>> Image.from_dict(img.to_dict()) == img
        True
    """

    url: str
    caption: str | None = None
    alt: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"url": self.url, "caption": self.caption, "alt": self.alt}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Image:
        """Inverse of :meth:`to_dict`."""
        return cls(data["url"], data.get("caption"), data.get("alt"))


@dataclass(frozen=True)
class ListingItem:
    """One teaser or search result on a listing page.

    Examples:
        >>> ListingItem("携手构建科技创新共同体", source="人民日报").source
        '人民日报'
    """

    title: str
    snippet: str | None = None
    published: _dt.datetime | None = None
    source: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``published`` as ISO 8601 with its offset)."""
        return {
            "title": self.title,
            "snippet": self.snippet,
            "published": _iso(self.published),
            "source": self.source,
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListingItem:
        """Inverse of :meth:`to_dict`."""
        return cls(
            data["title"],
            data.get("snippet"),
            _from_iso(data.get("published")),
            data.get("source"),
            data.get("url"),
        )


@dataclass(frozen=True)
class Article:
    """A parsed news page.

    Attributes:
        title: The headline, without site suffixes; None when the page has none.
        paragraphs: Body paragraphs in order, sub-headings included.
        published: Publication time, timezone-aware; None when the page gives none.
        dateline: The wire-style dateline opening the story, if any.
        credits: Reporters, editors, photographers ... named on the page.
        source: The publisher as a reader would name it (``新华网``, ``人民日报``).
        url: The page address, when known.
        script: ``simplified``, ``traditional``, ``mixed`` or ``unknown``.
        page_type: ``article``, ``listing`` (only teasers/results) or ``empty``.
        listing: Teasers and search results found on the page.
        truncated: True when the input exceeded a ``Config`` limit and was cut.
        description: The page's own summary (meta description, ``og:description``,
            JSON-LD), cleaned; never made up from the body.
        image: Absolute address of the lead picture (``og:image`` and kin, else the first
            picture in the body).
        images: The pictures inside the article body, in order, with their captions.
        tags: Keywords the page gives itself (its tag list, ``keywords``, ``article:tag``,
            JSON-LD), split and without repeats.
        section: The section or channel (``article:section``, JSON-LD, breadcrumbs).
        modified: The update time, timezone-aware; never taken as ``published`` and never
            before it.
        site_name: The hosting site (``og:site_name`` cleaned, the site table by host, the
            ``<title>`` suffix). ``source`` stays the original publisher: a 新华社 story
            reposted on a portal has ``source="新华社"`` and the portal's ``site_name``.
        host: The host name of ``url`` or of the page's canonical address.
        language: A BCP-47 tag from the text's script and the page's region
            (``zh-Hans-CN``, ``zh-Hant-TW``, ``zh-Hant-HK``); region only with evidence.
        canonical_url: The page's canonical address (``link[rel=canonical]``, ``og:url``),
            absolute.
        fingerprint: 64-bit SimHash of the body as 16 hex digits, the same in either
            script; compare two with :func:`newsparse.fingerprint_distance`.

    Examples:
        >>> a = Article(title="标题", paragraphs=("第一段。", "第二段。"))
        >>> a.body
        '第一段。\\n第二段。'
        >>> Article.from_dict(a.to_dict()) == a
        True
    """

    title: str | None = None
    paragraphs: tuple[str, ...] = ()
    published: _dt.datetime | None = None
    dateline: Dateline | None = None
    credits: tuple[Credit, ...] = ()
    source: str | None = None
    url: str | None = None
    script: Script = "unknown"
    page_type: PageType = "empty"
    listing: tuple[ListingItem, ...] = ()
    truncated: bool = False
    description: str | None = None
    image: str | None = None
    images: tuple[Image, ...] = ()
    tags: tuple[str, ...] = ()
    section: str | None = None
    modified: _dt.datetime | None = None
    site_name: str | None = None
    host: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    fingerprint: str | None = None

    @property
    def body(self) -> str:
        """The paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)

    @property
    def authors(self) -> tuple[str, ...]:
        """Names credited as reporter or author, in page order, without repeats."""
        return _names(self.credits, AUTHOR_ROLES)

    @property
    def editors(self) -> tuple[str, ...]:
        """Names credited as editor, in page order, without repeats."""
        return _names(self.credits, EDITOR_ROLES)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; derived fields (body, authors, editors) are included for readers
        and ignored by :meth:`from_dict`."""
        return {
            "title": self.title,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "published": _iso(self.published),
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "credits": [c.to_dict() for c in self.credits],
            "authors": list(self.authors),
            "editors": list(self.editors),
            "source": self.source,
            "url": self.url,
            "script": self.script,
            "page_type": self.page_type,
            "listing": [item.to_dict() for item in self.listing],
            "truncated": self.truncated,
            "description": self.description,
            "image": self.image,
            "images": [i.to_dict() for i in self.images],
            "tags": list(self.tags),
            "section": self.section,
            "modified": _iso(self.modified),
            "site_name": self.site_name,
            "host": self.host,
            "language": self.language,
            "canonical_url": self.canonical_url,
            "fingerprint": self.fingerprint,
        }

    def to_json(self, **kwargs: Any) -> str:
        """:meth:`to_dict` as JSON (UTF-8 characters kept; ``kwargs`` go to ``json.dumps``)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`.

        Raises:
            TypeError: ``data`` is not a mapping.
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"Article.from_dict needs a dict, not {type(data).__name__}")
        dateline = data.get("dateline")
        return cls(
            title=data.get("title"),
            paragraphs=tuple(data.get("paragraphs") or ()),
            published=_from_iso(data.get("published")),
            dateline=None if dateline is None else Dateline.from_dict(dateline),
            credits=tuple(Credit.from_dict(c) for c in data.get("credits") or ()),
            source=data.get("source"),
            url=data.get("url"),
            script=data.get("script", "unknown"),
            page_type=data.get("page_type", "empty"),
            listing=tuple(ListingItem.from_dict(i) for i in data.get("listing") or ()),
            truncated=bool(data.get("truncated", False)),
            description=data.get("description"),
            image=data.get("image"),
            images=tuple(Image.from_dict(i) for i in data.get("images") or ()),
            tags=tuple(data.get("tags") or ()),
            section=data.get("section"),
            modified=_from_iso(data.get("modified")),
            site_name=data.get("site_name"),
            host=data.get("host"),
            language=data.get("language"),
            canonical_url=data.get("canonical_url"),
            fingerprint=data.get("fingerprint"),
        )


def _names(credits: tuple[Credit, ...], roles: frozenset[CreditRole]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for credit in credits:
        if credit.role in roles:
            seen.setdefault(credit.name, None)
    return tuple(seen)
