"""The hostile-input probe of issue 15, rerun: every case in its own process, with a time limit.

Each case builds its input, runs newsparse on it and checks the promise it tests (a result,
TypeError or the library's own error; no record lost; every cut flagged; the time target).
A case that hangs is killed at its process limit; one that crashes the interpreter is
reported with its exit status. Times are the case's own parse time (wall clock and CPU),
not the interpreter start: on a shared machine CPU time is the steadier figure.

    python benchmarks/bench_hostile.py                 # every case
    python benchmarks/bench_hostile.py --only random-1mb,attribute-flood
    python benchmarks/bench_hostile.py --list

The ``owner`` column names who fixes a case that fails (issue 15 split the work).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Case:
    name: str
    owner: str
    limit: float  # seconds the case's own work may take (the target), checked in the child
    code: str  # builds the input into `page` etc., runs, and calls verdict(ok, detail)
    target: str = ""  # the target in words, when it is not `limit` seconds


# Shared by every child: the time measurement and the verdict line the parent reads.
_PRELUDE = '''
import json, os, resource, subprocess, sys, time
import newsparse
P = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"
BODY = "<div class='article'>" + "".join(f"<p>{P}第{i}段。</p>" for i in range(20)) + "</div>"
def html(body, head="", title="新闻标题"):
    return f"<html><head>{head}<title>{title}</title></head><body>{body}</body></html>"
newsparse.parse(html("<p>热身。</p>"))  # lazy tables built outside the timing
_clock = None
def start():
    global _clock
    _clock = (time.perf_counter(), time.process_time())
def verdict(ok, detail, limit=None):
    wall, cpu = time.perf_counter() - _clock[0], time.process_time() - _clock[1]
    if limit is not None and cpu > limit:
        ok, detail = False, f"{detail}; over the {limit} s target"
    print(json.dumps({"ok": bool(ok), "detail": detail, "wall": wall, "cpu": cpu}))
def garbled(text, original):
    """Characters in text that are neither ASCII nor in the original: a misreading."""
    return sorted({c for c in text if ord(c) > 127} - set(original))[:8]
def cli(args, data, name):
    path = os.path.join(os.environ["CASE_DIR"], name)
    with open(path, "wb") as out:
        out.write(data)
    return subprocess.run([sys.executable, "-m", "newsparse", "--no-progress", *args, path],
                          capture_output=True, text=True, timeout=300)
'''

_SURROGATE_RECORDS = """
good = [json.dumps({"text": f"第{i}条 " + P, "url": f"http://a.cn/{i}"}) for i in range(5)]
bad = json.dumps({"text": "坏\\ud800" + P, "url": "http://a.cn/\\ud800"})
data = "\\n".join([good[0], bad, *good[1:]]).encode()
start()
runs = {mode: cli(args, data, "records.jsonl") for mode, args in MODES.items()}
problems = []
for mode, run in runs.items():
    rows = run.stdout.count("http://a.cn/")
    if rows != 6 or "Traceback" in run.stderr:
        problems.append(f"{mode}: {rows}/6 records, rc={run.returncode}, {run.stderr[-200:]!r}")
verdict(not problems, "; ".join(problems) or "6/6 records written in every mode")
"""

CASES = [
    Case(
        "surrogate-jsonl",
        "rel",
        120,
        "MODES = {'jsonl': [], 'workers-2': ['--workers', '2'],"
        " 'csv': ['--format', 'csv']}" + _SURROGATE_RECORDS,
    ),
    Case(
        "surrogate-fields",
        "rel",
        10,
        """
start()
a = newsparse.parse_text("记者\\ud800张三\\n" + P + "\\udfff")
b = newsparse.parse(html(f"<p>{P}\\ud83d\\ude00\\ud800</p>"))
for x in (a, b):
    x.to_json().encode("utf-8")
verdict(True, "every field encodes as UTF-8")
""",
    ),
    Case(
        "wrong-types",
        "api",
        10,
        """
start()
out = []
for call in (lambda: newsparse.parse_html(b"<p>x</p>", encoding=5),
             lambda: newsparse.parse("<p>x</p>", url=5)):
    try:
        call()
        out.append("accepted")
    except TypeError:
        out.append("TypeError")
    except Exception as exc:
        out.append(type(exc).__name__)
verdict(out == ["TypeError", "TypeError"], ", ".join(out))
""",
    ),
    Case(
        "bad-config-value",
        "api",
        10,
        """
start()
try:
    newsparse.Config(max_nodes=-1)
    verdict(False, "accepted")
except newsparse.NewsparseError as exc:
    verdict(isinstance(exc, ValueError), type(exc).__name__)
