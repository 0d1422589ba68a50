"""The emit walk's tallies, its caption test and choose_main's summed votes give the answers
of the longer paths they replace."""

from __future__ import annotations

from typing import Any

import pytest
from _helpers import shared_html_files, slice_html

from newsparse._core.blocks import Block
from newsparse._core.config import Config
from newsparse._html import content, emit
from newsparse._html.clean import clean_tree
from newsparse._html.dom import parse_tree
from newsparse._html.page import _as_text, _normalized, _to_blocks

_P = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"
# Hand-written pages for every branch: links around text and tails, captions by class and
# by id (with a class), a caption box holding blocks, list items, a heading written as a
# paragraph, runs of paragraphs in one box, voters in sibling and nested boxes.
_HANDMADE = [
    "<html><body>" + "".join(f"<p>第{i}段。{_P}</p>" for i in range(40)) + "</body></html>",
    '<html><body><div class="main"><p>一段，<a href="/a">链接文字</a>尾巴，还有。</p>'
    '<figure><img src="a.jpg"><figcaption>图为现场。</figcaption></figure>'
    '<p class="pic-txt">说明文字</p><div class="x" id="img-caption"><p>图注，在此。</p>'
    "<div>内层，块。</div></div><ul><li>列表<div>项目，内容。</div></li></ul>"
    f"<h2>{_P * 2}</h2></div>"
    '<div class="side"><a href="/1">一</a><a href="/2">二</a><p>侧栏，短句。</p></div>'
    "<section><div><p>" + _P + "</p></div><p>" + _P + "</p></section>"
    "<p>外面，<b>粗体<i>斜体</i></b>文字。</p></body></html>",
    '<html><body><div><span class="imgtext">图片<a href="#">说明</a></span>后文，接着。'
    "<br>换行，之后。<hr>分隔线后。</div>"
    + "".join(f"<div><p>{_P}</p><p>{_P}{i}</p></div>" for i in range(5))
    + "</body></html>",
    # Space alone before a block's text, inside and outside links, before pictures.
    '<html><body>\n <div>\n <a href="/x"> \n</a>文字</div>\n<p> <img src="a.jpg"> </p>'
    '<p>\t<a href="/y">\u3000</a></p> <div> <br> 后面</div><a href="/z"> <b> </b></a>'
    "<div> <span> </span> 正文，在此。 </div>\n</body></html>",
]


def cleaned_roots(handmade: list[str], pages: list[Any]) -> list[Any]:
    """The trees the front end walks: handmade markup, then pages (str or bytes), cleaned."""
    config = Config()
    roots = [parse_tree(text) for text in handmade]
    roots += [parse_tree(_as_text(page, None, config)[0]) for page in pages]
    for root in roots:
        clean_tree(root, max_nodes=config.max_nodes, max_depth=config.max_depth)
    return roots


def _roots() -> list[Any]:
    pages = [page for _, page in slice_html()]
    pages += [path.read_bytes() for path in shared_html_files()[:40]]
    return cleaned_roots(_HANDMADE, pages)


@pytest.fixture(scope="module")
def roots() -> list[Any]:
    return _roots()


def _climbed(blocks: list[emit.RawBlock]) -> dict[Any, tuple[int, int]]:
    """Characters and link characters per element, climbing from every block's owner."""
    sums: dict[Any, tuple[int, int]] = {}
    for block in blocks:
        node = block.owner
        while node is not None:
            chars, links = sums.get(node, (0, 0))
            sums[node] = (chars + block.chars, links + block.link_chars)
            node = node.getparent()
    return sums


def _unpacked(tallies: dict[Any, int]) -> dict[Any, tuple[int, int]]:
    return {el: emit.unpack(tally) for el, tally in tallies.items()}


def test_walk_tallies_are_the_climbed_sums(roots: list[Any]) -> None:
    for root in roots:
        blocks, tallies = emit.emit_tallied(root, 20_000)
        assert tallies is not None
        climbed = _climbed(blocks)
        assert _unpacked(tallies) == climbed
        assert _unpacked(content._tally_density(blocks)) == climbed


class _State:
    """The block being filled (the walk as it was before its loop was written out)."""

    def __init__(self, root: Any) -> None:
        self.blocks: list[emit.RawBlock] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.url: str | None = None
        self.owners: list[Any] = [root]
        self.kinds: list[str] = ["p"]
        self.image = False

    def flush(self, max_chars: int) -> None:
        if self.parts:
            text = " ".join("".join(self.parts).split())
            cut = len(text) > max_chars
            text = text[:max_chars]
            if text:
                chars = len(text) - text.count(" ")
                links = min(self.link_chars, chars)
                owner, kind = self.owners[-1], self.kinds[-1]
                block = emit.RawBlock(text, kind, owner, chars, links, self.url, cut, self.image)
                self.blocks.append(block)
                self.image = False
        self.parts.clear()
        self.link_chars = 0
        self.url = None


