"""Page-level fields (issue 17): what each one reads, and the rules that keep the publish and
update times apart. Examples are small pages written for the rule they test; the labelled
dev pages are checked in ``test_metadata_labels.py``.
"""

from __future__ import annotations

import datetime as _dt
import json

import pytest

import newsparse
from newsparse._batch.schema import ARTICLE_FIELDS, JSON_FIELDS, article_row
from newsparse._extract.extras import choose_modified, choose_published
from newsparse._news.pagemeta import split_tags

P1 = "国务院联防联控机制印发通知，要求各地做好春季学校疫情防控工作，确保师生健康安全。"
P2 = "通知强调，开学前要对校园进行全面清洁消毒，开学后要落实晨午检制度，发现异常及时报告。"
CST = _dt.timezone(_dt.timedelta(hours=8))


def page(head: str = "", body: str = "", *, lang: str = "", info: str = "") -> str:
    """A news page with ``head`` in its head and ``body`` in its article container."""
    return (
        f"<html{lang}><head><meta charset='utf-8'>"
        f"<title>春季学校疫情防控通知_新闻中心_新浪网</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><h1>春季学校疫情防控通知</h1>{info}"
        f"<div class='article-content'><p>{P1}</p>{body}<p>{P2}</p></div>"
        "<div class='footer'>Copyright 新浪网</div></body></html>"
    )


# -- description --------------------------------------------------------------------------------


def test_description_prefers_the_plain_meta_and_decodes_entities() -> None:
    head = (
        "<meta property='og:description' content='分享语'>"
        "<meta name='description' content='  通知要求&amp;amp;做好   防控。 '>"
    )
    assert newsparse.parse_html(page(head)).description == "通知要求&做好 防控。"


def test_a_description_of_dots_is_no_description() -> None:
    assert newsparse.parse_html(page("<meta name='description' content='...'>")).description is None


def test_description_is_never_made_from_the_body() -> None:
    assert newsparse.parse_html(page()).description is None


# -- pictures -----------------------------------------------------------------------------------


def test_lead_image_is_absolute_and_skips_logos() -> None:
    head = (
        "<meta property='og:image' content='/images/logo_600px.jpg'>"
        "<meta property='og:image' content='//n.sinaimg.cn/2020/school.jpg'>"
    )
    a = newsparse.parse_html(page(head), url="http://news.sina.com.cn/c/1.shtml")
    assert a.image == "http://n.sinaimg.cn/2020/school.jpg"


def test_without_a_declared_image_the_first_body_picture_leads() -> None:
    body = "<p><img src='pics/a.jpg' width='600'></p>"
    a = newsparse.parse_html(page(body=body), url="https://news.sina.com.cn/c/1.shtml")
    assert a.image == "https://news.sina.com.cn/c/pics/a.jpg"
    assert [i.url for i in a.images] == [a.image]


def test_a_relative_picture_without_an_address_is_left_out() -> None:
    a = newsparse.parse_html(page("<meta property='og:image' content='img/a.jpg'>",
                                  "<p><img src='b.jpg'></p>"))  # fmt: skip
    assert a.image is None and a.images == ()


def test_icons_and_spacers_are_not_pictures() -> None:
    body = "<p><img src='/s.gif'><img src='/i.png' width='16' height='16'></p>"
    a = newsparse.parse_html(page(body=body), url="https://news.sina.com.cn/c/1.shtml")
    assert a.images == ()


@pytest.mark.parametrize(
    "body, caption",
    [
        ("<figure><img src='/a.jpg'><figcaption>雪后的故宫</figcaption></figure>", "雪后的故宫"),
        ("<p><img src='/a.jpg'></p><p class='pic_txt'>图为学校门口。</p>", "图为学校门口。"),
        ("<p><img src='/a.jpg'></p><p>资料图：故宫午门。新华社记者 李明 摄</p>",
         "资料图：故宫午门。新华社记者 李明 摄"),
        ("<p><img src='/a.jpg'></p><p style='text-align:center'>午门夜景</p>", "午门夜景"),
        ("<p align='center'><img src='/a.jpg'><br>▲市民在公园晨练。</p>", "▲市民在公园晨练。"),
    ],
)  # fmt: skip
def test_captions_go_with_their_pictures_and_out_of_the_body(body: str, caption: str) -> None:
    a = newsparse.parse_html(page(body=body), url="https://news.sina.com.cn/c/1.shtml")
    assert [i.caption for i in a.images] == [caption]
    assert a.paragraphs == (P1, P2)


def test_a_paragraph_after_a_picture_is_not_its_caption() -> None:
    narration = (
        "午门城楼及东西雁翅楼被点亮后，整座宫殿显得格外庄严，游客纷纷驻足拍照留念，久久不愿离去。"
    )
    body = f"<p><img src='/a.jpg'></p><p>{narration}</p>"
    a = newsparse.parse_html(page(body=body), url="https://news.sina.com.cn/c/1.shtml")
    assert a.images[0].caption is None
    assert narration in a.paragraphs


