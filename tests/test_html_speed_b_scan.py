"""The cleaner's walk over a tree within the depth limit (root.iter(), subtrees passed over by
count, tags found in C) answers as the walk that counts the depth with iterwalk."""

from __future__ import annotations

from typing import Any

from _helpers import shared_html_files, slice_html
from lxml import etree

from newsparse._core.config import Config
from newsparse._html import clean
from newsparse._html.dom import parse_tree
from newsparse._html.page import _as_text

_HANDMADE = (
    '<html class="nav"><body id="comment-page"><div hidden><p>藏<b>粗</b></p><p>二</p></div>'
    "<p>正文。</p>"
    '<div class="share"><ul><li><a>分享</a></li><li>二</li></ul><script>x</script></div>'
    '<div aria-hidden="true"><span>藏</span></div><div style="display:none"><i>藏</i></div>'
    '<nav><a>导航</a><div class="x"><p>里</p></div></nav><script>y</script><p id="ad">广告</p>'
    '<div class="main"><p>正文二。</p><aside>旁<p>边</p></aside><p>末。</p></div></body></html>'
)


def _roots() -> list[Any]:
    config = Config()
    pages = [page for _, page in slice_html()]
    pages += [path.read_bytes() for path in shared_html_files()[:40]]
    roots = [parse_tree(_HANDMADE)]
    roots += [parse_tree(_as_text(page, None, config)[0]) for page in pages]
    return [root for root in roots if root is not None]


def _with_comments() -> Any:
    """A tree holding comments and a processing instruction (the parser drops them)."""
    root = parse_tree(_HANDMADE)
    for el in list(root.iter("body", "div", "ul", "nav")):
        el.insert(0, etree.Comment("注释"))
        el.append(etree.ProcessingInstruction("pi", "x"))
    return root


def test_the_walk_within_the_depth_limit_answers_as_the_counting_walk() -> None:
    roots = _roots()
    assert len(roots) > 10
    cut = 0
    for root in [*roots, _with_comments()]:
        count = sum(1 for _ in root.iter())
        for max_nodes in (200_000, count // 2, 40, 7):
            assert not clean._deeper(400)(root)  # the walk without depth is the one tested
            fast = clean._scan(root, max_nodes, 400)
            assert fast == clean._walk_scan(root, max_nodes, 400)
            cut += fast[2] is not None
    assert cut > 10  # the node limit was met inside the walk


def test_nodes_that_are_no_elements_are_neither_walked_nor_counted() -> None:
    root = _with_comments()
    plain = parse_tree(_HANDMADE)
    count = sum(1 for _ in plain.iter())
    for max_nodes in (200_000, count, count // 2, count // 4):
        found = clean._scan(root, max_nodes, 400)
        assert found == clean._walk_scan(root, max_nodes, 400)
        expected = clean._scan(plain, max_nodes, 400)
        assert [[el.tag for el in part] for part in found[:2]] == [
            [el.tag for el in part] for part in expected[:2]
        ]
        assert getattr(found[2], "tag", None) == getattr(expected[2], "tag", None)


def test_the_depth_test_finds_exactly_the_elements_past_the_limit() -> None:
    root = parse_tree("<div>" * 30 + "深" + "</div>" * 30)  # html, body, 30 divs: 32 levels
    depth = 1 + max(sum(1 for _ in el.iterancestors()) for el in root.iter())
    assert depth == 32
    assert clean._deeper(31)(root) and not clean._deeper(32)(root)
    for max_depth in (1, 5, 31, 32, 400):
        assert clean._scan(root, 200_000, max_depth) == clean._walk_scan(root, 200_000, max_depth)
    assert clean._scan(root, 200_000, 31)[3] and not clean._scan(root, 200_000, 32)[3]
