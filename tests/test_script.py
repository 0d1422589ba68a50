"""detect_script and the one-script character tables."""

from __future__ import annotations

import time

import pytest
from _helpers import seed_paths, shared_html_files, slice_texts
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._chinese.data.charsets import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from newsparse._chinese.script import detect_script, is_simplified_char, is_traditional_char

SEED_SCRIPTS = {
    "000": "simplified",
    "001": "traditional",
    "002": "simplified",
    "003": "simplified",
    "004": "traditional",  # machine-converted: 關于, 后處理
}


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_scripts(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert detect_script(text) == SEED_SCRIPTS[path.name[:3]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("关于后处理", "simplified"),
        ("關于後處理", "traditional"),  # 于 and 后 exist in both scripts
        ("后处理", "simplified"),
        ("後處理", "traditional"),
        ("发", "simplified"),
        ("發", "traditional"),
        ("中文", "unknown"),  # no character that only one script has
        ("", "unknown"),
        ("Breaking news", "unknown"),
        ("Apple 发布 iPhone 16, priced at $799", "simplified"),
        ("Apple 發佈 iPhone 16, priced at $799", "traditional"),
        ("简体字与繁體字與", "mixed"),
        ("这是简体中文的一段话，只有一個繁体字", "simplified"),  # a stray character
        ("這是繁體中文的一段話，只有一个簡體字", "traditional"),
        ("溫度 温度 秘書 户口", "traditional"),  # 温/户/秘 are Hong Kong/Taiwan forms too
    ],
)
def test_detect_script_examples(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_hong_kong_and_taiwan_pages_are_traditional() -> None:
    """The slice's Hong Kong and Taiwan pages, and the shared Hong Kong pages when present."""
    pages = [text for name, text in slice_texts() if name.startswith(("hk_", "tw_"))]
    assert len(pages) == 2
    hk = [p for p in shared_html_files() if p.stem.startswith("hk_")]
    pages += [p.read_text(encoding="utf-8", errors="replace") for p in hk]
    for text in pages:
        assert detect_script(text) == "traditional"


def test_simplified_news_converted_to_traditional_is_traditional() -> None:
    for path in seed_paths():
        text = path.read_text(encoding="utf-8")
        assert detect_script(newsparse.to_traditional(text)) == "traditional"
        assert detect_script(newsparse.to_simplified(text)) == "simplified"


def test_tables_are_disjoint_and_match_opencc() -> None:
    assert not SIMPLIFIED_ONLY & TRADITIONAL_ONLY
    assert len(SIMPLIFIED_ONLY) > 2500 and len(TRADITIONAL_ONLY) > 2500
    for ch in "关东国发网记电":
        assert is_simplified_char(ch) and not is_traditional_char(ch)
        assert is_traditional_char(newsparse.to_traditional(ch))
    for ch in "后于中的了里":
        assert not is_simplified_char(ch) and not is_traditional_char(ch)


@given(st.text())
def test_detect_script_never_fails(text: str) -> None:
    assert detect_script(text) in ("simplified", "traditional", "mixed", "unknown")


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        detect_script(b"\xe4\xb8\xad")  # type: ignore[arg-type]


def test_large_page_is_fast() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in seed_paths()) * 100  # ~2 MB
    detect_script(text)  # builds the tables
    start = time.perf_counter()
    assert detect_script(text) == "mixed"
    assert time.perf_counter() - start < 2.0  # generous: about 0.03 s here
