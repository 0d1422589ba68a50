"""Page-level fields against the hand labels, side by side with trafilatura and newspaper4k;
and the fingerprint on copies of one story.

The labels are ``tests/data/labels/*.json`` (see the README there): people who read each
page wrote its description, lead image, tags, section, site name, language, canonical
address and update time where the page's markup has them. A field is scored on the pages
whose label has it ("hit": the tool's value equals the label's after removing whitespace,
decoding entities and folding width; tags: the same set); "extra" counts pages whose label
has no value where the tool still gives one. ``published`` is scored at the label's
precision (day, minute or second) to check the time rules.

Fingerprints: distance between the same story in two templates (ifeng_1/ifeng_2; the BBC
page stored twice in html_dev), between each article's HTML and its flattened text (the
WET form of ``bench_text.py``) with the body F1 of the two extractions beside it, between
each article and its conversion to the other script, and between different stories.

    python benchmarks/bench_meta.py [--details] [--labels DIR]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import html as _html
import importlib.metadata
import itertools
import json
import statistics
import sys
import unicodedata
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from _corpus import ROOT, SHARED, char_f1, dev_urls, flatten, read_page, squeeze

FIELDS = ("description", "image", "tags", "section", "site_name", "language",
          "canonical_url", "modified", "published", "published (day)")  # fmt: skip
# Pairs of pages that hold the same story (template or copy), by label file name. The ltn
# pair (the Liberty Times story on its news site and on its special-topic site) was found
# by the fingerprint (3 bits apart) and confirmed by reading both labels: same headline,
# same time, same lead.
SAME_STORY = (
    ("dev_pages/cn/ifeng_1.html", "dev_pages/cn/ifeng_2.html"),
    ("html_dev.jsonl#newspaper4k/chinese_article", "html_dev.jsonl#goose3/test_bbc_chinese"),
    ("dev_pages/tw/ltn_2.html", "dev_pages/tw/ltn_6.html"),
)
NEAR = 3  # bits: the bound for copies of one story


def load(labels_dir: Path) -> list[tuple[dict[str, Any], str, str | None]]:
    """(label, page, url) for every labelled page present in ../shared/data."""
    urls = dev_urls()
    cases = []
    for path in sorted(labels_dir.glob("*.json")):
        for label in json.loads(path.read_text(encoding="utf-8")):
            page = SHARED / "data" / label["file"].split("#", 1)[0]
            if page.exists():
                text = read_page(SHARED / "data" / label["file"])
                cases.append((label, text, urls.get(label["file"])))
    return cases


def as_wet(page: str) -> str:
    """The page as a WET record's text (as ``bench_text.py`` makes it): title, visible lines."""
    title = lxml.html.document_fromstring(page).findtext(".//title") or ""
    return "\n".join([" ".join(title.split()), *flatten(page)]).strip()


def run_newsparse(page: str, url: str | None) -> dict[str, Any]:
    import newsparse

    a = newsparse.parse_html(page, url=url)
    return {
        "description": a.description, "image": a.image, "tags": list(a.tags),
        "section": a.section, "site_name": a.site_name, "language": a.language,
        "canonical_url": a.canonical_url, "modified": a.modified, "published": a.published,
        "_body": a.body, "_fingerprint": a.fingerprint,
    }  # fmt: skip


def run_trafilatura(page: str, url: str | None) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    if doc is None:
        return {}
    d = doc if isinstance(doc, dict) else doc.as_dict()
    tags = d.get("tags") or []
    categories = d.get("categories") or []
    return {
        "description": d.get("description"), "image": d.get("image"),
        "tags": _split(tags), "section": (_split(categories) or [None])[0],
        "site_name": d.get("sitename"), "language": d.get("language"),
        "canonical_url": d.get("url"), "modified": None, "published": d.get("date"),
        "_body": d.get("text") or "",
    }  # fmt: skip


def run_newspaper(page: str, url: str | None) -> dict[str, Any]:
    import newspaper

    a = newspaper.Article(url or "http://example.com/page", fetch_images=False)
    a.download(input_html=page)
    a.parse()
    keywords = list(a.meta_keywords or []) or list(a.tags or [])
    return {
        "description": a.meta_description or None, "image": a.top_image or a.meta_img or None,
        "tags": _split(keywords), "section": None, "site_name": a.meta_site_name or None,
        "language": a.meta_lang or None, "canonical_url": a.canonical_link or None,
        "modified": None, "published": a.publish_date, "_body": a.text or "",
    }  # fmt: skip


