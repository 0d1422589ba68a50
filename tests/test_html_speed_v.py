"""The cleaner's shortcuts give the answer of the path they skip."""

from __future__ import annotations

from typing import Any

from _helpers import PAGES_DIR, shipped_lines
from lxml import etree

from newsparse._html import clean, dom, headfields
from newsparse._html.decode import read_html
from newsparse._html.dom import parse_tree

_MARKS = "，。！？；："
# Around the length where count_punct changes method, with none, one, some and all marks,
# marks at either end, and look-alikes (ASCII and half-width punctuation, U+FF0D).
_MADE_UP = [
    "",
    "，",
    "首页 新闻 体育" * 20,
    "首页 新闻 体育，" * 20,
    "，" + "新" * 126,
    "，" + "新" * 127,
    "新" * 127 + "：",
    "新" * 128 + "：",
    _MARKS * 30,
    ("今天，天气很好。我们去公园玩！你呢？好的；他说：走吧" + "中文" * 10) * 10,
    ",.!?;: －｡､" * 40,
    "\n    \n  總覽   新聞  " * 200,
    "🙂，" * 100,
]


def test_count_punct_skips_absent_marks_with_the_same_count() -> None:
    for text in shipped_lines(_MADE_UP):
        for line in (text, text * 8):  # short and long: both methods
            assert dom.count_punct(line) == sum(map(line.count, _MARKS)), line[:40]


# <h1> itself, inside, deep inside, after a sibling, absent, and an <h10> look-alike.
_BOXES = (
    "<aside><h1>题</h1></aside>",
    "<aside><div><p><h1>题</h1></p></div></aside>",
    "<aside><p>无</p></aside><h1>外</h1>",
    "<h1 class='share'><span>题</span></h1>",
    "<aside><h10>假</h10><h2>二</h2></aside>",
    "<aside><!-- h1 --><p>无</p></aside>",
)


def test_h1_below_a_box_is_found_as_find_finds_it() -> None:
    for html in _BOXES:
        for el in parse_tree(html).iter():
            if not isinstance(el.tag, str):
                continue
            skipped = el.find(".//h1") is not None
            assert (next(el.iterdescendants("h1"), None) is not None) == skipped, html


# Scripts, styles and noscript at every place a text can sit: first child, between
# children, nested, holding elements, around comments and processing instructions.
_SCRIPTED = (
    "<div>新<script>x()</script>闻<noscript><b>旧</b>尾</noscript>稿</div>后",
    "<div><!--c-->甲<b>乙<!--d-->丙</b>丁<?pi x?>戊</div>",
    "<div><style>p{}</style><p><i>1<b>2</b>3</i>4</p>5<br>6<script>7</script></div>",
    "<noscript><div>藏<p>着</p></div>外</noscript><p>见</p>",
    "<section><div><ul><li>一<script>s</script></li><li>二</li></ul>三</div></section>",
    "<div><script></script><style></style><noscript></noscript></div>",
)
_XPATH_VISIBLE = etree.XPath(
    ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
)


def _shipped_trees() -> list[Any]:
    return [parse_tree(read_html(p.read_bytes()).text) for p in sorted(PAGES_DIR.glob("*.html"))]


def test_visible_text_joins_what_the_xpath_selects() -> None:
    roots = [parse_tree(html) for html in _SCRIPTED] + _shipped_trees()
    assert len(roots) > len(_SCRIPTED)
    scripted = 0
    for root in roots:
        for el in root.iter(etree.Element):
            scripted += next(el.iterdescendants(*clean._UNSEEN), None) is not None
            if len(el) > 200:  # the XPath costs depth times size: real boxes are smaller
                continue
            assert clean._visible_text(el) == "".join(_XPATH_VISIBLE(el)), el.tag
    assert scripted > 10  # boxes with scripts inside were among them


def _reference_metas(elements: list[Any]) -> dict[str, list[str]]:
    """headfields.collect_metas reading each name attribute by itself, the key by a regex."""
    metas: dict[str, list[str]] = {}
    for el in elements:
        content = headfields._WS.sub(" ", str(el.get("content") or "")).strip()
        if not content:
            continue
        for attr in ("name", "property", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                values = metas.setdefault(headfields._KEY_SPACE.sub("", str(key)).lower(), [])
                if len(values) < headfields._MAX_VALUES:
                    values.append(content)
    return metas


# Every name attribute alone, together, empty, spaced, upper-cased, namespaced look-alikes;
# empty and blank contents; one name past the cap on values.
_METAS = (
    '<meta name="Author" content=" 孔 德明 "><meta property="og:title" content="题">'
    '<meta itemprop="datePublished" content="2020-01-01"><meta http-equiv="Content-Language"'
    ' content="zh-CN"><meta name="a" property="b" itemprop="c" http-equiv="d" content="全">'
    '<meta name="" property="og:x" content="空名"><meta name="weibo: article:update_at"'
    ' content="1"><meta name="x" content=""><meta name="y" content="  "><meta og:name="z"'
    ' content="假"><meta NAME="UP" Content="大"><meta name="k\u3000ey" content="宽">'
    + ('<meta property="og:image" content="i">' * 70)
)


def test_meta_names_read_as_each_attribute_alone() -> None:
    roots = [parse_tree(f"<html><head>{_METAS}</head></html>"), *_shipped_trees()]
    for root in roots:
        metas = [el for el in root.iter("meta") if el.get("content") is not None]
        assert headfields.collect_metas(metas) == _reference_metas(metas)


# Furniture by tag, class, id, hidden and style, nested in kept boxes, with scripts.
_BOXES_INSIDE = (
    '<div class="share"><div class="x"><p>一</p><nav>导</nav><span hidden>藏</span>'
    '<div class="footer">脚<script>s</script></div><p style="display:none">无</p>'
    '<div id="comment-list"><p>评</p></div><aside>旁</aside></div><p>二</p></div>'
)


def test_small_boxes_walked_with_depth_give_the_tag_scan() -> None:
    roots = [parse_tree(_BOXES_INSIDE), *_shipped_trees()]
    walked = 0
    for root in roots:
        for el in root.iter(etree.Element):
            if not clean._is_small(el) or clean._deeper(400)(el):
                continue
            walked += 1
            for max_nodes in (1, 3, 200_000):
                expected = clean._tag_scan(el, max_nodes)
                assert clean._scan(el, max_nodes, 400) == expected
                assert clean._walk_scan(el, max_nodes, 400) == expected
    assert walked > 100


def test_small_means_at_most_the_limit_of_nodes() -> None:
    for size in (clean._SMALL_SCAN - 1, clean._SMALL_SCAN, clean._SMALL_SCAN + 1):
        root = parse_tree("<div>" + "<p>段</p>" * (size - 1) + "</div>").find(".//div")
        assert len(list(root.iter())) == size
        assert clean._is_small(root) == (size <= clean._SMALL_SCAN)
