"""HTML -> Page: blocks, cleaning, the main container, and head metadata."""

from __future__ import annotations

import datetime as _dt

import pytest

import newsparse
from newsparse._core.blocks import Page
from newsparse._core.config import Config
from newsparse._html.meta import strip_site_suffix, zone_for_url
from newsparse._html.page import html_to_page, looks_like_html

PARA = "国务院联防联控机制印发通知，要求各地做好春季学校疫情防控工作。"


def build(body: str, head: str = "", url: str | None = None) -> Page:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return html_to_page(html, encoding=None, config=Config(), url=url)


def texts(page: Page, *, main: bool | None = None) -> list[str]:
    return [b.text for b in page.blocks if main is None or b.in_main == main]


def article(paragraphs: int = 3) -> str:
    return '<div class="article-content">' + f"<p>{PARA}</p>" * paragraphs + "</div>"


def test_br_inside_a_paragraph_splits_blocks() -> None:
    page = build(f"<div class='text'><p>{PARA}<br>第二行，也是正文。<br/>第三行。</p></div>")
    assert texts(page)[:3] == [PARA, "第二行，也是正文。", "第三行。"]


def test_block_tags_and_captions() -> None:
    page = build(
        "<h2>小标题</h2><ul><li>列表项</li></ul><table><tr><td>单元格</td></tr></table>"
        "<figure><img src='a.jpg'><figcaption>图为会场。</figcaption></figure>"
        "<p class='pictext'>新华社记者 摄</p><pre>代码</pre>"
    )
    tags = {b.text: b.tag for b in page.blocks}
    assert tags == {"小标题": "h", "列表项": "li", "单元格": "td", "图为会场。": "caption",
                    "新华社记者 摄": "caption", "代码": "pre"}  # fmt: skip


def test_whitespace_collapses_to_one_line() -> None:
    page = build("<p>  第一  句\n\n  第二句\t </p>")
    assert texts(page) == ["第一 句 第二句"]


def test_link_density_and_link_address() -> None:
    page = build(
        '<ul><li><a href="/news/1.html">一条新闻标题</a></li></ul><p>没有链接的文字。</p>',
        url="https://www.example.com.cn/index.html",
    )
    teaser, plain = page.blocks
    assert teaser.link_density == 1.0
    assert teaser.url == "/news/1.html"  # as written: only listing items are made absolute
    assert plain.link_density == 0.0 and plain.url is None


def test_listing_item_urls_are_absolute() -> None:
    headline = "第{}条新闻的标题在这里写得足够长"
    items = "".join(
        f'<li><a href="/news/{i}.html">{headline.format(i)}</a></li>' for i in range(1, 6)
    )
    article = newsparse.parse_html(
        f"<html><body><ul>{items}</ul></body></html>", url="https://www.example.com.cn/list/"
    )
    assert [item.url for item in article.listing] == [
        f"https://www.example.com.cn/news/{i}.html" for i in range(1, 6)
    ]


@pytest.mark.parametrize(
    "hidden",
    [
        "<script>var a = '脚本';</script>",
        "<style>.x{color:red}</style>",
        "<noscript>请启用脚本</noscript>",
        "<form><input value='搜索'><button>提交按钮</button></form>",
        "<!-- 注释文字 -->",
        "<div style='display: none'>隐藏文字</div>",
        "<div hidden>隐藏属性</div>",
        "<div aria-hidden='true'>读屏隐藏</div>",
        "<iframe src='x.html'>框架</iframe>",
    ],
)
def test_invisible_nodes_are_removed(hidden: str) -> None:
    page = build(f"<div class='text'><p>{PARA}</p>{hidden}<p>{PARA}</p></div>")
    assert texts(page) == [PARA, PARA]


@pytest.mark.parametrize(
    "furniture",
    [
        "<nav><a href='/'>首页</a></nav>",
        "<footer>版权所有 新华网</footer>",
        "<div class='share-box'>分享到微信</div>",
        "<div id='comment_list'>网友评论一条</div>",
        "<ul class='related-news'><li>相关新闻</li></ul>",
        "<div class='BreadcrumbNav'>首页 > 正文</div>",
        "<div class='copyright'>Copyright 2020</div>",
        "<div class='ad'>广告位</div>",
        "<div class='recommend_list'>为你推荐</div>",
    ],
)
def test_page_furniture_is_removed(furniture: str) -> None:
    page = build(furniture + article())
    assert texts(page) == [PARA, PARA, PARA]


