"""Compiled patterns for datelines, built once at import from the outlet table.

Every repetition is bounded and no quantified group repeats over a class it overlaps, so
a hostile line cannot make these backtrack catastrophically; callers also only ever run
them over the first couple of hundred characters of a paragraph.
"""

from __future__ import annotations

from .._chinese.han import HAN_RANGES
from .._core.lazy import lazy_compile
from .sources import OUTLET_NAMES_RE

__all__ = [
    "AFTER_CREDIT",
    "BRACKET",
    "CLOSERS",
    "LEAD",
    "LTN_BODY",
    "OUTLET_CREDIT_BODY",
    "PAREN_BODY",
    "PICTURE_CREDIT",
    "PREFILTER",
    "REPORTER_HEAD",
    "SOURCE_LABEL",
    "TAG_BODY",
    "UDN",
    "UNBRACKETED_REPORTER",
    "WIRE",
]

_H = HAN_RANGES
# Month and day: one or two digits (ASCII or full-width) or a short Chinese numeral.
_NUM = r"(?:[0-9０-９]{1,2}|[〇一二三四五六七八九十廿卅]{1,3})"
_KIND = r"电|電|讯|訊|消息|报道|報道|報導|报导"
# An outlet not in the table, recognised by how it ends; never an attribution ("据…网").
_GENERIC = rf"(?![据據援引综綜])[{_H}A-Za-z0-9]{{1,6}}?(?:网|網|之家|客户端|客戶端)"
_AGENCY = rf"(?P<agency>{OUTLET_NAMES_RE}|本[报報站]|{_GENERIC})"
# Mirror sites insert a pinyin gloss after traditional characters: 中新網(wǎng)南寧.
_GLOSS = r"(?:\([a-z\u00e0-\u01dc]{1,7}\))?"
_PLACE = rf"[{_H}]{{1,7}}?(?:、[{_H}]{{1,7}}?){{0,3}}"
_DATE = rf"(?:(?P<month>{_NUM})月)?(?P<day>{_NUM})[日号號]"

# 新华社巴黎12月9日电, 本报墨西哥城1月28日电, 中新网10月17日电, 台灣網6月20日廈門消息.
WIRE = lazy_compile(
    rf"{_AGENCY}{_GLOSS}(?P<loc>{_PLACE})??{_DATE}(?P<loc2>[{_H}]{{2,4}}?)??(?P<kind>{_KIND})"
)
# 新京报讯（, 本报讯（, 央视网消息（, 华龙网-新重庆客户端讯 , 冀时客户端报道 .
LEAD = lazy_compile(
    rf"{_AGENCY}(?:[-—－](?P<sub>[{_H}]{{1,8}}?(?:客户端|客戶端)))?"
    r"(?P<kind>快讯|快訊|讯|訊|消息|报道|報道|報導|报导)(?=[\s（(：:【]|$)"
)
# 記者陳熙文、鄭媁/台北報導聯合報 (聯合報 bylines, unbracketed).
UDN = lazy_compile(
    rf"(?P<who>(?:特派)?(?:記者|记者)[{_H}、]{{2,20}}?)[／/](?P<loc>[{_H}]{{1,8}}?)"
    r"(?P<kind>報導|报道|报导)(?P<agency>聯合報|联合报)?"
)
# Any bracketed lead: the body is read by the *_BODY patterns below.
BRACKET = lazy_compile(
    r"[【\[［〖（(〔](?P<body>[^【】\[\]［］〖〗（）()〔〕\n]{2,40})[】\]］〗）)〕]"
)
CLOSERS = {"【": "】", "[": "]", "［": "］", "〖": "〗", "（": "）", "(": ")", "〔": "〕"}
# (中央社記者劉世怡台北27日電), (路透巴黎23日電), (吉隆坡3日讯), (芙蓉、波德申26日讯).
PAREN_BODY = lazy_compile(
    rf"(?P<agency>{OUTLET_NAMES_RE})?(?P<mid>[{_H}、]{{1,24}}?){_DATE}"
    r"(?P<kind>專電|专电|電|电|讯|訊)"
)
# 〔記者方韋傑／台北報導〕, 〔駐美特派員曹郁芬/華府二十日報導〕, 〔即時新聞／綜合報導〕.
LTN_BODY = lazy_compile(
    rf"(?P<who>[^／/╱]{{2,30}}?)[／/╱](?P<loc>[{_H}]{{1,8}}?)??(?:(?P<day>{_NUM})日)?"
    r"(?:綜合|综合)?(?:外電|外电)?(?P<kind>報導|报道|报导)"
)
# 明報專訊, 本報訊, 本報綜合報道, 早报讯, 星島日報報道, 觀傳媒新北新聞, 健康醫療網／編輯部整理.
TAG_BODY = lazy_compile(
    rf"(?P<agency>{OUTLET_NAMES_RE}|本[报報站]|[{_H}A-Za-z]{{1,8}}?(?:网|網))"
    rf"(?:[／/](?P<desk>[{_H}]{{2,5}}))?(?P<loc>[{_H}]{{2,3}}?)??"
    r"(?P<kind>專訊|专讯|快訊|快讯|綜合報道|综合报道|綜合報導|综合报导|訊|讯|報道|报道|報導|报导|"
    r"社評|社评|文章|新聞|新闻)?"
)
# (香港文匯網記者 馬曉芳): an outlet's byline opening the story.
OUTLET_CREDIT_BODY = lazy_compile(
    rf"(?P<agency>{OUTLET_NAMES_RE}|[{_H}]{{1,8}}?(?:网|網|报|報|社))[╱／/]?"
    r"(?P<credit>(?:本[报報])?(?:記者|记者).{1,24})"
)
REPORTER_HEAD = lazy_compile(rf"(?:駐[{_H}]{{1,3}})?(?:特派員|特派员|特派記者|特派记者|記者|记者)")
# Every dateline form holds one of these: paragraphs without them are skipped at once. The
# brackets are written as words, not as a class: with every branch a literal, the engine
# looks for their first characters instead of trying the pattern at each position.
PREFILTER = lazy_compile(
    r"电|電|讯|訊|消息|报道|報道|報導|报导|新聞|新闻|文章|社評|社评|整理|記者|记者|【|\[|［|〖"
)
# After a dateline: a bracketed credit, or 记者张金江报道：.
AFTER_CREDIT = lazy_compile(r"[ \t\u3000]{0,3}[（(](?P<credit>[^（）()\n]{1,60})[）)]")
UNBRACKETED_REPORTER = lazy_compile(
    rf"[ \t\u3000]{{0,3}}(?:記者|记者)(?P<credit>[{_H}、 ]{{2,16}}?)(?:报道|報道|報導|报导)[:：]"
)
# A wire agency credited for the picture, in round brackets: （美聯社）, （法新社）.
PICTURE_CREDIT = lazy_compile(rf"[（(](?:{OUTLET_NAMES_RE})[）)]")
SOURCE_LABEL = lazy_compile(r"(?:来源|來源)\s{0,2}[:：]\s{0,2}")