except Exception as exc:
    verdict(False, f"{type(exc).__name__} (not a NewsparseError)")
""",
    ),
    *[
        Case(
            f"attribute-12mb-{where}",
            "rel",
            20,
            f"""
big = "x" * 12_000_000
page = html({body!r}.format(big=big, body=BODY), {head!r}.format(big=big))
start()
a = newsparse.parse(page)
kept = a.paragraphs.count(P + "第19段。") == 1
verdict(kept or a.truncated, f"{{len(a.paragraphs)}} paragraphs, truncated={{a.truncated}}")
""",
        )
        for where, head, body in (
            ("meta", '<meta name="description" content="{big}">', "{body}"),
            ("title-attr", "", '<p title="{big}">前言。</p>{body}'),
        )
    ],
    Case(
        "attribute-flood",
        "rel",
        5,
        """
attrs = " ".join(f"data-a{i}=x" for i in range(200_000))
page = html(f"<div {attrs}>" + BODY + "</div>")
start()
a = newsparse.parse(page.encode())
verdict(a.truncated and len(a.paragraphs) == 20,
        f"{len(page) / 1e6:.1f} MB, truncated={a.truncated}, {len(a.paragraphs)} paragraphs", 5)
""",
    ),
    Case(
        "random-1mb",
        "rel",
        2,
        """
data = os.urandom(1_000_000)
start()
a = newsparse.parse(data)
verdict(a.page_type == "empty", f"page_type={a.page_type}", 2)
""",
    ),
    *[
        Case(
            f"encoding-{codec}",
            "rel",
            10,
            f"""
text = {text!r}
page = html("".join(f"<p>{{text}}</p>" for _ in range(20)), title=text[:4])
start()
a = newsparse.parse(page.encode({codec!r}))
bad = garbled(a.body + (a.title or ""), page)
verdict(not bad and (a.page_type == "empty" or text[:10] in a.body),
        f"page_type={{a.page_type}}, garbled characters: {{bad}}")
""",
        )
        for codec, text in (
            ("shift_jis", "東京都は二十日、来年から公共交通の運賃を引き上げると発表した。"),
            ("euc_jp", "東京都は二十日、来年から公共交通の運賃を引き上げると発表した。"),
            ("euc_kr", "서울시는 20일 내년부터 대중교통 요금을 인상한다고 발표했다."),
            ("utf-16-le", "英国企业将中国视为重要创新策源地，双方合作不断深化。"),
            ("utf-16-be", "英国企业将中国视为重要创新策源地，双方合作不断深化。"),
            ("utf-32-le", "英国企业将中国视为重要创新策源地，双方合作不断深化。"),
        )
    ],
    Case(
        "utf-16-declared",
        "rel",
        10,
        """
page = html(BODY, '<meta charset="utf-16">').encode("utf-16-le")
start()
a = newsparse.parse(page)
verdict(a.page_type == "article" and P in a.body, f"page_type={a.page_type}")
""",
    ),
    Case(
        "pdf-bytes",
        "rel",
        10,
        """
pdf = b"%PDF-1.4\\n1 0 obj << /Type /Catalog >> endobj\\n" * 200
start()
a = newsparse.parse(pdf)
run = cli([], pdf, "report.html")
skipped = "application/pdf" in run.stderr and not run.stdout.strip()
verdict(a.page_type == "empty" and skipped,
        f"parse: {a.page_type}; CLI on report.html: {run.stderr.strip()[:120]!r}")
""",
    ),
    Case(
        "gzip-body",
        "rel",
        10,
        """
import gzip
start()
a = newsparse.parse(gzip.compress(html(BODY).encode("gb18030")))
verdict(len(a.paragraphs) == 20 and not a.truncated, f"{len(a.paragraphs)} paragraphs")
""",
    ),
    Case(
        "copyright-tail",
        "lead",
        10,
        """
para = ("英国企业将中国视为重要创新策源地。" * 170) + "凡本网注明来源的作品，未经授权不得转载。"
start()
a = newsparse.parse(html(f"<div class='article'><p>{para}</p></div>"))
verdict(a.page_type == "article" and para[:50] in a.body, f"page_type={a.page_type}")
""",
    ),
    Case(
        "quiet-stderr",
        "api",
        20,
        """
start()
run = subprocess.run([sys.executable, "-c",
    "import newsparse; newsparse.parse(bytes(range(128, 256)) * 50)"
    "; newsparse.parse('<p>' + chr(0xfffd) * 3 + '</p>')"], capture_output=True, text=True)
verdict(not run.stderr, f"stderr: {run.stderr.strip()[:160]!r}")
""",
    ),
    *[
        Case(
            f"page-50mb-{shape}",
            "rel",
            10,
            f"""
