"""Outlet names: canonical forms, 来源 values, regions."""

from __future__ import annotations

from typing import Any

import pytest

from newsparse._news.data.agencies import OUTLETS
from newsparse._news.sources import (
    canonical_source,
    clean_source,
    is_outlet_name,
    region_for_source,
)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Ren Min Ri Bao", "人民日报"),
        ("ren min ri bao", "人民日报"),
        ("RenMinRiBao", "人民日报"),
        ("Xin Hua She", "新华社"),
        ("Xinhua", "新华社"),
        ("新華網", "新华网"),
        ("新华网", "新华网"),
        ("每经", "每日经济新闻"),
        ("每經", "每日经济新闻"),
        ("中新網", "中新网"),
        ("中國新聞網", "中新网"),
        ("Zhong Guo Xin Wen Wang", "中新网"),
        ("Ke Ji Ri Bao", "科技日报"),
        ("Bei Jing Shang Bao", "北京商报"),
        ("Bei Jing Qing Nian Bao", "北京青年报"),
        ("Xin Hua Cai Jing", "新华财经"),
        ("國際在線", "国际在线"),
        ("聯合早報", "联合早报"),
        ("早报", "联合早报"),
        ("星島日報", "星岛日报"),
        ("明報", "明报"),
        ("自由時報", "自由时报"),
        ("聯合報", "联合报"),
        ("臺海網", "台海网"),
        ("路透", "路透社"),
        ("美聯社", "美联社"),
        ("《人民日报》", "人民日报"),
        (" 新京报 ", "新京报"),
    ],
)
def test_canonical_source(name: str, canonical: str) -> None:
    assert canonical_source(name) == canonical


@pytest.mark.parametrize("name", ["某某周刊", "", "   ", "陆一夫", "新华", "2025-06-14"])
def test_unknown_names_are_none(name: str) -> None:
    assert canonical_source(name) is None


def test_every_alias_in_the_table_finds_its_row() -> None:
    for outlet in OUTLETS:
        for name in (outlet.canonical, *outlet.aliases):
            assert canonical_source(name) == outlet.canonical, name


def test_aliases_do_not_collide() -> None:
    from newsparse._news.sources import fold_key

    owner: dict[str, str] = {}
    for outlet in OUTLETS:
        for name in (outlet.canonical, *outlet.aliases):
            key = fold_key(name)
            assert owner.setdefault(key, outlet.canonical) == outlet.canonical, name


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("來源:新華網責編:田蜜", "新華網"),
        ("2024-04-29 09:00:32來源:新華網責編:田蜜", "新華網"),
        ("来源：人民网-文化频道", "人民网"),
        ("来源：澎湃新闻·澎湃号·政务", "澎湃新闻"),
        ("来源：中国新闻网 http://www.chinanews.com", "中国新闻网"),
        ("本文来源：新华社", "新华社"),
        ("新华社客户端", "新华社"),
        ("来源：当代商报 时间：2019-09-23 14:34:05 作者：", "当代商报"),
        ("来源: 海峡飞虹 |", "海峡飞虹"),
        ("来源：《人民日报》", "人民日报"),
        ("来源：", None),
        ("", None),
        ("来源：这是一句很长的话。不是来源", None),
    ],
)
def test_clean_source(value: str, expected: str | None) -> None:
    assert clean_source(value) == expected


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("新华社", "cn"),
        ("新華網", "cn"),
        ("中央社", "tw"),
        ("自由時報", "tw"),
        ("聯合報", "tw"),
        ("明報", "hk"),
        ("星島日報", "hk"),
        ("香港文匯網", "hk"),
        ("联合早报", "sg"),
        ("星洲日報", "my"),
        ("南洋商报", "my"),
        ("台海网", "cn"),  # a mainland site about Taiwan
        ("文汇报", "cn"),  # Shanghai's; Hong Kong's is written with 香港
        ("香港文匯報", "hk"),
        ("路透社", None),
        ("某某周刊", None),
        ("来源：中央社", "tw"),
    ],
)
def test_region_for_source(name: str, region: str | None) -> None:
    assert region_for_source(name) == region


@pytest.mark.parametrize("bad", [None, 1, b"x", ["新华社"]])
def test_wrong_types_raise(bad: Any) -> None:
    for func in (canonical_source, clean_source, region_for_source):
        with pytest.raises(TypeError, match="str"):
            func(bad)


def test_hostile_value_returns_fast() -> None:
    import time

    began = time.perf_counter()
    clean_source("来源：" + "新" * 1_000_000)
    canonical_source("新" * 1_000_000)
    assert time.perf_counter() - began < 5.0


def test_folding_never_makes_a_name_shorter_than_its_kept_characters() -> None:
    """is_outlet_name rejects a word longer than every outlet's key before folding it: sound
    only while folding maps no kept character to a dropped one (spaces, dots, dashes)."""
    from newsparse._news.data.agencies import T2S_FOLD
    from newsparse._news.sources import _KEY_DROP

    for source, target in T2S_FOLD.items():
        assert not _KEY_DROP.fullmatch(source) and not _KEY_DROP.fullmatch(target)
    assert is_outlet_name("新华社") and not is_outlet_name("新华社" * 20)
