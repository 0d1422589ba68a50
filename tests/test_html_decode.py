"""Decoding HTML bytes: real GBK, GB18030 and Big5 bytes, wrong labels, no label, bad bytes."""

from __future__ import annotations

import codecs
import json

import pytest
from _helpers import seed_paths, shared_path

import newsparse
from newsparse._html.decode import codec_for, decode_html, read_html

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


# -- other scripts, wide encodings, junk: read right or not at all (issue 15) -----------------

# News paragraphs written for these tests (not taken from any site).
JAPANESE = (
    "東京都は二十日、都庁で記者会見を開き、来年から公共交通の運賃を引き上げると発表した。"
    "都の担当者は「運営赤字が増え続けており、やむを得ない判断だ」と述べ、都民に理解を求めた。"
)
KOREAN = (
    "서울시는 20일 시청에서 기자회견을 열고 내년부터 대중교통 요금을 인상한다고 발표했다. "
    "시 관계자는 운영 적자가 계속 늘어나 불가피한 결정이라며 시민들의 이해를 구했다."
)
CHINESE = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"


def test_common_table_tells_chinese_from_misread_japanese_and_korean() -> None:
    """The numbers the table's docstring quotes, on the paragraphs above: Japanese and
    Korean bytes read as GB18030 or Big5 have few common characters; Chinese has many."""
    from newsparse._html.decode import _common_share

    for text, codec in ((JAPANESE, "shift_jis"), (JAPANESE, "euc_jp"), (KOREAN, "euc_kr")):
        for reading in ("gb18030", "big5hkscs"):
            share, count = _common_share(text.encode(codec).decode(reading, "replace"))
            assert count >= 10 and share < 0.35, (codec, reading, share)
    assert _common_share(SIMPLIFIED + CHINESE)[0] > 0.8
    assert _common_share(TRADITIONAL)[0] > 0.6  # a sentence of names and places: the lowest


@pytest.mark.parametrize(
    ("text", "codec", "read_as"),
    [
        (JAPANESE, "shift_jis", "cp932"),
        (JAPANESE, "euc_jp", "euc_jp"),
        (JAPANESE, "iso2022_jp", "iso2022_jp"),
        (KOREAN, "euc_kr", "cp949"),
        (KOREAN, "iso2022_kr", "iso2022_kr"),
        (CHINESE, "hz", "hz"),
    ],
)
@pytest.mark.parametrize("labelled", [False, True], ids=["no label", "label"])
def test_japanese_korean_and_seven_bit_pages_are_read_in_their_encoding(
    text: str, codec: str, read_as: str, labelled: bool
) -> None:
    html = page(text * 3, codec if labelled else None, title=text[:4])
    decoded = read_html(html.encode(codec))
    assert (decoded.codec, decoded.problem) == (read_as, None)
    assert text in decoded.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("label", [None, "utf-16", "gb2312"])
def test_wide_encodings_without_a_bom_are_read_from_their_zero_bytes(
    codec: str, label: str | None
) -> None:
    decoded = read_html(page(CHINESE * 3, label).encode(codec))
    assert decoded.codec == codec and CHINESE in decoded.text


def test_wide_text_without_markup_needs_its_label() -> None:
    """Bare Chinese text in UTF-16 has no zero bytes to tell it by: read with the HTTP
    label, and without one come back empty rather than as GB18030 junk."""
    data = (CHINESE * 20).encode("utf-16-le")
    assert read_html(data, "utf-16").text == CHINESE * 20
    assert read_html(data) == ("", "none", "the bytes are text in no encoding newsparse reads")


@pytest.mark.parametrize(
    ("body", "codec", "wrong_label", "read_as"),
    [
        (TRADITIONAL, "big5", "gb2312", "big5hkscs"),  # GB18030 reads Big5 bytes without error
        (SIMPLIFIED + CHINESE, "gbk", "big5", "gb18030"),
        (SIMPLIFIED + CHINESE, "gbk", "shift_jis", "gb18030"),
        (SIMPLIFIED + CHINESE, "gbk", "euc-kr", "gb18030"),
        (KOREAN, "euc_kr", "gb2312", "cp949"),  # EUC-KR bytes are valid GB2312
    ],
)
def test_a_label_the_bytes_contradict_is_overridden(
    body: str, codec: str, wrong_label: str, read_as: str
) -> None:
    for declared, meta in ((wrong_label, None), (None, wrong_label)):
        decoded = read_html(page(body * 3, meta, title=body[:4]).encode(codec), declared)
        assert decoded.codec == read_as and body in decoded.text


