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
    from conftest import seed_paths

    text = seed_paths()[0].read_text(encoding="utf-8")
    with_items, without = newsparse.parse_text(text), newsparse.parse_text(text, listing=False)
    assert without.listing == () and len(with_items.listing) == 8
    assert without.paragraphs == with_items.paragraphs
    assert without.published == with_items.published
