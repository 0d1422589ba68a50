"""Bad HTML input: a result, never an exception or a hang; time grows with size only."""

from __future__ import annotations

import time

import pytest
from _helpers import shared_path

import newsparse
from newsparse._core.config import Config
from newsparse._html.page import html_to_page

PARA = "国务院联防联控机制印发通知，要求各地做好春季学校疫情防控工作。"
STORY = (
    "<html><head><title>标题</title></head><body><div class='text'>"
    + (f"<p>{PARA}</p>" * 6)
    + "</div></body></html>"
)


@pytest.mark.parametrize(
    "page",
    [
        b"",
        "",
        "   \n\t ",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
        b"%PDF-1.4\n" + b"\x00\xff" * 5000,
        "<",
        "<html",
        "</html></body>",
        "<!DOCTYPE html>",
        "<?xml version='1.0' encoding='gbk'?><html><body><p>声明</p></body></html>",
        "<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>",
        "<html><body>" + "<script>var x = '脚本';</script>" * 500 + "</body></html>",
        "<html><body><p>未闭合<div>标签<span>很多<b>层",
        STORY[: len(STORY) // 2],
        STORY.replace("</p>", ""),
        "<p>" + "&nbsp;&amp;&#x4E2D;&#25991;&bogus;" * 200,
        '<body><a href="javascript:alert(1)">链接</a><a href="http://[::1">坏链接</a></body>',
        "\x00\x01\x02<p>控制字符\x0b</p>",
    ],
)
def test_odd_pages_give_an_article(page: str | bytes) -> None:
    article = newsparse.parse_html(page, url="http://example.com/a")
    assert article.page_type in ("article", "listing", "empty")
    assert isinstance(article.body, str)


def test_empty_input_is_an_empty_page() -> None:
    assert newsparse.parse_html(b"").page_type == "empty"
    assert html_to_page("", encoding=None, config=Config()).blocks == []


@pytest.mark.parametrize("value", [123, None, ["<p>x</p>"], {"html": "x"}, 1.5])
def test_wrong_types_raise_type_error_saying_what_to_pass(value: object) -> None:
    with pytest.raises(TypeError, match="str, bytes"):
        newsparse.parse_html(value)


def test_deeply_nested_divs_finish_quickly() -> None:
    html = "<html><body>" + "<div>" * 50_000 + "文字" + "</div>" * 50_000 + "</body></html>"
    start = time.perf_counter()
    article = newsparse.parse_html(html)
    assert time.perf_counter() - start < 10  # generous: a runaway case takes minutes
    assert article.page_type in ("article", "empty")


def test_many_unclosed_paragraphs_finish_quickly() -> None:
    start = time.perf_counter()
    newsparse.parse_html("<p>" * 50_000 + PARA)
    assert time.perf_counter() - start < 20


def test_depth_limit_cuts_and_flags() -> None:
    html = "<html><body>" + "<div>" * 50 + PARA + "</div>" * 50 + f"<p>{PARA}</p></body></html>"
    page = html_to_page(html, encoding=None, config=Config(max_depth=20))
    assert page.truncated
    assert [b.text for b in page.blocks] == [PARA]


def test_node_limit_cuts_the_rest_of_the_page_and_flags() -> None:
    paragraphs = "".join(f"<p>第{i}段，正文内容。</p>" for i in range(500))
    html = f"<html><body>{paragraphs}</body></html>"
    page = html_to_page(html, encoding=None, config=Config(max_nodes=100))
    assert page.truncated
    assert 90 <= len(page.blocks) < 100
    assert page.blocks[0].text == "第0段，正文内容。"


def test_input_byte_limit_cuts_and_flags() -> None:
    html = STORY * 50
    page = html_to_page(html.encode("utf-8"), encoding=None, config=Config(max_input_bytes=5000))
    assert page.truncated
    assert page.blocks


def test_long_lines_are_cut() -> None:
    config = Config(max_line_chars=1000)
    page = html_to_page(f"<p>{'长' * 50_000}</p>", encoding=None, config=config)
    assert max(len(b.text) for b in page.blocks) <= 1000


def test_twenty_megabyte_page_time_grows_with_size() -> None:
    html = shared_path("data", "gne_pages", "ifeng_1.html").read_text(encoding="utf-8")
    body = html[html.find("<body") : html.rfind("</body>")]

    def timed(megabytes: int) -> float:
        copies = megabytes * 1_000_000 // len(body.encode("utf-8")) + 1
        page = "<html><head><title>标题</title></head>" + body * copies + "</html>"
        start = time.perf_counter()
        article = newsparse.parse_html(page)
        # Ten copies of a story on one page: the story is found (whether the page reads as
        # that story or as a list of copies is not what this test is about).
        assert article.paragraphs
        return time.perf_counter() - start

    small, large = timed(2), timed(20)
    assert large < 120  # generous bound against runaway cases on a shared machine
    assert large < 25 * max(small, 0.05)  # ten times the size: no quadratic blow-up


def test_soup_input_gives_the_same_story() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(STORY, "html.parser")
    assert newsparse.parse_html(soup).paragraphs == newsparse.parse_html(STORY).paragraphs


# -- payloads that are no page: empty, with the reason (issue 15) -----------------------------

_NOT_PAGES = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 40,
            "application/pdf"),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image/png"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(2000), "image/jpeg"),
    "docx (zip)": (b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 50, "application/zip"),
    "doc (OLE2)": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "application/msword"),
    "7z": (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(500), "application/x-7z-compressed"),
    "elf": (b"\x7fELF\x02\x01\x01" + bytes(500), "application/x-executable"),
    "mp4": (b"\x00\x00\x00\x20ftypisom" + bytes(500), "video/mp4"),
    "controls": (bytes(range(32)) * 100, "binary"),
    "random": (bytes((i * 7919 + 13) % 256 for i in range(100_000)), "binary"),
}  # fmt: skip