def test_centring_means_nothing_where_every_line_is_centred() -> None:
    centred = "<p style='text-align:center'>"
    lines = "".join(f"{centred}第{i}段游记，写山写水写营地。</p>" for i in range(6))
    body = f"<div>{lines}<p><img src='/a.jpg'></p>{centred}营区水电方便</p></div>"
    a = newsparse.parse_html(page(body=body), url="https://blog.example.tw/post/1")
    assert a.images[0].caption is None


# -- tags, section ------------------------------------------------------------------------------


def test_tags_are_split_deduplicated_and_cleaned() -> None:
    head = "<meta name='keywords' content='春季学校疫情防控通知,疫情, 学校；疫情、新闻,新浪网'>"
    assert newsparse.parse_html(page(head)).tags == ("疫情", "学校")


def test_the_pages_own_tag_list_wins_over_keywords() -> None:
    info = (
        "<ul class='tags'><li>標籤：</li><li><a href='/t/1'>連戰</a></li>"
        "<li><a href='/t/2'>馬英九</a></li></ul>"
    )
    a = newsparse.parse_html(page("<meta name='keywords' content='TVBS'>", info=info))
    assert a.tags == ("連戰", "馬英九")


def test_headline_ngrams_are_no_tags() -> None:
    grams = "廉署,署貪,貪污,污舉,舉報,報今,今年,廉署貪,署貪污,貪污舉,污舉報,舉報今,報今年,今年跌"
    assert split_tags([grams], title="廉署貪污舉報今年跌11%") == []
    assert split_tags(["证券时报 天奇股份 午间公告 广汽 中标 项目"],
                      title="午间公告：天奇股份中标广汽丰田项目") == [
        "证券时报", "天奇股份", "午间公告", "广汽", "中标", "项目"]  # fmt: skip


def test_section_from_breadcrumbs_over_a_category_meta() -> None:
    info = "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/gn'>国内新闻</a> &gt; 正文"
    info += "</div>"
    a = newsparse.parse_html(page("<meta property='og:category' content='新浪新闻'>", info=info))
    assert a.section == "国内新闻"


def test_section_from_article_section_over_breadcrumbs() -> None:
    info = "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/gn'>国内新闻</a></div>"
    head = "<meta property='article:section' content='社会'>"
    assert newsparse.parse_html(page(head, info=info)).section == "社会"


# -- times --------------------------------------------------------------------------------------


def test_an_update_time_never_becomes_the_publish_time() -> None:
    head = "<meta property='article:modified_time' content='2020-02-19T18:05:00+08:00'>"
    a = newsparse.parse_html(page(head))
    assert a.published is None
    assert a.modified == _dt.datetime(2020, 2, 19, 18, 5, tzinfo=CST)


def test_an_update_line_is_not_read_as_the_publish_time() -> None:
    info = "<div class='info'>發稿時間：2013/08/13 11:24 最新更新：2013/08/13 15:30</div>"
    a = newsparse.parse_html(page(info=info))
    assert (a.published.hour, a.published.minute) == (11, 24)
    assert (a.modified.hour, a.modified.minute) == (15, 30)


def test_text_pages_read_update_lines() -> None:
    text = f"春季学校疫情防控通知\n2020-02-19 10:20 来源：新华网\n{P1}\n{P2}\n"
    text += "更新时间：2020-02-19 18:05"
    a = newsparse.parse_text(text)
    assert a.published == _dt.datetime(2020, 2, 19, 10, 20, tzinfo=a.published.tzinfo)
    assert (a.modified.hour, a.modified.minute) == (18, 5)


def test_a_full_head_time_completes_a_day_only_visible_date() -> None:
    head = "<meta property='article:published_time' content='2020-08-08T06:30:00+08:00'>"
    a = newsparse.parse_html(page(head, info="<div class='info'>2020年08月08日</div>"))
    assert a.published == _dt.datetime(2020, 8, 8, 6, 30, tzinfo=CST)


def test_a_head_time_of_another_day_does_not_replace_the_visible_date() -> None:
    head = "<meta property='article:published_time' content='2020-08-09T06:30:00+08:00'>"
    a = newsparse.parse_html(page(head, info="<div class='info'>2020年08月08日</div>"))
    assert a.published.date() == _dt.date(2020, 8, 8)


def test_an_update_before_publication_is_dropped() -> None:
    published = _dt.datetime(2014, 12, 10, 0, 1, tzinfo=CST)
    assert choose_modified(published - _dt.timedelta(minutes=15), published) is None
    assert choose_modified(published + _dt.timedelta(hours=2), published) is not None


def test_choose_published_keeps_the_visible_time_when_it_says_as_much() -> None:
    visible = _dt.datetime(2019, 9, 7, 15, 10, 53, tzinfo=CST)
    declared = _dt.datetime(2019, 9, 7, 15, 14, 21, tzinfo=CST)
    assert choose_published(visible, "second", declared) == visible
    assert choose_published(visible.replace(second=0), "minute", declared) == visible.replace(
        second=0
    )
    assert choose_published(None, "day", declared) == declared