def _reference_emit(root: Any, max_chars: int) -> list[emit.RawBlock]:
    """Every text kept, every element's class read, every block flushed by a method."""
    state = _State(root)
    owners, kinds, parts = state.owners, state.kinds, state.parts
    anchors: list[Any] = []
    hrefs: list[str | None] = []
    open_: list[Any] = []

    def linked(text: str) -> None:
        state.link_chars += len("".join(text.split()))
        if state.url is None and hrefs:
            state.url = hrefs[-1]

    for el in [*root.iter(), None]:
        parent = None if el is None else el.getparent()
        while open_ and open_[-1] is not parent:
            closed = open_.pop()
            if owners[-1] is closed:
                state.flush(max_chars)
                if len(owners) > 1:
                    owners.pop()
                    kinds.pop()
            elif anchors and anchors[-1] is closed:
                anchors.pop()
                hrefs.pop()
            if closed.tail:
                parts.append(closed.tail)
                if anchors:
                    linked(closed.tail)
        if el is None:
            break
        tag = el.tag
        if not isinstance(tag, str):
            continue
        open_.append(el)
        if tag in emit.BLOCK_TAGS or emit._is_caption(el):
            state.flush(max_chars)
            if tag != "br" and tag != "hr":
                owners.append(el)
                outer = kinds[-1]
                kind = "caption" if outer == "caption" else emit.TAG_KIND.get(tag)
                kinds.append(kind or emit._kind(el, tag, outer, True))
        elif tag == "a":
            anchors.append(el)
            hrefs.append(emit._href(el))
        elif tag == "img" and emit._is_picture(el) and not "".join(parts).strip():
            state.image = True
        if el.text:
            parts.append(el.text)
            if anchors:
                linked(el.text)
    state.flush(max_chars)
    return state.blocks


def test_the_walk_makes_the_blocks_of_the_plain_walk(roots: list[Any]) -> None:
    for root in roots:
        for max_chars in (20_000, 12):
            fast = emit.emit_blocks(root, base_url=None, max_chars=max_chars)
            assert fast == _reference_emit(root, max_chars)


def test_a_subtree_walk_leaves_the_tallies_to_choose_main() -> None:
    root = parse_tree(f"<div><section><p>{_P}</p></section>尾巴</div>")
    section = root.find(".//section")
    blocks, tallies = emit.emit_tallied(section, 99)
    assert tallies is None
    assert [b.text for b in blocks] == [_P[:99], "尾巴"]  # its tail is read as a block too
    assert _unpacked(content._tally_density(blocks)) == _climbed(blocks)


def test_pages_without_caption_names_skip_the_class_test(roots: list[Any]) -> None:
    names_caption = 0
    for root in roots:
        fast = emit.emit_blocks(root, base_url=None, max_chars=20_000)
        original = emit._may_caption
        emit._may_caption = lambda root: True  # every element's class read
        try:
            slow = emit.emit_blocks(root, base_url=None, max_chars=20_000)
        finally:
            emit._may_caption = original
        assert [(b.text, b.kind, b.owner) for b in fast] == [
            (b.text, b.kind, b.owner) for b in slow
        ]
        names_caption += any(emit._is_caption(el) for el in root.iter())
    assert names_caption >= 2  # the test pages hold captions named by class and by id


def _reference_votes(blocks: list[emit.RawBlock]) -> tuple[dict[Any, float], dict[Any, int]]:
    """choose_main's votes stored block by block, climbing from each block's container."""
    scores: dict[Any, float] = {}
    puncts: dict[Any, int] = {}
    for block in blocks:
        weight, punct = content._weight(block)
        if weight <= 0.0:
            continue
        node = content._container_of(block.owner)
        for share in content._SHARES:
            if node is None:
                break
            scores[node] = scores.get(node, 0.0) + weight * share
            puncts[node] = puncts.get(node, 0) + punct
            node = node.getparent()
    return scores, puncts


def test_summed_votes_are_the_votes_stored_one_by_one(roots: list[Any]) -> None:
    for root in roots:
        blocks = emit.emit_blocks(root, base_url=None, max_chars=20_000)
        scores, puncts = content._votes(blocks)
        expected_scores, expected_puncts = _reference_votes(blocks)
        # The same floats (not merely close), and the same order: the first best one wins.
        assert list(scores.items()) == list(expected_scores.items())
        assert puncts == expected_puncts


def _reference_to_blocks(
    raw: list[emit.RawBlock], main: set[Any], raw_title: str | None, config: Config
) -> list[Block]:
    """Blocks built from a tuple per block, every density divided and rounded."""
    items: list[tuple[str, str, float, bool, str | None, bool]] = []
    if raw_title:
        items.append((raw_title, "title", 0.0, False, None, False))
    for block in raw:
        density = block.link_chars / block.chars if block.chars else 0.0
        inside = any(block.owner is el or el in block.owner.iterancestors() for el in main)
        items.append((block.text, block.kind, round(density, 3), inside, block.url,
                      block.after_image))  # fmt: skip
    texts = _normalized([item[0] for item in items], config)
    return [Block(text, *item[1:]) for text, item in zip(texts, items, strict=True) if text]


def test_blocks_are_the_blocks_built_one_tuple_at_a_time(roots: list[Any]) -> None:
    config = Config()
    for root in roots:
        raw, tallies = emit.emit_tallied(root, 20_000)
        main = content.choose_main(raw, tallies)
        for title in (None, "标题", " "):
            assert _to_blocks(raw, main, title, config) == _reference_to_blocks(
                raw, main, title, config
            )
