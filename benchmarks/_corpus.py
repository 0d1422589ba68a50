"""The labelled corpus and its metrics, shared by the benchmarks, the score guard and the tools.

Pages are read from ``../shared/data`` (never copied into the repository); the labels,
written by people who read each page, are ``tests/data/labels/*.json`` (their README states
every field and decision). The gold body of a page is its visible text from the label's first
sentence to its last, cut out of a plain flattening of the page (block elements are lines,
scripts dropped), minus the lines the labeller marked as not body (``body_drop``).

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
LABELS = ROOT / "tests" / "data" / "labels"
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


@dataclass
class Page:
    """One labelled page: where it is, what a person read on it, and its gold body."""

    name: str
    site: str
    region: str
    era: str
    kind: str
    html: str
    data: bytes
    url: str | None
    label: dict[str, Any]
    body: str | None = None  # the gold body, whitespace removed (articles with checked bodies)
    lines: list[str] = field(default_factory=list)  # the gold body's lines


def _site_of(name: str) -> str:
    """The site a page comes from: held-out scores keep every site on one side."""
    if name.startswith("html_dev.jsonl#"):
        record = name.split("#", 1)[1]
        tail = record.split("/", 1)[1]
        host = re.sub(r"^(?:archive\.org\.)?(?:www\.)?", "", tail)
        known = {"1580240354": "udn", "1728970162": "udn", "1546021647": "upmedia",
                 "1564888577": "ltn", "1500260110": "sina_tw", "chinese_article": "bbc",
                 "chinese_article_001": "chinadaily", "chinese_article_002": "xinhuanet",
                 "test_bbc_chinese": "bbc"}  # fmt: skip
        if tail.split(".")[0] in known:
            return known[tail.split(".")[0]]
        return host.split(".")[0] if "." in host else tail
    stem = Path(name).stem
    if name.startswith("hk_pages/"):
        return stem.split("_")[1]
    return stem.rsplit("_", 1)[0]


_ERA_OF_SITE = {"gne_pages": "2019-20", "hk_pages": "2020"}


def _era_of(name: str, label: dict[str, Any], manifest: dict[str, dict[str, Any]]) -> str:
    year = None
    row = manifest.get(name.removeprefix("dev_pages/"))
    if row and row.get("year"):
        year = int(row["year"])
    elif label.get("published"):
        year = int(str(label["published"])[:4])
    if year is None:
        return _ERA_OF_SITE.get(name.split("/")[0], "unknown")
    return "2000s" if year < 2010 else "2010-15" if year < 2016 else "2016-"


def _raw_bytes(name: str) -> tuple[bytes, str]:
    if ".jsonl#" in name:
        html = read_page(SHARED / "data" / name)
        return html.encode("utf-8"), html
    path = SHARED / "data" / name
    return path.read_bytes(), read_page(path)


def dev_urls() -> dict[str, str | None]:
    """The address of every html_dev.jsonl page, keyed as the labels name it."""
    urls: dict[str, str | None] = {}
    dev = SHARED / "data" / "html_dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            urls[f"html_dev.jsonl#{record['id']}"] = record.get("url")
    return urls


def labelled_pages(kinds: tuple[str, ...] = ("article", "listing", "empty")) -> list[Page]:
    """Every labelled page whose HTML is present (empty when ../shared is absent)."""
    if not (SHARED / "data").exists():
        return []
    manifest_path = SHARED / "data" / "dev_pages" / "MANIFEST.jsonl"
    manifest = {}
    if manifest_path.exists():
        for line in manifest_path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            manifest[row["file"]] = row
    urls = dev_urls()
    pages = []
    for path in sorted(LABELS.glob("*.json")):
        for label in json.loads(path.read_text(encoding="utf-8")):
            name = label["file"]
            if label["kind"] not in kinds:
                continue
            try:
                data, html = _raw_bytes(name)
            except (OSError, FileNotFoundError):
                continue
            page = Page(
                name=name, site=_site_of(name), region=label.get("region", "cn"),
                era=_era_of(name, label, manifest), kind=label["kind"], html=html, data=data,
                url=urls.get(name) or label.get("meta", {}).get("canonical_url"), label=label,
            )  # fmt: skip
            if label["kind"] == "article" and label.get("body_checked"):
                page.body = gold_body_of(html, label)
                lines = gold_body_of(html, label, keep_lines=True)
                page.lines = lines.split("\n") if lines else []
            pages.append(page)
    return pages


def published_matches(predicted: _dt.datetime | str | None, gold: str | None) -> bool:
    """Whether a predicted publish time agrees with the label at the label's precision.

    A label of ``2013-06-29T16:17`` needs that minute; ``2013-06-29`` needs that day. Both
    None counts as a match (the page gives no time and none was invented).
    """
    if predicted is None or gold is None:
        return predicted is None and gold is None
    text = predicted if isinstance(predicted, str) else predicted.isoformat()
    return text[: len(gold)] == gold


def names_match(predicted: tuple[str, ...] | list[str], gold: list[str] | tuple[str, ...]) -> bool:
    """Exact set equality of names (whitespace ignored)."""
    return {squeeze(a) for a in predicted if squeeze(a)} == {squeeze(a) for a in gold}


def kept(body: str | None, sentence: str | None) -> bool:
    """Whether a sentence is in a body (whitespace ignored)."""
    return bool(sentence) and squeeze(sentence) in squeeze(body)