def test_an_update_stamp_completes_a_visible_date_without_its_year() -> None:
    head = "<meta itemprop='dateUpdate' content='2019-09-30 22:46:13'>"
    info = "<div class='info'><span>发布时间：09-30</span><span>22:46</span></div>"
    a = newsparse.parse_html(page(head, info=info))
    assert a.published == _dt.datetime(2019, 9, 30, 22, 46, 13, tzinfo=CST)


# -- site, host, canonical, language ------------------------------------------------------------


def test_site_name_is_the_host_not_the_source() -> None:
    info = "<div class='info'>2020-02-19 10:20 来源：新华网</div>"
    a = newsparse.parse_html(page(info=info), url="https://news.sina.com.cn/c/1.shtml")
    assert (a.source, a.site_name, a.host) == ("新华网", "新浪网", "news.sina.com.cn")


@pytest.mark.parametrize(
    "head, site",
    [
        ("<meta property='og:site_name' content='中時電子報 - 影視'>", "中時電子報"),
        ("<meta property='og:site_name' content='風傳媒　一個有國際觀的新媒體'>", "風傳媒"),
        ("<meta name='copyright' content='网易版权所有'>", "网易"),
    ],
)  # fmt: skip
def test_site_name_is_cleaned(head: str, site: str) -> None:
    assert newsparse.parse_html(page(head)).site_name == site


def test_canonical_is_made_absolute_and_a_broken_one_skipped() -> None:
    head = "<link rel='canonical' href='/c/2020/1.shtml'>"
    a = newsparse.parse_html(page(head), url="https://news.sina.com.cn/x")
    assert a.canonical_url == "https://news.sina.com.cn/c/2020/1.shtml"
    broken = "<link rel='canonical' href='files/http%253A%252F%252Fx'><meta property='og:url' content='https://x.com.tw/1'>"
    assert newsparse.parse_html(page(broken)).canonical_url == "https://x.com.tw/1"


@pytest.mark.parametrize(
    "text, url, lang, expected",
    [
        (None, None, "", "zh-Hans"),
        (None, None, " lang='zh-CN'", "zh-Hans-CN"),
        ("traditional", None, " lang='zh-CN'", "zh-Hant"),
        ("traditional", "https://news.ltn.com.tw/1", "", "zh-Hant-TW"),
        ("traditional", "https://www.mingpao.com/1", " lang='zh-CN'", "zh-Hant-HK"),
    ],
)  # fmt: skip
def test_language_takes_its_script_from_the_text(
    text: str | None, url: str | None, lang: str, expected: str
) -> None:
    html = page(lang=lang).replace("新浪网", "本站")
    if text == "traditional":
        html = newsparse.to_traditional(html)
    assert newsparse.parse_html(html, url=url).language == expected


def test_a_licence_number_says_mainland() -> None:
    html = page().replace("Copyright 新浪网", "京ICP证000007号")
    assert newsparse.parse_html(html).language == "zh-Hans-CN"


def test_language_follows_the_output_script() -> None:
    config = newsparse.Config(script="traditional")
    a = newsparse.parse_html(page(lang=" lang='zh-CN'"), config=config)
    assert a.language == "zh-Hant-CN"


# -- text pages ---------------------------------------------------------------------------------


def test_text_pages_fill_what_their_lines_give_and_nothing_else() -> None:
    text = (
        f"首页 > 国内 > 社会\n春季学校疫情防控通知\n2020-02-19 10:20 来源：新华网\n{P1}\n{P2}\n"
        "关键词：疫情、学校 开学"
    )
    a = newsparse.parse_text(text)
    assert (a.tags, a.section) == (("疫情", "学校", "开学"), "社会")
    assert a.description is a.image is a.site_name is a.canonical_url is a.modified is None
    assert a.images == ()


# -- results and schema -------------------------------------------------------------------------


def test_new_fields_round_trip_and_flatten() -> None:
    a = newsparse.parse_html(page("<meta name='keywords' content='疫情,学校'>",
                                  "<figure><img src='/a.jpg'><figcaption>图</figcaption></figure>"),
                             url="https://news.sina.com.cn/c/1.shtml")  # fmt: skip
    assert newsparse.Article.from_dict(json.loads(a.to_json())) == a
    row = article_row(a)
    assert [name for name, _ in ARTICLE_FIELDS] == list(a.to_dict())
    assert "images" in JSON_FIELDS and json.loads(row["images"])[0]["caption"] == "图"
    assert row["tags"] == ["疫情", "学校"]


def test_old_dicts_still_load() -> None:
    old = {"title": "标题", "paragraphs": ["正文。"], "page_type": "article"}
    a = newsparse.Article.from_dict(old)
    assert (a.images, a.tags, a.fingerprint, a.modified) == ((), (), None, None)


def test_fingerprint_distance_checks_its_arguments() -> None:
    with pytest.raises(TypeError, match="fingerprints as str"):
        newsparse.fingerprint_distance(12, "0" * 16)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="16 hex digits"):
        newsparse.fingerprint_distance("xyz", "0" * 16)
    assert newsparse.fingerprint_distance("f" * 16, "0" * 16) == 64


def test_no_body_no_fingerprint() -> None:
    assert newsparse.parse_text("").fingerprint is None
    assert newsparse.parse_html(page()).fingerprint is not None
