"""Listing pages and teaser lists become ListingItems, on text and on HTML pages."""

from __future__ import annotations

import datetime as dt

import newsparse

BEIJING = dt.timezone(dt.timedelta(hours=8))


def _list_page() -> str:
    items = "".join(
        f'<li><a href="/news/{i}.html">第{i}条新闻：某地举行重要会议部署下半年工作</a>'
        f"<span>2024-05-0{i} 10:00</span></li>"
        for i in range(1, 8)
    )
    return (
        "<html><head><title>要闻列表_某某网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/a'>国内</a></div>"
        f"<ul class='list'>{items}</ul>"
        "<div class='footer'>Copyright 2024 某某网 版权所有</div></body></html>"
    )


def test_html_list_page() -> None:
    article = newsparse.parse_html(_list_page(), url="https://example.cn/list/")
    assert article.page_type == "listing"
    assert article.paragraphs == ()
    assert len(article.listing) == 7
    first = article.listing[0]
    assert first.title == "第1条新闻：某地举行重要会议部署下半年工作"
    assert first.url == "https://example.cn/news/1.html"
    assert first.published == dt.datetime(2024, 5, 1, 10, 0, tzinfo=BEIJING)


def test_search_results_text_page() -> None:
    text = "\n".join(
        [
            "科技合作",
            "携手构建科技创新共同体",
            "Ren Min Ri Bao· 2025-06-14 21:57",
            "The second Technology Exchange Conference was held in Chengdu from June 10.",
            "构建互利共赢的国际科技合作新格局",
            "Xin Hua She· 2025-06-11 08:18",
            "China emphasizes open scientific cooperation to benefit humanity.",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.page_type == "listing"
    assert [i.source for i in article.listing] == ["人民日报", "新华社"]
    assert article.listing[1].published == dt.datetime(2025, 6, 11, 8, 18, tzinfo=BEIJING)
    assert article.listing[0].snippet is not None
    assert article.listing[0].snippet.startswith("The second")


def test_an_article_header_is_not_a_teaser() -> None:
    text = "\n".join(
        [
            "中关村论坛年会展现合作新动向",
            "2024-04-29 09:00:32 来源:新华网",
            "大规模量子云算力集群、智慧脑机系统等前沿科技成果密集亮相,一批国际科技合作项目签约落地。",
            "2024中关村论坛年会正在北京举行,各种重大科技成果令与会嘉宾目不暇接。",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.page_type == "article"
    assert article.listing == ()
    assert len(article.paragraphs) == 2


def test_listing_can_be_switched_off() -> None:
    # Only the field goes: the page is still a list, and its teasers are still not body.
    article = newsparse.parse_html(_list_page(), listing=False)
    assert article.listing == ()
    assert article.page_type == "listing"
    assert article.paragraphs == ()


def test_switching_listing_off_keeps_the_rest_of_a_seed() -> None:
    from _helpers import seed_paths

    text = seed_paths()[0].read_text(encoding="utf-8")
    with_items, without = newsparse.parse_text(text), newsparse.parse_text(text, listing=False)
    assert without.listing == () and len(with_items.listing) == 8
    assert without.paragraphs == with_items.paragraphs
    assert without.published == with_items.published


def test_teasers_with_the_date_under_the_snippet_and_a_ranking() -> None:
    story = (
        "证券时报e公司讯，当升科技以9614.5万元竞得常州市工业用地，"
        "将为公司锂电新材料产业基地提供用地。"
    )
    text = "\n".join(
        [
            "午间公告：天奇股份中标广汽丰田项目",
            "2019-09-26 12:11来源：证券时报网作者：李在山",
            story,
            "为你推荐",
            "金融委最新定调！鼓励境外资金进入境内金融市场",
            "十一国庆假期前，金融委召开会议，部署了一系列金融领域下一步的重点工作。",
            "2019-09-3007:42",
            "黄金周后A股怎么走，从数据预知这9大行业胜率高的惊人",
            "今天是国庆节前最后一个交易日，持股还是持币过节又成为投资者一个老大难的问题。",
            "2019-09-3008:14",
            "点击排行",
            "1、早知道：健康产业再迎重磅政策红利；钴产品价格持续反弹",
            "2、华为证实：已生产不含美国部件5G基站",
            "3、传音控股上市在即却被华为起诉 华为方面回复：暂不回应此事",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.title == "午间公告：天奇股份中标广汽丰田项目"
    assert article.paragraphs == (story,)
    assert article.authors == ("李在山",)
    assert [(i.title[:6], i.published) for i in article.listing] == [
        ("金融委最新定", dt.datetime(2019, 9, 30, 7, 42, tzinfo=BEIJING)),
        ("黄金周后A股", dt.datetime(2019, 9, 30, 8, 14, tzinfo=BEIJING)),
    ]
    assert article.listing[0].snippet is not None
    assert article.listing[0].snippet.startswith("十一国庆假期前")
