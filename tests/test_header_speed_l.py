"""The header and body-credit shortcuts give what the paths they skip give.

Each test runs the shortcut beside the path it skips over real lines (the seeds' lines and
the text of the pages in tests/data/pages) and made-up lines meant to reach its edges.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

import pytest
from _helpers import shipped_lines

from newsparse._chinese.han import HAN
from newsparse._core.memo import forget_lines
from newsparse._dates import search
from newsparse._dates.data import TZ_LABELS
from newsparse._dates.resolve import Prefer
from newsparse._dates.search import DateMatch, find_dates
from newsparse._extract import header
from newsparse._news import credit_spans, credits, dateline
from newsparse._news.credit_grammar import KEYWORD
from newsparse._news.dateline import match_dateline, match_opening

_DATES = [
    "2024-04-29 09:00:32來源:新華網責編:田蜜",
    "2025年03月20日 17:55 每日经济新闻",
    "二〇二二年九月八日",
    "20231115",
    "2019",
    " 2019 ",
    "1040820",
    "中央社 1040820",
    "113年4月29日",
    "民國113年4月29日",
    "101/05/25 10:00",
    "Apr 29, 2024 10:00",
    "29 April 2024",
    "2024.4.29",
    "24/4/29",
    "4月29日 10:00 来源：人民网",
    "09-30 22:46",
    "昨天 10:20",
    "3小时前",
    "今（9）日上午",
    "发布时间：2019年 9月7日",
    "2019 年9月7日",
    "２０２４－０４－２９",
    "２０２４年４月２９日",
    "16年4月29日",
    "甲辰年二月廿九",
    "2024年清明",
    "作者：王小明 2024",
    "来源：中国新闻网 王小明",
    "(2007年6月29日第十届全国人大常委会第二十八次会议通过)",
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return shipped_lines(_DATES)


def _read(lines: list[str], tz: str) -> list[header.HeaderInfo]:
    forget_lines()
    return [header.read_header_line(line, tz=tz, reference=None) for line in lines]


def test_no_dated_match_where_may_write_year_says_no(lines: list[str]) -> None:
    """What the shortcut rests on: without a reference, only a match with its year and day
    is a publish time, and may_write_year finds every line with one (roc=False)."""
    forget_lines()
    skipped = 0
    for line in lines:
        if header.may_write_year(line):
            continue
        skipped += 1
        assert not any(header._dated(m, None) for m in find_dates(line)), line
    assert skipped >= 100


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei"])
def test_header_lines_read_as_with_the_grammar_on_each(
    lines: list[str], tz: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shortcut = _read(lines, tz)
    monkeypatch.setattr(header, "_may_be_dated", lambda text, reference, roc: True)
    full = _read(lines, tz)
    assert shortcut == full
    assert sum(info.published is not None for info in full) >= 10


_CREDIT_LINES = [
    "人民网",
    "王小明",
    "新华社",
    "人民网 王小明",
    "王小明 人民网",
    "王小明 李四",
    "人民网 王小明 李四 张三 赵五",
    "人民网 王小明 李四 张三 赵五 钱六",
    "人民网/王小明",
    "（王小明）",
    "石佳/中国青年报",
    "作者：方敏北京大学经济学院教授",
    "記者王文萱／台北報導",
    "",
    " ",
]


def _bare_names_as_written(
    text: str,
    role: credits.CreditRole,
    *,
    need_outlet: bool = False,
    words: list[str] | None = None,
) -> tuple[credits.Credit, ...] | None:
    """credits._bare_names before a single word was turned away when an outlet is needed."""
    if words is None:
        words = [w for w in credits.SEPARATORS.split(text) if w]
    if not words or len(words) > credits._MAX_BARE + 1:
        return None
    if not (credits.is_bare_name(words[0]) or credits.is_bare_name(words[-1])):
        return None
    org = None
    if len(words) > 1 and credits.is_outlet_name(words[0]):
        org, words = words[0], words[1:]
    elif len(words) > 1 and credits.is_outlet_name(words[-1]):
        org, words = words[-1], words[:-1]
    if (need_outlet and org is None) or not 0 < len(words) <= credits._MAX_BARE:
        return None
    if not all(credits.is_bare_name(w) for w in words):
        return None
    return tuple(credits.Credit(role, w, org) for w in words)


def test_bare_names_as_written(lines: list[str]) -> None:
    made_up = shipped_lines(_CREDIT_LINES)
    words = {w for line in made_up for w in credits.SEPARATORS.split(line)}
    for text in [*made_up, *words]:
        for need_outlet in (False, True):
            for role in ("author", "reporter"):
                got = credits._bare_names(text, role, need_outlet=need_outlet)
                assert got == _bare_names_as_written(text, role, need_outlet=need_outlet)
    assert credits._bare_names("人民网 王小明", "author", need_outlet=True)


def test_credit_lines_read_as_with_bare_names_as_written(
    lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made_up = shipped_lines(_CREDIT_LINES)

    def read() -> list[object]:
        forget_lines()
        return [
            (credits.credit_line_or_byline(line), credits.parse_credits_or_byline(line))
            for line in made_up
        ]

    shortcut = read()
    monkeypatch.setattr(credits, "_bare_names", _bare_names_as_written)
    assert shortcut == read()


_DATELINES = [
    "中新社北京3月31日电 (苏婧欣 赵婧姝)英国企业将中国视为…",
    " 中新社北京3月31日电",
    "  中新社北京3月31日电",
    "今天 中新社北京3月31日电",
    "【聯合晚報╱記者邱瓊平/台北報導】",
    " 【新华社重庆十四日电】",
    "（中央社記者劉世怡台北27日電）保安警察",
    "〔記者施曉光／台北報導〕",
    "来源:台海网台海网9月13日讯 (海峡导报记者 黄奕琳)9月12日，大赛开幕",
    "新华社北京3月31日电 来源:台海网台海网9月13日讯",
    "本报讯",
    "新京报讯（记者 王小明）",
    "央视网消息（新闻联播）：",
    "(吉隆坡3日讯)",
    "【明報專訊】",
    "記者王文萱／台北報導",
    "新闻",
    "整理",
]


def test_opening_dateline_is_the_whole_search_starting_at_most_second(lines: list[str]) -> None:
    opening = 0
    for line in [*shipped_lines(_DATELINES), *(" " + d for d in _DATELINES)]:
        whole = match_dateline(line)
        expected = whole if whole is not None and whole.start <= dateline._OPENING else None
        assert match_opening(line) == expected, line
        opening += expected is not None
    assert opening >= 10


# credit_spans._BRACKETED as first written: a branch opening with a class of two brackets.
_BRACKETED_AS_WRITTEN = re.compile(
    r"[（(]([^（）()\n]{2,60})[）)]|【([^【】\n]{2,60})】|[\[［]([^\[\]［］\n]{2,60})[\]］]"
)
_BRACKETS = [
    "共同的未來。(新華社記者馮歆然 王聿昊)",
    "（記者王文萱）(記者王文萱)【記者王文萱】[記者王文萱]［記者王文萱］",
    "（mixed)(mixed）[mixed］［mixed]【x】【xy】",
    "（（nested））((nested))【【nested】】[[nested]]［［nested］］",
    "（" + "长" * 60 + "）(" + "长" * 61 + ")",
    "（line\nbreak）[a\nb]",
    "()（）[]［］【】(a)（a）",
    "（unclosed (closed) 】[ ［ ( 【",
    "〔記者施曉光〕〖新华社〗",
]


def _bracketed(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [
        (m.span(), next(g for g in m.groups() if g is not None)) for m in pattern.finditer(text)
    ]


def test_bracketed_finds_what_it_found_as_written(lines: list[str]) -> None:
    hits = 0
    for line in shipped_lines(_BRACKETS):
        found = _bracketed(_BRACKETED_AS_WRITTEN, line)
        assert _bracketed(credit_spans._BRACKETED, line) == found, line
        hits += len(found)
    assert hits >= 20
    branches = credit_spans._BRACKETED.pattern.split("|")
    assert {branch.lstrip("\\")[0] for branch in branches} == set(credit_spans._OPENERS)


def _zone_written_as_written(match: DateMatch, tz: str) -> bool:
    """header._zone_written before a text without a zone word was turned away."""
    if match.utcoffset_minutes is not None or match.tz != tz:
        return True
    again = find_dates(match.text, tz="UTC")
    return bool(again) and again[0].tz not in (None, "UTC")


_ZONED = [
    "北京时间2024年4月29日 10:00",
    "2024年4月29日 10:00（北京時間）",
    "台北時間2024/4/29 10:00",
    "臺北時間 2024-04-29 10:00",
    "当地时间2024年4月29日上午",
    "格林尼治时间 2024-04-29 10:00",
    "世界标准时间2024-04-29 10:00",
    "2024-04-29 10:00 GMT+8",
    "2024-04-29T10:00:00+08:00",
    "2024-04-29 10:00 UTC",
    "发布时间：2024-04-29 10:00",
    "時間：2024/04/29 10:00",
]


def test_every_zone_label_holds_a_zone_word() -> None:
    assert all(any(w in label for w in header._ZONE_WORDS) for label in TZ_LABELS)


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "Asia/Taipei", "UTC", "Asia/Tokyo"])
def test_zone_written_as_written(lines: list[str], tz: str) -> None:
    zoned = 0
    for line in [*_ZONED, *lines]:
        for match in find_dates(line, tz=tz):
            written = _zone_written_as_written(match, tz)
            assert header._zone_written(match, tz) == written, line
            zoned += written
    assert zoned >= 5


def _boundaries_as_written(text: str, lo: int, hi: int) -> list[int]:
    """credit_spans._boundaries before the starts past the last role word were dropped."""
    starts = {s for s in range(lo, hi) if s == 0 or not HAN.match(text[s - 1])}
    starts.update(m.start() for m in KEYWORD.finditer(text, lo, hi))
    starts.update(m.start() for m in credits.OUTLET_NAME.finditer(text, lo, hi))
    return sorted(s for s in starts if s < hi and not text[s].isspace())


_TAILS = [
    "发布会现场 每经记者 周逸斐 摄",
    "现场拍摄 摄",
    "现场拍摄 攝影 王小明",
    "（拍摄）摄 王小明",
    "拍摄：王小明",
    "…评论澎湃新闻记者 段彦超",
    "据法新社报道，这场活动预计吸引7500人参加。详情>>",
    "据法新社报道，这场活动预计吸引7500人参加”",
    "新华社记者 王小明 李四 张三",
    "本文来源：央视新闻客户端 责任编辑：化成雨_NBJ11143",
    "/ 制作：朱德明 / 技术：罗金 朱德明",
    "人民网 王小明/文",
    "王小明/文 摄",
    "图/王小明 摄 ",
    "王小明 摄影：李四",
    "记者刘洪洋 摄",
    "（记者刘洪洋 摄）",
]


def test_credit_starts_as_with_every_start(
    lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = shipped_lines(_TAILS)
    # Windows of the lines holding a role word (the others have no start), as the tail
    # and picture scans ask: each start, each end.
    worded = [t for t in texts if len(t) <= 120 and KEYWORD.search(t)]
    windows = [(t, lo, len(t)) for t in worded for lo in range(len(t))]
    windows += [(t, 0, hi) for t in worded for hi in range(1, len(t))]

    def read() -> list[object]:
        found = [credit_spans.find_credits(t) for t in texts]
        return found + [credit_spans._first_parse(t, lo, hi) for t, lo, hi in windows]

    shortcut = read()
    monkeypatch.setattr(credit_spans, "_boundaries", _boundaries_as_written)
    assert shortcut == read()
    assert sum(bool(f) for f in shortcut) >= 20


def test_no_role_word_after_the_last_but_a_photo_mark(lines: list[str]) -> None:
    """What _boundaries rests on, at every position: text[start:hi] holds a role word past
    the end of the last one in text[lo:hi] only where it opens with 摄 or 攝 ("拍摄")."""
    opened = 0
    for text in [*shipped_lines(_TAILS), "现场拍摄", "拍攝 ", "主摄"]:
        hi = len(text)
        words = list(KEYWORD.finditer(text, 0, hi))
        last = words[-1].end() if words else 0
        for start in range(last, hi):
            if KEYWORD.search(text[start:hi]) is not None:
                assert text[start] in credit_spans._PHOTO_CHARS, (text, start)
                opened += 1
    assert opened >= 3


def _tail_may_credit_as_written(
    text: str, lo: int, hi: int, closers: frozenset[str] = credit_spans._SENTENCE_END
) -> bool:
    """credit_spans._tail_may_credit before closing quotes and brackets closed a text as its
    marks do (with the default ``closers``), and before one search turned away a text
    without a role word."""
    if hi <= lo:
        return False
    closed = text[hi - 1] in closers
    if closed and credit_spans._ANY_LABEL.search(text, lo, hi) is None:
        return False
    words = [m.group().strip() for m in KEYWORD.finditer(text, lo, hi)]
    if not words:
        return False
    if not closed:
        return True
    return words[-1] in credit_spans._LABELS and not credit_spans._LABELS.issuperset(words)


_CREDITS_BEFORE = [
    "记者 王小明",
    "新华社记者 王小明 李四",
    "责任编辑：王小明",
    "来源：新华社",
    "记者王小明 来源：新华社",
    "王小明 摄",
    "王小明/文",
    "作者：佚名",
    "作者：无",
    "新华社记者",
    "人民网 王小明",
    "John Smith 摄",
    "记者 John Smith",
    "说。记者 张三",
    "说。（记者刘洪洋 摄",
    "说。(記者王文萱",
]


def test_closing_quotes_close_a_credit_as_written(
    lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made_up = [
        before + quote
        for before in _CREDITS_BEFORE
        for quote in ["", "”", "」", "』", " ”", "。", "。”", "”。", "）", ")", "】", "]", " ）"]
    ]
    texts = shipped_lines(made_up)

    def read() -> list[object]:
        return [credit_spans.find_credits(t) for t in texts]

    shortcut = read()
    monkeypatch.setattr(credit_spans, "_tail_may_credit", _tail_may_credit_as_written)
    assert shortcut == read()
    assert sum(bool(f) for f in shortcut) >= 20
    assert not any(map(credits.SEPARATORS.match, credit_spans._CLOSED))


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "Asia/Taipei"])
def test_header_dates_built_when_asked_as_all_at_once(
    lines: list[str], tz: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = _dt.datetime(2024, 5, 1, 12, 0)
    texts = [*_DATES, *_ZONED, *lines]
    for text in texts:
        for ref in (None, reference):
            assert list(search.each_date(text, ref, tz, tz == "Asia/Taipei")) == find_dates(
                text, reference=ref, tz=tz, roc=tz == "Asia/Taipei"
            )
    forget_lines()
    lazily = [header.read_header_line(t, tz=tz, reference=reference) for t in texts]

    def at_once(
        text: str, reference: _dt.date | None, tz: str, roc: bool, prefer: Prefer = "past"
    ) -> Iterator[DateMatch]:
        return iter(find_dates(text, reference=reference, tz=tz, roc=roc, prefer=prefer))

    monkeypatch.setattr(header, "each_date", at_once)
    forget_lines()
    assert lazily == [header.read_header_line(t, tz=tz, reference=reference) for t in texts]
    assert sum(info.published is not None for info in lazily) >= 10


def test_tail_may_credit_as_written(lines: list[str]) -> None:
    texts = shipped_lines([b + q for b in _CREDITS_BEFORE for q in ("", "。", "”", "）")])
    may = 0
    for text in texts:
        size = len(text)
        for lo, hi in {(0, size), (max(0, size - 64), size), (1, size), (0, size - 1)}:
            for closers in (credit_spans._SENTENCE_END, credit_spans._CLOSED):
                expected = _tail_may_credit_as_written(text, lo, hi, closers)
                got = credit_spans._tail_may_credit(text, lo, hi, closers)
                assert got == expected, (text, lo, hi)
                may += expected
    assert may >= 20
