"""Machine instructions a command executes, counted by valgrind's cachegrind: a measure of
work that the load of a shared machine does not move (the instruction benchmarks use it)."""

from __future__ import annotations

import gc
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def require_valgrind() -> None:
    """Exit with a message when valgrind is not installed."""
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: this benchmark counts instructions with it")


def count_instructions(args: list[str], env: dict[str, str] | None = None) -> int:
    """Instructions executed by ``python args...`` (this interpreter) under cachegrind."""
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, *args,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    found = _REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def one_pass_main(
    script: str,
    run: Callable[[list[Any], int], None],
    what: str,
    inputs: Callable[[], list[Any]],
) -> None:
    """The command line of an instruction benchmark: ``script [TREE]`` builds the
    ``inputs`` once, writes them to a file, and counts one and three passes of ``run`` over
    them (under valgrind, each in its own process with a fixed hash seed, the collector off
    once warmed up) in the checkout TREE (this one by default); half the difference is one
    pass of ``what``. Reading the inputs from a file keeps the count the same from run to
    run: building them in each process moved it by about 1%."""
    if len(sys.argv) == 4 and sys.argv[1] == "--run":
        with open(sys.argv[3], "rb") as file:
            items = pickle.load(file)
        run(items[:5], 1)  # warm-up: imports, lazy tables and patterns are not counted
        gc.collect()
        gc.disable()
        run(items, int(sys.argv[2]))
        return
    require_valgrind()
    tree = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(script).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "inputs.pickle"
        path.write_bytes(pickle.dumps(inputs()))
        one, three = (count_instructions([script, "--run", str(n), str(path)], env) for n in (1, 3))
    print(f"{tree}: {(three - one) / 2e6:,.0f} M instructions for {what}")
