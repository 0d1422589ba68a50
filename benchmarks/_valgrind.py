"""Machine instructions a command executes, counted by valgrind's cachegrind: a measure of
work that the load of a shared machine does not move (the instruction benchmarks use it)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

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
