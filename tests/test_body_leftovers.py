"""What is left in or cut from a body, by kind (issue 12): small pages written for each kind.

Each page states one layout the labelled corpus showed going wrong; the assertions are what a
user reads in ``Article.body`` and ``Article.title``.
"""

from __future__ import annotations

import newsparse

_LEAD = "本市今日召开新闻发布会，介绍城市更新工作进展情况。"
_SECOND = "记者了解到，今年全市将改造老旧小区一百二十个，惠及居民三万余户，相关工作正在推进。"


def _page(*paragraphs: str, title: str = "城市更新工作进展", extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}_示例网</title></head><body><h1>{title}</h1>"
        f"<p>2024-05-01 10:00 来源：示例网</p>{body}{extra}</body></html>"
    )


def test_a_long_paragraph_keeps_its_text_and_loses_a_trailing_copyright_sentence() -> None:
    prose = _LEAD * 119  # 2,975 characters of story
    notice = "凡本网注明“来源：示例网”的所有作品，版权均属于示例网，未经授权不得转载。"
    article = newsparse.parse(_page(prose + notice, _SECOND))
    assert article.paragraphs[0] == prose
    assert "不得转载" not in article.body
    assert article.paragraphs[-1] == _SECOND


def test_a_copyright_notice_on_its_own_is_still_dropped() -> None:
    notice = "凡本网注明“来源：示例网”的所有作品，版权均属于示例网，未经授权不得转载。"
    article = newsparse.parse(_page(_LEAD * 3, _SECOND, notice))
    assert "不得转载" not in article.body
    assert article.paragraphs[-1] == _SECOND


def test_editors_notes_leave_the_body() -> None:
    article = newsparse.parse(
        _page(
            "原标题：城市更新工作取得新进展",
            _LEAD * 3,
            _SECOND + "（刊于《示例周刊》2019年第24期）",
            "出品︱示例科学栏目组",
        )
    )
    assert article.paragraphs[0] == _LEAD * 3
    assert article.paragraphs[-1] == _SECOND
    for text in ("原标题", "刊于", "出品"):
        assert text not in article.body


def test_follow_us_and_read_more_links_leave_the_body() -> None:
    article = newsparse.parse(
        _page(_LEAD * 3, _SECOND + "返回示例网，查看更多", "◆ 追蹤更多示例影音及圖文新聞：")
    )
    assert article.paragraphs[-1] == _SECOND
    assert "查看更多" not in article.body and "追蹤" not in article.body


def test_a_closing_report_byline_in_brackets_is_cut() -> None:
    article = newsparse.parse(_page(_LEAD * 3, _SECOND + "（示例新聞王小明、李大同台北報導）"))
    assert article.paragraphs[-1] == _SECOND


def test_short_captions_under_pictures_are_not_body() -> None:
    picture = '<p><img src="a.jpg"></p>'
    html = _page(
        _LEAD * 3,
        extra=f"{picture}<p>搜救现场。</p><p>{_SECOND}</p>{picture}"
        "<p>5月1日，居民在改造后的小区散步。新华社记者 王明 摄</p>"
        "<p>这是最后一段正文内容，改造仍在继续。</p>",
    )
    article = newsparse.parse(html)
    assert "搜救现场" not in article.body
    assert "新华社记者" not in article.body
    assert article.paragraphs[-1] == "这是最后一段正文内容，改造仍在继续。"


def test_a_fact_box_of_bullet_lines_stays_in_the_story() -> None:
    items = [
        "★年齡：76歲",
        "★背景：名門之後",
        "★經歷：",
        "●1963年 任職記者",
        "●1983年 熊本縣知事",
        "●1993年 就任首相",
    ]
    article = newsparse.parse(_page(_LEAD * 3, _SECOND, "細川護熙小檔案", *items))
    assert article.paragraphs[-1] == "●1993年 就任首相"


def test_a_last_sentence_split_over_short_lines_is_kept_whole() -> None:
    article = newsparse.parse(
        _page(_LEAD * 3, _SECOND, "请大家互相转告，", "愿大家都能", "平安出行。")
    )
    assert article.paragraphs[-1] == "平安出行。"


def test_a_title_suffix_after_a_box_drawing_bar_is_the_site() -> None:
    text = "\n".join(
        ["頂新魏家債留台灣！味全負債258億│示例新聞網 EX.COM", "首頁", _LEAD * 3, _SECOND]
    )
    assert newsparse.parse_text(text).title == "頂新魏家債留台灣！味全負債258億"


def test_text_page_whose_first_line_names_the_site_finds_the_headline_under_the_path() -> None:
    text = "\n".join(
        [
            "示例廣播公司全球資訊網",
            "速報",
            "陳某保外就醫聲明異議，遭高院裁定駁回，法務部說，不影響矯正機關的後續處理作業。",
            "官網首頁 > 示例新聞網 > 生活",
            "強烈大陸冷氣團明發威 愈晚愈冷",
            "2014/12/11 18:58 報導",
            "受強烈大陸冷氣團影響，明天白天北部低溫約只有13、14度，南部約17到19度，早晚溫差大。",
            "中央氣象局表示，明天強烈大陸冷氣團影響，中部以北及東北部氣溫偏低，請民眾注意保暖。",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.title == "強烈大陸冷氣團明發威 愈晚愈冷"
    assert article.paragraphs[0].startswith("受強烈大陸冷氣團影響")


def test_text_page_story_lead_under_a_bracketed_byline_is_not_a_teaser() -> None:
    text = "\n".join(
        [
            "郝某：贊成修憲和內閣制 | 要聞 | 示例新聞網",
            "郝某：贊成修憲和內閣制",
            "【示例晚報╱記者楊某╱即時報導】",
            "2014.12.13 01:06 pm",
            "針對新北市長昨天提議修憲改成內閣制，台北市長郝某上午表示，上一次修憲是9年前的事。",
            "郝某說，這9年中間看到憲政運作有一些問題產生，應該要檢討，朝野應該坐下來好好談。",
            "郝某上午到花博公園參加活動，媒體問郝某是否支持內閣制，他說只要對國家好都可以討論。",
            "另外，媒體問到2016是否有可能和吳某一起「合作」，郝某說，目前沒有這樣的打算。",
            "【2014/12/13 示例晚報】@ http://example.com/",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.paragraphs[0].startswith("針對新北市長昨天提議修憲")
    assert article.paragraphs[-1].startswith("另外，媒體問到2016")
