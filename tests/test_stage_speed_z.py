"""The furniture and header stages' shortcuts (round z) give what the paths they skip give.

Each test runs the path as it was before the shortcut beside it, on made-up lines meant to
reach the edges, on the real lines of the seeds and the shipped pages, and on lines
generated from the tables themselves.
"""

from __future__ import annotations

import copy
import re

import pytest
from _helpers import seed_paths, shipped_lines, slice_html
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._core.blocks import BODY, FURNITURE, LISTING, TITLE, UNLABELLED, Block, Label, Page
from newsparse._core.config import Config
from newsparse._core.firsts import _sre, top_alternatives
from newsparse._core.memo import forget_lines
from newsparse._extract import facts, furniture, stages
from newsparse._news import notices
from newsparse._news.data.notices import NOTICE_KINDS, NOTICE_VOICE

# --- notices: the cues found by _cue_matches ---------------------------------------------

_CUES = [cue for cues in NOTICE_KINDS.values() for cue in cues] + list(NOTICE_VOICE)
_NOTICE_MADE_UP = [
    "",
    "电子邮件",
    "邮件",
    "電子郵箱和信箱",
    "免费注册会员",
    "注册",
    "将不负任何法律责任",
    "將不負責",
    "不负责",
    "APP",
    "xAPP",
    "下载APP",
    "APPs",
    "App下载",
    "客户端APP",
    "QR Code",
    "QRcode",
    "保留所有权利",
    "保留一切著作權利",
    "版权所有，未经授权不得转载、摘编、复制，违者必究。",
    "延迟 15 分钟",
    "延遲15分鐘",
    "本网站不代表本站立场",
    "本网",
    "如果你觉得文章不错，欢迎扫描二维码关注公众号，长按识别",
    "網友應謹慎發言，遵守相關規定，違者自負法律責任。",
    "本網站使用Cookie以提供更好的服務，繼續瀏覽即表示同意本網站的隱私權政策。",
    "版权版权版权",
    "个人资料个資",
    "投资有风险，请自行判断。",
]


def _as_found(text: str) -> list[tuple[int, int, str | None]]:
    """What notice_kind reads of each cue match: where it is and whose it is."""
    return [(m.start(), m.end(), m.lastgroup) for m in notices._CUES.finditer(text)]


def _found(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in notices._cue_matches(text)]


def _notice_kind_as_written(text: str) -> str | None:
    """notice_kind before round z: every match of _CUES by finditer."""
    if notices._VOICE_ANY.search(text) is None:
        return None
    found: dict[str, set[str]] = {}
    for match in notices._CUES.finditer(text):
        name = match.lastgroup or ""
        kind = notices._OWNER[name]
        if kind != notices._VOICE:
            found.setdefault(kind, set()).add(name)
    if not found:
        return None
    needed = (
        notices.NOTICE_LONG_CUES if len(text) > notices.NOTICE_LONG else notices.NOTICE_MIN_CUES
    )
    kind, cues = max(found.items(), key=lambda item: len(item[1]))
    return kind if len(cues) >= needed else None


def test_no_cue_matches_the_empty_string() -> None:
    # _cue_matches goes on from where a match ends: it must end after it starts.
    for cue in _CUES:
        assert _sre.parse(cue).getwidth()[0] > 0, cue


def test_every_branch_of_the_cue_starts_opens_with_a_literal() -> None:
    # What lets the engine skip in C to where a cue can start.
    for branch in top_alternatives(notices._CUE_START.pattern):
        assert str(_sre.parse(branch)[0][0]) == "LITERAL", branch


def test_cue_matches_are_the_finditer_on_made_up_and_real_lines() -> None:
    lines = shipped_lines(_NOTICE_MADE_UP)
    lines += [a + b for a in _NOTICE_MADE_UP for b in _NOTICE_MADE_UP]
    hits = 0
    for line in lines:
        assert _found(line) == _as_found(line), line
        assert notices.notice_kind.__wrapped__(line) == _notice_kind_as_written(line), line  # type: ignore[attr-defined]
        hits += bool(_as_found(line))
    assert hits > 100


