"""The cleaner's walk reads attributes by name first: the same answer as reading each."""

from __future__ import annotations

from typing import Any

from _helpers import shared_html_files, slice_html
from lxml import etree

from newsparse._core.config import Config
from newsparse._html import clean, dom
from newsparse._html.data.dom import BOILERPLATE_TAGS, DROP_TAGS
from newsparse._html.dom import parse_tree
from newsparse._html.page import _as_text

# Every attribute the walk reads, present, absent, empty and set to what does not count.
_HANDMADE = (
    '<html class="nav"><body id="footer" hidden><div hidden><p>藏</p></div>'
    '<div aria-hidden="false"><p>见</p></div><div aria-hidden="true">藏</div>'
    '<div style="">空</div><div style="color:red">红</div><div style="DISPLAY : none">藏</div>'
    '<p class="share">分享</p><div id="footer-box">页脚</div><section class="" id="">空名</section>'
    '<nav>导航</nav><aside class="x">旁</aside><div class="main" title="t"><p>正文。</p></div>'
    '<div data-x="1" lang="zh" xml:lang="zh"><span class="comment-count">3</span></div>'
    "<script>x</script></body></html>"
)


def _reference_scan(root: Any, max_nodes: int, max_depth: int) -> tuple[Any, ...]:
    """clean._scan reading every attribute it asks about, one call each."""
    drops: list[Any] = []
    furniture: list[Any] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    depth = nodes = 0
    truncated = False
    for event, el in walker:
        if event == "end":
            depth -= 1
            continue
        depth += 1
        nodes += 1
        if nodes > max_nodes:
            return drops, furniture, el, True
        tag = el.tag
        if not isinstance(tag, str) or tag in DROP_TAGS:
            drops.append(el)
        elif depth > max_depth:
            drops.append(el)
            truncated = True
        elif not el.attrib:
            if tag not in BOILERPLATE_TAGS:
                continue
            furniture.append(el)
        else:
            hidden = el.get("hidden") is not None or el.get("aria-hidden") == "true"
            style = el.get("style")
            if not (
                hidden or (style and clean._HIDDEN_STYLE.search(style)) or tag in BOILERPLATE_TAGS
            ):
                if tag in ("html", "body"):
                    continue
                names = el.get("class"), el.get("id")
                if names == (None, None) or not clean._furniture_names(names):
                    continue
            furniture.append(el)
        walker.skip_subtree()
    return drops, furniture, None, truncated


def test_the_walk_reads_what_reading_every_attribute_reads() -> None:
    config = Config()
    pages = [page for _, page in slice_html()]
    pages += [path.read_bytes() for path in shared_html_files()[:40]]
    roots = [parse_tree(_HANDMADE), parse_tree(_HANDMADE.replace(" hidden>", ">"))]
    roots += [parse_tree(_as_text(page, None, config)[0]) for page in pages]
    for root in roots:
        for limits in ((config.max_nodes, config.max_depth), (50, 6)):
            assert clean._scan(root, *limits) == _reference_scan(root, *limits)
    hidden_body = clean._scan(roots[0], config.max_nodes, config.max_depth)[1]
    assert [el.tag for el in hidden_body] == ["body"]
    walked = clean._scan(roots[1], config.max_nodes, config.max_depth)[1]
    assert len(walked) == 7  # aria, style, share, footer, nav, aside, comment (no hidden)


def test_fatal_errors_are_the_entries_from_the_fatal_level_up() -> None:
    assert max(level for level in etree.ErrorLevels._names) == dom._FATAL  # type: ignore[attr-defined]
    assert dom.parse_tree_flagged("<div>" * 3000 + "深处" + "</div>" * 3000)[1]
    assert not dom.parse_tree_flagged("<div><p>未闭合<b>标签</div>")[1]
