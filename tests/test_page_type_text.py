"""The page type of a flattened page (a WET record): its links are gone, so a run of
headlines and teasers cut short looks like prose to the body stage. A story is told in
sentences; such a run is not, and the page is a listing."""

from __future__ import annotations

import newsparse

_MENU = "首页 国内 国际 社会 财经 体育"

# A channel page flattened: headlines, each over a teaser cut short with an ellipsis.
_CHANNEL = [
    "社会新闻_某某新闻网",
    _MENU,
    "社会新闻",
    "江西命案嫌犯落网 村民：终于不用担心了",
    "8月16日，江西警方通报，命案嫌犯已于当日下午被抓获，村民们纷纷表示终于可以安心睡觉了，当地派出所…",
    "台风“海高斯”登陆广东 多地停课停运",
    "受台风影响，广东珠海、中山等地宣布停课停运，气象部门发布暴雨橙色预警，提醒市民减少外出，注意防范…",
    "中消协呼吁餐饮企业完善烹饪量化标准",
    "中国消费者协会近日发出倡议，呼吁餐饮企业完善烹饪量化标准，引导消费者按需点餐，杜绝浪费行为…",
    "暑期游泳安全提示：这些地方不要去",
    "暑期到来，溺水事故进入高发期，应急管理部提醒家长加强看护，不要让孩子到野外水域游泳，以免发生…",
    "上一页 1 2 3 下一页",
]

# A story with two subheadings (lines that end no sentence) among its paragraphs.
_STORY = [
    "暑期游泳安全提示_某某新闻网",
    _MENU,
    "暑期游泳安全提示：这些地方不要去",
    "2025-07-10 09:30 来源：某某新闻网",
    "暑期到来，溺水事故进入高发期。应急管理部提醒家长加强看护，不要让孩子到野外水域游泳。",
    "专家提醒",
    "专家表示，野外水域情况复杂，水下可能有暗流和淤泥，即使会游泳也容易发生危险。",
    "家长要做什么",
    "家长应当教育孩子掌握基本的自救常识，发现有人落水时，要立即呼救，不要贸然下水施救。",
    "据统计，每年暑期都是溺水事故的高发期，其中中小学生占比较高，需要全社会共同关注。",
]


def test_a_flattened_channel_page_is_a_listing() -> None:
    explained = newsparse.explain("\n".join(_CHANNEL))
    assert explained.article.page_type == "listing"
    assert "not sentences" in explained.page_type_rule


def test_a_flattened_story_with_subheadings_stays_an_article() -> None:
    assert newsparse.parse_text("\n".join(_STORY)).page_type == "article"


def test_a_teaser_run_opening_with_a_dateline_stays_an_article() -> None:
    # A dateline ties the text to a story of its own: the wording test does not overrule it.
    lines = [*_CHANNEL[:4], "新华社南昌8月16日电 " + _CHANNEL[4], *_CHANNEL[5:]]
    assert newsparse.parse_text("\n".join(lines)).page_type == "article"


def test_the_same_teasers_as_html_are_typed_by_the_html_rules() -> None:
    # The rule reads only flattened pages: an HTML page has its links to tell teasers apart.
    from newsparse._extract import assemble

    items: list[newsparse.ListingItem] = []
    teasers = [_CHANNEL[4], _CHANNEL[6]]
    assert assemble._page_type(teasers, items, None, True)[0] == "article"
    assert assemble._page_type(teasers, items, None, False)[0] == "listing"