_AROUND = st.text(alphabet=st.sampled_from("子电電将不本网 AQx。，免费下载"), max_size=4)
_HELD = st.one_of(
    *(st.tuples(_AROUND, st.from_regex(re.compile(cue)), _AROUND).map("".join) for cue in _CUES)
)


@given(st.lists(_HELD, max_size=4).map("".join))
def test_cue_matches_are_the_finditer_on_lines_of_cues(text: str) -> None:
    assert _found(text) == _as_found(text)
    assert notices.notice_kind(text) == _notice_kind_as_written(text)
    forget_lines()


# --- furniture: the lines opening with a tag label's character, a space or a digit, and the
# lines in the notices' voice, found in the lines joined ---------------------------------

_LINES_MADE_UP = [
    "",
    " ",
    "\u3000",
    "\u3000關鍵字: 佔領立法院",
    "關鍵字: 佔領立法院 林飛帆",
    "标签：经济",
    "1、赴港上市冷了吗？",
    "12 条评论",
    "١٢ Arabic-Indic digits",
    "①、not a decimal digit",
    "²superscript",
    "\x1c\x1d\x1e\x1f\x85\xa0 spaces",
    "本网站版权所有",
    "版权所有，本",
    "网站",
    "请勿转载。欢迎分享。本站声明",
    "敬请",
    "将不负",
    "任何责任",
    "不负任何法律责任",
    "今天天气很好。",
    "回",
    "x" * 200 + "谨慎",
]


def _openings_and_voices_read(texts: list[str]) -> tuple[list[tuple[int, str]], list[int]]:
    """What _openings_and_voices gives, read line by line (mark_furniture before round z)."""
    firsts = [text[:1] for text in texts]
    opened = [(i, c) for i, c in enumerate(firsts) if c in furniture._TAG_OPENERS or c.isdecimal()]
    return opened, [i for i, text in enumerate(texts) if notices._VOICE_ANY.search(text)]


def _pages_made_up() -> list[list[str]]:
    lines = _LINES_MADE_UP
    pages = [[], [""], ["", ""], lines, lines[::-1], [a + b for a in lines for b in lines[:6]]]
    pages += [[line] for line in lines] + [lines[i : i + 3] for i in range(len(lines))]
    pages += [["本", "网"], ["本网", "\n本网"], ["a\nb", "1、x"], [" \n", "标签"]]
    return pages


def test_openings_and_voices_are_read_line_by_line() -> None:
    pages = [*_pages_made_up(), shipped_lines([]), shipped_lines([], unstripped=True)]
    found = 0
    for page in pages:
        assert furniture._openings_and_voices(page) == _openings_and_voices_read(page), page
        opened, voiced = _openings_and_voices_read(page)
        found += len(opened) + len(voiced)
    assert found > 100


_LINE_PIECES = ["本", "网", "站", "请勿", "1", "١", " ", "\u3000", "关键词", "标", "x", "，", "\n"]


@given(st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=5).map("".join), max_size=8))
def test_openings_and_voices_of_pieced_pages_are_read_line_by_line(texts: list[str]) -> None:
    assert furniture._openings_and_voices(texts) == _openings_and_voices_read(texts)


