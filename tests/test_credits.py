"""Credit lines and credits inside paragraphs (the catalogue cases are in test_dateline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _helpers import seed_paths, shared_path
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Credit
from newsparse._news.credits import find_credits, parse_bracket_credits, parse_credit_line

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
    ("cjn_1", "editor", "姚昊"), ("cjn_1", "photographer", "刘娟"),
    ("cjn_1", "photographer", "周斌"), ("cjn_1", "reporter", "陈智"),
    ("csdn_1", "author", "魏星"), ("ifeng_3", "editor", "刘斌"), ("sina_1", "editor", "张迪"),
    ("guancha_guancha", "author", "王文"),  # 【文/观察者网专栏作者 王文】
    ("sina_3", "editor", "郭明煜"), ("sina_5", "editor", "吴金明"),
    ("stcn_1", "author", "李在山"), ("thepaper_1", "editor", "张珺"),
    ("thepaper_3", "editor", "柴敏懿"), ("thepaper_5", "editor", "李跃群"),
    ("thepaper_5", "proofreader", "刘威"), ("thepaper_5", "reporter", "贺梨萍"),
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
        assert credit.role in {"reporter", "author", "editor", "proofreader", "photographer",
                               "correspondent", "translator"}
    for span in find_credits(line):
        assert 0 <= span.start < span.end <= len(line)
        assert span.credits


def test_vertical_colon_of_hong_kong_pages() -> None:
    from newsparse._news.credits import parse_credit_line

    assert parse_credit_line("記者︰脫芷晴") == (Credit("reporter", "脫芷晴"),)
