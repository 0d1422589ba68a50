"""Publish times on pages: the forms and rules of issue 12 section 5, and Config.prefer_dates
in the page pipeline (issue 13). Date lines are copied from the labelled dev pages named."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import find_dates, parse_text

# The body of dev_pages/tw/pts_1.html (a TV news transcript), shortened.
_PTS_BODY = [
    "孫子14歲中風 劉泰英：疑食毒油",
    "前國策顧問劉泰英的14歲孫子，日前在學校上課時突然中風，目前仍在加護病房治療，"
    "劉泰英認為，孫子身材瘦高，平常愛運動，家族也沒有心血管疾病。",
    "醫師表示，45歲以下、年輕型中風發生率為12%，也就是平均每8人、就有1人是年輕患者，"
    "而且這種疾病通常沒有前兆。",
]


def test_month_first_date_with_its_year() -> None:
    # dev_pages/hk/passiontimes_1.html: the byline and the slider write month-day-year.
    (match, *_) = find_dates("- 熱血編輯部 @ 11-22-2014 / 今日")
    assert match.text == "11-22-2014"
    assert match.value is not None and match.value.date() == dt.date(2014, 11, 22)
    (slider,) = find_dates("(11/22/2014)")
    assert slider.value is not None and slider.value.date() == dt.date(2014, 11, 22)


def test_day_first_date_and_ambiguous_order() -> None:
    (match,) = find_dates("22/11/2014 10:30")
    assert match.value == dt.datetime(2014, 11, 22, 10, 30, tzinfo=match.value.tzinfo)
    # 05/06/2014 is 6 May or 5 June: no date is better than a wrong one.
    assert [m.value for m in find_dates("05/06/2014")] == []
    assert find_dates("11-22/2014") == []  # mixed separators are no date


def test_yearless_header_time_after_a_label() -> None:
    # gne_pages/baijiahao_2.html: "发布时间：09-3022:46" (month-day glued to the time).
    ref = dt.datetime(2019, 10, 1)
    (match,) = find_dates("发布时间：09-3022:46", reference=ref)
    assert match.value == dt.datetime(2019, 9, 30, 22, 46, tzinfo=match.value.tzinfo)
    (spaced,) = find_dates("发布时间：09-30 22:46", reference=ref)
    assert (spaced.month, spaced.day, spaced.hour) == (9, 30, 22)
    # After a time's colon the numbers belong to it: 10:09 and no 9 September.
    assert [m.text for m in find_dates("10:09-30 22:46", reference=ref)] == ["10:09", "22:46"]


def test_time_line_after_the_story_dates_it() -> None:
    page = "\n".join([*_PTS_BODY, "記者賴淑敏 蔣龍祥 台北報導", "(2014-12-12 12:00) 中晝新聞"])
    article = parse_text(page)
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == dt.datetime(2014, 12, 12, 12, 0)
    assert article.authors == ("賴淑敏", "蔣龍祥")


# dev_pages/tw/setn_1.html flattened: the headline, its time line beside a print link, the
# font-size buttons, the byline and the story's first two paragraphs.
_SETN_HEAD = [
    "首頁 > 政治社會 >",
    "頂新魏家債留台灣！味全負債258億 債恐由全民來還？",
    "2014/10/25 19:55:00 友善列印",
    "影音訂閱:", "三立財經", "三立新聞", "小字", "中字", "大字",
    "記者潘照文、張逸民／台北報導",
]  # fmt: skip
_SETN_BODY = [
    "頂新集團被砲轟是黑心企業，不僅賣黑心油給台灣人，還把債務留給台灣！翻開康師傅和味全財報就有"
    "驚人發現，味全財務體質很差，負債比高達70%，帳上現今有35億，負債高達258億；而康師傅負債比只有"
    "50%，擺明將錢藏在海外，但卻大舉跟國銀低利貸款。",
    "康師傅生產線裡，這一包包泡麵就是魏家在大陸站穩腳步的根基。1992年魏應州成立康師傅，佔有60%"
    "市佔率，在大陸好風光；而在台灣味全產品卻通通慘遭下架命運。同樣的產品兩樣情，魏家留給台灣的，"
    "還有大筆債務。",
]


def test_time_line_beside_a_print_link_under_the_headline() -> None:
    article = parse_text("\n".join([*_SETN_HEAD, *_SETN_BODY]))
    assert article.title == "頂新魏家債留台灣！味全負債258億 債恐由全民來還？"
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == dt.datetime(2014, 10, 25, 19, 55)


def test_menu_under_the_headline_with_a_bare_date_does_not_date_it() -> None:
    # A menu line with a date but no time of day is a site's calendar, not a time line.
    head = [line if "友善列印" not in line else "2014/10/25 友善列印" for line in _SETN_HEAD]
    assert parse_text("\n".join([*head, *_SETN_BODY])).published is None


# dev_pages/tw/pts_2.html flattened: a TV transcript, its quotes in short lines, then the
# reporters and the broadcast's stamp, more than a dozen lines below the story's opening.
_PTS_2 = [
    "公視新聞網 / 生活財經",
    "苗栗鐵皮屋大火 79歲老翁葬身火窟",
    "天冷意外多，苗栗銅鑼今天清晨六點多，百姓公廟旁的鐵皮屋發生大小，79歲的獨居廖姓老廟公逃生"
    "不及，葬身火窟，起火原因不排除是電線走火造成。而在嘉義清晨六點低溫只有15度，一名33歲男子疑似"
    "溫差變化，暴斃死亡。",
    "鐵皮屋被燒到焦黑，主樑燒斷，屋內傢俱也被燒得面目全非。警消滅火後進到屋內，發現獨居的廖姓男"
    "屋主，倒在臥室的走道，距離大門口不到幾步路，可能是想要逃生，卻已經來不及。",
    "==警消人員==", "來的時候 火舌就很竄啊", "火勢很大了 整間都是濃煙啊",
    "火勢半小時內就撲滅，但是79歲的獨居老翁卻命喪火窟，當地村長指出，廖姓老翁生活困苦，是低收入"
    "戶，早期請他負責廟裡雜務。",
    "==村長 范聖達==", "每年都發放很多物資給他", "因為他畢竟是低收入戶", "我們有資源 都會給他",
    "也會照顧他的生活起居",
    "釀成火災的原因，警消不排除是電線走火。而在嘉義，12號清晨一度出現15度的低溫，一名從事鐵工的"
    "33歲男子，前一天晚間，住在附近的母親就連絡不上他，請警消破門後才發現已倒臥浴室、死亡多時。",
    "==死者親友==", "可能進去(浴室)洗澡", "洗一洗可能瓦斯中毒", "他昨天店沒有開",
    "他媽媽要來看他 也進不去",
    "==救護人員==", "倒在浴室裡面", "門窗都是完全緊閉的狀態", "患者就是沒有意識 沒有呼吸",
    "沒有脈搏 屍體冰冷僵硬",
    "由於現場門窗緊閉沒有瓦斯味，前一天晚餐也還未食用。警消不排除男子是天冷洗澡時出狀況，但真正"
    "死亡原因還要調查。醫師也呼籲，天冷心血管疾病多，民眾要多注意，作好保暖工作。",
    "台中 嘉義 綜合報導",
]  # fmt: skip


def test_broadcast_stamp_far_below_a_transcript_dates_it() -> None:
    article = parse_text("\n".join([*_PTS_2, "(2014-12-12 19:00) 晚間新聞"]))
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == dt.datetime(2014, 12, 12, 19, 0)


@pytest.mark.parametrize(
    "ending",
    [
        # A menu between the story and the stamp: the stamp is a related item's.
        ["延伸閱讀：", "(2014-12-12 19:00) 晚間新聞"],
        # A comment's stamp names its writer first.
        ["訪客 於 2014/12/12 19:00"],
        # A day without its time of day is a list's or a calendar's.
        ["(2014-12-12) 晚間新聞"],
    ],
)
def test_dated_line_far_below_a_transcript_that_is_no_stamp(ending: list[str]) -> None:
    assert parse_text("\n".join([*_PTS_2, *ending])).published is None


def test_related_headline_after_the_story_does_not_date_it() -> None:
    # gne_pages/guancha_guancha.html: the column's other pieces follow the story with dates.
    more = ["劉泰英說，孫子平時在學校吃營養午餐，懷疑很可能是吃到劣油才出事，呼籲政府把關。"] * 3
    page = "\n".join([*_PTS_BODY, *more, "記者賴淑敏 蔣龍祥 台北報導", "美国还重要吗？2019-08-27"])
    assert parse_text(page).published is None


def test_visible_minute_refined_by_the_head_time_that_agrees() -> None:
    # gne_pages/sina_5.html: shows 09:05; article:published_time says 09:10:42 (another
    # minute), weibo: article:create_at 09:05:34 (the shown minute, with its seconds).
    html = (
        "<html><head><title>标题</title>"
        '<meta property="article:published_time" content="2019-10-23T09:10:42+08:00">'
        '<meta name="weibo: article:create_at" content="2019-10-23 09:05:34">'
        "</head><body><h1>标题</h1><p>2019年10月23日 09:05 环球网</p>"
        + "<p>正文第一段，讲述了一件很重要的事情，很多人都在关注它的进展和结果。</p>" * 4
        + "</body></html>"
    )
    published = newsparse.parse_html(html).published
    assert published is not None and published.isoformat() == "2019-10-23T09:05:34+08:00"


_HEADER_PAGE = (
    "运营商5G手机促销手段曝光\n发布时间：09-3022:46\n"
    "据外媒报道，日本现存的唯一一家提供传呼机服务的营运商将正式终止服务，"
    "随着手机的普及，传呼机渐渐失去市场。"
)


@pytest.mark.parametrize(
    ("prefer", "day"),
    [("past", dt.date(2024, 9, 30)), ("current", dt.date(2025, 9, 30)),
     ("future", dt.date(2025, 9, 30))],
)  # fmt: skip
def test_prefer_dates_places_a_yearless_header_time(prefer: str, day: dt.date) -> None:
    march = dt.datetime(2025, 3, 14)
    article = newsparse.parse(_HEADER_PAGE, reference=march, prefer_dates=prefer)
    assert article.published is not None
    assert (article.published.date(), article.published.hour) == (day, 22)


def test_yearless_header_time_needs_a_reference() -> None:
    assert newsparse.parse(_HEADER_PAGE).published is None


@pytest.mark.parametrize(
    ("prefer", "day"),
    [("past", dt.date(2015, 7, 20)), ("current", dt.date(2015, 8, 20)),
     ("future", dt.date(2015, 8, 20))],
)  # fmt: skip
def test_prefer_dates_places_a_day_only_dateline(prefer: str, day: dt.date) -> None:
    page = "颱風登陸 各地停班停課\n中央社記者台北20日電，颱風今天登陸，各地停班停課，民眾應注意。"
    article = newsparse.parse(page, reference=dt.date(2015, 8, 12), prefer_dates=prefer)
    assert article.dateline is not None and article.dateline.date == day
    assert article.published is not None and article.published.date() == day


def test_prefer_dates_with_the_page_own_date_changes_nothing() -> None:
    # The page's own date anchors its day-only dateline, whatever the convention.
    page = "颱風登陸\n2015-08-20 12:00 中央社\n中央社記者台北20日電，颱風今天登陸，各地停班停課。"
    for prefer in ("past", "current", "future"):
        article = newsparse.parse(page, reference=dt.date(2015, 1, 1), prefer_dates=prefer)
        assert article.dateline is not None and article.dateline.date == dt.date(2015, 8, 20)


def test_counted_back_header_time_with_a_reference() -> None:
    page = "标题在这里\n3小时前 来源：新华网\n北京消息，今天有一件很重要的事情发生了，大家关心。"
    noon = dt.datetime(2025, 3, 14, 12, 0)
    published = newsparse.parse(page, reference=noon).published
    assert published is not None and published.replace(tzinfo=None) == dt.datetime(2025, 3, 14, 9)
    assert newsparse.parse(page).published is None


def _story(head: str, header: str, attrs: str = "", script: str = "") -> str:
    paragraph = "<p>正文第一段，讲述了一件很重要的事情，很多人都在关注它的进展和结果。</p>" * 4
    return (
        f"<html><head><title>标题</title>{head}</head><body><div {attrs}><h1>标题</h1>"
        f"<p>{header}{script}</p>{paragraph}</div></body></html>"
    )


def test_data_ptime_refines_a_day_only_visible_date() -> None:
    # gne_pages/163_9.html: the page shows "2019-05-17 · 苏皖城市报道"; its container
    # carries data-ptime="2019-05-17 20:02:46".
    html = _story("", "<span>2019-05-17</span> · 苏皖城市报道",
                  attrs='id="contain" data-ptime="2019-05-17 20:02:46"')  # fmt: skip
    published = newsparse.parse_html(html).published
    assert published is not None and published.isoformat() == "2019-05-17T20:02:46+08:00"


def test_data_ptime_alone_dates_nothing() -> None:
    # An attribute is too easily another item's to date a page that shows no date.
    html = _story("", "苏皖城市报道", attrs='data-ptime="2019-05-17 20:02:46"')
    assert newsparse.parse_html(html).published is None


def test_cambrian_pubdate_refines_only_an_agreeing_time() -> None:
    # gne_pages/gamersky_gamersky.html shows "2019-09-05 11:10"; Baidu's cambrian object
    # says "pubDate": "2019-09-05T11:10:52". guancha's cambrian pubDate is its update time:
    # it must not replace a visible time it disagrees with.
    ld = ('<script type="application/ld+json">{"@context": "https://ziyuan.baidu.com/contexts/'
          'cambrian.jsonld", "pubDate": "%s"}</script>')  # fmt: skip
    same = newsparse.parse_html(_story(ld % "2019-09-05T11:10:52", "2019-09-05 11:10 游民星空"))
    assert same.published is not None and same.published.isoformat().startswith(
        "2019-09-05T11:10:52"
    )
    header = "2019-09-07 09:25:09 来源：观察者网"
    other = newsparse.parse_html(_story(ld % "2019-09-07T09:27:48", header))
    assert other.published is not None and other.published.isoformat().startswith(
        "2019-09-07T09:25:09"
    )


def test_script_written_post_time() -> None:
    # html_dev.jsonl#htmldate/1580240354.html: the post time exists only as a script call.
    call = '<script>showDate("2020/04/17 01:43:09 01:43:09")</script>　瀏覽7'
    published = newsparse.parse_html(_story("", "", script=call)).published
    assert published is not None
    assert published.replace(tzinfo=None) == dt.datetime(2020, 4, 17, 1, 43, 9)


def test_timestamp_under_the_headline_taken_for_a_teaser() -> None:
    # dev_pages/tw/udn_3.html flattened (its first lines; the byline, the timestamp and the
    # lead read like a teaser): "2014.12.13 01:06 pm" under the headline is its time line.
    page = "\n".join([
        "郝龍斌：贊成修憲和內閣制 | 要聞 | 即時新聞 | 聯合新聞網",
        "udn web 歷史新聞",
        "udn / 即時新聞 / 要聞",
        "最新 | 發燒 | 哇新聞",
        "郝龍斌：贊成修憲和內閣制",
        "【聯合晚報╱記者楊正海╱即時報導】",
        "2014.12.13 01:06 pm",
        "針對新北市長朱立倫昨天提議修憲改成內閣制，台北市長郝龍斌上午表示，上一次修憲是9年前，"
        "期間看到非常多憲政的缺失，他贊成修憲和內閣制。",
        "郝龍斌說，這9年中間看到憲政運作有一些問題產生，他認為主要的內閣成員，都有民意基礎，"
        "而且最能夠反映多元民意的要求，他個人支持這樣的作法，"
        "也覺得希望能透過修憲方式具體解決問題 。",
        "郝龍斌上午到花博公園參加台北花卉，媒體問郝龍斌市長卸任後的下一步人生規劃，郝龍斌說，"
        "他的下一步就是儘快、盡力把市長任期劃下一個圓滿的句點。",
        "另外，媒體問到2016是否有可能和吳敦義一起「合作」，郝龍斌說，目前沒有這樣的打算。",
        "【2014/12/13 聯合晚報】@ http://udn.com/",
        "相關新聞：",
    ])  # fmt: skip
    published = parse_text(page).published
    assert published is not None and published.replace(tzinfo=None) == dt.datetime(
        2014, 12, 13, 13, 6
    )


def test_history_years_in_the_body_do_not_date_a_yearless_dateline() -> None:
    # gne_pages/baijiahao_2.html flattened: "发布时间：09-3022:46" and "IT之家9月30日消息"
    # give no year; the body names 1968, 2007 and 2017 once each, as history.
    page = "\n".join([
        "日本最后一家传呼机运营商将终止服务",
        "发布时间：09-3022:46",
        "IT之家9月30日消息 据外媒报道，9月30日，日本现存的唯一一家提供传呼机服务的营运商将正式"
        "终止服务。日本电信电话公社从1968年开始提供传呼机服务。",
        "据悉，随着手机的普及，传呼机渐渐失去市场，其中NTT于2007年已结束全国传呼业务，"
        "仅在冲绳提供服务的另一家公司也在2017年结束业务。",
    ])  # fmt: skip
    assert parse_text(page).published is None
    with_reference = parse_text(page, reference=dt.datetime(2019, 10, 1))
    assert with_reference.published is not None
    assert with_reference.published.replace(tzinfo=None) == dt.datetime(2019, 9, 30, 22, 46)


def test_timestamp_in_a_breadcrumb_above_the_headline() -> None:
    # dev_pages/tw/ettoday_3.html flattened: the breadcrumb carries the story's time and a
    # menu of twelve sections stands between it and the headline.
    body = (
        "台灣九合一選舉揭曉中國國民黨遭到空前挫敗，選前儘管國民黨大打經濟牌工商業大老們也強力對"
        "經濟選民喊話，但是似乎沒有發生預期效果，讓部分人士誤認為台灣選民不理性。其實多數台灣選民"
        "還是很在乎經濟發展，也瞭解參與國際經貿組織的重要性。"
    )
    menu = ["論壇", "論壇焦點", "政治", "學運", "大選", "兩岸", "國際", "公義", "教育", "社會",
            "藝文", "影評", "其他"]  # fmt: skip
    # The site's own menus fill the lines above (60 on the page).
    site_menu = ["新聞", "影音", "娛樂", "房產", "名家", "我要報報", "正妹", "開運", "雜誌"] * 4
    page = "\n".join([
        "如何推動區域經貿合作 | ETtoday論壇新聞 | ETtoday 新聞雲", *site_menu, "»", "»",
        "ETtoday ＞ 論壇 ＞ 論壇 2014年12月10日 00:01", *menu,
        "如何推動區域經貿合作", "正文", "網友評論", "友善列印", "李武忠", body, body,
    ])  # fmt: skip
    published = parse_text(page).published
    assert published is not None
    assert published.replace(tzinfo=None) == dt.datetime(2014, 12, 10, 0, 1)