def test_furniture_token_does_not_match_inside_words() -> None:
    page = build("<div class='header-load'><p>加载中的标题栏文字</p></div>" + article())
    assert "加载中的标题栏文字" in texts(page)


def test_article_inside_a_furniture_named_box_is_kept() -> None:
    # WeChat hides the body with visibility:hidden until a script shows it.
    body = f"<p>{PARA}</p>" * 8
    page = build(f"<div style='visibility: hidden' id='js_content'>{body}</div>")
    assert texts(page, main=True) == [PARA] * 8


def test_date_line_in_a_share_bar_is_kept() -> None:
    page = build(
        "<h1>京沪高速部分路段封闭</h1><div class='share_box'><p class='time'>"
        "<span>2019-05-17</span> · <span>苏皖城市报道</span></p><span>分享到</span>"
        "<style>.x{}</style></div>" + article()
    )
    assert "2019-05-17 · 苏皖城市报道" in texts(page)
    assert not any(".x{}" in t for t in texts(page))


def test_main_container_is_the_paragraph_box_not_the_link_lists() -> None:
    teaser = "<p><a href='/x'>一条很长的推荐新闻标题在这里，值得一读。</a></p>"
    links = "<div class='list'>" + teaser * 12
    page = build(
        "<h1>标题</h1><p class='info'>2020-02-19 10:20 来源：新华网</p>"
        + article(5)
        + links
        + "</div>"
    )
    assert texts(page, main=True) == [PARA] * 5
    assert "2020-02-19 10:20 来源：新华网" in texts(page, main=False)


def test_prose_without_punctuation_or_links_does_not_win_over_the_story() -> None:
    menu = "<div>" + "<p>财经 科技 体育 娱乐 汽车 房产</p>" * 10 + "</div>"
    page = build(menu + article(4))
    assert texts(page, main=True) == [PARA] * 4


def test_a_list_of_teasers_is_not_an_article_body() -> None:
    item = (
        "<li><a href='/n/{i}.html'>第{i}条新闻标题：某地召开重要会议部署工作</a>"
        "<p>会议强调，要切实做好各项工作，确保取得实效。</p></li>"
    )
    page = build("<ul class='news'>" + "".join(item.format(i=i) for i in range(10)) + "</ul>")
    assert texts(page, main=True) == []


def test_list_page_end_to_end_is_a_listing() -> None:
    import newsparse

    item = (
        "<div class='item'><h3><a href='/n/{i}.html'>第{i}条新闻标题：某地召开重要会议部署工作</a>"
        "</h3><p>会议强调，要切实做好各项工作，确保取得实效。2024-04-{d:02d}</p></div>"
    )
    body = "".join(item.format(i=i, d=10 + i) for i in range(8))
    html = f"<html><head><title>新闻列表</title></head><body><div class='list'>{body}</div>"
    article = newsparse.parse_html(html, url="https://www.example.cn/list/")
    assert article.page_type == "listing"
    assert article.listing[0].url == "https://www.example.cn/n/0.html"
    assert article.listing[0].published is not None


def test_sibling_boxes_of_one_story_are_joined() -> None:
    box = "<div class='section'>" + f"<p>{PARA}</p>" * 3 + "</div>"
    page = build(f"<div class='main'>{box}{box}</div>")
    assert len(texts(page, main=True)) == 6


def test_title_block_comes_first_and_is_not_main() -> None:
    page = build(article(), head="<title>标题_新浪财经_新浪网</title>")
    first = page.blocks[0]
    assert (first.text, first.tag, first.in_main) == ("标题_新浪财经_新浪网", "title", False)


def test_text_is_normalised_once_keeping_one_line_per_block() -> None:
    page = build("<p>\u3000\u3000全角空格开头。</p><p>ＡＢＣ１２３</p>")
    assert texts(page) == ["全角空格开头。", "ABC123"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"),
        ("央行降准0.5个百分点_新浪财经_新浪网", "央行降准0.5个百分点"),
        ("共享充电宝涨价告别1元时代|澎湃新闻", "共享充电宝涨价告别1元时代"),
        ("宇航员在太空中喝酒会怎么样？_探索者 _光明网", "宇航员在太空中喝酒会怎么样？"),
        ("DeepMind新电脑已可利用记忆自学_科技_腾讯网", "DeepMind新电脑已可利用记忆自学"),
        ("垃圾徵費欠細節 - 晴報 - 港聞 - 要聞", "垃圾徵費欠細節"),
        ("没有后缀的标题", "没有后缀的标题"),
        ("5G-A网络正式商用", "5G-A网络正式商用"),
        ("新冠疫苗COVID-19接种指南-CSDN.NET", "新冠疫苗COVID-19接种指南"),
    ],
)
def test_site_suffixes_are_removed(raw: str, clean: str) -> None:
    assert strip_site_suffix(raw) == clean


