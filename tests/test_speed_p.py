"""The link-density shortcut of ``_html.page._to_blocks``: a block with no link gets 0.0 and a
block wholly inside links 1.0 without the ``round`` call; every density must equal
``round(link_chars / chars, 3)`` (0.0 without links), as before the shortcut."""

from __future__ import annotations

from typing import Any

import lxml.html
from _helpers import slice_html

import newsparse
from newsparse._core.config import Config
from newsparse._html import page as page_module
from newsparse._html.emit import RawBlock


def _expected(block: RawBlock) -> float:
    """The density the rounding gives, the path the shortcut skips."""
    return round(block.link_chars / block.chars, 3) if block.link_chars else 0.0


def _check(raw: list[RawBlock], main: set[Any], title: str | None, config: Config) -> int:
    """Compare each block ``_to_blocks`` makes with its raw block; return how many."""
    texts = [block.text for block in raw]
    if title:
        texts.insert(0, title)
    lines = page_module._normalized(texts, config)
    if title:
        lines.pop(0)
    kept = [block for line, block in zip(lines, raw, strict=True) if line]
    made = [b for b in page_module._to_blocks(raw, main, title, config) if b.tag != "title"]
    assert len(made) == len(kept)
    for block, source in zip(made, kept, strict=True):
        want = _expected(source)
        assert type(block.link_density) is float
        assert repr(block.link_density) == repr(want), (source.link_chars, source.chars)
    return len(made)


def test_every_share_up_to_400_chars() -> None:
    root = lxml.html.fromstring("<div><p>x</p></div>")
    owner = root[0]
    raw = [
        RawBlock("正文", "p", owner, chars, linked, None)
        for chars in range(1, 401)
        for linked in (0, 1, chars // 3, chars // 2, chars - 1, chars)
    ]
    raw += [RawBlock("正文", "p", owner, 7, linked, None) for linked in range(8)]
    assert _check(raw, {root}, None, Config()) == len(raw)


def test_real_pages(monkeypatch: Any) -> None:
    seen: list[tuple[Any, ...]] = []
    original = page_module._to_blocks

    def recording(raw: Any, main: Any, title: Any, config: Any) -> Any:
        seen.append((raw, main, title, config))
        return original(raw, main, title, config)

    monkeypatch.setattr(page_module, "_to_blocks", recording)
    for _name, data in slice_html():
        newsparse.parse(data)
    monkeypatch.undo()
    assert seen
    checked = sum(_check(*call) for call in seen)
    linked = [b for raw, *_ in seen for b in raw if b.link_chars]
    assert checked > 100
    assert any(b.link_chars == b.chars for b in linked)
    assert any(b.link_chars != b.chars for b in linked)
