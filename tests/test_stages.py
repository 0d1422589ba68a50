"""The labelling stages (``_extract.stages``) on small pages: which run of blocks is the
story, and which lines around it are read for the header (dates, sources, credits) and the
tail.

Pages are built the way the pipeline hands them over: one block per line, and (HTML)
``in_main`` set by the container chooser. Furniture and teasers are recognised by the stages
themselves from what the lines say, as on a real page.
"""

from __future__ import annotations

from newsparse._core.blocks import Block, Label, Page, PageMeta
from newsparse._core.config import Config
from newsparse._extract.stages import STAGES, Context, label_page

P1 = "英国企业将中国视为重要创新策源地，前沿科技成为中外嘉宾共同关注的焦点。"
P2 = "中国科学院院士赵继宗表示，脑机接口在医疗健康领域的应用前景广阔，未来发展仍需通力协作。"
P3 = "多名与会中外人士普遍认为，跨越国界的科技合作正转化为推动人类发展的持续动能。"
OTHER = "另一篇报道的导语写得很长，讲的是完全不同的事情，它出现在页面的侧栏里，读者不会把它当正文。"


def _page(*blocks: Block, is_html: bool = False, title: str | None = None) -> Page:
    return Page(blocks=list(blocks), meta=PageMeta(title=title), is_html=is_html)


def classify(page: Page) -> Context:
    return label_page(page, tz="Asia/Shanghai", reference=None, config=Config())


def _body(page: Page) -> list[str]:
    return [page.blocks[i].text for i in classify(page).body]


def test_the_stages_run_in_the_documented_order() -> None:
    assert [name for name, _ in STAGES] == [
        "furniture", "headline", "captions", "teasers", "body", "headline_above_body", "header",
    ]  # fmt: skip


def test_the_prose_run_is_the_body_with_header_above_and_tail_below() -> None:
    page = _page(
        Block("首页 > 国内新闻 > 正文"),
        Block("全球科创力量聚首中关村", tag="h"),
        Block("2025-03-31 09:00 来源:中国新闻网"),
        Block(P1),
        Block(P2),
        Block(P3),
        Block("责任编辑：张三"),
        Block("返回顶部"),
    )
    layout = classify(page)
    assert [page.blocks[i].text for i in layout.body] == [P1, P2, P3]
    assert all(page.blocks[i].label is Label.BODY for i in layout.body)
    # Furniture and the headline are never handed to the header or tail readers; the lines
    # around the body are.
    assert page.blocks[1].label is Label.TITLE
    assert [page.blocks[i].text for i in layout.above] == ["2025-03-31 09:00 来源:中国新闻网"]
    assert [page.blocks[i].text for i in layout.below] == ["责任编辑：张三"]


def test_one_stray_promotion_does_not_cut_a_story_in_two() -> None:
    page = _page(
        Block(P1),
        Block(P2),
        Block("海量资讯、精准解读,尽在新浪财经APP"),
        Block(P3),
    )
    assert _body(page) == [P1, P2, P3]
    assert page.blocks[2].label is not Label.BODY  # inside the run, but not body


def test_a_run_of_menu_lines_separates_a_flattened_page_into_two_stories() -> None:
    """Text pages: more than three short labels in a row end the story; the longer side wins."""
    menu = [Block(word) for word in ("新闻", "体育", "财经", "娱乐", "科技")]
    page = _page(Block(OTHER), *menu, Block(P1), Block(P2), Block(P3))
    assert _body(page) == [P1, P2, P3]


def test_the_tag_list_after_a_flattened_story_is_not_its_last_paragraph() -> None:
    """chinatimes (text mode): "關鍵字：北銀、富邦、重估、資產重估" under the last paragraph
    was kept as body; Article.tags reads it, the body leaves it out."""
    tags = "關鍵字：北銀、富邦、重估、資產重估"
    page = _page(Block(P1), Block(P2), Block(P3), Block(tags), Block("分享："))
    assert _body(page) == [P1, P2, P3]
    assert page.blocks[3].label is Label.FURNITURE


def test_sub_headings_between_paragraphs_stay_inside_the_story() -> None:
    page = _page(Block(P1), Block("前沿科技"), Block(P2), Block("合作共赢"), Block(P3))
    assert _body(page) == [P1, "前沿科技", P2, "合作共赢", P3]


def test_html_blocks_outside_the_article_container_are_never_body() -> None:
    page = _page(
        Block(P1),
        Block(P2),
        Block(OTHER, in_main=False),  # a sidebar story: prose, but outside the container
        Block(P3),
        is_html=True,
    )
    assert _body(page) == [P1, P2]


def test_one_inline_link_is_crossed_but_a_teaser_list_ends_the_body() -> None:
    # A single linked headline between paragraphs is an inline related link: the story
    # grows across it, without taking it in.
    inline = Block("五大赛道150个项目精彩对决", link_density=1.0)
    page = _page(Block(P1), inline, Block(P2), Block(P3), is_html=True)
    assert _body(page) == [P1, P2, P3]
    assert inline.label is not Label.BODY
    # A block that is mostly link text (a related story's headline and lead) costs as much
    # as furniture: the story does not run on into it.
    linked = _page(Block(P1), Block(P2), Block(P3), Block(OTHER, link_density=0.9), is_html=True)
    assert _body(linked) == [P1, P2, P3]


def test_a_header_line_and_the_headline_are_not_body() -> None:
    meta_line = "发布时间：2025年3月31日 09:00 来源：中国新闻网 作者：苏婧欣 责任编辑：赵婧姝"
    page = _page(
        Block("全球科创力量聚首中关村", tag="h"),
        Block(meta_line),
        Block(P1),
        title="全球科创力量聚首中关村",
    )
    assert _body(page) == [P1]
    assert page.blocks[0].label is Label.TITLE


def test_a_page_without_prose_has_no_body_and_its_first_lines_as_header() -> None:
    lines = [f"栏目{i}" for i in range(12)]
    page = _page(*[Block(line) for line in lines])
    layout = classify(page)
    assert layout.body == () and layout.below == ()


def test_empty_page() -> None:
    for page in (_page(), _page(is_html=True)):
        layout = classify(page)
        assert layout.body == () and layout.above == () and layout.below == ()
