"""Shortcuts of the page fields give what the paths they skip give.

- ``extras.head_lines`` reads ``block.text`` in its comprehension where it mapped
  ``attrgetter("text")``: the same lines.
- ``script._counted`` counts each script's characters by the searches of
  ``_script_marks`` and stops counting the traditional ones at ``_enough``: the answer of
  the weight looked up for every character.
- ``fingerprint._read`` looks characters up in ``_BY_INDEX``, a list copy of
  ``_BY_CODE_POINT`` indexed by code point, before the dict: the same bytes, and the
  same fingerprints as with the dict alone.
"""

from __future__ import annotations

import itertools
from codecs import charmap_encode
from operator import attrgetter

import pytest
from _helpers import seed_paths, shipped_lines

from newsparse._chinese import fingerprint as fp
from newsparse._chinese import script
from newsparse._chinese.data.charsets import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from newsparse._core.blocks import Block, Page
from newsparse._extract import extras

_MADE_UP = [
    "",
    "a",
    "国务院总理主持召开国务院常务会议，部署进一步优化营商环境。",
    "國務院總理主持召開國務院常務會議，部署進一步優化營商環境。",
    "ＡＢＣ１２３ａｂｃ Ab\u00e9★\u3000，。",
    # Astral Han (kept, below _INDEX_END), the last kept code point, and dropped ones past
    # _INDEX_END (a variation selector, private use), which the list never holds.
    "𫓧鐍𠀀\U0003134f\U00031350\U000e0100\U000f0000\U0010fffd国务院" * 3,
    "\ud800国务院\udfff总理",  # lone surrogates
    "行" * 40 + "\U0001f600" + "行" * 40,
]


def _old_head_lines(page: Page) -> list[str]:
    texts = map(attrgetter("text"), page.blocks[: extras._SCAN_BLOCKS])
    return [text for text in texts if len(text) <= extras._LINE_MAX * 4]


def test_head_lines() -> None:
    limit = extras._LINE_MAX * 4
    edges = ["x" * n for n in (0, 1, limit - 1, limit, limit + 1, 2 * limit)]
    lines = shipped_lines(edges)
    lines += [line + "。" for line in lines]  # past _SCAN_BLOCKS without ../shared too
    pages = [
        Page(blocks=[]),
        Page(blocks=[Block(text) for text in edges]),
        Page(blocks=[Block(text) for text in lines]),  # past _SCAN_BLOCKS
        Page(blocks=[Block(text) for text in lines[: extras._SCAN_BLOCKS - 1]]),
        Page(blocks=[Block(text) for text in lines[: extras._SCAN_BLOCKS]]),
        Page(blocks=[Block(text) for text in lines[: extras._SCAN_BLOCKS + 1]]),
    ]
    assert len(lines) > extras._SCAN_BLOCKS
    for page in pages:
        assert extras.head_lines(page) == _old_head_lines(page)


def _by_dict(line: str) -> bytes:
    """What _read gave before: the dict's entries (the line's characters entered)."""
    fp._read(line)  # enters them
    if fp._NOT_KEPT_LINES.sub("", line) != line and not all(
        ord(ch) in fp._BY_CODE_POINT for ch in line
    ):
        line = fp._NOT_KEPT_LINES.sub("", line)  # (a full table: dropped ones removed)
    return charmap_encode(line, "strict", fp._BY_CODE_POINT)[0]


def _texts() -> list[str]:
    lines = shipped_lines(_MADE_UP)
    seeds = [path.read_text(encoding="utf-8") for path in seed_paths()]
    return [*lines, *seeds, "\n".join(seeds), "\n".join(lines)]


def test_every_kept_character_is_below_the_list_end() -> None:
    # Step 2 drops every character from _INDEX_END on: none belongs in the list.
    past = "".join(map(chr, range(fp._INDEX_END, 0x110000)))
    assert fp._NOT_KEPT_LINES.fullmatch(past) is not None
    assert fp._NOT_KEPT_LINES.fullmatch(chr(fp._INDEX_END - 1)) is None  # the last kept one


def test_reads_agree_with_the_dict() -> None:
    for fresh in (True, False):
        if fresh:
            fp._forget()
        for text in _texts():
            for line in text.split("\n"):
                assert fp._read(line) == _by_dict(line), line[:60]
    # What the list holds is what the dict holds.
    for code, value in enumerate(fp._BY_INDEX):
        assert value is None or fp._BY_CODE_POINT[code] is value, hex(code)
    assert len(fp._BY_INDEX) <= fp._INDEX_END


