"""Decoding HTML bytes: real GBK, GB18030 and Big5 bytes, wrong labels, no label, bad bytes."""

from __future__ import annotations

import codecs

import pytest
from _helpers import seed_paths, shared_path

import newsparse
from newsparse._html.decode import codec_for, decode_html

# Real text: a seed article (simplified) and a Hong Kong page's story (traditional).
SIMPLIFIED = "朱镕基第二次给他们写信，鼓励清华经管学院的师生。"  # 镕 is GBK, not GB2312
TRADITIONAL = "黎智英獲保釋候查，昨早由何文田寓所返回將軍澳壹傳媒大樓。"
HKSCS = "佢哋話啲嘢好正。"  # Cantonese characters only Big5-HKSCS has


def page(body: str, charset: str | None = None, title: str = "新闻") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>{title}</title></head><body><p>{body}</p></body></html>"


def seed_text() -> str:
    paths = seed_paths()
    if not paths:
        pytest.skip("no seed files")
    lines = [line for line in paths[0].read_text(encoding="utf-8").splitlines() if len(line) > 20]
    return lines[0]


@pytest.mark.parametrize(
    ("declared", "codec"),
    [("GB2312", "gb18030"), ("gbk", "gb18030"), ("x-gbk", "gb18030"), ("GB18030", "gb18030"),
     ("big5", "big5hkscs"), ("Big5-HKSCS", "big5hkscs"), ("utf8", "utf-8"), ("bogus-9", None)],
)  # fmt: skip
def test_charset_names_widen_to_supersets(declared: str, codec: str | None) -> None:
    assert codec_for(declared) == codec


def test_gbk_bytes_labelled_gb2312_keep_gbk_only_characters() -> None:
    data = page(SIMPLIFIED, "gb2312").encode("gbk")
    text, codec = decode_html(data)
    assert codec == "gb18030"
    assert SIMPLIFIED in text


def test_gb18030_four_byte_characters_survive() -> None:
    body = SIMPLIFIED + "㐀𠀀"  # CJK extension A and B: four-byte sequences in GB18030
    text, _ = decode_html(page(body, "gb18030").encode("gb18030"))
    assert body in text


def test_seed_text_as_gbk_without_any_label_is_detected() -> None:
    body = seed_text()
    text, codec = decode_html(page(body).encode("gb18030"))
    assert codec == "gb18030"
    assert body in text


def test_big5_without_label_is_not_misread_as_gbk() -> None:
    # Big5 bytes are also valid GBK byte pairs: the decoder must vote, not take the first fit.
    text, codec = decode_html(page(TRADITIONAL, title="新聞").encode("big5"))
    assert codec == "big5hkscs"
    assert TRADITIONAL in text


def test_hkscs_characters_decode_under_a_plain_big5_label() -> None:
    text, _ = decode_html(page(HKSCS, "big5", title="新聞").encode("big5hkscs"))
    assert HKSCS in text


def test_hk_dev_page_as_big5_bytes() -> None:
    html = shared_path("data", "hk_pages", "hk_singtao_3.html").read_text(encoding="utf-8")
    html = html.replace('charset="utf-8"', "").replace("charset=utf-8", "")
    data = html.encode("big5hkscs", "replace")
    text, codec = decode_html(data)
    assert codec == "big5hkscs"
    assert "黎智英獲保釋候查" in text


def test_label_contradicted_by_utf8_bytes_is_overridden() -> None:
    text, codec = decode_html(page(SIMPLIFIED, "gb2312").encode("utf-8"))
    assert codec == "utf-8"
    assert SIMPLIFIED in text


def test_http_charset_wins_over_meta() -> None:
    data = page(TRADITIONAL, "gb2312", title="新聞").encode("big5")
    text, codec = decode_html(data, "big5")
    assert codec == "big5hkscs"
    assert TRADITIONAL in text


def test_western_label_on_chinese_bytes_is_ignored() -> None:
    text, codec = decode_html(page(SIMPLIFIED, "iso-8859-1").encode("gbk"))
    assert codec == "gb18030"
    assert SIMPLIFIED in text


@pytest.mark.parametrize("bom_codec", ["utf-8-sig", "utf-16"])
def test_byte_order_mark_decides(bom_codec: str) -> None:
    text, _ = decode_html(page(SIMPLIFIED, "gbk").encode(bom_codec))
    assert SIMPLIFIED in text


def test_page_cut_inside_a_character_still_decodes() -> None:
    data = page(SIMPLIFIED, "utf-8").encode("utf-8")
    cut = data[: data.index(SIMPLIFIED[5].encode("utf-8")) + 1]
    text, codec = decode_html(cut)
    assert codec == "utf-8"
    assert SIMPLIFIED[:5] in text


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe\xfd" * 100, bytes(range(256)) * 50, b"\x81" * 1000, codecs.BOM_UTF8],
)
def test_undecodable_bytes_never_raise(data: bytes) -> None:
    text, codec = decode_html(data)
    assert isinstance(text, str) and isinstance(codec, str)


def test_parse_html_reads_gbk_page_end_to_end() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>朱镕基写信鼓励师生_新闻中心_新浪网</title></head><body><h1>朱镕基写信鼓励师生</h1>"
        f'<div class="article"><p>{SIMPLIFIED}</p><p>{SIMPLIFIED}</p></div></body></html>'
    )
    article = newsparse.parse_html(html.encode("gbk"))
    assert article.title == "朱镕基写信鼓励师生"
    assert SIMPLIFIED in article.body


def test_encoding_argument_reaches_the_decoder() -> None:
    html = page(TRADITIONAL + TRADITIONAL, title="新聞")
    article = newsparse.parse_html(html.encode("big5"), encoding="big5")
    assert TRADITIONAL in article.body
