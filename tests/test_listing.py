"""Listing pages and teaser lists become ListingItems, on text and on HTML pages."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

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


def test_a_story_listed_twice_is_one_item_with_its_snippet() -> None:
    """A sidebar of the latest titles and dates, then the main list with snippets (the
    dota2 dev page): each story once, as the main list gives it."""
    titles = [f"第{i}条新闻：某地举行重要会议部署下半年工作" for i in range(1, 6)]
    side = "".join(
        f'<li><a href="/news/{i}.html">{t}</a><span>2024-05-0{i}</span></li>'
        for i, t in enumerate(titles, 1)
    )
    main = "".join(
        f'<div class="item"><h3><a href="/news/{i}.html">{t}</a></h3>'
        f"<p>2024-05-0{i} 10:00</p>"
        f"<p>会议要求各地各部门狠抓落实，确保各项任务按期完成，第{i}条。</p></div>"
        for i, t in enumerate(titles, 1)
    )
    html = (
        "<html><head><title>要闻列表_某某网</title></head><body>"
        f"<ul class='latest'>{side}</ul><div class='list'>{main}</div></body></html>"
    )
    listing = newsparse.parse_html(html, url="https://example.cn/list/").listing
    assert [item.title for item in listing] == titles
    assert all(item.snippet for item in listing)


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


# Item markup below is cut from the labelled pages (tests/data/labels), texts and structure as
# served; only the surrounding page is reduced.


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_each_item_gets_its_own_headline_time_and_snippet() -> None:
    """<li><a>headline</a><span>time</span><p>snippet</p></li>: the time is split off the
    headline (the digits outweigh a short headline's link) and stays with its own item."""
    from _helpers import PAGES_DIR

    article = newsparse.parse((PAGES_DIR / "cn_listing_utf8.html").read_bytes())
    assert article.page_type == "listing"
    assert [(i.title, i.published) for i in article.listing] == [
        ("城南社区图书馆试行夜间开放", dt.datetime(2025, 3, 31, 10, 20, tzinfo=BEIJING)),
        ("城东公园周末举办春季花展", dt.datetime(2025, 3, 30, 9, 15, tzinfo=BEIJING)),
        ("多个社区开设老年人智能手机课堂", dt.datetime(2025, 3, 29, 16, 40, tzinfo=BEIJING)),
        ("市区新增三条公交微循环线路", dt.datetime(2025, 3, 28, 8, 5, tzinfo=BEIJING)),
        ("河道清淤工程进入收尾阶段", dt.datetime(2025, 3, 27, 14, 30, tzinfo=BEIJING)),
        ("中学生科技节展出两百件作品", dt.datetime(2025, 3, 26, 11, 0, tzinfo=BEIJING)),
    ]
    first, last = article.listing[0], article.listing[-1]
    assert first.snippet == "城南社区图书馆从4月1日起试行夜间开放，周一至周五每晚开放到21时。"
    assert last.snippet == "作品涵盖机器人、环保装置和小程序等多个方向。"
    assert first.url is not None and first.url.endswith("/sh/2025/03-31/201.shtml")
    assert all(item.source is None for item in article.listing)


def test_a_link_then_its_time_and_a_programme_name() -> None:
    # pts_3: one <td>, items split by <br>; the programme after the time is no headline.
    rows = [
        ("285838", "國際油價續探底 創5年來新低紀錄", "2014-12-13&nbsp;12:00", "中晝新聞"),
        ("285839", "吃薑母鴨配酒 肝硬化患者吐血送醫", "2014-12-13&nbsp;12:00", "中晝新聞"),
        ("285790", "扁保外就醫聲明異議 高院駁回", "2014-12-12&nbsp;19:00", "晚間新聞"),
        ("285791", "首赴立院 毛揆:改組經總統充分授權", "2014-12-12&nbsp;19:00", "晚間新聞"),
    ]
    cell = "".join(
        f'<span class="Vod_1157"><a href="detail.php?NEENO={no}">{head}</a></span>'
        f'<span class="T1"> ({when})&nbsp; {show} </span><span class="Vod_1157"> </span><br>'
        for no, head, when, show in rows
    )
    html = _page("公共電視台 新聞網", f"<table><tr><td valign='top'>{cell}</td></tr></table>")
    article = newsparse.parse_html(html, url="http://news.pts.org.tw/")
    assert article.page_type == "listing"
    assert [i.title for i in article.listing] == [r[1] for r in rows]
    taipei = dt.timezone(dt.timedelta(hours=8))
    assert article.listing[2].published == dt.datetime(2014, 12, 12, 19, 0, tzinfo=taipei)
    assert article.listing[2].url == "http://news.pts.org.tw/detail.php?NEENO=285790"


def test_search_results_are_linked_headings_with_snippets() -> None:
    # sogou_3 / baidu_1: <h3><a>result</a></h3>, a snippet, a line with the address and date.
    results = [
        (
            "t.qq.com-腾讯微博_你的心声,世界的回声",
            "泊船和灯塔的相思别离 by @郝辣子腾讯微博 搞笑 语录 随手拍 资讯 设计",
            "腾讯微博 - t.qq.com/ - 15小时前",
        ),
        (
            "QQ空间-分享生活,留住感动",
            "QQ空间（Qzone）是中国最大的社交网络，是QQ用户的网上家园，是腾讯集团的核心平台之一。",
            "QQ空间 - qzone.qq.com/ - 2014-8-21",
        ),
        (
            "QQ互联",
            "QQ互联是腾讯旗下的开放平台，通过QQ互联，网站主或开发者可以申请接入QQ登录。",
            "腾讯网 - connect.qq.com/ - 2014-6-28",
        ),
    ]
    body = "".join(
        f'<div class="rb"><h3 class="pt"><a href="http://{n}.example/">{head}</a></h3>'
        f'<div class="ft">{snippet}</div><div class="fb"><cite>{cite}</cite></div></div>'
        for n, (head, snippet, cite) in enumerate(results)
    )
    article = newsparse.parse_html(_page("qq.com - 搜狗搜索", body))
    assert article.page_type == "listing"
    assert [i.title for i in article.listing] == [r[0] for r in results]
    assert [i.snippet for i in article.listing] == [r[1] for r in results]
    # The date line under a result is its own, not the next result's headline.
    assert [i.published for i in article.listing] == [
        None,
        dt.datetime(2014, 8, 21, tzinfo=BEIJING),
        dt.datetime(2014, 6, 28, tzinfo=BEIJING),
    ]
    assert article.paragraphs == ()


def test_headline_lines_over_snippets_ending_in_read_more() -> None:
    # newtalk_2: <strong>headline</strong><br>snippet <span>......<a>more</a></span>
    boxes = [
        (
            "2014經濟人權指標下滑 民團指稅制不公",
            "總統府人權諮詢委員會副召集人柴松林針對經濟人權指標下降表示，其中很重要的原因就是稅制",
        ),
        (
            "李新宣布退選 朱立倫同額補選國民黨主席",
            "新北市長朱立倫昨天宣布參選國民黨主席後，台北市長郝龍斌和台中市長胡志強隨後都表明不選了。",
        ),
        (
            "吳志揚談航空城 「不能反對就買帳」",
            "桃園縣長吳志揚在首屆桃園市長選舉中，意外敗給民進黨提名的鄭文燦，外界認為與航空城有關",
        ),
    ]
    links = (
        '<ul><li><a href="/news/{n}1.html">高院駁回扁保外就醫 民進黨批法務部卸責...</a></li>'
        '<li><a href="/news/{n}2.html">香港警戒中！擔心再佔領 逮捕247人...</a></li></ul>'
    )
    body = "".join(
        f'<div><strong>{head}</strong><br />{snippet} <span class="focus_more">......'
        f'<a href="http://newtalk.tw/news/{n}.html">more</a></span></div>' + links.format(n=n)
        for n, (head, snippet) in enumerate(boxes)
    )
    article = newsparse.parse_html(_page("新頭殼 newtalk", body))
    items = {i.title: i for i in article.listing}
    for head, snippet in boxes:
        assert items[head].snippet == snippet
    assert items[boxes[1][0]].url == "http://newtalk.tw/news/1.html"


def test_a_story_of_subheaded_paragraphs_ending_in_read_more_stays_a_story() -> None:
    # 163_1: a roundup whose sections end "详情>>" and run on with unlinked paragraphs.
    sections = [
        (
            "【世卫：即使20%的人拥有抗体 新冠病毒还能有效传播】",
            "当地时间7月3日，世卫组织召开新冠肺炎发布会，世卫组织卫生紧急项目负责人迈克尔·瑞安"
            "表示，人群中出现任何程度的抗体都会提供一定的屏障。即使20%的人拥有抗体，病毒还是能够"
            "有效传播，同时还要考虑抗体所能提供的保护时长。",
        ),
        (
            "【白宫“不顾疫情”大搞独立日庆典 预计7500人参加】",
            "华盛顿特区的活动只是特朗普为独立日举办的盛大庆典的第二出。据法新社报道，这场活动预计"
            "吸引7500人参加，然而戴口罩、保持社交距离等防疫措施依然是靠民众自觉。",
        ),
        (
            '【美国至少37州疫情反弹 至少19州发布"口罩强制令"】',
            "截至目前，全美至少37个州出现疫情反弹，其中加利福尼亚、亚利桑那、德克萨斯，以及佛罗里达"
            "州本周确诊病例数均高于此前日增记录。",
        ),
    ]
    more = "尽管非洲确诊病例数仍在持续增加，但尼日利亚、塞拉利昂等国已决定恢复通航。"
    headline = "美国新冠肺炎确诊病例超278万例 死亡129227例"
    body = f"<h1>{headline}</h1><p>2020-07-04 01:55:04 来源: 央视新闻客户端</p>"
    body += "".join(
        f'<p>{head}</p><p>{text}<a href="https://example.cn/{n}">详情>></a></p><p>{more}</p>'
        for n, (head, text) in enumerate(sections)
    )
    article = newsparse.parse_html(_page(f"{headline}_网易新闻", body))
    assert article.page_type == "article"
    assert article.listing == ()
    assert any(p.startswith("当地时间7月3日") for p in article.paragraphs)


def test_repeated_records_are_items_titled_by_their_changing_link() -> None:
    # sogou_2: account results, each a linked name, an id, labelled fields and a latest link.
    accounts = [
        (
            "山东高考指南",
            "sdgkzn",
            "这里是山东最权威最专业的高考交流平台,由山东商报徐玉芹教育工作室独家运作.",
            "《山东商报》社",
            "【院校传真】编程猫创始人李天驰入选福布斯精英榜!竟然是山大2009...",
        ),
        (
            "高考家长圈",
            "sinagkjzq",
            "定期推送高三家长关注的优秀家长经验交流、志愿填报技巧、考生心理辅导方法、"
            "考前营养搭配等诸多优质内容;为家长搭建交流互动平台.",
            "新浪网技术(中国)有限公司",
            "怒赞!北大才女:我钦佩一种父母......火爆朋友圈!",
        ),
        (
            "河南高考指南",
            "hngaokao",
            "发布最新高考政策,分享高效学习方法,制定高考应试策略.考点总结政策分析名校介绍"
            "高考大纲试卷解析艺考文化课,权威专业的高考资讯一手掌握.",
            "郑州新东方培训学校",
            "本科一批、国家专项计划、艺术B段征集志愿!截至今日18点!",
        ),
    ]
    records = "".join(
        f'<li><div class="txt-box"><p class="tit"><a href="/profile?{n}">{name}</a></p>'
        f'<p class="info">微信号：<label>{wxid}</label></p></div>'
        f"<dl><dt>功能介绍：</dt><dd>{about}</dd></dl><dl><dt>认证：</dt><dd>{org}</dd></dl>"
        f'<dl><dt>最近文章：</dt><dd><a href="/s?{n}">{latest}</a></dd></dl></li>'
        for n, (name, wxid, about, org, latest) in enumerate(accounts)
    )
    html = _page("高考的相关微信公众号 – 搜狗微信搜索", f'<ul class="news-list2">{records}</ul>')
    article = newsparse.parse_html(html, url="https://weixin.sogou.com/weixin?type=1")
    assert article.page_type == "listing"
    assert [i.title for i in article.listing] == [a[0] for a in accounts]
    assert [i.snippet for i in article.listing] == [a[2] for a in accounts]
    assert article.listing[1].url == "https://weixin.sogou.com/profile?1"


_BASES = [
    "https://a.cn/list/", "http://news.a.com.tw/x/y.html?p=1", "HTTPS://A.cn/", " https://a.cn/",
    "https://[::1]/n/", "ftp://a.cn/", "https://a.cn",
]  # fmt: skip
_LINK_START = ["https://", "http://", "HTTP://", "//", "/", "", "https:", " https://", "https:/"]


@given(
    st.sampled_from(_BASES),
    st.sampled_from(_LINK_START),
    st.text(alphabet="ab.c1/;?#%:[]@\t\n \\-_=&中", max_size=30),
)
def test_a_link_kept_as_written_is_what_urljoin_gives(base: str, start: str, rest: str) -> None:
    """Listing links skip urljoin when it would give them back unchanged: that shortcut
    never keeps a link urljoin would have rewritten."""
    from urllib.parse import urljoin

    from newsparse._extract.assemble import _kept_as_written

    link = start + rest
    if not _kept_as_written(link, base):
        return
    try:
        joined = urljoin(base, link)
    except ValueError:
        return  # urljoin refuses it: the item keeps its link either way
    assert joined == link


@given(
    st.sampled_from(_BASES),
    st.sampled_from(["/", "//", "/./", "/../", "", "./"]),
    st.text(alphabet="ab.c1/;?#%:[]@\t\n \\-_=&中", max_size=30),
)
def test_a_link_from_the_root_is_joined_as_urljoin_joins_it(
    base: str, start: str, rest: str
) -> None:
    """Links from the site's root ("/n/1.html") are joined to the page's scheme and host
    without urljoin: only where urljoin gives that same address."""
    from urllib.parse import urljoin

    from newsparse._extract.assemble import _from_root, _origin

    link = start + rest
    origin = _origin(base)
    if origin is None or not _from_root(link):
        return
    assert urljoin(base, link) == origin + link