def _fingerprints_by_dict(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The fingerprints with the list left out: every lookup by the dict."""
    with monkeypatch.context() as patch:
        patch.setattr(fp, "_index", lambda line: None)
        fp._BY_INDEX.clear()
        return [fp.fingerprint(text) for text in texts]


def test_fingerprints_agree_with_the_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    expected = _fingerprints_by_dict(texts, monkeypatch)
    assert not fp._BY_INDEX
    for _ in range(2):  # the list filled while reading, then filled already
        assert [fp.fingerprint(text) for text in texts] == expected


def test_a_full_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past _MAX_CODE_POINTS new dropped characters are not entered in the dict, nor in the
    # list; lines with them take the dict's path, the pattern removing them.
    texts = [*_MADE_UP, "★国务院总理主持召开国务院常务会议☆\n\u00e9" * 3]
    expected = _fingerprints_by_dict(texts, monkeypatch)
    monkeypatch.setattr(fp, "_MAX_CODE_POINTS", 0)
    fp._forget()
    for _ in range(2):
        assert [fp.fingerprint(text) for text in texts] == expected
    assert all(value for value in fp._BY_INDEX if value is not None)  # only kept ones
    fp._forget()


def test_forgotten_tables_hold_only_what_the_next_text_brings() -> None:
    fp.fingerprint("国务院，总理。" * 10)
    assert fp._BY_INDEX
    fp._forget()
    text = "国务院，总理。Ab\u00e9★\n" * 20
    fp.fingerprint(text)
    assert {chr(code) for code, value in fp._BY_CODE_POINT.items() if not value} == set(
        "，。\u00e9★"
    )
    assert {chr(code) for code, value in enumerate(fp._BY_INDEX) if value is not None} == set(
        text
    ) - {"\n"}


def _old_counted(sample: str) -> str:
    """script._counted as it stood: a weight looked up for every character."""
    total = sum(map(script._script_weights().get, sample, itertools.repeat(0)))
    simplified, traditional = total % script._TRADITIONAL_UNIT, total // script._TRADITIONAL_UNIT
    if simplified == traditional:
        return "unknown" if simplified == 0 else "mixed"
    majority = max(simplified, traditional)
    minority = min(simplified, traditional)
    if minority <= 1 or majority >= script._DOMINANT_SHARE * (majority + minority):
        return "simplified" if simplified > traditional else "traditional"
    return "mixed"


def _script_chars() -> tuple[list[str], list[str], list[str], list[str]]:
    simplified = sorted(SIMPLIFIED_ONLY)
    traditional = sorted(TRADITIONAL_ONLY)
    return (
        [c for c in simplified if c <= "\uffff"][:50],
        [c for c in traditional if c <= "\uffff"][:50],
        [c for c in simplified if c > "\uffff"][:5],
        [c for c in traditional if c > "\uffff"][:5],
    )


def test_counts_at_the_edges() -> None:
    simplified, traditional, simplified_far, traditional_far = _script_chars()
    shared = "中文的国家后于\U00020000\U0001f600\ud800a "  # in neither script (some beyond the BMP)
    counts = [*range(14), 19, 20, 21, 24, 25, 26, 39, 40, 41, 99, 100, 101, 399, 400, 401]
    cases = 0
    for s in range(14):
        for t in counts:
            for far in (0, 1, 2):
                # far: how many of each script's characters lie beyond the BMP
                chars = [*(simplified_far[: min(far, s)]), *(simplified * 9)[: s - min(far, s)]]
                chars += [*(traditional_far[: min(far, t)]), *(traditional * 9)[: t - min(far, t)]]
                for order in (chars, chars[::-1], sorted(chars)):
                    text = shared.join(order) + shared
                    assert script._counted(text) == _old_counted(text), (s, t, far)
                    cases += 1
            # and the other way round (traditional the smaller count)
            text = "".join((traditional * 9)[:s] + (simplified * 9)[:t])
            assert script._counted(text) == _old_counted(text), (t, s)
    assert cases > 1000


def test_counts_on_real_text() -> None:
    texts = _texts()
    _, traditional, simplified_far, _ = _script_chars()
    mixed = [
        t + "".join(traditional[:k]) + "".join(simplified_far[:1])
        for t in texts[-3:]
        for k in (0, 1, 2, 5, 50)
    ]
    for text in [*texts, *mixed]:
        assert script._counted(text) == _old_counted(text), text[:60]


def test_enough() -> None:
    # From _enough(s) on, more traditional characters leave the answer as it is.
    for s in range(60):
        enough = script._enough(s)
        answers = {
            _old_counted("后" + "关" * s + "關" * t) for t in range(enough, enough + 4 * s + 8)
        }
        assert answers == {"traditional"}, s
        assert enough <= max(s + 1, 4 * s + 1)
