"""The credit grammar's shortcuts (round i) give what the paths they skip give.

* :func:`~newsparse._news.credit_grammar.credits_from` says the grammar explains no credit
  at a line's first role word (a word spaced from it stays loose, and the role word does
  not close it: ``_closes``) without tokenising the line: wherever it says so, the tokens
  and groups it skips give None, and
  :func:`credits_from` with it gives what it gives without it, on made-up lines that reach
  the edges (a word glued to the role word or spaced from it, a closing role word with
  nothing, a separator, a word or another role word after it, a role word opened by a
  space, staff codes and romanised names the grammar rewrites first) and on the real lines,
  each cut at every start ``find_credits`` may try.
* :func:`~newsparse._news.names.is_name` asks whether a native word holds a character of
  ``NOT_NAME_CHARS`` by ``isdisjoint`` where a generator asked each character: compared with
  the generator on made-up words (the character first, inside, last, alone; dotted and
  Latin words) and on the words of the real lines.
"""

from __future__ import annotations

import pytest
from _helpers import shipped_lines
from hypothesis import given
from hypothesis import strategies as st

from newsparse._news import credit_grammar as grammar
from newsparse._news import credit_spans, names
from newsparse._news.data.credit_roles import NOT_NAME_CHARS

_WORDS = ["张三", "李四", "王", "楠", "每经", "香港", "新华社", "驻京", "John Smith", "ab1"]
_ROLES = ["记者", "摄", "摄影", "文", "图", "编辑", "责任编辑", "来源", "报道", "作者", "/文"]
_GAPS = ["", " ", "：", "/", "、", "  ", "\u3000"]
_MADE = [
    *(a + g + r + h + b for a in ("", *_WORDS[:4]) for g in _GAPS for r in _ROLES
      for h in _GAPS[:3] for b in ("", "张三", "记者", "张三 李四")),
    *(w + " " + v + g + r for w in _WORDS for v in _WORDS[:3] for g in _GAPS[:3]
      for r in _ROLES),
    "张三 李四 摄",
    "张三 李四 摄 王五",
    "张三 李四 摄 记者 王五",
    "张三 李四 摄影/",
    "张三 李四 摄影：",
    "每经记者 周逸斐 摄",
    "香港特約記者 王小明",
    "史建磊_NBJ11331 李四 记者",
    "朱家浒 PN054 摄",
    "John Smith 摄",
    "Facebook WhatsApp WeChat 微博 電郵 Twitter 文字 收聽 列印",
    "http://newtalk.tw/news/2014/12/11/54695.html 婦團批媒體：靠報導女人性愛 獲取龐大利益",
    "文/ 文 张三",
    "张三/ 文",
    "张三 / 文 李四",
    "记者",
    "",
]  # fmt: skip


def _no_shortcut(patched: pytest.MonkeyPatch) -> None:
    """Every role word closes: credits_from tokenises every line its first word may open."""
    patched.setattr(grammar, "_closes", lambda line, keyword: True)


def _said(line: str) -> bool:
    """Whether credits_from skips the tokens of ``line`` (as cleaned) for the shortcut."""
    keyword = grammar.KEYWORD.search(line)
    if keyword is None:
        return False
    return grammar._first_word(line, keyword)[1] and not grammar._closes(line, keyword)


def _without_shortcut(line: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patched:
        _no_shortcut(patched)
        return grammar.credits_from(line)


def _starts(text: str) -> list[str]:
    """The text cut at every start _first_parse may try at its tail, and the text itself."""
    end = len(text.rstrip())
    lo = max(0, end - credit_spans._TAIL)
    return [text, *(text[s:end] for s in credit_spans._boundaries(text, lo, end))]


def _check(line: str) -> None:
    """Where the shortcut is taken, the grammar's tokens give no groups."""
    if not _said(line):
        return
    tokens = grammar._tokenize(line)
    assert tokens is None or grammar._group_tokens(tokens) is None, line


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [cut for text in shipped_lines(_MADE) for cut in _starts(text)]


def test_shortcut_only_where_the_grammar_gives_no_groups(lines: list[str]) -> None:
    said = 0
    for line in lines:
        _check(line)
        said += _said(line)
    assert said > 1000  # the shortcut is taken: the comparison means something


def test_credits_from_as_without_the_shortcut(
    lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for line in lines:
        assert grammar.credits_from(line) == _without_shortcut(line, monkeypatch), line


def test_find_credits_as_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in shipped_lines(_MADE):
        found = credit_spans.find_credits(text)
        with monkeypatch.context() as patched:
            _no_shortcut(patched)
            assert found == credit_spans.find_credits(text), text


@given(st.text("张三李四记者摄影文图编辑王楠每经香港 ：:/、_AB12\u3000", max_size=20))
def test_shortcut_on_drawn_lines(line: str) -> None:
    _check(line)


def _is_name_by_characters(word: str) -> bool:
    """is_name as it asked each character of a native word."""
    native = "·" not in word and "•" not in word and "・" not in word
    if native and any(ch in NOT_NAME_CHARS for ch in word):
        return False
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(names, "NOT_NAME_CHARS", frozenset())
        return names.is_name(word)


def test_is_name_as_by_characters() -> None:
    marks = sorted(NOT_NAME_CHARS)[:12]
    made = [
        *(w for m in marks for w in (m + "三", "张" + m, "张" + m + "三", m, m * 2)),
        *("阿" + m + "·三" for m in marks),
        *("张三", "欧阳娜娜", "阿不都·热合曼", "John\ue000Smith", "ab1", "的", ""),
    ]
    words = made + [w for line in shipped_lines([]) for w in grammar.SEPARATORS.split(line) if w]
    found = 0
    for word in words:
        assert names.is_name(word) == _is_name_by_characters(word), word
        found += names.is_name(word)
    assert found > 100
