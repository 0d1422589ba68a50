"""Plain-text pages: one example per rule a user relies on."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

LEDE = "英国企业将中国视为重要创新策源地,来自全球的千余名中外嘉宾通过百余场活动探寻科技合作新机遇。"
SECOND = "机器人技术作为引领新一轮科技革命和产业变革的核心力量,正以前所未有的深度重塑着全球生产力。"


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_parse_text_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        newsparse.parse_text(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 42, 3.5, object()])
def test_parse_rejects_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match="parse"):
        newsparse.parse(bad)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\u3000\n"])
def test_empty_text_is_an_empty_article(text: str) -> None:
    article = newsparse.parse_text(text)
    assert article.page_type == "empty"
    assert article.paragraphs == ()
    assert article.title is None


def test_breadcrumb_menu_and_footer_are_dropped() -> None:
    text = "\n".join(
        [
            "首頁 > 新聞 > 正文",
            "这是一个新闻标题",
            LEDE,
            SECOND,
            "最新推薦",
            "新聞",
            "體育",
            "網站簡介 / 廣告服務 / 聯系我們",
            "Copyright 2001-2024 By example.com",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.title == "这是一个新闻标题"
    assert article.paragraphs == (LEDE, SECOND)


def test_repeated_title_counted_once() -> None:
    article = newsparse.parse_text(f"标题在这里出现\n\n标题在这里出现\n{LEDE}\n{SECOND}")
    assert article.title == "标题在这里出现"
    assert article.paragraphs == (LEDE, SECOND)


def test_no_title_when_the_page_starts_with_the_story() -> None:
    article = newsparse.parse_text(f"{LEDE}\n{SECOND}")
    assert article.title is None
    assert article.paragraphs == (LEDE, SECOND)


def test_header_line_gives_time_source_and_editor() -> None:
    text = (
        f"中关村论坛年会展现合作新动向\n2024-04-29 09:00:32來源:新華網責編:田蜜\n{LEDE}\n{SECOND}"
    )
    article = newsparse.parse_text(text)
    assert article.published == dt.datetime(
        2024, 4, 29, 9, 0, 32, tzinfo=dt.timezone(dt.timedelta(hours=8))
    )
    assert article.source == "新华网"
    assert article.editors == ("田蜜",)
    assert article.paragraphs == (LEDE, SECOND)


def test_stock_quote_is_inline_noise() -> None:
    text = f"介绍2025中关村(4.950, -0.08, -1.59%)论坛年会有关情况,国新办举行新闻发布会。\n{SECOND}"
    assert newsparse.parse_text(text).paragraphs[0] == (
        "介绍2025中关村论坛年会有关情况,国新办举行新闻发布会。"
    )


def test_end_marker_ends_the_body() -> None:
    text = f"{LEDE}(完)\n{SECOND}\n{SECOND}"
    article = newsparse.parse_text(text)
    assert article.paragraphs == (LEDE,)


def test_dateline_year_from_reference() -> None:
    text = f"新华社北京2月29日电 {LEDE}\n{SECOND}"
    article = newsparse.parse_text(text, reference=dt.datetime(2024, 3, 2))
    assert article.dateline is not None
    assert (article.dateline.year, article.dateline.month, article.dateline.day) == (2024, 2, 29)
    assert article.published is not None and article.published.date() == dt.date(2024, 2, 29)
    assert article.paragraphs[0] == LEDE


def test_reference_must_be_a_date() -> None:
    with pytest.raises(TypeError, match="reference"):
        newsparse.parse_text(LEDE, reference="2024-01-01")  # type: ignore[arg-type]


def test_options_override_config() -> None:
    text = f"{LEDE}\n{SECOND}"
    converted = newsparse.parse_text(text, script="traditional")
    assert converted.paragraphs[0].startswith("英國企業")
    with pytest.raises(TypeError, match="unknown Config option"):
        newsparse.parse_text(text, colour="red")


def test_taiwan_page_gets_taipei_time_and_a_full_dateline() -> None:
    text = "\n".join(
        [
            "外需不振出口衰退",
            "2015-08-20 14:30 來源:中央社",
            "（中央社記者黃巧雯台北20日電）外需不振，出口連續4個月衰退，減幅較6月縮小，"
            "財政部今天公布最新數據顯示衰退幅度有所收斂。",
            "經濟部官員表示，下半年出口仍面臨不確定性，政府將持續關注國際情勢並協助業者拓展市場。",
        ]
    )
    article = newsparse.parse_text(text)
    assert article.published is not None
    assert str(article.published.tzinfo) == "Asia/Taipei"
    assert article.source == "中央社"
    assert article.authors == ("黃巧雯",)
    assert article.dateline is not None
    assert (article.dateline.year, article.dateline.month, article.dateline.day) == (2015, 8, 20)
    assert article.paragraphs[0].startswith("外需不振，出口")


@pytest.mark.parametrize(
    ("header", "source", "credit"),
    [
        ("发布时间:2025-03-20 17:55:01 来源:新华网 责任编辑:李四", "新华网", ("editor", "李四")),
        ("2025年03月20日 17:55 来源:人民网-科技频道 作者:张三", "人民网", ("author", "张三")),
    ],
)
def test_long_header_lines_are_metadata_not_prose(
    header: str, source: str, credit: tuple[str, str]
) -> None:
    article = newsparse.parse_text(f"中关村论坛年会展现合作新动向\n{header}\n{LEDE}\n{SECOND}")
    assert article.paragraphs == (LEDE, SECOND)
    assert article.source == source
    assert [(c.role, c.name) for c in article.credits] == [credit]
    assert article.published is not None and article.published.hour == 17


def test_page_timestamp_dates_the_dateline_before_reference() -> None:
    text = f"题目在这里\n2024-04-29 09:00:32\n新华社北京4月28日电 {LEDE}\n{SECOND}"
    article = newsparse.parse_text(text, reference=dt.date(2026, 1, 1))
    assert article.dateline is not None and article.dateline.year == 2024


def test_year_of_a_dateline_is_not_a_target_year() -> None:
    text = f"新华社北京3月31日电 到2035年基本建成,2024年启动试点,2024年底前完成评估。\n{SECOND}"
    article = newsparse.parse_text(text)
    assert article.dateline is not None and article.dateline.year == 2024


def test_site_name_above_the_headline() -> None:
    article = newsparse.parse_text(f"新浪财经\n中关村论坛年会展现合作新动向\n{LEDE}\n{SECOND}")
    assert article.title == "中关村论坛年会展现合作新动向"


def test_a_sentence_quoting_a_notice_phrase_stays() -> None:
    court = "法院认定,被告未经许可使用原告作品,判令其赔偿经济损失五万元。"
    assert newsparse.parse_text(f"{LEDE}\n{court}\n{SECOND}").paragraphs == (LEDE, court, SECOND)


def test_a_zone_label_beats_the_outlets_zone() -> None:
    text = f"题目在这里\n北京时间2015-08-20 12:00 来源:中央社\n{LEDE}\n{SECOND}"
    article = newsparse.parse_text(text)
    assert article.published is not None
    assert str(article.published.tzinfo) == "Asia/Shanghai"


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\u2028", "\u2029", "\x85"])
def test_every_line_break(brk: str) -> None:
    article = newsparse.parse_text(brk.join(["中关村论坛年会展现合作新动向", LEDE, SECOND]))
    assert article.title == "中关村论坛年会展现合作新动向"
    assert article.paragraphs == (LEDE, SECOND)


def test_input_over_the_byte_limit_is_cut_and_flagged() -> None:
    article = newsparse.parse_text(LEDE * 50, max_input_bytes=1000)
    assert article.truncated
    assert len(article.body.encode("utf-8")) <= 1000
    assert not newsparse.parse_text(LEDE).truncated


def test_script_field_describes_the_returned_text() -> None:
    assert newsparse.parse_text(f"{LEDE}\n{SECOND}").script == "simplified"
    assert newsparse.parse_text(f"{LEDE}\n{SECOND}", script="traditional").script == "traditional"
