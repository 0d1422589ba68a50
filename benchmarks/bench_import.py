"""Import cost and parse() speed of two source trees of newsparse, side by side.

A change to how newsparse starts (patterns compiled on first use, imports deferred) must
make ``import newsparse`` cheaper without making ``parse()`` slower. This script measures
both for two trees in one run: ``--before`` (a checkout of the old code, e.g. made with
``git archive <commit> newsparse | tar -x -C /tmp/before``) and ``--after`` (this
repository by default). Each measurement runs in fresh processes, the trees alternating
round by round (and which goes first alternating too), so a busy spell on a shared machine
hits both alike.

- **import**: the cumulative time of the ``newsparse`` line of
  ``python -X importtime -c "import newsparse"`` (compiled bytecode present: one warm-up
  import per tree writes it). Median and best over the rounds.
- **import + first parse**: import, then parse each seed once, timed in the process;
  work deferred from import to the first call shows here.
- **parse per page**: each worker process parses every page once to warm up, then
  ``--reps`` times; a page's time is its best over all reps and rounds (the least
  disturbed by other load); the mean over the pages is shown. Sets: the 5 seeds (text) and
  the 31 GNE pages of ``../shared/data/gne_pages`` (HTML, as str), when present. The
  workers also hash every result (``Article.to_json()``), so the table says whether the
  two trees give identical output.
- ``--instructions`` (needs valgrind): machine instructions of ``import newsparse`` and of
  one parse pass over each set, counted with cachegrind (``PYTHONHASHSEED=0``, so that set
  and dict orders are the same in both trees, and the garbage collector paused during the
  passes); the load of the machine cannot move them.

Run::

    python benchmarks/bench_import.py --before /tmp/before [--rounds 9] [--instructions]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))
SETS = {
    "seeds": (ROOT / "seeds", "*.txt"),
    "gne_pages": (SHARED / "data" / "gne_pages", "*.html"),
}
_IMPORT_LINE = re.compile(r"^import time:\s+\d+\s+\|\s+(\d+)\s+\|\s?newsparse$", re.M)
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users import from compiled bytecode
    return env


def _pages(name: str) -> list[Path]:
    folder, pattern = SETS[name]
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


# -- workers (run in a child process whose PYTHONPATH holds one tree) ------------------------


def _work_parse(set_name: str, reps: int, passes: int) -> None:
    import newsparse

    assert Path(newsparse.__file__).resolve().is_relative_to(Path.cwd().resolve())
    pages = [p.read_text(encoding="utf-8") for p in _pages(set_name)]
    digests = []
    for page in pages:  # warm-up: tables and converters built lazily are built now
        digests.append(hashlib.sha256(newsparse.parse(page).to_json().encode()).hexdigest())
    if passes:  # counted under valgrind: no clocks, just the passes
        # With the collector on, collections land at different moments in two trees whose
        # imports left different numbers of objects: one pass over the seeds moved by 7%
        # between trees that run the same Python calls. Off, the count is the parsing.
        gc.collect()
        gc.disable()
        for _ in range(passes):
            for page in pages:
                newsparse.parse(page)
        return
    best = [float("inf")] * len(pages)
    clock = time.perf_counter
    for _ in range(reps):
        for i, page in enumerate(pages):
            start = clock()
            newsparse.parse(page)
            best[i] = min(best[i], clock() - start)
    print(json.dumps({"best": best, "digests": digests}))


def _work_first_parse() -> None:
    start = time.perf_counter()
    import newsparse

    imported = time.perf_counter()
    assert Path(newsparse.__file__).resolve().is_relative_to(Path.cwd().resolve())
    for page in _pages("seeds"):
        newsparse.parse(page.read_text(encoding="utf-8"))
    done = time.perf_counter()
    print(json.dumps({"import": imported - start, "first_parse": done - imported}))


# -- the driver ----------------------------------------------------------------------------


def _child(
    tree: Path, *args: str, prefix: tuple[str, ...] = (), hashseed: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [*prefix, sys.executable, *args]
    env = _env(tree)
    if hashseed is not None:  # the same set and dict orders in both trees
        env["PYTHONHASHSEED"] = hashseed
    # cwd=tree: "python -c" puts the working directory first on sys.path, before PYTHONPATH.
    return subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=True)


def _import_us(tree: Path) -> int:
    done = _child(tree, "-X", "importtime", "-c", "import newsparse")
    found = _IMPORT_LINE.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no import time for newsparse in:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def _worker(tree: Path, *args: str) -> dict[str, object]:
    done = _child(tree, str(Path(__file__).resolve()), "--worker", *args)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _orders(trees: dict[str, Path], rounds: int) -> list[list[tuple[str, Path]]]:
    items = list(trees.items())
    return [items if r % 2 == 0 else items[::-1] for r in range(rounds)]


def _write_bytecode(trees: dict[str, Path]) -> None:
    for tree in trees.values():
        _child(tree, "-c", "import newsparse")


def _measure_import(trees: dict[str, Path], rounds: int) -> None:
    times: dict[str, list[int]] = {label: [] for label in trees}
    first: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
    for order in _orders(trees, rounds):
        for label, tree in order:
            times[label].append(_import_us(tree))
            first[label].append(_worker(tree, "first"))  # type: ignore[arg-type]
    print(f"\n## import newsparse ({rounds} interleaved rounds, -X importtime, ms)\n")
    print("| tree | median | best | import + first parse of the 5 seeds (median) |")
    print("|---|---|---|---|")
    for label in trees:
        total = [f["import"] + f["first_parse"] for f in first[label]]
        print(
            f"| {label} | {statistics.median(times[label]) / 1000:.1f} | "
            f"{min(times[label]) / 1000:.1f} | {statistics.median(total) * 1000:.1f} |"
        )
    before, after = (statistics.median(times[label]) for label in trees)
    print(f"\nafter / before (medians): {after / before:.2f}")


def _measure_parse(trees: dict[str, Path], rounds: int, reps: int) -> None:
    for set_name in SETS:
        pages = _pages(set_name)
        if not pages:
            print(f"\n(set {set_name} skipped: {SETS[set_name][0]} is absent)")
            continue
        best: dict[str, list[float]] = {label: [float("inf")] * len(pages) for label in trees}
        digests: dict[str, list[str]] = {}
        for order in _orders(trees, rounds):
            for label, tree in order:
                result = _worker(tree, "parse", set_name, str(reps))
                best[label] = [min(a, b) for a, b in zip(best[label], result["best"], strict=True)]  # type: ignore[call-overload]
                digests[label] = result["digests"]  # type: ignore[assignment]
        print(
            f"\n## parse() per page: {set_name}, {len(pages)} pages "
            f"({rounds} rounds x {reps} reps, best per page)\n"
        )
        print("| tree | mean ms/page | pages/s |")
        print("|---|---|---|")
        means = {}
        for label in trees:
            means[label] = statistics.fmean(best[label])
            print(f"| {label} | {means[label] * 1000:.2f} | {1 / means[label]:.1f} |")
        before, after = means.values()
        same = sum(a == b for a, b in zip(*digests.values(), strict=True))
        print(f"\nafter / before: {after / before:.3f}; identical results: {same}/{len(pages)}")


def _instructions(tree: Path, *args: str) -> int:
    prefix = ("valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null")
    done = _child(tree, *args, prefix=prefix, hashseed="0")
    found = _REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def _measure_instructions(trees: dict[str, Path]) -> None:
    print("\n## machine instructions (cachegrind)\n")
    columns = " | ".join(f"parse, {s} (per page)" for s in SETS)
    print(f"| tree | import newsparse | {columns} |")
    print("|---|---|" + "---|" * len(SETS))
    for label, tree in trees.items():
        bare = _instructions(tree, "-c", "pass")
        cells = [f"{_instructions(tree, '-c', 'import newsparse') - bare:,}"]
        for set_name in SETS:
            n = len(_pages(set_name))
            if not n:
                cells.append("-")
                continue
            script = str(Path(__file__).resolve())
            one = _instructions(tree, script, "--worker", "parse", set_name, "0", "1")
            two = _instructions(tree, script, "--worker", "parse", set_name, "0", "2")
            cells.append(f"{(two - one) / n:,.0f}")
        print(f"| {label} | " + " | ".join(cells) + " |")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        if sys.argv[2] == "first":
            _work_first_parse()
        else:
            passes = int(sys.argv[5]) if len(sys.argv) > 5 else 0
            _work_parse(sys.argv[3], int(sys.argv[4]), passes)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="tree with the old newsparse/")
    parser.add_argument("--after", type=Path, default=ROOT, help="tree with the new newsparse/")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--reps", type=int, default=5, help="parse passes per worker process")
    parser.add_argument("--instructions", action="store_true", help="also count instructions")
    parser.add_argument("--skip-import", action="store_true", help="no import timings")
    parser.add_argument("--skip-parse", action="store_true", help="no parse timings")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    for label, tree in trees.items():
        if not (tree / "newsparse" / "__init__.py").is_file():
            sys.exit(f"--{label} {tree} holds no newsparse/ package")
    print(f"Python {sys.version.split()[0]}; before = {trees['before']}, after = {trees['after']}")
    _write_bytecode(trees)  # imports read compiled bytecode, as a user's do
    if not args.skip_import:
        _measure_import(trees, args.rounds)
    if not args.skip_parse:
        _measure_parse(trees, args.rounds, args.reps)
    if args.instructions:
        if shutil.which("valgrind") is None:
            sys.exit("valgrind is not installed: --instructions counts with it")
        _measure_instructions(trees)


if __name__ == "__main__":
    main()
