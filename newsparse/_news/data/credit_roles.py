"""Data: the words that introduce or close a credit, and the role each one gives.

A role word maps to the roles of the names it labels (``文/图`` gives both author and
photographer). Words mapped to ``()`` are labels whose value is not a person credit
(``来源``, ``时间``, ``设计``): the credit parser steps over them and their values.
"""

from __future__ import annotations

from ..._core.article import CreditRole

__all__ = [
    "DESK_ENDINGS",
    "LABEL_WORDS",
    "NEEDS_SEPARATOR",
    "NOT_NAMES",
    "NOT_NAME_CHARS",
    "ORG_ENDINGS",
    "PLACEHOLDER_NAMES",
    "REPORT_ENDINGS",
    "ROLE_WORDS",
    "SLASH_WORDS",
    "SUFFIX_WORDS",
    "TITLE_WORDS",
]

_REPORTER: tuple[CreditRole, ...] = ("reporter",)
_AUTHOR: tuple[CreditRole, ...] = ("author",)
_EDITOR: tuple[CreditRole, ...] = ("editor",)
_PROOF: tuple[CreditRole, ...] = ("proofreader",)
_PHOTO: tuple[CreditRole, ...] = ("photographer",)
_CORRESPONDENT: tuple[CreditRole, ...] = ("correspondent",)
_TRANSLATOR: tuple[CreditRole, ...] = ("translator",)

# Multi-character role words, in both scripts.
ROLE_WORDS: dict[str, tuple[CreditRole, ...]] = {
    **dict.fromkeys(
        (
            "记者",
            "記者",
            "见习记者",
            "見習記者",
            "实习记者",
            "實習記者",
            "特约记者",
            "特約記者",
            "首席记者",
            "首席記者",
            "特派记者",
            "特派記者",
            "驻站记者",
            "駐站記者",
            "融媒体记者",
            "報導",
            "报道",
            "融媒體記者",
            "全媒体记者",
            "全媒體記者",
            "实习生",
            "實習生",
            "采写",
            "採寫",
            "采访",
            "採訪",
            "独家报道",
            "独家报导",
            "獨家報導",
            "獨家報道",
        ),
        _REPORTER,
    ),
    # ☉ marks a columnist's byline in Taiwanese papers (☉張國財).
    **dict.fromkeys(
        (
            "作者",
            "撰文",
            "撰稿",
            "文字",
            "文章作者",
            "专栏作者",
            "專欄作者",
            "特约作者",
            "特約作者",
            "☉",
            "评论员",
            "評論員",
            "特约评论员",
            "特約評論員",
            "本报评论员",
            "本報評論員",
        ),
        _AUTHOR,
    ),
    **dict.fromkeys(
        (
            "编辑",
            "編輯",
            "责编",
            "責編",
            "责任编辑",
            "責任編輯",
            "值班编辑",
            "值班編輯",
            "主编",
            "主編",
            "审核",
            "審核",
            "终审",
            "終審",
            "编审",
            "編審",
            "实习编辑",
            "實習編輯",
            "选稿",
            "選稿",
            "见习编辑",
            "見習編輯",
        ),
        _EDITOR,
    ),
    **dict.fromkeys(("校对", "校對", "核稿", "审校", "審校", "校读", "校讀"), _PROOF),
    **dict.fromkeys(
        ("摄影", "攝影", "摄像", "攝像", "摄影记者", "攝影記者", "图片", "圖片"), _PHOTO
    ),
    **dict.fromkeys(
        (
            "通讯员",
            "通訊員",
            "职工通讯员",
            "職工通訊員",
            "特约通讯员",
            "特約通訊員",
            "特派员",
            "特派員",
        ),
        _CORRESPONDENT,
    ),
    **dict.fromkeys(("编译", "編譯", "翻译", "翻譯"), _TRANSLATOR),
}

# Labels whose value is not a person (or not one of our roles): stepped over.
LABEL_WORDS: tuple[str, ...] = (
    "来源",
    "來源",
    "时间",
    "時間",
    "发布时间",
    "發布時間",
    "设计",
    "設計",
    "数据整理",
    "數據整理",
    "出品",
    "监制",
    "監製",
    "统筹",
    "統筹",
    "統籌",
    "策划",
    "策劃",
    "制作",
    "製作",
    "整合",
    "整理",
    "供图",
    "供圖",
    "视觉",
    "視覺",
    "语音",
    "語音",
    "剪辑",
    "剪輯",
    "制图",
    "製圖",
    "美编",
    "美編",
    "排版",
    "投稿",
    "合作",
    "配音",
    "后期",
    "後期",
)

# Single characters that are role words only next to a slash ("文/张三", "张三/文").
SLASH_WORDS: dict[str, tuple[CreditRole, ...]] = {
    "文": _AUTHOR,
    "图": _PHOTO,
    "圖": _PHOTO,
    "摄": _PHOTO,
    "攝": _PHOTO,
    "译": _TRANSLATOR,
    "譯": _TRANSLATOR,
}

