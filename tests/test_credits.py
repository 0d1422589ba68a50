"""Credit lines and credits inside paragraphs (the catalogue cases are in test_dateline)."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pytest
from _helpers import seed_paths, shared_path
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Credit, CreditRole
from newsparse._core.blocks import Block
from newsparse._extract.captions import caption_rule
from newsparse._extract.header import read_header_line
from newsparse._news.credit_spans import find_credits
from newsparse._news.credits import (
    has_surname,
    parse_bracket_credits,
    parse_byline,
    parse_credit_line,
    parse_credits_or_byline,
)

# Body sentences from real pages that mention a role word but credit nobody.
NOT_CREDITS = [
    "记者走进雄安新区",
    "记者从沙坪坝区公安分局了解到",
    "科技部副部长林新回答《每日经济新闻》记者提问时表示",
    "驻日本大使馆发言人就对日本参议员石平进行制裁答记者问",
    "图片新闻",
    "图片故事",
    "摄影范本",
    "编辑部",
    "记者会",
    "他是一名记者",
    "英国驻华大使馆参赞安睿辉(Rahul Agarwal)说",
    "(完)",
    "来源：新华社",
    "4800万主摄",
    "编辑入门",
    "记者手记",
    "◎记者调查",
    "编辑规则",
    "",
    "   ",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_sentences_are_not_credit_lines(line: str) -> None:
    assert parse_credit_line(line) is None


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_sentences_hold_no_credits(text: str) -> None:
    assert find_credits(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("实习生 王五 编译 赵六", [("reporter", "王五"), ("translator", "赵六")]),
        ("见习记者 阿不都·热合曼", [("reporter", "阿不都·热合曼")]),
        ("特约通讯员 李四", [("correspondent", "李四")]),
        ("翻译：张三", [("translator", "张三")]),
        ("文／李四", [("author", "李四")]),
        ("王五/文", [("author", "王五")]),
        ("本报记者 张三 李四", [("reporter", "张三"), ("reporter", "李四")]),
        ("責任編輯：宋得書", [("editor", "宋得書")]),
    ],
)
def test_role_words(line: str, expected: list[tuple[str, str]]) -> None:
    found = parse_credit_line(line)
    assert found is not None
    assert [(c.role, c.name) for c in found] == expected


def test_an_empty_label_does_not_lend_its_role() -> None:
    # "作者：" left empty by the page, then the editor: 肖春芳 is not the author.
    assert parse_credit_line("作者：责任编辑：肖春芳") == (Credit("editor", "肖春芳"),)


def test_outlet_prefix_goes_to_organization() -> None:
    (credit,) = parse_credit_line("每经记者 周逸斐") or ()
    assert credit == Credit("reporter", "周逸斐", "每经")


def test_nameless_byline_is_an_empty_credit_line() -> None:
    # The pipeline can drop the line; there is nobody to credit.
    assert parse_credit_line("新华社记者") == ()


def test_bracket_credits_take_bare_names_as_reporters() -> None:
    found = parse_bracket_credits("苏婧欣 赵婧姝")
    assert found == (Credit("reporter", "苏婧欣"), Credit("reporter", "赵婧姝"))
    assert parse_bracket_credits("Rahul Agarwal") is None
    assert parse_bracket_credits("新闻联播") is None


def test_find_credits_spans_cut_cleanly() -> None:
    text = "…共同的未來。(新華社記者馮歆然 王聿昊 張漫子)"
    (span,) = find_credits(text)
    assert text[: span.start] == "…共同的未來。"
    assert span.end == len(text)
    assert [c.name for c in span.credits] == ["馮歆然", "王聿昊", "張漫子"]


def test_credit_after_the_end_marker() -> None:
    text = "重启量化宽松。（完）（记者 张三 李四）"
    (span,) = find_credits(text)
    assert text[span.start :] == "（记者 张三 李四）"


def test_seed_credit_lines() -> None:
    """In the seeds, the one whole credit line is 每经's byline; nothing else is taken."""
    taken = []
    for path in seed_paths():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and parse_credit_line(line) is not None:
                taken.append(" ".join(line.split()))
    assert taken == ["每经记者 周逸斐 每经编辑 陈星"]


