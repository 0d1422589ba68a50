"""The benchmark corpus and its metrics, shared by ``bench_html.py`` and ``bench_text.py``.

Two sets of pages, both read from ``../shared/data`` (never copied into the repository):

* ``labelled``: the 31 GNE test pages and 3 Hong Kong pages with the hand labels in
  ``tests/data/gne_labels.json`` (title, publish date, authors, first and last body
  sentence). The gold body is the page's visible text from the first sentence to the last,
  cut out of a plain flattening of the page (block elements are lines; scripts dropped).
* ``dev``: the 22 pages of ``html_dev.jsonl`` with the fields their source labelled.
  Records whose ``meta.self_generated`` is true carry another tool's own output as the
  expected content (Readability.js, newspaper4k): their body scores are indicative only,
  and their titles and authors are not scored.

Body character F1 is the longest-common-subsequence overlap of predicted and gold text
after removing whitespace, computed with a bit-parallel LCS (Hyyrö 2004) over Python ints.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))
LABELS = ROOT / "tests" / "data" / "gne_labels.json"
# Characters compared: whitespace and invisible marks carry no content.
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
_LCS_CAP = 30_000
_FLAT_DROP = ("script", "style", "noscript", "template", "head")
_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
_FLAT_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_FLAT_BLOCKS = frozenset(
    {
        "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br",
        "section", "article", "dd", "dt", "pre", "figcaption", "table", "ul", "ol",
        "blockquote", "header", "footer", "nav", "aside", "main", "form", "center",
    }
)  # fmt: skip


@dataclass
class Case:
    """One benchmark page with what is known about it (None: not scored)."""

    name: str
    group: str
    html: str
    url: str | None
    body: str | None = None
    title: str | None = None
    title_scored: bool = False
    date: str | None = None
    date_scored: bool = False
    authors: tuple[str, ...] = ()
    authors_scored: bool = False
    indicative_body: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def squeeze(text: str | None) -> str:
    """Text without whitespace and invisible marks (what the metrics compare)."""
    return _INVISIBLE.sub("", text or "")


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of two strings (bit-parallel)."""
    a, b = a[:_LCS_CAP], b[:_LCS_CAP]
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    masks: dict[str, int] = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for ch in a:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - bin(v).count("1")


def char_f1(predicted: str | None, gold: str) -> float:
    """Character F1 of two texts by LCS after removing whitespace."""
    p, g = squeeze(predicted), squeeze(gold)
    if not p or not g:
        return 1.0 if p == g else 0.0
    common = lcs_length(p, g)
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def flatten(html: str) -> list[str]:
    """The page's visible text as lines: block elements break lines, scripts are dropped."""
    # Browsers ignore a stray </html> or </body> mid-page; libxml2 would stop there.
    html = _STRAY_END.sub("", html)
    root = lxml.html.document_fromstring(html, parser=_FLAT_PARSER)
    etree.strip_elements(root, *_FLAT_DROP, with_tail=False)
    lines: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        text = re.sub(r"\s+", " ", "".join(parts)).strip()
        if text:
            lines.append(text)
        parts.clear()

    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            if event == "end" and el.tail:
                parts.append(el.tail)
            continue
        block = el.tag in _FLAT_BLOCKS
        if event == "start":
            if block:
                flush()
            parts.append(el.text or "")
        else:
            if block:
                flush()
            parts.append(el.tail or "")
    flush()
    return lines


def _gold_body(html: str, first: str, last: str, skip_first: int) -> str | None:
    return gold_body_of(html, {"first": first, "last": last, "skip_first": skip_first})


