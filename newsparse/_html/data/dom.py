"""Tag names and class/id tokens the HTML extractor decides by, as data.

Tokens are compared against the parts of an element's ``class`` and ``id`` split on
whitespace, ``-`` and ``_`` and lower-cased (``share-box`` -> ``share``, ``box``), so a
token never matches inside an unrelated word (``ad`` does not match ``head`` or ``load``).
Prefixes catch glued names (``BreadcrumbNav``, ``footerWrap``, ``copyrightinfo``).
"""

from __future__ import annotations

__all__ = [
    "BLOCK_TAGS",
    "BOILERPLATE_PREFIXES",
    "BOILERPLATE_TAGS",
    "BOILERPLATE_TOKENS",
    "CAPTION_PREFIXES",
    "CAPTION_TOKENS",
    "CONTAINER_TAGS",
    "CONTENT_TOKENS",
    "DROP_TAGS",
    "NEGATIVE_TOKENS",
    "TAG_KIND",
]

#: Never text a reader sees (or a form's widgets): removed with their contents. ``<form>``
#: itself is not here: ASP.NET and other CMS templates wrap the whole page in one (CNA,
#: FTV, BCC and China Times pages of 2013-14 lost their article to it); its widgets go.
DROP_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "iframe", "frame", "frameset", "template",
        "svg", "math", "canvas", "object", "embed", "applet", "button", "select", "textarea",
        "input", "option", "datalist", "audio", "video", "map", "head", "link", "meta",
        "title",  # read by the metadata step; a <title> misplaced in <body> is not text
    }
)  # fmt: skip

#: Page furniture by tag name.
BOILERPLATE_TAGS: frozenset[str] = frozenset({"nav", "footer", "aside", "menu", "dialog"})

#: Page furniture by class/id part: share bars, comments, related and recommended lists,
#: breadcrumbs, copyright lines, advertising, previous/next-article links, side bars.
BOILERPLATE_TOKENS: frozenset[str] = frozenset(
    {
        "share", "sharebar", "bdshare", "jiathis", "comment", "comments", "cmt", "reply",
        "recommend", "recommends", "related", "relate", "relative", "xgxw", "xgyd",
        "footer", "foot", "breadcrumb", "crumb", "crumbs", "copyright", "ad", "ads",
        "advert", "advertisement", "adv", "banner", "sidebar", "nav", "navbar",
        "menu", "topbar", "toolbar", "login", "qrcode", "erweima", "hotnews",
        "rank", "ranking", "paihang", "tuijian", "sponsor", "popup", "modal", "subscribe",
        "pagination", "pager", "tags", "keywords", "disclaimer", "mianze", "search",
        "feedback", "guestbook", "jubao", "adjacent", "prev", "next", "prevnext", "leftbar",
        "rightbar", "sidebox",
    }
)  # fmt: skip

BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "breadcrumb", "footer", "copyright", "advert", "sharebar", "recommend", "comment",
    "sidebar", "topnav", "navbar", "related",
)  # fmt: skip

#: Class/id parts that mark the article container (a bonus when scoring candidates).
CONTENT_TOKENS: frozenset[str] = frozenset(
    {
        "article", "content", "contents", "text", "detail", "details", "body", "main",
        "post", "entry", "story", "news", "zw", "zhengwen", "neirong", "txt", "artical",
        "cont", "con", "conent", "show", "info", "read", "rich",
    }
)  # fmt: skip

#: Class/id parts that lower a candidate's score without removing it.
NEGATIVE_TOKENS: frozenset[str] = frozenset(
    {"list", "links", "more", "header", "head", "top", "logo", "widget", "channel", "column"}
)

#: Image captions: kept as blocks (tag "caption") for the classifier to drop.
CAPTION_TOKENS: frozenset[str] = frozenset(
    {
        "caption", "figcaption", "pictext", "pictxt", "imgtxt", "imgtext", "picinfo",
        "imginfo", "picintro", "illustration", "tuzhu", "descr", "picdesc", "imgnote",
    }
)  # fmt: skip
CAPTION_PREFIXES: tuple[str, ...] = ("img_desc", "imgdesc", "pic_txt", "pictxt", "caption")

#: Elements whose start and end break the text into separate blocks.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "p", "div", "li", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "ul", "ol",
        "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
        "header", "blockquote", "pre", "figure", "figcaption", "caption", "center", "address",
        "hr", "br", "body", "html", "fieldset", "legend", "details", "summary", "hgroup",
    }
)  # fmt: skip

#: Block tag -> ``Block.tag``; block tags not listed give ``p``.
TAG_KIND: dict[str, str] = {
    "h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h",
    "li": "li", "dt": "li", "dd": "li", "td": "td", "th": "td",
    "figcaption": "caption", "caption": "caption", "pre": "pre",
}  # fmt: skip

#: Elements that can hold an article (candidates for the main container).
CONTAINER_TAGS: frozenset[str] = frozenset(
    {"div", "article", "section", "main", "td", "body", "blockquote", "center", "font", "span"}
)