def test_h1_that_title_starts_with_wins() -> None:
    page = build(
        "<h1>明日股市：A股三大股指集体回调</h1>" + article(),
        head="<title>明日股市：A股三大股指集体回调-财经频道-某某网</title>"
        '<meta property="og:title" content="明日股市">',
    )
    assert page.meta.title == "明日股市：A股三大股指集体回调"


@pytest.mark.parametrize(
    ("heading", "raw"),
    [
        # pixnet: the blog's name and the platform follow " @ "; "_" is the post's own.
        (
            "新竹尖石_美樹營地賞楓 (2)",
            "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::",
        ),
        # qq: a column's name and a bar open the headline.
        ("棱镜|数据业大整顿：爬虫与现金贷", "棱镜|数据业大整顿：爬虫与现金贷_腾讯新闻"),
    ],
)
def test_a_headline_shown_whole_keeps_its_own_separators(heading: str, raw: str) -> None:
    html = f"<html><head><title>{raw}</title></head><body><h2>{heading}</h2>{article()}"
    assert newsparse.parse(html).title == heading


def test_a_story_set_in_sibling_sections_is_read_whole() -> None:
    """WeChat (wechat_1): the post's items sit in sibling <section>s of one content box, some
    as headings straight in the box; the biggest section alone is not the story."""
    item = "●{}日，{}市民反映火车站南广场部分地砖高低不平，存在安全隐患，有关部门表示将尽快整改。"
    first = "".join(f"<p>{item.format(n, '西安')}</p>" for n in range(1, 7))
    html = (
        "<html><head><title>新闻速览</title></head><body><div id='js_content'>"
        f"<section>{first}</section>"
        f"<h1>{item.format(7, '苏州')}</h1>"
        f"<section><h1>{item.format(8, '南京')}</h1><h1>{item.format(9, '江西')}</h1></section>"
        f"<section><section><h1>{item.format(10, '美国')}</h1></section>"
        f"<section><h1>{item.format(11, '韩国')}</h1></section></section>"
        "</div><div class='footer'>关于我们</div></body></html>"
    )
    paragraphs = newsparse.parse(html).paragraphs
    assert paragraphs[0].startswith("●1日") and paragraphs[-1].startswith("●11日")
    assert len(paragraphs) == 11


def test_heading_that_title_ends_with_wins_over_a_site_prefix() -> None:
    page = build(
        "<div class='title-text'>最新出炉联合国贸发报告</div>" + article(),
        head="<title>明日股市预测--最新出炉联合国贸发报告</title>",
    )
    assert page.meta.title == "最新出炉联合国贸发报告"


def test_meta_dates_in_the_page_zone() -> None:
    page = build(
        article(),
        head='<meta name="publishdate" content="2020-01-21 09:00">',
        url="https://news.sina.com.tw/article/1.html",
    )
    assert page.meta.timezone == "Asia/Taipei"
    assert page.meta.published == _dt.datetime(2020, 1, 21, 1, 0, tzinfo=_dt.timezone.utc)


def test_iso_meta_date_keeps_its_offset() -> None:
    head = '<meta property="article:published_time" content="2019-09-07T13:43:45+08:00">'
    page = build(article(), head=head)
    assert page.meta.published is not None
    assert page.meta.published.isoformat() == "2019-09-07T13:43:45+08:00"


@pytest.mark.parametrize("offset", ["+08:75", "+0875", "+28:00"])
def test_a_meta_date_with_an_offset_no_zone_uses_is_no_date(offset: str) -> None:
    # A flipped digit in +08:00 makes the stamp corrupt: no time is read rather than one
    # shifted by a made-up offset (+08:75 read as +09:15).
    head = f'<meta property="article:published_time" content="2019-09-07T13:43:45{offset}">'
    assert build(article(), head=head).meta.published is None


