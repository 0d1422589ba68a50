"""The furniture stage's shortcuts (round t) give what the paths they skip give.

Each test runs the path as it was before the shortcut beside it, on made-up lines meant to
reach the edges (the length SHORT_LINE_MAX, the marks of the phrases kept apart, a STRONG
phrase once and twice in a long line) and on the real lines of the seeds and the shipped
pages.
"""

from __future__ import annotations

import pytest
from _helpers import seed_html, seed_paths, shipped_lines
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.blocks import NOTICE, UNLABELLED
from newsparse._core.config import Config
from newsparse._core.memo import forget_lines
from newsparse._extract import features, furniture, stages
from newsparse._extract.text import text_to_page
from newsparse._html.page import html_to_page

_PROSE = "今天天气很好，我们去公园散步，回来以后网友纷纷分享照片，评论说2014-12-11的活动很精彩。"
_NOTICE = "版权所有，未经授权不得转载"
_MADE_UP = [
    "",
    "回",
    "首页",
    "分享到",
    "网友评论",
    "更多>",
    "1 / 12",
    "首页 > 新闻 > 国内",
    "新闻",
    "新闻" + " " * 30,
    "-" * 40,
    "—" * 30,
    "x" * 24,
    "x" * 25,
    "回到顶部" + "x" * 20,
    "回到顶部" + "x" * 21,
    "分享" + "。" * 22,
    "分享" + "。" * 23,
    _PROSE,
    _PROSE * 3,
    "三峡能源 4.26 -0.47%",
    "三峡能源股份 1234.26 -10.47%",
    "新能源汽车股份 123456.2645 -1234.4765%",
    "03-31 泰禾股份 301665 --",
    "03-31 泰禾股份 301665 -- 以上为本周新股申购安排表",
    "03-31 泰禾股份 3016650 -- 以上为本周新股申购安排表",
    "1234 条评论 今天天气很好，我们去公园散步",
    "今天天气很好，我们去公园散步 1234 条评论",
    "今天天气很好，我们去公园散步，1234条评论，56人参与。",
    _NOTICE,
    _NOTICE + "。" + _PROSE,
    _PROSE + _NOTICE + "。",
    _PROSE + "All Rights Reserved. " + _PROSE + "Copyright 2014",
    _PROSE + "All Rights Reserved. " + _PROSE * 4,
    "Copyright © 2014 " + _PROSE,
    "Copyright " + _PROSE + "条评论",  # a comment counter's word without its number
    "(c) 2014 " + _PROSE * 2,
    "（原标题：" + _PROSE + "）",
    "返回搜狐，查看更多" + _PROSE,
    "下载新闻客户端" + _PROSE,
    "扫描二维码" + _PROSE + "扫码二维码",
    "京公网安备 11000002000001号 " + _PROSE,
    "本网将追究" + _PROSE * 2 + "违反上述声明者",
]


def _path_before(text: str) -> str | None:
    """is_boilerplate before round t: every line not matched at its start scanned by _SCAN,
    a STRONG phrase counted twice by findall."""
    f = features
    if text[:1] not in f._OPENING_FIRSTS or f._OPENING_PLAIN.match(text) is None:
        hit = f._SCAN.search(text)
        if hit is None:
            return None
        if (
            hit.group() in f._MARK_CHARS
            and f._OPENING_MARKED.match(text) is None
            and f._INSIDE.search(text, hit.start()) is None
        ):
            return None
    if f._has_strong(text) and (
        (len(text) <= 120 and not f._is_sentence(text)) or len(f._STRONG_RE.findall(text)) >= 2
    ):
        return "notice"
    if len(text) <= f.SHORT_LINE_MAX and not f.has_sentence_end(text) and f._SHORT_RE.search(text):
        return "menu"
    if f._WHOLE_RE.fullmatch(text):
        return "label"
    return None


def test_strong_marks_are_read() -> None:
    """The STRONG phrases kept apart are the quote table and the listing calendar, each
    found by its mark (else the long-line scan would miss them)."""
    assert set(features._STRONG_MARK_CHARS) == {"%", "-"}
    assert len(features._STRONG_MARKED) == 2
    for branch in features._STRONG_MARKED:
        assert branch in features._MARKED and branch in features._STRONG_ANCHORED


def test_is_boilerplate_matches_the_path_it_skips() -> None:
    lines = shipped_lines(_MADE_UP)
    long_lines = [t for t in lines if len(t) > features.SHORT_LINE_MAX]
    # the edges are reached: long lines that _SCAN stops on but that hold no STRONG phrase,
    # and long lines that are furniture
    assert sum(features._SCAN.search(t) is not None for t in long_lines) >= 20
    assert sum(_path_before(t) is not None for t in long_lines) >= 10
    for text in lines:
        assert features.is_boilerplate.__wrapped__(text) == _path_before(text), text


def test_strong_twice_matches_findall() -> None:
    lines = shipped_lines(_MADE_UP)
    assert sum(len(features._STRONG_RE.findall(t)) >= 2 for t in lines) >= 5
    for text in lines:
        assert features._strong_twice(text) == (len(features._STRONG_RE.findall(text)) >= 2)