def test_big5_page_with_a_few_bad_bytes_keeps_its_label() -> None:
    """udn_1 (Big5 with 4 undecodable sequences) was read as GB18030 junk: GB18030 had no
    error, so the label lost the vote. A reading must now also look like Chinese."""
    data = shared_path("data", "dev_pages", "tw", "udn_1.html").read_bytes()
    decoded = read_html(data)
    assert decoded.codec == "big5hkscs"
    assert "國光客運新開北宜高國5三條新路線" in decoded.text


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(128, 256)) * 200,
        bytes((i * 7919) % 128 + 128 for i in range(50_000)),
        ("Москва — столица России, крупнейший город страны. " * 20).encode("cp1251"),
    ],
    ids=["high bytes", "scrambled high bytes", "Cyrillic without a label"],
)
def test_bytes_in_no_encoding_we_read_give_no_text(data: bytes) -> None:
    decoded = read_html(b"<html><body><p>" + data + b"</p></body></html>")
    assert decoded == ("", "none", "the bytes are text in no encoding newsparse reads")


def test_a_western_label_still_reads_western_text() -> None:
    text = "Café au lait – naïve résumé, déjà vu."
    decoded = read_html(page(text, "iso-8859-1", title="News").encode("cp1252"))
    assert decoded.codec == "cp1252" and text in decoded.text  # browsers read it as CP1252
    cyrillic = "Москва — столица России, крупнейший город страны."
    assert cyrillic in read_html(page(cyrillic, "windows-1251", "News").encode("cp1251")).text


def test_detection_reads_a_bounded_sample() -> None:
    """20 MB of GB18030 junk: the verdict comes from the first 64 KB, in milliseconds."""
    import time

    data = b"<p>" + bytes((i * 7919) % 128 + 128 for i in range(20_000_000))
    start = time.process_time()
    assert read_html(data).problem is not None
    assert time.process_time() - start < 5  # generous: measured ~0.01 s


@pytest.mark.parametrize("region", ["cn", "tw", "hk"])
def test_every_dev_page_reads_as_its_manifest_says(region: str) -> None:
    """The 104 dev pages keep the codec their manifest names (cp950 is read as Big5-HKSCS,
    its superset here; GBK as GB18030), declared or not."""
    manifest = shared_path("data", "dev_pages", "MANIFEST.jsonl")
    expected = {"utf-8": "utf-8", "gbk": "gb18030", "big5": "big5hkscs",
                "big5hkscs": "big5hkscs", "cp950": "big5hkscs"}  # fmt: skip
    for line in manifest.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if not entry["file"].startswith(region + "/"):
            continue
        actual = entry["encoding"].split("actual ")[1].split(" ")[0]
        data = (manifest.parent / entry["file"]).read_bytes()
        codec = "ascii" if data.isascii() else expected[actual]  # one page is all &#...;
        assert read_html(data).codec == codec, entry["file"]


_BOM_CODECS = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le",
               codecs.BOM_UTF32_BE: "utf-32-be"}  # fmt: skip


@pytest.mark.parametrize("bom", list(_BOM_CODECS))
def test_a_byte_order_mark_before_junk_gives_no_text(bom: bytes) -> None:
    junk = bytes((i * 7919 + (i >> 7) * 31) % 256 for i in range(20_000))
    assert read_html(bom + junk).problem is not None
    assert read_html(bom + page(CHINESE).encode(codecs.lookup(_BOM_CODECS[bom]).name)).text


def test_a_utf8_page_behind_its_mark_keeps_a_few_foreign_bytes() -> None:
    data = codecs.BOM_UTF8 + page(CHINESE * 20).encode() + "混入".encode("gbk")
    decoded = read_html(data)
    assert decoded.codec == "utf-8" and CHINESE in decoded.text