TOOLS: dict[str, Callable[[str, str | None], dict[str, Any]]] = {
    "newsparse": run_newsparse, "trafilatura": run_trafilatura, "newspaper4k": run_newspaper,
}  # fmt: skip


def _split(values: Any) -> list[str]:
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for value in values or []:
        for part in str(value).replace("，", ",").replace(";", ",").split(","):
            if part.strip():
                out.append(part.strip())
    return out


def norm(value: Any) -> str:
    """What two values are compared as: entities decoded, width folded, no whitespace."""
    text = _html.unescape(_html.unescape(str(value)))
    return squeeze(unicodedata.normalize("NFKC", text))


def _when(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def hit(field: str, predicted: Any, gold: Any) -> bool:
    if field == "tags":
        return {norm(t) for t in predicted or []} == {norm(t) for t in gold}
    if field in ("modified", "published"):
        text = _when(predicted)
        return text is not None and text[: len(gold)] == gold  # at the label's precision
    if field == "published (day)":
        text = _when(predicted)
        return text is not None and text[:10] == gold[:10]  # peers that give days only
    if field == "image" or field == "canonical_url":
        return bool(predicted) and str(predicted).strip() == gold
    return bool(predicted) and norm(predicted) == norm(gold)


def declared(page: str, value: str) -> bool:
    """Whether a value appears in the page's markup as written (a meta tag, JSON-LD)."""
    return _html.escape(value, quote=True) in page or value in page


def gold_of(label: dict[str, Any], field: str) -> Any:
    if field in ("modified", "published", "published (day)"):
        return label.get(field.split()[0])
    return (label.get("meta") or {}).get(field)


def evaluate(cases: list[tuple[dict[str, Any], str, str | None]], tool: str, details: bool
             ) -> tuple[dict[str, tuple[int, int, int, int]], list[dict[str, Any]]]:  # fmt: skip
    """Per field: (hits, pages with a label value, extras, present where labelled)."""
    results = []
    scores = {f: [0, 0, 0, 0] for f in FIELDS}
    head = [0, 0]  # image: hits / pages whose labelled image is written in the markup
    for label, page, url in cases:
        try:
            got = TOOLS[tool](page, url)
        except Exception:  # a peer crashing on a page scores zero on it
            if tool == "newsparse":
                raise  # newsparse must not raise on a page: a crash is a bug to see
            got = {}
        results.append(got)
        for field in FIELDS:
            gold, value = gold_of(label, field), got.get(field.split()[0])
            row = scores[field]
            if gold:
                ok = hit(field, value, gold)
                if field == "image" and declared(page, gold):
                    head[0] += ok
                    head[1] += 1
                row[0] += ok
                row[1] += 1
                row[3] += bool(value)
                if details and not ok:
                    print(f"{tool:11s} {field:13s} {label['file'][-40:]:40s} "
                          f"got={str(_when(value) if 'ed' in field else value)[:70]!r} "
                          f"gold={str(gold)[:70]!r}")  # fmt: skip
            elif value:
                row[2] += 1
    out = {f: (a, b, c, d) for f, (a, b, c, d) in scores.items()}
    out["image (written in the markup)"] = (head[0], head[1], 0, 0)
    return out, results


def fingerprints(cases: list[tuple[dict[str, Any], str, str | None]],
                 results: list[dict[str, Any]]) -> None:  # fmt: skip
    import newsparse
    from newsparse._chinese.fingerprint import fingerprint

    by_file = {lab["file"]: (lab, res) for (lab, _, _), res in zip(cases, results, strict=True)}
    print("\nFingerprint (newsparse), distances in bits of 64:")
    for a, b in SAME_STORY:
        if a in by_file and b in by_file:
            fa, fb = by_file[a][1]["_fingerprint"], by_file[b][1]["_fingerprint"]
            print(f"- same story, two templates: {a.split('/')[-1]} / {b.split('/')[-1]}: "
                  f"{newsparse.fingerprint_distance(fa, fb)}")  # fmt: skip
    articles = [(label, page, url, res) for (label, page, url), res in zip(cases, results,
                strict=True) if label["kind"] == "article" and res.get("_fingerprint")]  # fmt: skip
    script, pages, text_rows = [], [], []
    for _label, page, url, res in articles:
        convert = (newsparse.to_traditional if "Hans" in str(res["language"])
                   else newsparse.to_simplified)  # fmt: skip
        again = newsparse.parse_html(convert(page), url=url).fingerprint or "0" * 16
        pages.append(newsparse.fingerprint_distance(res["_fingerprint"], again))
        script.append(newsparse.fingerprint_distance(
            res["_fingerprint"], fingerprint(convert(res["_body"])) or "0" * 16))  # fmt: skip
        flat = newsparse.parse_text(as_wet(page), url=url)
        if flat.fingerprint:
            same_body = char_f1(flat.body, res["_body"])
            text_rows.append((newsparse.fingerprint_distance(res["_fingerprint"],
                              flat.fingerprint), same_body))  # fmt: skip
    print(
        f"- body converted to the other script, {len(script)} articles: within {NEAR} bits "
        f"{sum(d <= NEAR for d in script)}, max {max(script)}"
    )
    print(
        f"- whole page converted to the other script and parsed again: within {NEAR} bits "
        f"{sum(d <= NEAR for d in pages)}, max {max(pages)}"
    )
    close = [d for d, f1 in text_rows if f1 >= 0.99]
    print(
        f"- HTML vs its flattened text, {len(text_rows)} articles: within {NEAR} bits "
        f"{sum(d <= NEAR for d, _ in text_rows)}; where both bodies agree (F1 >= 0.99, "
        f"{len(close)}): within {NEAR} bits {sum(d <= NEAR for d in close)}, "
        f"median {statistics.median(close) if close else '-'}"
    )
    pairs = {frozenset(p) for p in SAME_STORY}
    different = [newsparse.fingerprint_distance(x[3]["_fingerprint"], y[3]["_fingerprint"])
                 for x, y in itertools.combinations(articles, 2)
                 if frozenset((x[0]["file"], y[0]["file"])) not in pairs]  # fmt: skip
    print(
        f"- different stories, {len(different)} pairs: median {statistics.median(different)}, "
        f"min {min(different)}, under 10 bits {sum(d < 10 for d in different)}"
    )


def peer_fingerprints(cases: list[tuple[dict[str, Any], str, str | None]],
                      results: list[dict[str, Any]]) -> None:  # fmt: skip
    """trafilatura's SimHash of its own extracted text (it samples whitespace-separated
    tokens, which Chinese text has few of)."""
    from trafilatura.deduplication import Simhash

    hashes = {label["file"]: Simhash(res["_body"]) for (label, _, _), res
              in zip(cases, results, strict=True) if res.get("_body")}  # fmt: skip
    print("\nFingerprint (trafilatura's Simhash of its text):")
    for a, b in SAME_STORY:
        if a in hashes and b in hashes:
            print(f"- same story: {a.split('/')[-1]} / {b.split('/')[-1]}: "
                  f"{(hashes[a].hash ^ hashes[b].hash).bit_count()}")  # fmt: skip
    articles = [label["file"] for label, _, _ in cases
                if label["kind"] == "article" and label["file"] in hashes]  # fmt: skip
    pairs = {frozenset(p) for p in SAME_STORY}
    different = [(hashes[x].hash ^ hashes[y].hash).bit_count() for x, y in
                 itertools.combinations(articles, 2) if frozenset((x, y)) not in pairs]  # fmt: skip
    print(
        f"- different stories, {len(different)} pairs: median "
        f"{statistics.median(different)}, min {min(different)}, "
        f"under 10 bits {sum(d < 10 for d in different)}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="one line per miss")
    parser.add_argument("--labels", type=Path, default=ROOT / "tests" / "data" / "labels")
    parser.add_argument("--tools", default=",".join(TOOLS))
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    cases = load(args.labels)
    if not cases:
        sys.exit("needs ../shared/data (set NEWSPARSE_SHARED) and the labels")
    tools = [t for t in args.tools.split(",") if t in TOOLS]
    rows, kept = {}, {}
    for tool in tools:
        rows[tool], kept[tool] = evaluate(cases, tool, args.details)
    print(
        f"{len(cases)} labelled pages; per field: hits / pages whose label has it "
        "(present where labelled; extra = value where the label has none)\n"
    )
    print("| field | " + " | ".join(tools) + " |")
    print("|---|" + "---|" * len(tools))
    for field in [*FIELDS, "image (written in the markup)"]:
        cells = []
        for tool in tools:
            hits, total, extra, present = rows[tool][field]
            share = hits / total if total else 0.0
            cells.append(f"{hits}/{total} = {share:.2f} (present {present}, extra {extra})")
        print(f"| {field} | " + " | ".join(cells) + " |")
    if "newsparse" in kept:
        fingerprints(cases, kept["newsparse"])
    if "trafilatura" in kept:
        peer_fingerprints(cases, kept["trafilatura"])
    versions = ", ".join(f"{p} {_version(p)}" for p in ("newsparse", "trafilatura", "newspaper4k"))
    print(f"\nmeasured {_dt.date.today().isoformat()}; {versions}")


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


if __name__ == "__main__":
    main()
