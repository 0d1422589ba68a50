"""Paths and helpers the test modules share: the seeds, the data shipped in ``tests/data``
and the shared dev data beside the repository (``../shared``, or ``NEWSPARSE_SHARED``).

Test modules import these by name (``from _helpers import seed_paths``); ``conftest.py``
keeps only what pytest itself reads (fixtures, Hypothesis profiles).
"""

from __future__ import annotations

import functools
import html
import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
TESTS_DATA = Path(__file__).resolve().parent / "data"
# The dev data lives beside the repository and is never copied into it.
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))


def seed_paths() -> list[Path]:
    """The five seed pages (flattened text) shipped in ``seeds/``."""
    return sorted(SEEDS_DIR.glob("*.txt"))


def shared_path(*parts: str) -> Path:
    """Path into ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared dev data at {path} (absent in this checkout)")
    return path


# ---------------------------------------------------------------------------------------
# The page slice shipped in tests/data/pages (hand-written pages and the seeds as HTML), so
# that tests needing HTML run without ../shared (see tests/data/pages/README.md).

PAGES_DIR = TESTS_DATA / "pages"


@functools.cache
def page_labels() -> tuple[dict[str, Any], ...]:
    """The labels of the hand-written pages, one per page (``tests/data/pages/labels.json``)."""
    labels = json.loads((PAGES_DIR / "labels.json").read_text(encoding="utf-8"))
    return tuple(labels)


def page_text(label: dict[str, Any]) -> str:
    """A hand-written page decoded with the charset its label gives."""
    return (PAGES_DIR / label["file"]).read_bytes().decode(label["charset"])


def shipped_lines(made_up: list[str], *, unstripped: bool = False) -> list[str]:
    """``made_up``, then the lines of the seeds and the visible text of the shipped pages,
    stripped (and as they stand as well, with ``unstripped``), each once, in that order: the
    real lines a per-line shortcut is compared with the search it skips on."""
    import lxml.html  # here: a test module that does not ask for lines does not pay for it

    lines = list(made_up)
    for path in seed_paths():
        raw = path.read_text(encoding="utf-8").splitlines()
        lines += [line.strip() for line in raw] + (raw if unstripped else [])
    for path in sorted(PAGES_DIR.glob("*.html")):
        root = lxml.html.document_fromstring(path.read_bytes())
        texts = root.xpath("//body//text()[not(ancestor::script or ancestor::style)]")
        lines += [text.strip() for text in texts] + ([str(t) for t in texts] if unstripped else [])
    return list(dict.fromkeys(lines))


def seed_html(path: Path) -> bytes:
    """A seed as a minimal HTML page, one ``<p>`` per line, in GB18030 (simplified seeds) or
    Big5-HKSCS (the traditional one), the charset declared."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    charset = _seed_charset(path)
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    page = f'<html><head><meta charset="{charset}"></head><body>\n{body}</body></html>'
    return page.encode(charset, "xmlcharrefreplace")


def _seed_charset(path: Path) -> str:
    return "big5hkscs" if path.stem.startswith("001") else "gb18030"  # 001 is traditional


def slice_html() -> list[tuple[str, bytes]]:
    """``(name, bytes)`` for every page of the slice: the hand-written pages, then the seeds."""
    pages = [(label["file"], (PAGES_DIR / label["file"]).read_bytes()) for label in page_labels()]
    pages += [(f"seed {p.stem}", seed_html(p)) for p in seed_paths()]
    return pages


def slice_texts() -> list[tuple[str, str]]:
    """``(name, text)``: the slice's pages decoded with the charset each is written in."""
    pages = [(label["file"], page_text(label)) for label in page_labels()]
    pages += [(f"seed {p.stem}", seed_html(p).decode(_seed_charset(p))) for p in seed_paths()]
    return pages


def shared_html_files() -> list[Path]:
    """The shared GNE and Hong Kong dev pages, or none when ../shared is absent."""
    data = SHARED / "data"
    return sorted([*data.glob("gne_pages/*.html"), *data.glob("hk_pages/*.html")])


def stage_calls(module: Any, name: str, inputs: list[bytes | str]) -> list[tuple[Any, Any]]:
    """Every call ``module.name`` receives while newsparse parses ``inputs`` (str as flattened
    text, bytes as HTML): a deep copy of its first argument and its keyword arguments as they
    came in (a stage's finder, replayed by the shortcut tests)."""
    import copy

    import newsparse

    caught: list[tuple[Any, Any]] = []
    real = getattr(module, name)

    def catch(first: Any, **kwargs: Any) -> Any:
        caught.append(copy.deepcopy((first, kwargs)))
        return real(first, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, name, catch)
        for data in inputs:
            newsparse.parse_text(data) if isinstance(data, str) else newsparse.parse(data)
    return caught