shape = {shape!r}
if shape == "paragraphs":
    page = html(f"<div><p>{{P}}</p></div>" * (50_000_000 // 170))
else:
    path = os.path.join(os.environ["NEWSPARSE_SHARED"], "data", "gne_pages", "ifeng_1.html")
    source = open(path, encoding="utf-8").read()
    body = source[source.find("<body"):source.rfind("</body>")]
    page = html(body * (50_000_000 // len(body.encode()) + 1))
data = page.encode()
start()
a = newsparse.parse(data)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
verdict(a.truncated,
        f"{{len(data) / 1e6:.0f}} MB, truncated={{a.truncated}}, peak {{peak:.0f}} MB", 10)
""",
        )
        for shape in ("real-page", "paragraphs")
    ],
]


# The earlier promise (issue 8): pathological input takes at most 20x what lxml alone takes
# to parse it, plus a second. Each builder makes the page from `P`, `html` and `BODY`. (No
# attribute flood: lxml alone takes minutes on one; see the attribute-flood case.)
PATHOLOGICAL = {
    "nested-divs": 'html("<div>" * 50_000 + P + "</div>" * 50_000)',
    "sibling-paragraphs": 'html("".join(f"<p>第{i}段。{P}</p>" for i in range(200_000)))',
    "one-5mb-line": 'html("<p>" + "中国" * (5_000_000 // 6) + "</p>")',
    "all-links": 'html("".join(f"<a href=\'/n/{i}\'>新闻标题第{i}条</a>" for i in range(50_000)))',
    "all-scripts": "html(\"<script>var s = '正文。'; if (a < b) {}</script>\" * 20_000)",
    "long-attribute": 'html("<p title=\'" + "x" * 12_000_000 + "\'>" + P + "</p>" + BODY)',
    "dateline-line": '"新华社北京" * 400_000',
    "credit-line": '"记者 " * 600_000',
}
CASES += [
    Case(
        f"pathological-{name}",
        "rel",
        120,
        f"""
from lxml import etree
page = {builder}
data = page.encode("utf-8")
lxml_start = time.process_time()
etree.fromstring(data, etree.HTMLParser(recover=True, no_network=True))
lxml_cpu = time.process_time() - lxml_start
start()
a = newsparse.parse(page)
cpu = time.process_time() - _clock[1]
bound = 20 * lxml_cpu + 1
verdict(cpu <= bound, f"lxml {{lxml_cpu:.2f}} s, bound {{bound:.1f}} s, truncated={{a.truncated}}")
""",
        "20 x lxml + 1 s",
    )
    for name, builder in PATHOLOGICAL.items()
]


def run_case(case: Case, shared: Path) -> dict[str, object]:
    """Run one case in a fresh interpreter; its verdict, or how it ended."""
    code = _PRELUDE + textwrap.dedent(case.code)
    with tempfile.TemporaryDirectory() as tmp:
        env = {"CASE_DIR": tmp, "NEWSPARSE_SHARED": str(shared), "PATH": "/usr/bin:/bin"}
        began = time.perf_counter()
        try:
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp, env=env,
                timeout=case.limit * 4 + 300,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return {"ok": False, "detail": "killed: no result in time", "wall": None, "cpu": None}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"ok": False, "detail": f"exit {done.returncode}: {tail[:160]}", "wall": None,
                "cpu": time.perf_counter() - began}  # fmt: skip
    result: dict[str, object] = json.loads(lines[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated case names")
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="../shared path")
    args = parser.parse_args()
    cases = CASES
    if args.only:
        wanted = set(args.only.split(","))
        cases = [case for case in CASES if case.name in wanted]
        if missing := wanted - {case.name for case in cases}:
            parser.error(f"unknown cases {sorted(missing)}")
    if args.list:
        for case in cases:
            target = case.target or f"{case.limit:g} s"
            print(f"{case.name:34} owner={case.owner:5} target {target}")
        return
    print(f"{'case':34} {'owner':5} {'result':6} {'wall s':>7} {'cpu s':>7}  detail")
    failed = 0
    for case in cases:
        result = run_case(case, Path(args.shared))
        failed += not result["ok"]
        wall, cpu = (f"{v:7.2f}" if isinstance(v, float) else "      -" for v in
                     (result["wall"], result["cpu"]))  # fmt: skip
        status = "pass" if result["ok"] else "FAIL"
        print(f"{case.name:34} {case.owner:5} {status:6} {wall} {cpu}  {result['detail']}",
              flush=True)  # fmt: skip
    print(f"\n{len(cases) - failed}/{len(cases)} cases pass")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
