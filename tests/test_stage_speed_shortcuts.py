"""The labelling stages' shortcuts give what the walks they replace give.

Each stage below lists the few blocks a loop must read before reading them, or does in C
what a Python loop did; every test here runs the loop as first written beside it, on the
seed pages, the hand-written HTML pages and made-up pages meant to hit each rule.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from collections import Counter
from collections.abc import Iterator

import pytest
from _helpers import page_labels, page_text, seed_paths
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.blocks import Block, Label, Page
from newsparse._core.config import Config
from newsparse._core.memo import forget_lines
from newsparse._extract import (
    body_run,
    captions,
    facts,
    furniture,
    listing,
    listing_reader,
    stages,
    years,
)
from newsparse._extract import weights as W
from newsparse._extract.features import has_full_date, text_weight
from newsparse._extract.text import text_to_page
from newsparse._html.page import html_to_page

_CONFIG = Config()
_TZ = "Asia/Shanghai"

# Made-up lines meant to hit the listing, header and notice rules.
_TEASERS = """新闻标题
首页 新闻 财经
金融委最新定调：稳增长
人民日报· 2025-06-14 21:57
央行表示将继续实施稳健的货币政策，保持流动性合理充裕。
外资加速布局中国市场
新华网 2025-06-13 10:20
多家跨国企业宣布扩大在华投资，看好中国经济长期向好。
廉署推廉潔鄉郊選舉 2014-11-13 (17:13)
監警會報告出爐 2014-11-12 (12:00)
港珠澳大橋通車在即 2014-11-11 (09:30)
一條不在日期上的橫線 2014-11-10
发布时间：2025-03-31 10:20 来源：新华网
本站所有内容版权所有，未经许可不得转载。
请勿发布违法信息
网友发言请遵守相关法律法规，违者自负法律责任。
关键词：两会 经济 民生
标签：科技 创新"""


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in seed_paths()]


def _pages() -> Iterator[Page]:
    """Fresh pages: the seeds and the made-up lines flattened, the hand-written pages as
    HTML."""
    for text in [*_seed_texts(), _TEASERS, _TEASERS * 3]:
        yield text_to_page(text, config=_CONFIG)
    for label in page_labels():
        yield html_to_page(page_text(label), encoding=None, config=_CONFIG, url=None)
    # The made-up lines as an HTML page's blocks outside its article container (not weighed
    # up front: the body run breaks at them).
    outside = text_to_page(_TEASERS, config=_CONFIG).blocks
    for block in outside:
        block.in_main = False
    yield Page(blocks=outside, is_html=True)


def _labelled(page: Page, upto: str) -> stages.Context:
    """``page`` labelled by the stages before ``upto``."""
    ctx = stages.Context(page, _TZ, None, _CONFIG)
    for name, stage in stages.STAGES:
        if name == upto:
            break
        ctx.stage = name
        stage(ctx)
    return ctx


# --- listing -----------------------------------------------------------------------------


def _text_hits_walked(r: listing._Reader, title: str) -> list[listing.ListingHit]:
    # listing._text_hits as first written: every block tried in turn.
    blocks, linked = r.blocks, r.linked
    hits: list[listing.ListingHit] = []
    used: set[int] = set()
    for i in range(1, len(blocks)):
        head = blocks[i - 1]
        if i in used or i - 1 in used or head.label is not Label.UNLABELLED:
            continue
        if head.tag == "title" or linked[i] or not listing_reader.may_write_year(blocks[i].text):
            continue
        if listing._own_headline(head.text, title) or not listing._headline(r, i - 1):
            continue
        hit = listing._meta_hit(r, i) or listing._tail_hit(r, i)
        if hit is not None and not used & set(hit.indexes):
            hits.append(hit)
            used.update(hit.indexes)
    return hits


def _dated_hits_walked(r: listing._Reader) -> list[listing.ListingHit]:
    # listing._dated_hits as first written: every block (and a sentinel) tried in turn.
    blocks = r.blocks
    hits: list[listing.ListingHit] = []
    run: list[tuple[int, str, listing.DateMatch]] = []
    for idx, block in enumerate([*blocks, Block("")]):
        found = None
        last = block.text.rstrip()[-1:]
        ends = last.isdecimal() or last in listing._DATED_HEADLINE_ENDS
        match = listing._DATED_HEADLINE.match(block.text) if ends else None
        if match and block.label is Label.UNLABELLED and listing.han_count(match.group(1)) >= 4:
            found = r.full(listing_reader._GLUED_STAMP.sub(r"\1 \2", match.group(2)))
        if found is not None and found.value is not None and match is not None:
            run.append((idx, match.group(1).strip(listing._SEPARATORS), found))
            continue
        if len(run) >= listing._MIN_LINK_RUN:
            for i, head, date in run:
                item = listing.ListingItem(head, None, date.value, None, blocks[i].url)
                hits.append(listing.ListingHit(item, (i,)))
        run = []
    return hits


def test_teaser_finders_read_the_blocks_the_walks_read() -> None:
    found = dated = 0
    for page in _pages():
        ctx = _labelled(page, "teasers")
        for reference in (None, _dt.datetime(2025, 6, 15)):
            r = listing._Reader(page.blocks, _TZ, reference, ctx.weights)
            for title in ("", "金融委最新定调：稳增长", page.blocks[0].text if page.blocks else ""):
                hits = listing._text_hits(r, title)
                assert hits == _text_hits_walked(r, title)
                found += len(hits)
            hits = listing._dated_hits(r)
            assert hits == _dated_hits_walked(r)
            dated += len(hits)
        forget_lines()
    assert found and dated  # the made-up page has both kinds


def test_the_listing_reader_weighs_blocks_as_text_weight() -> None:
    for page in _pages():
        weights = [text_weight(b.text) for b in page.blocks]
        ctx = _labelled(page, "teasers")
        shared = ctx.weights
        assert all(w is None or w == weights[i] for i, w in enumerate(shared))
        # Every block the body run scores by weight (unlabelled, in the container) is weighed.
        scored = [i for i, b in enumerate(page.blocks) if b.label is Label.UNLABELLED and b.in_main]
        assert all(shared[i] is not None for i in scored)
        r = listing._Reader(page.blocks, _TZ, None, shared)
        assert [r.weight(i) for i in range(len(page.blocks))] == weights
        for run in [(0, len(weights)), (1, max(1, len(weights) // 2)), None]:
            fresh = listing.weigh_blocks(page.blocks)
            total = sum(weights[run[0] : run[1]]) if run else 0
            assert body_run._weight(page, fresh, run) == total
        forget_lines()


def _find_listing_walked(r: listing._Reader, own: str, is_html: bool) -> list[listing.ListingHit]:
    # listing.find_listing as first written: every finder run, links or not.
    hits: list[listing.ListingHit] = []
    if is_html:
        listing._add(hits, listing._heading_hits(r, own))
        listing._add(hits, listing._more_hits(r.blocks))
    texts = listing._text_hits(r, own)
    listing._add(hits, texts if len(texts) >= listing.MIN_ITEMS else [])
    listing._add(hits, listing._dated_hits(r))
    if is_html:
        listing._add(hits, listing._link_hits(r))
        listing._add(hits, listing._record_hits(r))
    hits.sort(key=lambda h: h.indexes[0])
    return hits


def _sibling_page(count: int) -> Page:
    story = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"
    html = "".join(f"<p>第{i}段。{story}</p>" for i in range(count))
    html = f"<html><head><title>新闻标题</title></head><body>{html}</body></html>"
    return html_to_page(html, encoding=None, config=_CONFIG, url=None)


def _read_more_page() -> Page:
    # Teasers of a headline line and a snippet ending in its read-more link.
    snippet = "多家跨国企业宣布扩大在华投资，看好中国经济长期向好，将继续加码布局 详情>>"
    blocks = []
    for head in ("外资加速布局中国市场", "央行继续实施稳健政策", "两会代表热议民生话题"):
        blocks += [Block(head), Block(snippet, link_density=0.1, url="https://a.cn/1")]
    return Page(blocks=blocks, is_html=True)


def test_the_finders_of_links_are_skipped_only_where_they_find_nothing() -> None:
    found = 0
    for page in [*_pages(), _sibling_page(40), _read_more_page()]:
        ctx = _labelled(page, "teasers")
        blocks = page.blocks
        for own in ("", "金融委最新定调：稳增长"):
            html = page.is_html
            got = listing.find_listing(blocks, tz=_TZ, reference=None, is_html=html, title=own)
            r = listing._Reader(blocks, _TZ, None, ctx.weights)
            assert got == _find_listing_walked(r, own, page.is_html)
            found += sum(len(h.indexes) > 0 and blocks[h.indexes[0]].url is not None for h in got)
        forget_lines()
    assert found  # the hand-written pages have linked teasers
    more = _read_more_page()
    assert len(listing._more_hits(more.blocks)) == 3


_Row = tuple[str, float, bool, str]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["p", "h", "li"]),
            st.sampled_from([0.0, 0.2, 0.6, 1.0]),
            st.booleans(),
            st.sampled_from(["外资加速布局中国市场的最新消息", "2025-06-13 10:20", "更多>>", "短"]),
        ),
        max_size=16,
    )
)
def test_a_page_without_links_has_no_linked_teasers(rows: list[_Row]) -> None:
    blocks = [
        Block(text, tag=tag, link_density=density, url="https://a.cn/1" if url else None)
        for tag, density, url, text in rows
    ]
    r = listing._Reader(blocks, _TZ, None)
    if True not in r.linked:
        assert listing._heading_hits(r, "") == []
        assert listing._link_hits(r) == []
        assert listing._record_hits(r) == []
    got = listing.find_listing(blocks, tz=_TZ, reference=None, is_html=True, title="")
    assert got == _find_listing_walked(r, "", True)
    forget_lines()


# --- furniture ---------------------------------------------------------------------------


_TAG_ALPHABET = "".join(sorted(furniture._TAG_FIRSTS)) + " \u3000\t标签关键字新闻：:a1"


@given(st.text(alphabet=st.sampled_from(_TAG_ALPHABET), max_size=8))
def test_a_tag_line_opens_with_a_labels_first_character_or_a_space(text: str) -> None:
    # mark_furniture tries the tag-line pattern only on lines that open so.
    opens = text[:1] in furniture._TAG_FIRSTS or text[:1].isspace()
    assert furniture._TAG_LINE_FIRST.match(text) is None or opens


def _mark_furniture_walked(ctx: stages.Context) -> None:
    # furniture.mark_furniture as first written: every block tried in turn.
    for i, block in enumerate(ctx.blocks):
        reason = furniture.is_boilerplate(block.text)
        if reason == "notice" and furniture.notice_tail(block.text) is not None:
            continue
        if reason and not furniture.is_metadata_line(block.text):
            ctx.label(i, Label.NOTICE if reason == "notice" else Label.FURNITURE, reason)
        elif furniture._TAG_LINE_FIRST.match(block.text) and furniture.tag_line(block.text):
            ctx.label(i, Label.FURNITURE, "tags")
    for i, block in enumerate(ctx.blocks):
        if block.label is Label.UNLABELLED:
            kind = furniture.notice_kind(block.text)
            if kind and furniture.notice_tail(block.text) is None:
                ctx.label(i, Label.NOTICE, kind)
    for start, end in furniture.ranked_runs([b.text for b in ctx.blocks]):
        for i in range(start, end):
            ctx.label(i, Label.FURNITURE, "ranking")
    blocks = ctx.blocks
    for i in range(1, len(blocks) - 1):
        before, block, after = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            before.label is Label.NOTICE
            and block.label is Label.UNLABELLED
            and len(block.text) <= furniture._RUN_MEMBER_MAX
            and after.label is Label.NOTICE
            and before.rule == after.rule
            and before.rule in furniture.NOTICE_KIND_NAMES
            and furniture.notice_voice(block.text)
        ):
            ctx.label(i, Label.NOTICE, f"{before.rule}, between two")


def _labels(page: Page) -> list[tuple[Label, str]]:
    return [(b.label, b.rule) for b in page.blocks]


def test_furniture_labels_the_blocks_the_walk_labels() -> None:
    # Notice runs: a line in the notices' voice between two notices of one kind, alone and
    # in a row (the loop's own labels make no further candidates).
    rules = "网友发言请遵守相关法律法规，违者自负法律责任。"
    voice = "请勿发布违法信息"
    made = "\n".join([rules, voice, rules, voice, voice, rules, voice, rules])
    # Blocks as a page could make them unstripped: a tag list after a space.
    spaced = ["\u3000关键词：两会 经济 民生", " 标签：科技 创新", "正文。", "\t标签：科技"]
    labelled = 0
    for text in [*_seed_texts(), _TEASERS, made, "\n".join(spaced)]:
        pages = (text_to_page(text, config=_CONFIG), text_to_page(text, config=_CONFIG))
        if text.startswith("\u3000"):
            pages = (Page(blocks=list(map(Block, spaced))), Page(blocks=list(map(Block, spaced))))
        furniture.mark_furniture(stages.Context(pages[0], _TZ, None, _CONFIG))
        _mark_furniture_walked(stages.Context(pages[1], _TZ, None, _CONFIG))
        assert _labels(pages[0]) == _labels(pages[1])
        labelled += sum(b.rule.endswith("between two") for b in pages[0].blocks)
        forget_lines()
    assert labelled  # the made-up page has notice runs
    assert [b.rule for b in pages[0].blocks] == ["tags", "tags", "", "tags"]


# --- header ------------------------------------------------------------------------------


def _time_lines_walked(ctx: stages.Context) -> Iterator[int]:
    # facts._time_lines as first written: every block tried in each pass.
    blocks = ctx.blocks
    for i, block in enumerate(blocks):
        if block.label is Label.TITLE and block.tag != "title":
            for j in range(i + 1, min(i + 1 + facts._UNDER_HEADLINE, len(blocks))):
                text = blocks[j].text
                free = blocks[j].label in facts._READABLE or facts._stamp_taken(
                    blocks[j].label, text
                )
                if free and len(text) <= facts._TIME_LINE_MAX * 2 and has_full_date(text):
                    yield j
    for i, block in enumerate(blocks):
        text = block.text
        if block.label is not Label.UNLABELLED or len(text) > facts._TIME_LINE_MAX * 2:
            continue
        if facts._PUBLISH_LABEL.match(text) and has_full_date(text):
            yield i
    for i, block in enumerate(blocks):
        if block.label is Label.TITLE and block.tag != "title":
            for j in range(i - 1, max(-1, i - 1 - facts._ABOVE_HEADLINE), -1):
                text = blocks[j].text
                stamp = facts._mostly_date(text) and facts._CLOCK.search(text) is not None
                if blocks[j].label is Label.UNLABELLED and stamp and has_full_date(text):
                    yield j
                    break


def test_time_lines_are_the_walks() -> None:
    seen = 0
    for page in _pages():
        ctx = _labelled(page, "header")
        lines = list(facts._time_lines(ctx))
        assert lines == list(_time_lines_walked(ctx))
        seen += len(lines)
        forget_lines()
    assert seen


def test_a_header_line_read_again_is_read_alike() -> None:
    for text in _seed_texts():
        for line in text.splitlines()[:40]:
            for reference in (None, _dt.datetime(2025, 3, 31)):
                args = {"tz": _TZ, "reference": reference, "prefer": "past"}
                first = facts._read_line(line, **args)
                assert facts._read_line(line, **args) == first
                assert facts.read_header_line(line, **args) == first
    forget_lines()


# --- text pages --------------------------------------------------------------------------


def _text_to_page_walked(text: str, config: Config) -> Page:
    # text.text_to_page as first written: one pattern for every line break, a loop over
    # the lines.
    from newsparse._chinese.script import normalize
    from newsparse._core.limits import cut_to_bytes

    text, truncated = cut_to_bytes(text, config.max_input_bytes)
    text = normalize(re.sub(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", "\n", text), config)
    blocks = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) > config.max_line_chars:
            line = line[: config.max_line_chars]
            truncated = True
        blocks.append(Block(line))
    return Page(blocks=blocks, truncated=truncated)


@pytest.mark.parametrize("most", [3, 12, 100_000])
def test_text_pages_are_split_as_by_the_loop(most: int) -> None:
    config = Config(max_line_chars=most)
    rng = random.Random(most)
    texts = [*_seed_texts(), _TEASERS, "", " \n\r\n\u3000 \n", "一二三四五六七八九十 \n短"]
    texts += ["".join(rng.choice("新闻 \n\r\t，。ab") for _ in range(200)) for _ in range(30)]
    for text in texts:
        assert text_to_page(text, config=config) == _text_to_page_walked(text, config)


@given(st.text(alphabet="新闻 \n\r\t\x0b\x0c\x1c\x1e\x1f\x85\u2028\u2029", max_size=40))
def test_line_breaks_are_written_as_by_the_one_pattern(text: str) -> None:
    # _unix_breaks: "\r\n" by str.replace, then a class, for the one alternation.
    from newsparse._extract.text import _unix_breaks

    expected = re.sub(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", "\n", text)
    assert _unix_breaks(text) == expected


def test_weights_threshold_is_the_headline_rules() -> None:
    # _text_hits lists heads by the weight test of _headline: both read PROSE_LINE.
    blocks = [Block("短"), Block("一" * W.PROSE_LINE), Block("一" * (W.PROSE_LINE + 1))]
    r = listing._Reader(blocks, _TZ, None)
    assert [listing._headline(r, i) for i in range(3)] == [False, True, False]


# --- captions ----------------------------------------------------------------------------

_CREDIT_PIECES = [
    "（", "(", "）", ")", "。", ".", "！", " ", "\u3000", "記者", "记者", "王小明", "攝", "摄",
    "提供", "供图", "資料", "资料", "照", "圖", "图", "片", "／", "美聯社", "新华社", "路透",
    "路透社", "視覺中國", "东方IC", "Getty Images", "AP", "AFP", "Reuters", "EPA", "故宫博物院",
    "傳真", "截图", "翻攝", "取自", "X", "1",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=8))
def test_a_picture_credit_ends_its_line_with_one_of_the_credit_ends(pieces: list[str]) -> None:
    # _line_rule looks for a credit only in lines that end so.
    text = "".join(pieces)
    assert captions._CREDIT.search(text) is None or text.rstrip()[-1:] in captions._credit_ends()


def test_credit_ends_are_read_from_the_patterns() -> None:
    ends = captions._credit_ends()
    assert isinstance(ends, frozenset)
    assert {")", "）", "摄", "攝", "社", "图", "圖", "照", "片", "料", "P", "s"} <= ends
    assert not ends & set("。，、的了是 ")  # prose does not end in them: the gate skips it
    lines = [line.strip() for text in _seed_texts() for line in text.splitlines()]
    lines += [
        "▲政府擬將18%調降為9%。(圖／東森新聞提供)",
        "薛夫洛根（右）和占士法蘭高。美聯社 ",
        "共享充电宝。视觉中国 资料图片",
        "…拍照留念。新华社记者 才扬 摄",
        "故宫博物院供图",
    ]
    hits = 0
    for line in lines:
        whole = captions.found(captions._CREDIT, captions._CREDIT_FIRST, line)
        assert whole == (line.rstrip()[-1:] in ends and whole)
        hits += whole
    assert hits >= 5


# --- years -------------------------------------------------------------------------------


def _mentioned_year(paragraphs: list[str]) -> int | None:
    # infer_year's last resort as first written: each paragraph scanned in turn.
    mentioned = Counter(
        int(m.group(1)) for p in paragraphs for m in years._YEAR_MENTION.finditer(p)
    )
    if not mentioned:
        return None
    year = min(mentioned, key=lambda y: (-mentioned[y], y))
    return year if mentioned[year] >= years._MENTIONS or len(mentioned) == 1 else None


_YEAR_PIECES = ["2023年", "2024年", "1", "-", "年", "\n"]


@given(st.lists(st.lists(st.sampled_from(_YEAR_PIECES), max_size=6).map("".join), max_size=5))
def test_year_mentions_in_joined_paragraphs_are_each_paragraphs(paragraphs: list[str]) -> None:
    # infer_year scans the paragraphs joined by line breaks, not one by one.
    assert years.infer_year(3, 31, [], paragraphs, None) == _mentioned_year(paragraphs)
    # A digit closing one paragraph does not stand before the next one's year.
    texts = ["2024年", "1", "2023年", "2023年"]
    assert years.infer_year(3, 31, [], texts, None) == _mentioned_year(texts) == 2023
