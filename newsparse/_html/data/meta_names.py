"""The ``<meta>`` names Chinese news CMSs use for each field, in order of trust, as data.

Names are matched lower-cased against a meta element's ``name``, ``property``,
``itemprop`` or ``http-equiv``.
"""

from __future__ import annotations

__all__ = [
    "AUTHOR_NAMES",
    "EDITOR_LABELS",
    "EDITOR_NAMES",
    "LABEL_PREFIXES",
    "NOT_NAMES",
    "OUTLET_SUFFIXES",
    "PUBLISHED_NAMES",
    "PUBLISH_LABELS",
    "SCRIPT_DATE_PATTERNS",
    "SITE_NAMES",
    "SOURCE_NAMES",
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
    # Last resort: update times, which these CMSs set at publication (baijiahao, gov.cn).
    "dateupdate", "lastmodifiedtime", "article:modified_time",
)  # fmt: skip

#: Publish times that only a page's inline script holds (WeChat's ``var ct = "1581517074"``),
#: as regular expressions with one group: the value.
SCRIPT_DATE_PATTERNS: tuple[str, ...] = (
    r"\bvar\s{1,5}ct\s{0,5}=\s{0,5}\"(1\d{9})\"",
    r"\"publish_time\"\s{0,5}:\s{0,5}\"(\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?)\"",
)

#: Labels that open a page's own publish-date line (``发布日期：2019-03-06``), both scripts.
PUBLISH_LABELS: tuple[str, ...] = (
    "发布日期", "發布日期", "发布时间", "發布時間", "发表时间", "發表時間", "发表于", "發表於",
    "发稿时间", "發稿時間", "更新时间", "更新時間", "时间", "時間", "日期",
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
