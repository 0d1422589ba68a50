"""The HTML front end's shortcuts give the answer of the longer path they skip."""

from __future__ import annotations

import codecs
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsparse._html import attributes, decode, dom, headwalk
from newsparse._html.data.meta_names import PUBLISHED_ATTRIBUTES
from newsparse._html.decode import read_html
from newsparse._html.headwalk import gather_head
from newsparse._html.page import _utf8_source

# Pieces that exercise every branch: document ends in any case and spacing (Unicode
# spaces the str pattern takes and the bytes one does not), controls, Han text, quotes.
_PIECES = st.sampled_from(
    ["</body>", "</HTML >", "</Body\t\n>", "</html\u3000>", "</body\x1c>", "</html\xa0>",
     "</body\x85>", "</bodyx>", "<p>", "<div class='a'>", "新闻", "正文。", " ", "\n", ">",
     "<", "/", "\x01", "\x0b", "\x1f", "\x7f", "<?xml version='1.0'?>", "&#1;", "</p>"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)
_BYTE_PIECES = st.one_of(
    _PIECES.map(lambda s: s.encode("utf-8")),
    st.sampled_from([codecs.BOM_UTF8, "中文".encode("gb18030"), b"\xff", b"\xe4\xb8", b"\x00",
                     "\ufffd".encode(), "標題".encode("big5"), b"<meta charset='utf-8'>"]),
    st.binary(max_size=6),
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_BYTE_PIECES, max_size=25).map(b"".join))
def test_utf8_source_is_the_text_encoded(data: bytes) -> None:
    decoded = read_html(data)
    source = _utf8_source(data, decoded)
    if source is not None:
        assert source == decoded.text.encode("utf-8")


def test_utf8_source_is_found_for_plain_utf8_and_ascii_pages() -> None:
    page = "<html><head><meta charset='utf-8'></head><p>新闻</p></html>".encode()
    assert _utf8_source(page, read_html(page)) is page
    assert _utf8_source(codecs.BOM_UTF8 + page, read_html(codecs.BOM_UTF8 + page)) == page
    assert _utf8_source(b"<p>news</p>", read_html(b"<p>news</p>")) == b"<p>news</p>"


@given(st.binary(max_size=40))
def test_control_test_agrees_with_deleting_them(data: bytes) -> None:
    controls = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
    assert dom._has_control(data) == (len(data.translate(None, controls)) != len(data))


@settings(max_examples=400)
@given(_TEXTS)
def test_the_bytes_given_to_libxml2_are_the_text_it_would_be_given(text: str) -> None:
    prepared = dom._prepared(text, text.encode("utf-8"))
    assert prepared == dom._prepared(text, None)
    if prepared is not None:
        final, data, _ = prepared
        assert data == final.encode("utf-8")


@settings(max_examples=200)
@given(_TEXTS)
def test_a_tree_from_given_bytes_is_the_tree_from_the_text(text: str) -> None:
    given_root, given_cut = dom.parse_tree_flagged(text, text.encode("utf-8"))
    root, cut = dom.parse_tree_flagged(text)
    assert given_cut == cut
    if root is None or given_root is None:
        assert root is given_root
    else:
        assert etree.tostring(given_root) == etree.tostring(root)


_NAME_PIECES = st.sampled_from(
    ["itemprop", "ITEMPROP", "ItemProp", "item\x00prop", "item&#112;rop", "data-ptime",
     "DATA-PubTime", "data-publishtime", "data-p", "İtemprop", "itemprop\u0130", "x"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.tuples(_NAME_PIECES, st.booleans()), min_size=1, max_size=6))
def test_stamps_skipped_only_when_no_element_has_them(attributes: list[tuple[str, bool]]) -> None:
    markup = "".join(f"<span {name}{'=1' if val else ''}>新闻</span>" for name, val in attributes)
    root, _, source = dom.parse_page(f"<html><body>{markup}</body></html>")
    assert source is not None
    everything = gather_head(root)
    skipped = gather_head(root, source)
    assert skipped.itemprops == everything.itemprops
    assert skipped.stamped == everything.stamped


def test_publish_attribute_names_share_the_scanned_start() -> None:
    assert all(name.encode().startswith(headwalk._NAMES_START) for name in PUBLISHED_ATTRIBUTES)


# The flood pre-scan's pattern as first written: what its written-out form must match.
_PLAIN_QUOTED_GT = re.compile(r"""="[^">]*>|='[^'>]*>|=[\t\n\f\r ]+(?:"[^">]*|'[^'>]*)>""")


@settings(max_examples=500)
@given(st.lists(st.sampled_from(['="', "='", "=", '"', "'", ">", " ", "\n", "a", "<p", "新"]),
                max_size=40).map("".join))  # fmt: skip
def test_quoted_gt_scan_finds_the_plain_patterns_matches(text: str) -> None:
    found = [m.span() for m in attributes._QUOTED_GT.finditer(text)]
    assert found == [m.span() for m in _PLAIN_QUOTED_GT.finditer(text)]


@settings(max_examples=400)
@given(st.lists(_BYTE_PIECES, max_size=25).map(b"".join))
def test_utf8_read_once_is_the_check_then_the_reading(data: bytes) -> None:
    expected = data.decode("utf-8", "replace") if decode._is_utf8(data) else None
    assert decode._utf8_text(data) == expected


def test_utf8_cut_inside_its_last_character_is_still_read() -> None:
    data = "<p>新闻</p>新".encode()[:-1]
    assert decode._utf8_text(data) == "<p>新闻</p>\ufffd"
    assert decode._utf8_text(b"\xff<p>") is None
