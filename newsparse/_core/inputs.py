"""What the entry points take: the public type aliases ``HtmlInput`` and ``PageInput``.

A ``bs4.BeautifulSoup`` is one of the accepted forms, but importing bs4 costs more than the
rest of ``import newsparse``: type checkers see the class itself, and at run time the
aliases name it by a forward reference that resolves once bs4 is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ForwardRef, Union

__all__ = ["HtmlInput", "PageInput", "is_soup"]

if TYPE_CHECKING:
    from typing import TypeAlias

    from bs4 import BeautifulSoup

    HtmlInput: TypeAlias = str | bytes | bytearray | BeautifulSoup
    PageInput: TypeAlias = str | bytes | bytearray | BeautifulSoup
else:
    # typing.Union, not "|": a ForwardRef does not take part in "|" before Python 3.11.
    HtmlInput = Union[str, bytes, bytearray, ForwardRef("BeautifulSoup", module="bs4")]  # noqa: UP007
    PageInput = HtmlInput


def is_soup(value: Any) -> bool:
    """True for a ``bs4.BeautifulSoup`` tree, without importing bs4.

    Examples:
        >>> from bs4 import BeautifulSoup
        >>> is_soup(BeautifulSoup("<p>正文</p>", "html.parser")), is_soup("<p>正文</p>")
        (True, False)
    """
    cls = type(value)
    return cls.__name__ == "BeautifulSoup" and cls.__module__.startswith("bs4")
