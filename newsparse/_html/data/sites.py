"""Data for the page-level fields of HTML pages: the words that mark site furniture in
site names, breadcrumb boxes, picture addresses and caption lines.
"""

from __future__ import annotations

__all__ = [
    "BREADCRUMB_TOKENS",
    "CAPTION_CUES",
    "LOGO_TOKENS",
    "SITE_NAME_JUNK",
    "SITE_NAME_SUFFIXES",
]

#: Words around a site name that are not the name (``网易版权所有``, ``Copyright ©``).
SITE_NAME_JUNK: tuple[str, ...] = (
    "版权所有", "版權所有", "all rights reserved", "copyright", "©", "(c)", "首页", "首頁",
    "网页", "網頁", "官方网站", "官方網站", "官网", "官網",
)  # fmt: skip

#: Endings of a segment that reads like a site or outlet name (in a ``<title>`` suffix).
SITE_NAME_SUFFIXES: tuple[str, ...] = (
    "网", "網", "报", "報", "新闻", "新聞", "社", "台", "日报", "日報", "时报", "時報", "电子报",
    "電子報", "头条", "頭條", "百科", "周刊", "週刊", "杂志", "雜誌",
)  # fmt: skip

#: Class/id parts of breadcrumb boxes (compared like ``data.dom`` tokens: split, lower-cased).
BREADCRUMB_TOKENS: frozenset[str] = frozenset(
    {"breadcrumb", "breadcrumbs", "crumb", "crumbs", "crumbnav", "position", "location",
     "mbx", "daohang", "dqwz", "weizhi", "path", "navpath", "curpos", "nav_path"}
)  # fmt: skip

#: Parts of a picture's address that make it a logo or an icon rather than a photo.
LOGO_TOKENS: tuple[str, ...] = (
    "logo", "icon", "favicon", "pic_fb", "func_", "blank", "spacer", "placeholder",
    "default", "noimage", "no_image", "nopic", "share_img", "shareimg", "loading",
)  # fmt: skip

#: Patterns that mark a short line under a picture as its caption: a photo credit at the end
#: (``新华社记者 杜洋 摄``, ``（資料照）``), a pointer or label at the start (``▲``, ``图为``,
#: ``图片来源：``), a picture agency anywhere.
CAPTION_CUES: tuple[str, ...] = (
    r"(?:摄|攝|供图|供圖|翻摄|翻攝|截图|截圖|资料图|資料圖|资料照|資料照|图|圖|照片|photo)\s{0,3}[)）\]】]?\s{0,3}$",
    r"^\s{0,3}(?:[▲△▼▽↑↓]|图为|圖為|图：|圖：|图/|圖/|图／|圖／|资料图|資料圖|图片来源|圖片來源|图源|圖源|图注|圖註)",
    r"图片来源|圖片來源|视觉中国|視覺中國|东方IC|東方IC|新华社发|新華社發|取自\S{1,12}(?:臉書|脸书|facebook)",
)  # fmt: skip
