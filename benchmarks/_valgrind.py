"""Machine instructions a command executes, counted by valgrind's cachegrind: a measure of
work that the load of a shared machine does not move (the instruction benchmarks use it)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

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


def one_pass_main(script: str, run: Callable[[int], None], what: str) -> None:
    """The command line of an instruction benchmark: ``script --run N`` runs N passes (under
    valgrind); ``script [TREE]`` counts two passes and one of the checkout TREE (this one
    by default) with a fixed hash seed, and prints the difference, one pass of ``what``."""
    if len(sys.argv) == 3 and sys.argv[1] == "--run":
        run(int(sys.argv[2]))
        return
    require_valgrind()
    tree = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(script).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    one, two = (count_instructions([script, "--run", str(n)], env) for n in (1, 2))
    print(f"{tree}: {(two - one) / 1e6:,.0f} M instructions for {what}")