_PIECES = [
    _PROSE,
    _NOTICE,
    "回",
    "-",
    "%",
    "03-31 ",
    "4.26 ",
    "-0.47%",
    "1234 ",
    "条评论",
    "Copyright",
    "©",
    " ",
    "首页",
    ">",
    "下载",
    "App",
    "x",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_on_generated_lines(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert features.is_boilerplate.__wrapped__(text) == _path_before(text), text
    assert features._strong_twice(text) == (len(features._STRONG_RE.findall(text)) >= 2)


# notice_tail: prose heads around _PROSE_HEAD_MIN (50) before a notice, notices alone.
_HEAD = (
    "今年一季度全市完成固定资产投资三百亿元同比增长百分之八"
    "其中工业投资增长明显基础设施投资稳步推进民间投资保持活跃"
)
_NOTICES = ("凡本网注明来源的作品，版权均属本网，未经授权不得转载。", "版权所有 未经许可不得转载")
_TAILS = [
    _HEAD[:n] + "，" + _HEAD[n:m] + "。" + notice
    for n, m in ((20, 48), (20, 49), (20, 50), (25, 52), (30, 56))
    for notice in (
        "凡本网注明来源的作品，版权均属本网，未经授权不得转载。",
        "版权所有 未经许可不得转载",
    )
]
_TAILS += [
    _HEAD[:50] + "。©",  # the whole weighs what its head does: the edge of the shortcut
    _HEAD[:49] + "。©",
    _HEAD[:50] + "。版权所有",
    _HEAD + "。",
    "凡本网注明来源的作品，版权均属本网，未经授权不得转载。",
    "Copyright 2014 All Rights Reserved. " + "abc def " * 30 + "。未经授权不得转载。",
]


def _tail_before(text: str) -> int | None:
    """notice_tail before round t: the text split into sentences whatever it weighs."""
    f = furniture
    if not f._is_notice(text):
        return None
    sentences = [m for m in f._SENTENCE.finditer(text) if m.group().strip()]
    start = None
    for match in reversed(sentences):
        if not f._is_notice(match.group()):
            break
        start = match.start()
    if start is None or start == 0 or f.text_weight(text[:start]) < f._PROSE_HEAD_MIN:
        return None
    if f._is_notice(text[:start]):
        return None
    return start


def test_notice_tail_matches_the_path_it_skips() -> None:
    lines = shipped_lines(_MADE_UP + _TAILS)
    assert sum(_tail_before(t) is not None for t in lines) >= 5
    for text in lines:
        assert furniture.notice_tail(text) == _tail_before(text), text


@given(st.lists(st.sampled_from([*_PIECES, _HEAD[:10], "。", "，", "abc "]), max_size=12))
def test_notice_tail_on_generated_lines(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert furniture.notice_tail(text) == _tail_before(text), text


def test_has_short_matches_the_search_it_replaces() -> None:
    lines = shipped_lines([*_MADE_UP, "返回顶部", "回返顶部 x", "返返頂部", "1/12", " > "])
    assert sum(features._SHORT_RE.search(t) is not None for t in lines) >= 20
    for text in lines:
        assert features._has_short(text) == (features._SHORT_RE.search(text) is not None), text


@given(
    st.lists(st.sampled_from([*_PIECES, "返", "回", "顶部", "/", "12", "更多", "\n"]), max_size=8)
)
def test_has_short_on_generated_lines(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert features._has_short(text) == (features._SHORT_RE.search(text) is not None), text


# mark_furniture hands _fill_notice_runs the notices it labelled, where it walked every block.
_RULES = "网友发言请遵守相关法律法规，违者自负法律责任。"
_VOICE = "请勿发布违法信息"
_RUNS = [_RULES, _VOICE, _RULES, _VOICE, _VOICE, _RULES, _VOICE, _RULES, _NOTICE, _VOICE, _NOTICE]


def _fill_walked(ctx: stages.Context) -> None:
    """_fill_notice_runs before round t: the notices found by a walk over every block."""
    blocks = ctx.blocks
    for i in [j + 1 for j, b in enumerate(blocks[:-2]) if b.label is NOTICE]:
        before, block, after = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            block.label is UNLABELLED
            and len(block.text) <= furniture._RUN_MEMBER_MAX
            and after.label is NOTICE
            and before.rule == after.rule
            and before.rule in furniture.NOTICE_KIND_NAMES
            and furniture.notice_voice(block.text)
        ):
            ctx.label(i, NOTICE, f"{before.rule}, between two")


def _texts() -> list[str]:
    return [
        "\n".join(_RUNS),
        "\n".join(_RUNS[1:-1]),
        *(path.read_text(encoding="utf-8") for path in seed_paths()),
        "\n".join(shipped_lines(_MADE_UP)),
    ]


def test_pages_come_unlabelled() -> None:
    """What the shortcut stands on: the furniture stage, the first, gets every block
    unlabelled, from text and from HTML."""
    assert stages.STAGES[0][1] is furniture.mark_furniture
    pages = [text_to_page(t, config=Config()) for t in _texts()]
    pages += [html_to_page(seed_html(p), encoding=None, config=Config()) for p in seed_paths()]
    assert sum(len(p.blocks) for p in pages) > 100
    assert all(b.label is UNLABELLED for p in pages for b in p.blocks)


def test_notice_runs_match_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = 0
    for text in _texts():
        page, walked = text_to_page(text, config=Config()), text_to_page(text, config=Config())
        furniture.mark_furniture(stages.Context(page, "Asia/Shanghai", None, Config()))
        with monkeypatch.context() as patch:
            patch.setattr(furniture, "_fill_notice_runs", lambda ctx, _: _fill_walked(ctx))
            furniture.mark_furniture(stages.Context(walked, "Asia/Shanghai", None, Config()))
        assert [(b.label, b.rule) for b in page.blocks] == [
            (b.label, b.rule) for b in walked.blocks
        ]
        runs += sum(b.rule.endswith("between two") for b in page.blocks)
        forget_lines()
    assert runs >= 3