def _breaks(items: list[object]) -> bool:
    """Whether a parsed pattern (firsts._sre) may match a line break (a character class
    written with categories or negated counts as one that may; "." does not, without
    DOTALL)."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL" and arg == ord("\n"):
            return True
        if name in ("NOT_LITERAL", "CATEGORY"):
            return True
        if name == "IN" and any(str(o) in ("NEGATE", "CATEGORY", "RANGE") for o, _ in arg):
            return True
        if name == "IN" and any(str(o) == "LITERAL" and a == ord("\n") for o, a in arg):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT") and _breaks(list(arg[2])):
            return True
        if name == "SUBPATTERN" and _breaks(list(arg[3])):
            return True
        if name == "BRANCH" and any(_breaks(list(b)) for b in arg[1]):
            return True
    return False


def test_the_voice_search_matches_no_line_break() -> None:
    # The voice search of the lines joined finds what it finds in each line alone.
    voice = notices._VOICE_ANY
    assert not voice.flags & re.DOTALL and "(?s" not in voice.pattern
    assert not _breaks(list(_sre.parse(voice.pattern)))
    assert _breaks(list(_sre.parse(r"a(?:b|\s)"))) and _breaks(list(_sre.parse("a{0,2}[^a]")))
    assert _breaks(list(_sre.parse("[\n]"))) and not _breaks(list(_sre.parse("a.{0,3}b")))


# --- header: the time lines under and above the headlines --------------------------------


def _time_lines_as_written(ctx: stages.Context) -> list[int]:
    """facts._time_lines before round z: _mostly_date asked before the clock and the label."""
    blocks = ctx.blocks
    headings = [i for i, b in enumerate(blocks) if b.label is TITLE and b.tag != "title"]
    found: list[int] = []
    for i in headings:
        for j in range(i + 1, min(i + 1 + facts._UNDER_HEADLINE, len(blocks))):
            text = blocks[j].text
            free = blocks[j].label in facts._READABLE or _stamp_taken_as_written(
                blocks[j].label, text
            )
            if free and len(text) <= facts._TIME_LINE_MAX * 2 and facts.has_full_date(text):
                found.append(j)
    found += [i for i in facts._publish_labelled(blocks) if facts.has_full_date(blocks[i].text)]
    for i in headings:
        for j in range(i - 1, max(-1, i - 1 - facts._ABOVE_HEADLINE), -1):
            text = blocks[j].text
            stamp = facts._mostly_date(text) and facts._CLOCK.search(text) is not None
            if blocks[j].label is UNLABELLED and stamp and facts.has_full_date(text):
                found.append(j)
                break
    return found


def _stamp_taken_as_written(label: Label, text: str) -> bool:
    if label is LISTING:
        return facts._mostly_date(text)
    return label is FURNITURE and facts._mostly_date(text) and facts._CLOCK.search(text) is not None


def _header_contexts() -> list[stages.Context]:
    """The contexts the header stage gets, for the seeds and the shipped pages as text and
    as HTML (copies: the stage goes on to label them)."""
    caught: list[stages.Context] = []
    real = dict(stages.STAGES)["header"]

    def catch(ctx: stages.Context) -> None:
        caught.append(copy.deepcopy(ctx))
        real(ctx)

    staged = tuple((n, catch if n == "header" else f) for n, f in stages.STAGES)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stages, "STAGES", staged)
        for path in seed_paths():
            newsparse.parse_text(path.read_text(encoding="utf-8"))
        for _, html in slice_html():
            newsparse.parse(html)
        newsparse.parse_text("\n".join(shipped_lines([])))
    return caught


_STAMPS = [
    "2014/10/25 19:55:00 友善列印",
    "2014.12.13 01:06 pm",
    "ETtoday ＞ 論壇 2014年12月10日 00:01",
    "2014-12-12",
    "19:55",
    "12:30 下午",
    "2014年12月10日 新聞",
    "",
    "x" * 50,
    "1:23 2014-12-10 " + "长" * 30,
]


def _made_up_contexts() -> list[stages.Context]:
    """Headings with each stamp above and below them, unlabelled, furniture or a teaser's."""
    blocks = []
    for text in _STAMPS:
        for label in (UNLABELLED, FURNITURE, LISTING, BODY):
            blocks += [Block(text, label=label), Block("标题", tag="h", label=TITLE)]
            blocks += [Block(text, label=label), Block("正文。", label=BODY)]
    pages = [Page(blocks=blocks), Page(blocks=blocks[::-1])]
    return [stages.Context(page, "Asia/Shanghai", None, Config()) for page in pages]


def test_time_lines_are_those_asked_as_written() -> None:
    found = 0
    for ctx in _made_up_contexts() + _header_contexts():
        assert list(facts._time_lines(ctx)) == _time_lines_as_written(ctx)
        found += len(_time_lines_as_written(ctx))
    assert found > 5


_STAMPS = [
    "2014/10/25 19:55:00 友善列印",
    "2014.12.13 01:06 pm",
    "2014-12-12",
    "19:55",
    "",
    "x" * 50,
]


def test_stamps_taken_are_those_asked_as_written() -> None:
    for label in (LISTING, FURNITURE, UNLABELLED, TITLE):
        for text in [*_STAMPS, *shipped_lines([])]:
            assert facts._stamp_taken(label, text) == _stamp_taken_as_written(label, text)