# Every credit on the 31 GNE pages, read by hand from the pages' HTML.
GNE_CREDITS = {
    ("cjn_1", "editor", "姚昊"),
    ("cjn_1", "photographer", "刘娟"),
    ("cjn_1", "photographer", "周斌"),
    ("cjn_1", "reporter", "陈智"),
    ("csdn_1", "author", "魏星"),
    ("ifeng_3", "editor", "刘斌"),
    ("sina_1", "editor", "张迪"),
    ("guancha_guancha", "author", "王文"),  # 【文/观察者网专栏作者 王文】
    ("sina_3", "editor", "郭明煜"),
    ("sina_5", "editor", "吴金明"),
    ("stcn_1", "author", "李在山"),
    ("thepaper_1", "editor", "张珺"),
    ("thepaper_3", "editor", "柴敏懿"),
    ("thepaper_5", "editor", "李跃群"),
    ("thepaper_5", "proofreader", "刘威"),
    ("thepaper_5", "reporter", "贺梨萍"),
    ("zsnews_1", "editor", "龙慧"),
}


def _page_lines(path: Path) -> list[str]:
    import lxml.html

    doc = lxml.html.fromstring(path.read_bytes())
    for node in doc.xpath("//script|//style"):
        node.drop_tree()
    return [line.strip() for line in doc.text_content().splitlines() if line.strip()]


@pytest.mark.integration
def test_credits_on_real_pages_are_real() -> None:
    """Run over every text line of the GNE pages: no sentence, menu or spec is a credit."""
    found: set[tuple[str, str, str]] = set()
    for path in sorted(shared_path("data", "gne_pages").glob("*.html")):
        for line in _page_lines(path):
            credits: list[Credit] = list(parse_credit_line(line) or ())
            credits += [c for span in find_credits(line) for c in span.credits]
            found.update((path.stem, c.role, c.name) for c in credits)
    assert found == GNE_CREDITS


@pytest.mark.parametrize("bad", [None, 3, b"\xe8\xae\xb0\xe8\x80\x85", ("记者",)])
def test_wrong_types_raise(bad: Any) -> None:
    with pytest.raises(TypeError, match="str"):
        parse_credit_line(bad)
    with pytest.raises(TypeError, match="str"):
        find_credits(bad)


_ALPHABET = "记者编辑摄影责编校对通讯员文图每经新华社张王李赵周 /／:：、|()（）【】_NBJ0123"


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_credit_invariants(line: str) -> None:
    found = parse_credit_line(line)
    for credit in found or ():
        assert 2 <= len(credit.name) <= 17
        assert credit.role in typing.get_args(CreditRole)
    for span in find_credits(line):
        assert 0 <= span.start < span.end <= len(line)
        assert span.credits


def test_vertical_colon_of_hong_kong_pages() -> None:
    from newsparse._news.credits import parse_credit_line

    assert parse_credit_line("記者︰脫芷晴") == (Credit("reporter", "脫芷晴"),)


# --- People (issue 12, section 6): credit lines quoted from the labelled pages (page named)
# --- and from ../shared/reference/datelines.md (row number), read against the page.


