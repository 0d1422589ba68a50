"""Rebuild newsparse/_html/data/common_han.py from the pages in ../shared/data.

The table holds the union of the 600 most frequent Han characters of simplified pages and
of traditional pages: each page's visible text (scripts and styles dropped; the dev pages
decoded with the codec their manifest names), counted up to 20,000 Han characters so that
no single page dominates. Pages of tw/ and hk/ and the Hong Kong pages are traditional;
the mainland dev pages, the GNE pages, html_dev.jsonl and the seeds simplified.

    python tools/make_common_han.py > newsparse/_html/data/common_han.py.new
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
PER_SCRIPT = 600
PER_PAGE = 20_000
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CODECS = {"utf-8": "utf-8", "gbk": "gb18030", "big5": "big5hkscs", "big5hkscs": "big5hkscs",
           "cp950": "cp950"}  # fmt: skip


def visible(html: str) -> str:
    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # an unparseable page counts as its raw text
        return html
    for node in root.xpath("//script|//style"):
        node.drop_tree()
    return str(root.text_content())


def pages() -> list[tuple[str, str]]:
    """(script, visible text) of every page."""
    out = []
    for line in (DATA / "dev_pages" / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        actual = entry["encoding"].split("actual ")[1].split(" ")[0]
        data = (DATA / "dev_pages" / entry["file"]).read_bytes().removeprefix(b"\xef\xbb\xbf")
        script = "trad" if entry["file"].startswith(("tw/", "hk/")) else "simp"
        out.append((script, visible(data.decode(_CODECS[actual], "replace"))))
    for path in sorted((DATA / "hk_pages").glob("*.html")):
        out.append(("trad", visible(path.read_text(encoding="utf-8", errors="replace"))))
    for path in sorted((DATA / "gne_pages").glob("*.html")):
        out.append(("simp", visible(path.read_text(encoding="utf-8", errors="replace"))))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        out.append(("simp", path.read_text(encoding="utf-8")))
    for line in (DATA / "html_dev.jsonl").read_text(encoding="utf-8").splitlines():
        out.append(("simp", visible(json.loads(line)["html"])))
    return out


def main() -> None:
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for script, text in pages():
        counts[script].update(_HAN.findall(text)[:PER_PAGE])
    chars = sorted({ch for c in counts.values() for ch, _ in c.most_common(PER_SCRIPT)})
    lines = ["".join(chars[i : i + 40]) for i in range(0, len(chars), 40)]
    sys.stdout.write("\n".join(f'    "{line}"' for line in lines) + "\n")
    print(f"{len(chars)} characters", file=sys.stderr)


if __name__ == "__main__":
    main()
