"""Shortcuts for pages of many sibling paragraphs give the answers of the paths they skip:
the emit walk's childless blocks closed where they open, and the tag-list walk's attribute
names read before their values, the labelled date line's first-character test."""

from __future__ import annotations

from typing import Any

import pytest
from _helpers import shared_html_files, slice_html
from test_html_speed_emit import _climbed, _reference_emit, _unpacked, cleaned_roots

from newsparse._core.blocks import Block
from newsparse._core.config import Config
from newsparse._html import emit, pagelists
from newsparse._html import page as page_module
from newsparse._html.dom import parse_tree
from newsparse._html.page import _as_text

_P = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"
# Childless blocks in every position: with tails (text, space, links after them), all space
# or empty, after pending text and after a picture, inside a link (not closed early), as
# list items and headings, inside a caption box, cut by the length limit, nested in inline
# boxes, and as the last element of the page.
_LEAVES = [
    "<html><body>" + "".join(f"<p>第{i}段。{_P}</p>" for i in range(30)) + "</body></html>",
    "<html><body><div>前文<p>段落，一。</p>尾巴，跟着<p> </p>\n<p></p>  <p>\u3000</p>"
    '<p>末段，二。</p><a href="/t">链接尾</a>文字</div></body></html>',
    '<html><body><div><img src="a.jpg"><p>图后，段落。</p><img src="b.jpg" width="10">'
    '<p>图标后。</p></div><a href="/x"><p>链接里的段落，一。</p><div> </div></a>'
    "<ul><li>项目一</li><li>项目二<span>内</span></li></ul><h2>标题</h2><h3> </h3>"
    '<div class="pic-caption"><p>图注，段落。</p><div>图注二</div></div>'
    "<figure><figcaption>说明。</figcaption></figure><li><div>列表里的块</div></li>"
    "<span><b><p>行内盒里，段落。</p></b>尾</span><p>最后一段" + _P * 3 + "</p></body></html>",
    "<p>只有一段，没有外层。</p>",
    "<html><body><p>  前后有空格  </p>  <br>  <p>a  b\tc</p><hr><p>后</p> 尾 </body></html>",
]


def _roots() -> list[Any]:
    pages = [page for _, page in slice_html()] + [p.read_bytes() for p in shared_html_files()]
    return cleaned_roots(_LEAVES, pages[::3])


@pytest.fixture(scope="module")
def roots() -> list[Any]:
    return _roots()


def test_childless_blocks_closed_at_once_make_the_blocks_of_the_plain_walk(
    roots: list[Any],
) -> None:
    leaves = 0
    for root in roots:
        for max_chars in (20_000, 12, 0):
            blocks, tallies = emit.emit_tallied(root, max_chars)
            assert blocks == _reference_emit(root, max_chars)
            assert tallies is not None
            assert _unpacked(tallies) == _climbed(blocks)
            if max_chars:
                leaves += sum(1 for b in blocks if len(b.owner) == 0)
    assert leaves > 100  # the pages hold childless blocks (the shortcut is taken; 216 without
    # the shared pages, as on a clean checkout)


def test_childless_blocks_of_a_subtree_and_a_childless_root() -> None:
    root = parse_tree(f"<div><section><p>{_P}</p><p> </p>尾</section>外</div>")
    for el in (root.find(".//section"), root.find(".//p")):
        blocks, tallies = emit.emit_tallied(el, 99)
        assert tallies is None
        assert blocks == _reference_emit(el, 99)


def _reference_candidates(root: Any) -> tuple[list[Any], list[tuple[Any, bool]]]:
    """The tag-list walk reading each holder's class, and its id when the class is not a
    breadcrumb's, without first asking which attributes the element has."""
    labels: list[Any] = []
    boxes: list[tuple[Any, bool]] = []
    for el in root.iter(*pagelists._HOLDERS):
        cls = el.get("class")
        ident = el.get("id")
        classed = (cls is not None and pagelists._crumb_named(cls)) or (
            ident is not None and pagelists._crumb_named(ident)
        )
        if classed and pagelists._is_crumb_box(el):
            boxes.append((el, True))
        stripped = (el.text or "").lstrip()
        if stripped and len(el.text) - len(stripped) <= pagelists._LABEL_INDENT:
            if pagelists._TAG_LABEL.match(stripped):
                labels.append(el)
            elif pagelists._CRUMB_LABEL.match(stripped):
                boxes.extend((b, False) for b in (el, el.getparent()) if b is not None)
            if len(labels) >= pagelists._MAX_LABEL_BOXES or len(boxes) >= 10:
                break
    return labels, boxes


_NAMED = [
    '<div><div class="crumb"><a href="/">首页</a></div><div id="breadcrumb">x</div>'
    '<div class="main" id="crumbs"><a href="/">首页</a></div><div class="" id="">空</div>'
    '<div class="nav-crumb" id="other">a</div><div id="">空</div><span class="bread">b</span>'
    "<p>标签：一</p><div><span>当前位置：首页</span></div><p title='crumb'>属性</p></div>",
]


def test_attribute_names_first_find_the_candidates_of_the_plain_walk() -> None:
    config = Config()
    pages = [page for _, page in slice_html()] + [p.read_bytes() for p in shared_html_files()]
    roots = [parse_tree(text) for text in _NAMED]
    roots += [parse_tree(_as_text(page, None, config)[0]) for page in pages]
    found = 0
    for root in roots:
        labels, boxes = pagelists._candidates(root)
        assert (labels, boxes) == _reference_candidates(root)
        found += sum(classed for _, classed in boxes)
    assert found >= 5  # boxes named by class and by id were found


class _Everything:
    """A set holding every character: the prefilter lets every line through."""

    def __contains__(self, item: object) -> bool:
        return True


_DATED = [
    "发布时间：2024-03-31 10:00", "【发布日期】2024年3月31日", " 时间 2024-03-31",
    "（日期：2024.3.31）", "\u3000發表於 2024-03-31", "[時間]2024/03/31", "日期2024-03-31",
    "来源：新华社 2024-03-31", "2024-03-31 发布时间", "时间：不详", "",
]  # fmt: skip


def test_labelled_date_lines_start_with_the_prefilter_characters() -> None:
    config = Config()
    lines = [line for text in _DATED for line in (text, text.strip())]
    for _, page in slice_html():
        lines += _as_text(page, None, config)[0].splitlines()
    matched = 0
    for line in lines:
        if page_module._LABELLED_DATE.match(line):
            matched += 1
            assert line[:1] in page_module._LABELLED_FIRSTS, line
    assert matched >= 8


def test_labelled_date_with_the_prefilter_is_the_date_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    zone = "Asia/Shanghai"
    cases = [[Block(text) for text in _DATED[i:] + _DATED[:i]] for i in range(len(_DATED))]
    cases += [[Block(f"第{i}段。{_P}") for i in range(50)] + [Block(_DATED[1])]]
    fast = [page_module._labelled_date(blocks, zone) for blocks in cases]
    monkeypatch.setattr(page_module, "_LABELLED_FIRSTS", _Everything())
    assert fast == [page_module._labelled_date(blocks, zone) for blocks in cases]
    assert sum(date is not None for date in fast) >= 5