@pytest.mark.parametrize("name", list(_NOT_PAGES))
def test_binary_payloads_are_empty_pages_that_say_why(name: str) -> None:
    data, kind = _NOT_PAGES[name]
    page = html_to_page(data, encoding=None, config=Config())
    assert page.blocks == [] and page.empty_reason is not None
    assert page.empty_reason.startswith(kind) and page.empty_reason.endswith("not a page")
    article = newsparse.parse(data)
    assert article.page_type == "empty" and article.paragraphs == ()


def test_a_binary_file_decoded_to_str_is_no_page_either() -> None:
    pdf = _NOT_PAGES["pdf"][0].decode("latin-1")
    assert html_to_page(pdf, encoding=None, config=Config()).empty_reason is not None
    assert newsparse.parse_html(pdf).page_type == "empty"


def test_text_with_a_few_control_bytes_is_still_a_page() -> None:
    data = ("<p>" + PARA + "\x00\x01</p>").encode() * 20  # strays, not a binary file
    page = html_to_page(data, encoding=None, config=Config())
    assert page.empty_reason is None and page.blocks


@pytest.mark.parametrize("pack", ["gzip", "zlib", "gzip twice concatenated"])
def test_compressed_bodies_are_inflated(pack: str) -> None:
    import gzip
    import zlib

    data = STORY.encode("gb18030")
    packed = {
        "gzip": gzip.compress(data),
        "zlib": zlib.compress(data),
        "gzip twice concatenated": gzip.compress(data[:300]) + gzip.compress(data[300:]),
    }[pack]
    article = newsparse.parse(packed)
    assert article.paragraphs == newsparse.parse(data).paragraphs and not article.truncated


def test_a_gzip_bomb_inflates_to_the_limit_and_says_so() -> None:
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    body = STORY.encode() + b" " * 50_000_000
    bomb = packer.compress(body) + packer.flush()  # ~50 KB that inflate to 50 MB
    start = time.perf_counter()
    page = html_to_page(bomb, encoding=None, config=Config(max_input_bytes=1_000_000))
    assert time.perf_counter() - start < 30  # generous: measured ~0.1 s
    assert page.truncated and [b.text for b in page.blocks if b.text == PARA]


def test_a_gzip_body_cut_short_keeps_what_inflated_and_says_so() -> None:
    import gzip

    paragraphs = [f"第{i}段：{PARA}" for i in range(400)]
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    packed = gzip.compress(html.encode())
    page = html_to_page(packed[: len(packed) // 2], encoding=None, config=Config())
    texts = [b.text for b in page.blocks]
    assert page.truncated and texts[:20] == paragraphs[:20]


def test_a_lone_surrogate_in_a_str_page_costs_nothing_else() -> None:
    """lxml cannot take a str holding half a UTF-16 pair: the half is dropped, the page kept."""
    html = STORY.replace(PARA, PARA[:10] + "\ud800" + PARA[10:], 1)
    article = newsparse.parse_html(html)
    assert article.paragraphs == newsparse.parse_html(STORY).paragraphs
    article.to_json().encode("utf-8")
