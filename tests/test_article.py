"""The result types: frozen, comparable, picklable, JSON round trips."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle
from zoneinfo import ZoneInfo

import pytest

from newsparse import Article, Config, Credit, Dateline, ListingItem

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _sample() -> Article:
    return Article(
        title="全球科创力量聚首中关村",
        paragraphs=("英国企业将中国视为重要创新策源地。", "当天,来自新加坡的代表解读政策。"),
        published=dt.datetime(2025, 3, 31, 9, 30, tzinfo=SHANGHAI),
        dateline=Dateline("中新社北京3月31日电", "中新社", "北京", 2025, 3, 31, "电"),
        credits=(
            Credit("reporter", "苏婧欣"),
            Credit("editor", "陈星", "每日经济新闻"),
            Credit("reporter", "苏婧欣"),
            Credit("photographer", "周逸斐"),
        ),
        source="中新社",
        url="https://example.org/a.html",
        script="simplified",
        page_type="article",
        listing=(
            ListingItem("标题", "摘要", dt.datetime(2025, 9, 13, 8, 54, tzinfo=SHANGHAI), "台海网"),
        ),
    )


def test_derived_fields() -> None:
    article = _sample()
    assert article.body == "英国企业将中国视为重要创新策源地。\n当天,来自新加坡的代表解读政策。"
    assert article.authors == ("苏婧欣",)  # once, though credited twice
    assert article.editors == ("陈星",)


def test_dict_round_trip_and_json() -> None:
    article = _sample()
    data = json.loads(article.to_json())
    assert data["published"] == "2025-03-31T09:30:00+08:00"
    assert data["listing"][0]["published"] == "2025-09-13T08:54:00+08:00"
    assert data["dateline"]["agency"] == "中新社"
    assert data["authors"] == ["苏婧欣"]
    assert Article.from_dict(data) == article
    assert "中新社" in article.to_json()  # not \\u-escaped


def test_pickle_round_trip() -> None:
    article = _sample()
    assert pickle.loads(pickle.dumps(article)) == article
    config = Config(script="traditional", region="tw")
    assert pickle.loads(pickle.dumps(config)) == config


def test_frozen() -> None:
    article = _sample()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]


def test_dateline_date() -> None:
    assert Dateline("x", month=3, day=31).date is None
    assert Dateline("x", year=2025, month=2, day=30).date is None
    assert Dateline("x", year=2025, month=3, day=31).date == dt.date(2025, 3, 31)


def test_from_dict_rejects_non_mapping() -> None:
    with pytest.raises(TypeError, match="dict"):
        Article.from_dict(["not", "a", "dict"])  # type: ignore[arg-type]


def test_config_validates() -> None:
    with pytest.raises(ValueError, match="script"):
        Config(script="cyrillic")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_nodes"):
        Config(max_nodes=0)
    assert Config().replace(listing=False).listing is False