def test_jsonld_article_fields() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "网站"}, {"@type": "NewsArticle", "headline": "标题",'
        ' "datePublished": "2023-11-17T15:13:00+08:00", "author": [{"@type": "Person",'
        ' "name": "李明"}, {"name": "王芳"}], "publisher": {"name": "中国日报网"}}]}</script>'
    )
    page = build(article(), head=ld)
    assert page.meta.published is not None and page.meta.published.day == 17
    assert page.meta.authors == ("李明", "王芳")
    assert page.meta.site_name == "中国日报网"


@pytest.mark.parametrize(
    ("content", "authors", "editors"),
    [
        ("责任编辑：孔德明", (), ("孔德明",)),
        ("作者：李在山", ("李在山",), ()),
        ("记者 陈智、王敬照", ("陈智", "王敬照"), ()),
        ("新华网", (), ()),
        ("证券时报网", (), ()),
        ("name, email@gmail.com", (), ()),
        ("https://www.facebook.com/edn168", (), ()),
        ("佚名", (), ()),
    ],
)
def test_meta_author_labels_never_leak(
    content: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    page = build(article(), head=f'<meta name="author" content="{content}">')
    assert (page.meta.authors, page.meta.editors) == (authors, editors)


def test_source_url_and_site_name() -> None:
    page = build(
        article(),
        head='<meta name="source" content="来源：人民日报"><meta property="og:site_name" '
        'content="澎湃新闻"><link rel="canonical" href="https://www.thepaper.cn/a/1">',
    )
    assert page.meta.source == "人民日报"
    assert page.meta.site_name == "澎湃新闻"
    assert page.meta.url == "https://www.thepaper.cn/a/1"


def test_date_line_under_the_headline_fills_a_missing_meta_date() -> None:
    page = build(
        "<h1>逆水寒再按照这个速度研发下去</h1><span>2019-09-05 11:10 游民星空[整理]</span>"
        + article(),
        head="<title>逆水寒再按照这个速度研发下去|游民星空</title>",
    )
    assert page.meta.published is not None
    assert page.meta.published.isoformat() == "2019-09-05T11:10:00+08:00"


def test_a_date_far_below_the_headline_is_not_taken() -> None:
    page = build(
        "<h1>标题很长的一条新闻</h1>" + article(6) + "<p>2019-09-05 11:10</p>",
        head="<title>标题很长的一条新闻_某某网</title>",
    )
    assert page.meta.published is None


def test_labelled_date_line_anywhere_fills_a_missing_meta_date() -> None:
    page = build(article(4) + "<p>发布日期：2019-03-06 责任编辑：龙慧</p>")
    assert page.meta.published is not None
    assert page.meta.published.date() == _dt.date(2019, 3, 6)


def test_wechat_publish_time_from_its_script() -> None:
    page = build(article(), head='<script>var ct = "1581517074";</script>')
    assert page.meta.published == _dt.datetime(2020, 2, 12, 14, 17, 54, tzinfo=_dt.timezone.utc)


def test_script_time_needs_the_variable_itself() -> None:
    # Another script's variable that merely ends in "var" ("myvar ct") is not WeChat's.
    page = build(article(), head='<script>myvar ct = "1581517074"; xshowDate("2020/04/17 01:43:09")'
                 '</script><script src="a.js"> var ct = "1581517074";</script>')  # fmt: skip
    assert page.meta.published is None


@pytest.mark.parametrize(
    ("url", "zone"),
    [("https://news.ltn.com.tw/a", "Asia/Taipei"),
     ("https://hd.stheadline.com.hk/a", "Asia/Hong_Kong"),
     ("https://www.zaobao.com.sg/a", "Asia/Singapore"),
     ("https://www.sinchew.com.my/a", "Asia/Kuala_Lumpur"),
     ("http://www.xinhuanet.com/a", None), (None, None), ("not a url", None)],
)  # fmt: skip
def test_zone_from_domain(url: str | None, zone: str | None) -> None:
    assert zone_for_url(url) == zone


def test_soup_input_is_read_through_lxml() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(f"<html><body>{article()}</body></html>", "html.parser")
    page = html_to_page(soup, encoding=None, config=Config())
    assert texts(page, main=True) == [PARA] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("<div><p>片段</p></div>", True),
        ("  \n<html lang='zh'>", True),
        ("新华社北京2月29日电 国务院印发通知。", False),
        ("标题\n2020-02-19 来源：新华网\n正文 a<b 比较", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