def _pairs(found: tuple[Credit, ...] | None) -> list[tuple[str, str]]:
    return [(c.role, c.name) for c in found or ()]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # staff code after a space; a login or code alone after the label is the name
        ("[责任编辑：朱家浒 PN054]", [("editor", "朱家浒")]),  # cn/ifeng_1
        ("（责任编辑： HN666）", [("editor", "HN666")]),  # gne hexun_1
        ("责任编辑：biaoffeng", [("editor", "biaoffeng")]),  # gne qq_2
        ("[责任编辑：alonliu]", [("editor", "alonliu")]),  # readability/qq
        ("【责任编辑:张樵苏 】", [("editor", "张樵苏")]),  # newspaper4k chinese_article_002
        # a placeholder leaves the credit empty, the line is still a credit line
        ("作者：未知 责任编辑：棒棒糖", [("editor", "棒棒糖")]),  # gne gamersky (name shortened)
        ("作者：佚名", []),
        # the forms the issue lists
        ("（总台央视记者 王小明 李大同）", [("reporter", "王小明"), ("reporter", "李大同")]),
        ("本报记者 王  楠  刘少华", [("reporter", "王楠"), ("reporter", "刘少华")]),
        ("香港特約記者 王小明", [("reporter", "王小明")]),
        ("选稿：陈星", [("editor", "陈星")]),
        ("陈星/編輯", [("editor", "陈星")]),
        ("编辑 陈星 ｜ 排版 李四", [("editor", "陈星")]),
        ("记者 John Smith", [("reporter", "John Smith")]),
        ("文/さとう花子", [("author", "さとう花子")]),
    ],
)
def test_credit_line_forms(line: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(parse_credit_line(line)) == expected


def test_placeholder_line_is_still_a_credit_line() -> None:
    assert parse_credit_line("作者：佚名") == ()


@pytest.mark.parametrize(
    ("line", "expected", "org"),
    [
        ("【聯合晚報╱記者邱瓊平/台北報導】", ["邱瓊平"], "聯合晚報"),  # tw/udn_1
        ("【聯合晚報╱記者楊正海╱即時報導】", ["楊正海"], "聯合晚報"),  # tw/udn_3
        ("彭佳芸 黃翊真 報導 地區：台北市報導", ["彭佳芸", "黃翊真"], None),  # tw/cts_1
        ("（民視新聞陳韻平、郭文海台北報導）", ["陳韻平", "郭文海"], "民視新聞"),  # tw/ftv_1
        ("〔自由時報記者陳彥廷、羅添斌/綜合報導〕", ["陳彥廷", "羅添斌"], "自由時報"),  # row 43
        ("〔駐美特派員曹郁芬/華府二十日報導〕", ["曹郁芬"], None),  # row 43
        ("記者陳熙文、鄭媁/台北報導聯合報", ["陳熙文", "鄭媁"], "聯合報"),  # row 45
        ("王小明／綜合報導", ["王小明"], None),  # the forms
        ("王小明 李大同 陳三／台北 高雄報導", ["王小明", "李大同", "陳三"], None),
        ("王小明、李大同／台北、高雄報導", ["王小明", "李大同"], None),
    ],
)
def test_bylines(line: str, expected: list[str], org: str | None) -> None:
    found = parse_byline(line)
    assert found is not None
    assert [c.name for c in found] == expected
    assert {c.organization for c in found} == {org}


_BYLINE_ALPHABET = _ALPHABET + (
    "報導报道綜合聯合報自由時報民視新聞台北地區來源時間陳郭記 ／╱〔〕。，"
)


@given(st.text(alphabet=_BYLINE_ALPHABET, max_size=70))
def test_one_pass_credit_or_byline_agrees_with_the_two_parsers(line: str) -> None:
    """The body asks each paragraph for credits once: the answer is the credit line's,
    else (for a line of up to 60 characters) the byline's."""
    expected = parse_credit_line(line)
    if expected is None and len(line) <= 60:
        expected = parse_byline(line)
    assert parse_credits_or_byline(line) == expected


def test_title_before_the_name() -> None:
    # the "作者：…研究员X"; the name-first form is cn/chinanews_1
    assert _pairs(parse_byline("作者：中国社会科学院研究员张三")) == [("author", "张三")]
    assert _pairs(parse_byline("(作者：方敏北京大学经济学院教授)")) == [("author", "方敏")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不二法門。（民視新聞陳韻平、郭文海台北報導）", ["陳韻平", "郭文海"]),  # tw/ftv_1
        ("全民買單。（整理：實習編輯劉彥璇）", ["劉彥璇"]),  # tw/setn_1
        ("【纠错】 【责任编辑:张樵苏 】", ["张樵苏"]),  # chinese_article_002
    ],
)
def test_credits_closing_a_paragraph(text: str, expected: list[str]) -> None:
    assert [c.name for s in find_credits(text) for c in s.credits] == expected


# Lines from the labelled pages whose bracket or role word holds no person.
JUNK = [
    "让欢乐的气氛添加一些趣味性...[详细]",  # cn/qq_3
    "身形日漸發脹，臉部浮腫出現雙下巴，甚至快變得叫人...(詳全文)",  # tw/cts_4
    "每股平均價113.18元，持股達1.23%。(rw)",  # hk/singtao_3: initials
    "中文 | English",  # chinese_article_001: a language switch
    "图/pixabay",  # gne sina_3: a stock-picture site
    "民眾在台北報導聯合報",
]


@pytest.mark.parametrize("text", JUNK)
def test_interface_words_and_codes_are_no_names(text: str) -> None:
    names = [c.name for s in find_credits(text) for c in s.credits]
    names += [c.name for c in parse_credit_line(text) or ()]
    names += [c.name for c in parse_byline(text) or ()]
    assert names == []


