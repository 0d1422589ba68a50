"""Bad HTML input: a result, never an exception or a hang; time grows with size only."""

from __future__ import annotations

import time

import pytest
from _helpers import shared_path

import newsparse
from newsparse._core.config import Config
from newsparse._html.page import html_to_page

PARA = "国务院联防联控机制印发通知，要求各地做好春季学校疫情防控工作。"
STORY = "<html><head><title>标题</title></head><body><div class='text'>" + (
    f"<p>{PARA}</p>" * 6
) + "</div></body></html>"


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
        assert article.page_type == "article"
        return time.perf_counter() - start

    small, large = timed(2), timed(20)
    assert large < 120  # generous bound against runaway cases on a shared machine
    assert large < 25 * max(small, 0.05)  # ten times the size: no quadratic blow-up


def test_soup_input_gives_the_same_story() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(STORY, "html.parser")
    assert newsparse.parse_html(soup).paragraphs == newsparse.parse_html(STORY).paragraphs
