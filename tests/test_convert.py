"""Conversion: OpenCC configurations, backends, conformance rows, the output option."""

from __future__ import annotations

import json
import pickle
import re
import threading

import pytest
from _helpers import TESTS_DATA, shared_path
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._chinese.convert import OPENCC_CONFIGS, available_configs, backend_name, converter
from newsparse._chinese.data.characters import HAN_RANGES
from newsparse._chinese.script import ScriptConverter, convert, converter_for
from newsparse._core.config import Config
from newsparse._core.errors import NewsparseError, UnknownConversionError

OFFICIAL = backend_name() == "opencc"


def _conformance_rows() -> list[object]:
    path = shared_path("data", "opencc_cases.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    recorded = json.loads((TESTS_DATA / "opencc_expected.json").read_text(encoding="utf-8"))
    params = []
    for row in rows:
        key = f"{row['id']}:{row['config']}"
        outcome = recorded["rows"][key]
        marks = []
        # With official OpenCC every row must pass: the recorded failures are the
        # reimplementation's, so they only mark rows when it is the backend.
        if outcome != "pass" and not OFFICIAL:
            marks.append(pytest.mark.xfail(reason=outcome["known_failure"], strict=False))
        params.append(pytest.param(row, id=key, marks=marks))
    return params


def test_every_conformance_row_has_a_recorded_outcome() -> None:
    path = shared_path("data", "opencc_cases.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    recorded = json.loads((TESTS_DATA / "opencc_expected.json").read_text(encoding="utf-8"))
    assert {f"{r['id']}:{r['config']}" for r in rows} == set(recorded["rows"])


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "opencc_row" in metafunc.fixturenames:
        try:
            params = _conformance_rows()
        except pytest.skip.Exception as skip:  # shared data absent: one skipped test
            params = [pytest.param(None, marks=pytest.mark.skip(reason=str(skip)))]
        metafunc.parametrize("opencc_row", params)


def test_opencc_conformance_row(opencc_row: dict[str, str]) -> None:
    assert convert(opencc_row["input"], opencc_row["config"]) == opencc_row["expected"]


def test_basic_configurations() -> None:
    assert convert("汉字转换", "s2t") == "漢字轉換"
    assert convert("漢字轉換", "t2s") == "汉字转换"
    assert convert("鼠标", "s2twp") == "滑鼠"
    assert convert("滑鼠", "tw2sp") == "鼠标"
    assert newsparse.to_simplified("新華社記者") == "新华社记者"
    assert newsparse.to_traditional("新华社记者") == "新華社記者"


def test_config_name_with_json_suffix_and_case() -> None:
    assert convert("汉字", "S2T.json") == "漢字"


def test_regions() -> None:
    # s2tw keeps the mainland word, s2twp swaps it for Taiwan's.
    assert newsparse.to_traditional("软件", region="tw") == "軟件"
    assert convert("软件", "s2twp") == "軟體"
    # OpenCC standard, Taiwan and Hong Kong forms differ: 爲/為, 裏/裡, 溫/温.
    assert newsparse.to_traditional("为里温") == "爲裏溫"
    assert newsparse.to_traditional("为里温", region="tw") == "為裡溫"
    assert newsparse.to_traditional("为里温", region="hk") == "為裏温"
    assert newsparse.to_simplified("為裡溫", region="tw") == "为里温"
    with pytest.raises(ValueError, match="region"):
        newsparse.to_traditional("汉字", region="cn")  # type: ignore[arg-type]


def test_unknown_configuration_lists_valid_names() -> None:
    with pytest.raises(UnknownConversionError) as info:
        convert("汉字", "s2x")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, NewsparseError)
    for name in ("s2t", "t2s", "s2tw", "s2hk"):
        assert name in str(info.value)


@pytest.mark.skipif(OFFICIAL, reason="official OpenCC provides every configuration")
def test_configuration_missing_from_reimplementation_says_how_to_get_it() -> None:
    with pytest.raises(UnknownConversionError, match="pip install opencc"):
        convert("漢字", "tw2t")


def test_available_configs_follow_opencc_names() -> None:
    configs = available_configs()
    assert set(configs) <= set(OPENCC_CONFIGS)
    assert {"s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp"} <= set(configs)


@pytest.mark.parametrize("bad", [None, b"\xe6\xb1\x89", 12, ["汉字"]])
def test_non_str_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        convert(bad, "s2t")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsparse.to_simplified(bad)  # type: ignore[arg-type]


def test_non_str_config_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="configuration name"):
        convert("汉字", 5)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["a\ud800汉字\udfff", "\x00\x01汉\x7f", "\ue000汉字\U000f0000"])