@pytest.mark.parametrize("inner", ["详细", "詳全文", "rw", "English"])
def test_bare_brackets_are_no_names(inner: str) -> None:
    assert parse_bracket_credits(inner, bare_role="author") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("（羅森）", [("author", "羅森")]),  # htmldate/1500260110, the line under the story
        ("来源：中国新闻网 王小明", [("author", "王小明")]),  # the form
        # cn/chinanews_1: the template fills 作者 with the editor; the label's author is the
        # closing credit (作者：方敏…)
        ("2020-07-04 12:10:24 来源：求是网 作者：陈海峰 责任编辑：陈海峰", [("editor", "陈海峰")]),
        # a word left beside the source is no name: gne 163_7 (text mode), appledaily_tw_3
        ("2019-11-25 11:01:53 来源: 新京报 举报", []),
        ("資料來源：維基百科", []),
        ("（举报）", []),
        ("（新闻联播）", []),
    ],
)
def test_header_line_credits(line: str, expected: list[tuple[str, str]]) -> None:
    info = read_header_line(line, tz="Asia/Shanghai", reference=None)
    assert _pairs(info.credits) == expected


def test_surnames() -> None:
    assert has_surname("羅森") and has_surname("歐陽娜娜") and has_surname("范姜佳鈺")
    assert not has_surname("举报") and not has_surname("信息") and not has_surname("王")


def test_a_byline_under_a_picture_is_not_its_caption() -> None:
    # cn/ifeng_1: the story's byline sits right under the last picture
    assert caption_rule(Block("作者：上官云 宋宇晟", after_image=True)) is None
    assert caption_rule(Block("杜洋 摄", after_image=True)) is not None


@pytest.mark.parametrize(
    ("content", "authors", "editors"),
    [
        ("编辑 陈星 ｜ 排版 李四", (), ("陈星",)),  # the issue: 排版 was taken as a name
        ("王小明、李大同／台北 高雄報導", ("王小明", "李大同"), ()),
        ("香港特約記者 王小明", ("王小明",), ()),
        ("張立勳／特稿", ("張立勳",), ()),  # tw/chinatimes_2
        ("史蒂文的家_藍天 (stevenhgm)", ("史蒂文的家_藍天",), ()),  # readability/pixnet
        ("10086", (), ()),  # a numeric id
        ("ETtoday 新聞雲", (), ()),  # tw/ettoday_1: the site, not a person
    ],
)
def test_meta_author_field(
    content: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    import newsparse

    page = (
        f'<html><head><meta name="author" content="{content}"><title>标题</title></head>'
        "<body><p>正文。</p></body></html>"
    )
    article = newsparse.parse(page)
    assert (article.authors, article.editors) == (authors, editors)


def test_the_longest_name_is_what_the_length_gate_allows() -> None:
    """is_name turns a word down by its length before trying the pattern: the longest word
    each form of name can be is within that length, one character more is not a name."""
    from newsparse._news.names import _LONGEST_NAME, _NAME

    longest = {
        "dotted": "阿" * 8 + "·阿阿阿阿阿阿阿阿" * 3,
        "kana": "さとう花子さとう",
        "latin": "J" + "o" * 30,
    }
    for form, word in longest.items():
        assert len(word) <= _LONGEST_NAME and _NAME.fullmatch(word), form
        assert _NAME.fullmatch(word + word[-1]) is None, form
    assert len(longest["dotted"]) == _LONGEST_NAME


@given(st.text(alphabet=st.sampled_from("王阿さ花A.o_1·•・ -熱合曼"), min_size=9, max_size=36))
def test_long_plain_words_the_gate_turns_away_are_not_names(word: str) -> None:
    """Past eight characters, only a dotted or a Latin name can match: every word the
    shortcut turns away is one the name pattern turns away too."""
    from newsparse._news.names import _LONGEST_PLAIN, _NAME

    plain = not (word[0].isascii() and word[0].isalpha()) and not any(d in word for d in "·•・")
    if len(word) > _LONGEST_PLAIN and plain:
        assert _NAME.fullmatch(word) is None


def test_the_longest_plain_name_is_what_the_gate_allows() -> None:
    from newsparse._news.names import _LONGEST_PLAIN, _NAME, is_name

    assert _NAME.fullmatch("さとう花子さとう") and len("さとう花子さとう") == _LONGEST_PLAIN
    assert is_name("阿不都·热合曼") and is_name("Jonathan\ue000Smith")


@given(st.text("记者编辑王小明新华社北京 ：:/、，,\u3000", max_size=24))
def test_the_first_word_is_the_first_the_separators_split_off(line: str) -> None:
    """_can_open reads the line's first word by two searches: the word a split gives."""
    from newsparse._news import credit_grammar as grammar

    keyword = grammar.KEYWORD.search(line)
    head = line if keyword is None else line[: keyword.start()]
    first = next((part for part in grammar.SEPARATORS.split(head) if part), None)
    expected = first is None or any(
        test(first) for test in (grammar.posting, grammar._org_like, grammar.is_name)
    )
    assert grammar._can_open(line, keyword) == expected