def gold_body_of(html: str, label: dict[str, Any], keep_lines: bool = False) -> str | None:
    """The gold body a label gives: the page's visible text from ``first`` to ``last``.

    Lines inside that span holding one of the label's ``body_drop`` strings (captions,
    in-body adverts the labeller read as not part of the article) are left out. Returns the
    text without whitespace, or its lines joined by newlines when ``keep_lines``; None when
    the two sentences are not found in order.
    """
    lines = flatten(html)
    squeezed = [squeeze(line) for line in lines]
    text = "".join(squeezed)
    first, last = squeeze(label.get("first")), squeeze(label.get("last"))
    if not first or not last:
        return None
    start = -1
    for _ in range(int(label.get("skip_first", 0)) + 1):
        start = text.find(first, start + 1)
        if start < 0:
            return None
    end = text.find(last, start)
    if end < 0:
        return None
    end += len(last)
    drops = [squeeze(d) for d in label.get("body_drop", ()) if squeeze(d)]
    kept: list[str] = []
    offset = 0
    for line, sq in zip(lines, squeezed, strict=True):
        lo, hi = offset, offset + len(sq)
        offset = hi
        if hi <= start or lo >= end or not sq:
            continue
        if lo >= start and hi <= end and any(d in sq for d in drops):
            continue
        part = sq[max(lo, start) - lo : min(hi, end) - lo]
        if keep_lines:
            kept.append(line if part == sq else part)
        else:
            kept.append(part)
    return ("\n" if keep_lines else "").join(kept)


def read_page(path: Path) -> str:
    """A dev page decoded with the codec its bytes follow (the manifest says which)."""
    if ".jsonl#" in str(path):
        file, record_id = str(path).split("#", 1)
        for line in Path(file).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] == record_id:
                return str(record["html"])
        raise FileNotFoundError(f"no record {record_id!r} in {file}")
    if path.parent.parent.name == "dev_pages":
        codec = _manifest_codecs().get(f"{path.parent.name}/{path.name}")
        if codec:
            return path.read_bytes().decode(codec, "replace")
    return _read_page(path)


def _read_page(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace")


_CODECS: dict[str, str] = {}


def _manifest_codecs() -> dict[str, str]:
    if not _CODECS:
        manifest = SHARED / "data" / "dev_pages" / "MANIFEST.jsonl"
        for line in manifest.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            actual = row["encoding"].split("actual ", 1)[1].split()[0]
            _CODECS[row["file"]] = "utf-8-sig" if "BOM" in row["encoding"] else actual
    return _CODECS


def labelled_cases() -> list[Case]:
    """The 34 hand-labelled pages (empty when ../shared is absent)."""
    cases = []
    for label in json.loads(LABELS.read_text(encoding="utf-8")):
        path = SHARED / "data" / label["file"]
        if not path.exists():
            continue
        html = _read_page(path)
        body = _gold_body(html, label["first"], label["last"], label.get("skip_first", 0))
        cases.append(
            Case(
                name=label["file"], group="labelled", html=html, url=None, body=body,
                title=label["title"], title_scored=True,
                date=(label["published"] or "")[:10] or None, date_scored=True,
                authors=tuple(label["authors"]), authors_scored=True,
            )
        )  # fmt: skip
    return cases


def dev_cases() -> list[Case]:
    """The 22 pages of html_dev.jsonl with the fields their source labelled."""
    path = SHARED / "data" / "html_dev.jsonl"
    if not path.exists():
        return []
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        expected, meta = record["expected"], record["meta"]
        trusted = not meta.get("self_generated")
        date = meta.get("publish_date_norm") or (expected.get("publish_time") or "")[:10] or None
        author = expected.get("author")
        cases.append(
            Case(
                name=record["id"], group="dev", html=record["html"], url=record.get("url"),
                body=expected.get("content"), indicative_body=not trusted,
                title=expected.get("title"), title_scored=trusted and bool(expected.get("title")),
                date=date, date_scored=date is not None,
                authors=(author,) if author else (), authors_scored=trusted and bool(author),
                extra={"with": meta.get("with", []), "without": meta.get("without", [])},
            )
        )  # fmt: skip
    return cases


def date_matches(predicted: _dt.datetime | _dt.date | str | None, gold: str | None) -> bool:
    """Whether a predicted publish date falls on the gold day (both None counts)."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    text = predicted if isinstance(predicted, str) else predicted.isoformat()
    return text[:10] == gold[:10]


def authors_match(predicted: tuple[str, ...] | list[str], gold: tuple[str, ...]) -> bool:
    """Exact set equality of names (whitespace ignored)."""
    return {squeeze(a) for a in predicted if squeeze(a)} == {squeeze(a) for a in gold}


def title_matches(predicted: str | None, gold: str | None) -> bool:
    """Exact title after removing whitespace and invisible marks."""
    return squeeze(predicted) == squeeze(gold)
