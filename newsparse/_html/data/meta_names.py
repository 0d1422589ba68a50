"""The ``<meta>`` names Chinese news CMSs use for each field, in order of trust, as data.

Names are matched lower-cased against a meta element's ``name``, ``property``,
``itemprop`` or ``http-equiv``.
"""

from __future__ import annotations

__all__ = [
    "AUTHOR_NAMES",
    "CATEGORY_NAMES",
    "DESCRIPTION_NAMES",
    "EDITOR_LABELS",
    "EDITOR_NAMES",
    "IMAGE_NAMES",
    "LABEL_PREFIXES",
    "LANGUAGE_NAMES",
    "MODIFIED_NAMES",
    "NOT_NAMES",
    "OUTLET_SUFFIXES",
    "PUBLISHED_ATTRIBUTES",
    "PUBLISHED_NAMES",
    "PUBLISH_LABELS",
    "SCRIPT_DATE_PATTERNS",
    "SECTION_NAMES",
    "SITE_NAMES",
    "SOURCE_NAMES",
    "TAG_NAMES",
    "TITLE_NAMES",
    "TLD_ZONES",
    "URL_NAMES",
]

TITLE_NAMES: tuple[str, ...] = (
    "og:title", "articletitle", "twitter:title", "headline", "title", "sharetitle",
    "weibo:article:title",
)  # fmt: skip

PUBLISHED_NAMES: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "datepublished", "publishdate",
    "pubdate", "pubtime", "publishtime", "publish_time", "publish-date", "og:release_date",
    "firstpublishedtime", "release_date", "date", "dc.date", "dc.date.issued",
    "sailthru.date", "parsely-pub-date", "weibo:article:create_at", "article:published",
    "og:time", "createdate", "datecreated", "ptime", "apub:time", "bytedance:published_time",
    "dcterms.created",
)  # fmt: skip

#: Attributes by which a page's markup stamps the story's publish time on an element
#: (NetEase: ``<div id="contain" data-ptime="2019-05-17 20:02:46">``). They only refine a
#: visible date they agree with, never date a page alone: an attribute is easily another
#: item's.
PUBLISHED_ATTRIBUTES: tuple[str, ...] = ("data-ptime", "data-publishtime", "data-pubtime")

#: Update times. Never read as the publish time, even when a page has no other: an
#: update stamp is not when the story came out (issue 17; the labels record these pages'
#: publish time as the visible day, or none).
MODIFIED_NAMES: tuple[str, ...] = (
    "article:modified_time", "og:article:modified_time", "datemodified", "lastmod",
    "weibo:article:update_at", "dateupdate", "lastmodifiedtime", "dcterms.modified",
    "dc.date.modified", "modified", "og:updated_time", "last-modified", "updated_time",
)  # fmt: skip

#: The page's summary, in order of trust: the plain meta first (portals put a share blurb
#: in og:description, the article lead in the description: sina).
DESCRIPTION_NAMES: tuple[str, ...] = (
    "description", "og:description", "twitter:description", "dc.description",
    "weibo:webpage:description", "sharedesc", "share_description",
)  # fmt: skip

#: The lead picture.
IMAGE_NAMES: tuple[str, ...] = (
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
    "image", "shareimg", "share_image", "thumbnail", "weibo:webpage:image",
)  # fmt: skip

#: Keywords and tags, most specific first.
TAG_NAMES: tuple[str, ...] = (
    "article:tag", "news_keywords", "keywords", "keyword", "tags", "og:article:tag",
)  # fmt: skip

#: Section names, trusted over breadcrumbs.
SECTION_NAMES: tuple[str, ...] = (
    "articlesection", "article:section", "section", "og:article:section", "subsection",
)  # fmt: skip

#: Category names, read after the breadcrumbs: portals put the channel here (凤凰网资讯).
CATEGORY_NAMES: tuple[str, ...] = ("category", "og:category")

#: Declared language or locale (evidence only: many pages declare zh-CN on any text).
LANGUAGE_NAMES: tuple[str, ...] = (
    "content-language", "og:locale", "dc.language", "language", "lang",
)  # fmt: skip

#: Publish times that only a page's inline script holds (WeChat's ``var ct = "1581517074"``),
#: as regular expressions with one group: the value.
SCRIPT_DATE_PATTERNS: tuple[str, ...] = (
    r"\bvar\s{1,5}ct\s{0,5}=\s{0,5}\"(1\d{9})\"",
    r"\"publish_time\"\s{0,5}:\s{0,5}\"(\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?)\"",
    # A forum template writes its post time by script: showDate("2020/04/17 01:43:09 …").
    r"\bshowDate\(\s{0,3}\"(\d{4}/\d\d/\d\d \d\d:\d\d(?::\d\d)?)",
)

#: Labels that open a page's own publish-date line (``发布日期：2019-03-06``), both scripts.
#: Update labels (更新时间) are not among them: an update time is never the publish time.
PUBLISH_LABELS: tuple[str, ...] = (
    "发布日期", "發布日期", "发布时间", "發布時間", "发表时间", "發表時間", "发表于", "發表於",
    "发稿时间", "發稿時間", "时间", "時間", "日期",
)  # fmt: skip

#: Endings that make an author-field value an outlet rather than a person.
OUTLET_SUFFIXES: tuple[str, ...] = (
    "网", "網", "报", "報", "社", "台", "站", "刊", "媒体", "媒體", "新闻", "新聞", "集团",
    "集團", "公司", "频道", "頻道", "中心", "客户端", "客戶端",
)  # fmt: skip

AUTHOR_NAMES: tuple[str, ...] = (
    "author", "article:author", "og:article:author", "dc.creator", "byl", "sailthru.author",
    "parsely-author", "twitter:creator:name", "reporter", "authors",
)  # fmt: skip

EDITOR_NAMES: tuple[str, ...] = ("editor", "responsibleeditor", "reponsibleeditor", "zrbj")

SOURCE_NAMES: tuple[str, ...] = (
    "source", "contentsource", "mediaid", "og:article:source", "copyrightsource",
    "article:source", "media",
)  # fmt: skip

SITE_NAMES: tuple[str, ...] = ("og:site_name", "application-name", "sitename", "site_name")

URL_NAMES: tuple[str, ...] = ("og:url", "twitter:url", "url")

#: Labels a CMS leaves in front of a name (``责任编辑：孔德明``), both scripts.
LABEL_PREFIXES: tuple[str, ...] = (
    "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "作者", "记者", "記者", "撰文",
    "文", "来源", "來源", "本文来源", "出处", "出處", "通讯员", "通訊員", "by", "author",
)  # fmt: skip

#: Labels that make the name an editor rather than an author.
EDITOR_LABELS: frozenset[str] = frozenset({"责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯"})

#: Country-code domain -> the zone its pages' dates are written in.
TLD_ZONES: dict[str, str] = {
    "tw": "Asia/Taipei",
    "hk": "Asia/Hong_Kong",
    "mo": "Asia/Macau",
    "sg": "Asia/Singapore",
    "my": "Asia/Kuala_Lumpur",
}

#: Values CMSs put in author fields that are not anybody's name.
NOT_NAMES: frozenset[str] = frozenset(
    {"admin", "administrator", "佚名", "未知", "匿名", "本站", "网友", "網友", "小编", "小編",
     "编辑部", "編輯部", "null", "none", "undefined", "unknown"}
)  # fmt: skip
