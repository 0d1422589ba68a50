"""Shortcuts in normalisation give the answer of the path they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._chinese import normalize as N


def _map_spaces_by_lines(text: str) -> str:
    # _map_spaces as first written: every line stripped, one line or many.
    text = N._SPACE_RUN.sub(lambda m: m[0].translate(N._SPACE_TABLE), text)
    return "\n".join(line.lstrip(" \t").rstrip(" \t\r") for line in text.split("\n"))


_CHARS = " \t\r\n\u3000\xa0\u2003\u200b中文A。"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=20))
def test_one_line_spaces_as_every_line_is_stripped(text: str) -> None:
    assert N._map_spaces(text) == _map_spaces_by_lines(text)


def test_one_line_keeps_its_inner_spaces_and_loses_its_ends() -> None:
    assert N._map_spaces("\u3000\t记者\xa0张三 \r") == "记者 张三"
    assert N._map_spaces(" 一\n 二 ") == "一\n二"