def test_surrogates_controls_private_use_pass_through(text: str) -> None:
    out = convert(text, "s2t")
    assert out == text.replace("汉", "漢")


def test_user_function_and_user_backend() -> None:
    assert convert("abc", str.upper) == "ABC"
    calls: list[tuple[str, str]] = []

    def backend(text: str, name: str) -> str:
        calls.append((text, name))
        return text[::-1]

    assert convert("汉字", "s2t.json", converter=backend) == "字汉"
    assert calls == [("汉字", "s2t")]
    with pytest.raises(UnknownConversionError):
        convert("汉字", "nope", converter=backend)
    with pytest.raises(TypeError, match="must return str"):
        convert("汉字", "s2t", converter=lambda text, name: None)  # type: ignore[arg-type,return-value]


def test_converter_is_built_once_and_shared_across_threads() -> None:
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(converter("t2hk"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(fn) for fn in results}) == 1
    assert converter("t2hk") is results[0]


def test_converter_for_config() -> None:
    assert converter_for(Config()) is None
    to_simplified = converter_for(Config(script="simplified"))
    assert to_simplified is not None and to_simplified("國際新聞") == "国际新闻"
    names = {
        (script, region): converter_for(Config(script=script, region=region)).config_name  # type: ignore[union-attr]
        for script in ("simplified", "traditional")
        for region in (None, "tw", "hk")
    }
    assert names[("traditional", None)] == "s2t"
    assert names[("traditional", "tw")] == "s2tw"
    assert names[("traditional", "hk")] == "s2hk"
    assert {names[("simplified", r)] for r in (None, "tw", "hk")} == {"t2s"}
    with pytest.raises(TypeError):
        converter_for("simplified")  # type: ignore[arg-type]


def _reverse(text: str, name: str) -> str:
    return f"{name}:{text}"


def test_script_converter_pickles_as_its_name() -> None:
    conv = ScriptConverter("s2t")
    data = pickle.dumps(conv)
    assert len(data) < 200  # a name, not an engine with its dictionaries
    assert pickle.loads(data)("记者") == "記者"
    custom = converter_for(Config(script="traditional", converter=_reverse))
    assert pickle.loads(pickle.dumps(custom))("记者") == "s2t:记者"


@given(st.text())
def test_round_trip_keeps_every_non_han_character(text: str) -> None:
    han = re.compile(f"[{HAN_RANGES}]")
    once = convert(convert(text, "s2t"), "t2s")
    assert han.sub("", once) == han.sub("", text)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_is_unchanged_by_every_configuration(text: str) -> None:
    for name in ("s2t", "t2s", "s2twp", "tw2sp", "s2hk"):
        assert convert(text, name) == text


def test_parse_gives_every_field_in_the_chosen_script() -> None:
    page = "中新社北京3月31日电 (苏婧欣)英国企业将中国视为重要创新策源地。(完)"
    kept = newsparse.parse(page)
    traditional = newsparse.parse(page, script="traditional")
    assert traditional.paragraphs == ("英國企業將中國視爲重要創新策源地。",)
    assert traditional.authors == ("蘇婧欣",)
    assert traditional.dateline is not None and traditional.dateline.text == "中新社北京3月31日電"
    back = newsparse.parse(page, config=Config(script="simplified"))
    assert back.paragraphs == kept.paragraphs and back.authors == kept.authors