# Role words that are also common nouns or verbs ("图片新闻", "摄影范本", "编辑规则"): they
# label a name only when a separator follows them ("图片：张三", "摄影/张艳", "编辑 陈星").
NEEDS_SEPARATOR: frozenset[str] = frozenset(
    {
        "图片",
        "圖片",
        "摄影",
        "攝影",
        "摄像",
        "攝像",
        "文字",
        "采访",
        "採訪",
        "审核",
        "審核",
        "编辑",
        "編輯",
        "報導",
        "报道",
    }
)

# A byline's closing words after a slash or a space: where and how the story was filed
# ("記者王文萱／台北報導", "張立勳／特稿", "劉屏／華盛頓4日電", "彭佳芸 黃翊真 報導"). Names
# before them are reporters.
REPORT_ENDINGS: tuple[str, ...] = (
    "報導",
    "報道",
    "报道",
    "报导",
    "特稿",
    "專電",
    "专电",
    "電",
    "电",
)
# Titles after a name, with its affiliation between ("方敏北京大学经济学院教授").
TITLE_WORDS: tuple[str, ...] = (
    "教授",
    "副教授",
    "研究员",
    "研究員",
    "副研究员",
    "副研究員",
    "博士",
    "主任",
    "院长",
    "院長",
    "所长",
    "所長",
    "学者",
    "學者",
    "分析师",
    "分析師",
    "律师",
    "律師",
    "讲师",
    "講師",
    "专家",
    "專家",
    "首席经济学家",
    "首席經濟學家",
    "经济学家",
    "經濟學家",
)

# Words that may close a credit ("周逸斐 摄", "张三/文", "高梓原／攝影").
SUFFIX_WORDS: frozenset[str] = frozenset(
    {"摄", "攝", "摄影", "攝影", "文", "图", "圖", "译", "譯", "编辑", "編輯"}  # "陈星/編輯"
)

# A desk or a column is not a person: "政治中心", "地方中心", "國際組", "編輯部".
DESK_ENDINGS: tuple[str, ...] = (
    "中心",
    "组",
    "組",
    "部",
    "室",
    "台",
    "臺",
    "社",
    "处",
    "處",
    "团队",
    "團隊",
    "频道",
    "頻道",
)

# A word glued in front of a role word is an organisation when it ends like one.
# 视 closes a broadcaster's short name ("总台央视记者", "东方卫视记者").
ORG_ENDINGS: frozenset[str] = frozenset("社报報网網台刊队隊部站局院所视視")

# Characters that never occur in a personal name but are common in sentences.
NOT_NAME_CHARS: frozenset[str] = frozenset(
    "的了是与與及说說表示从從到对對等将將这這那们們个個也就都而被把让讓并並已经經"
    "能要去看日年时時分秒今昨后後下内內外不没沒很最更又再"
)

# What a template puts where no name was filled in ("作者：未知"): the credit is empty.
PLACEHOLDER_NAMES: frozenset[str] = frozenset(
    {"未知", "佚名", "匿名", "不详", "不詳", "暂无", "暫無", "无", "無", "-", "--", "—"}
)

# Column titles that follow a role word like a name would ("记者手记", "记者调查").
NOT_NAMES: frozenset[str] = frozenset(
    {
        "手记",
        "手記",
        "观察",
        "觀察",
        "调查",
        "調查",
        "专访",
        "專訪",
        "来信",
        "來信",
        "连线",
        "連線",
        "探访",
        "探訪",
        "直击",
        "直擊",
        "走访",
        "走訪",
        "体验",
        "體驗",
        "笔记",
        "筆記",
        "问答",
        "問答",
        "故事",
        "新闻",
        "新聞",
        "视频",
        "視頻",
        "图片",
        "圖片",
        "团队",
        "團隊",
        "证件",
        "證件",
        "节日",
        "節日",
        "日记",
        "日記",
        "部落",
        "感言",
        "心声",
        "心聲",
        # interface words that stand where a name would ("推薦", "原创", "微信")
        "推荐",
        "推薦",
        "精选",
        "精選",
        "原创",
        "原創",
        "微信",
        "微博",
        "校读",
        "校讀",
        "地区",
        "地區",
        "地方",
        "综合",
        "綜合",
        "即时",
        "即時",
        "编译",
        "編譯",
        "中心",
        "整理",
        # read-more links that close a teaser like a bracketed name ("…[详细]", "…(詳全文)")
        "详细",
        "詳細",
        "详全文",
        "詳全文",
        "全文",
        "详情",
        "詳情",
        "更多",
        "原文",
        "阅读",
        "閱讀",
        "点击",
        "點擊",
        "查看",
        "返回",
        "分享",
        "评论",
        "評論",
        "收藏",
        "打印",
        "列印",
        "关闭",
        "關閉",
        "纠错",
        "糾錯",
        "组图",
        "組圖",
        "图文",
        "圖文",
        "专题",
        "專題",
        "完",
        # Latin interface words and template defaults
        "admin",
        "administrator",
        "editor",
        "author",
        "unknown",
        "anonymous",
        "none",
        "null",
        "guest",
        "user",
        "staff",
        "by",
        "english",
        "chinese",
        "中文",
        "英文",
        "简体",
        "簡體",
        "繁体",
        "繁體",
    }
)
