"""The article container (``_html.content``): which elements of an HTML page hold the story.

Small pages shaped like the portals' templates; the assertions read ``Block.in_main``, which
is what the chooser decides (the body finder never takes a block outside the container).
"""

from __future__ import annotations

from newsparse._core.config import Config
from newsparse._html.page import html_to_page

P1 = "英国企业将中国视为重要创新策源地，前沿科技成为中外嘉宾共同关注的焦点。"
P2 = "中国科学院院士赵继宗表示，脑机接口在医疗健康领域的应用前景广阔，未来发展仍需通力协作。"
P3 = "多名与会中外人士普遍认为，跨越国界的科技合作正转化为推动人类发展的持续动能。"
STORY = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
NAV = '<div class="nav"><a href="/">首页</a> <a href="/gn">国内</a> <a href="/gj">国际</a></div>'


def _main(html: str) -> list[str]:
    page = html_to_page(html, encoding=None, config=Config())
    return [block.text for block in page.blocks if block.in_main]


def _teasers(count: int) -> str:
    items = "".join(
        f'<li><a href="/n/{i}.html">第{i}条新闻的标题写在这里</a><p>这是第{i}条新闻的摘要，'
        f"说的是另一件事情。</p></li>"
        for i in range(count)
    )
    return f'<ul class="news">{items}</ul>'


def test_the_story_box_is_chosen_over_navigation_and_footer() -> None:
    html = (
        f"<html><body>{NAV}<h1>全球科创力量聚首中关村</h1>"
        f'<div class="left_zw">{STORY}</div>'
        '<div class="footer"><p>关于我们 | 联系我们 | 版权所有 © 中国新闻网</p></div></body></html>'
    )
    assert _main(html) == [P1, P2, P3]


def test_a_sidebar_of_linked_headlines_stays_outside() -> None:
    side = "".join(
        f'<li><a href="/n/{i}.html">第{i}条相关新闻的标题，同样是中文，也有标点。</a></li>'
        for i in range(8)
    )
    html = f'<body><div class="article">{STORY}</div><div class="side"><ul>{side}</ul></div></body>'
    main = _main(html)
    assert main == [P1, P2, P3]


def test_a_story_split_over_sibling_boxes_is_taken_whole() -> None:
    """Both halves of the story are in; the box of counters between them is not."""
    tail = "。点焦的注关同共宾嘉外中为成技科沿前"
    html = (
        f'<body><div id="wrap"><div class="content"><p>{P1}</p><p>{P2}</p></div>'
        '<div class="box"><span>阅读 1234</span> <span>点赞 56</span></div>'
        f'<div class="content"><p>{P3}</p><p>{tail}</p></div></div></body>'
    )
    assert _main(html) == [P1, P2, P3, tail]


def test_class_hints_decide_between_two_boxes_of_prose() -> None:
    """Readers' comments under a story read like prose too; ``article`` outranks ``list``."""
    comments = "".join(f"<p>网友{i}：{P2}</p>" for i in range(2))
    html = (
        f'<body><div class="comment-list">{comments}</div>'
        f'<div class="article-content"><p>{P1}</p><p>{P3}</p></div></body>'
    )
    assert _main(html) == [P1, P3]


def test_plain_text_in_table_cells_and_brs_is_found() -> None:
    """Old CMS pages: the story is text separated by <br> inside a table cell."""
    html = (
        f"<body><table><tr><td>{NAV}</td></tr>"
        f'<tr><td class="zw">{P1}<br><br>{P2}<br><br>{P3}</td></tr></table></body>'
    )
    main = "".join(_main(html))
    assert P1 in main and P2 in main and P3 in main
    assert "国际" not in main


def test_a_list_page_has_no_article_container() -> None:
    """A section page of linked headlines with snippets is a listing, not a story."""
    html = f'<body>{NAV}<div class="content">{_teasers(8)}</div></body>'
    assert _main(html) == []


def test_a_page_without_prose_has_no_container() -> None:
    html = f"<body>{NAV}<div><a href='/a'>登录</a> <a href='/b'>注册</a></div></body>"
    assert _main(html) == []
    assert _main("") == []
