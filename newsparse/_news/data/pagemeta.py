"""Words of news-page furniture: tag-list labels, breadcrumb labels and crumbs that are not
sections, keywords that name no topic.
"""

from __future__ import annotations

__all__ = [
    "BREADCRUMB_LABELS",
    "GENERIC_TAGS",
    "HOME_WORDS",
    "NOT_SECTIONS",
    "TAG_LABELS",
]

#: Labels that open a breadcrumb line (``当前位置：首页 > 新闻``).
BREADCRUMB_LABELS: tuple[str, ...] = (
    "当前位置", "當前位置", "您的位置", "您現在的位置", "您现在的位置", "所在位置", "现在位置",
    "現在位置", "位置",
)  # fmt: skip

#: Tags that name no topic: site furniture put in keyword lists.
GENERIC_TAGS: frozenset[str] = frozenset(
    {"新闻", "新聞", "资讯", "資訊", "news", "首页", "首頁", "网站", "網站", "频道", "頻道",
     "新闻中心", "新聞中心"}
)  # fmt: skip

#: First crumbs that are the site's home, not a section.
HOME_WORDS: tuple[str, ...] = ("首页", "首頁", "主页", "主頁", "home", "网站首页", "網站首頁")

#: Last crumbs that are the page itself, not its section.
NOT_SECTIONS: frozenset[str] = frozenset(
    {"正文", "内文", "內文", "内容", "內容", "正文内容", "正文內容", "文章", "详情", "詳情",
     "详细", "詳細", "文章详情", "文章詳情", "新闻详情", "新聞詳情", "阅读", "閱讀"}
)  # fmt: skip

#: Labels that open a page's own tag list (``标签：``, ``關鍵字：``), both scripts.
TAG_LABELS: tuple[str, ...] = (
    "标签", "標籤", "关键词", "關鍵詞", "关键字", "關鍵字", "主题标签", "主題標籤", "词条标签",
    "詞條標籤", "本文标签", "本文標籤", "文章标签", "文章標籤",
)  # fmt: skip
