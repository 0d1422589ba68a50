"""Record, per row of ../shared/data/opencc_cases.jsonl, what the default backend does.

Writes tests/data/opencc_expected.json: "pass", or a known failure with its reason (the
characters where the output differs, and why). Re-run after upgrading
opencc-python-reimplemented, read the changes, and commit them.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

from newsparse._chinese.convert import backend_name
from newsparse._chinese.script import convert
from newsparse._core.errors import UnknownConversionError

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "data" / "opencc_cases.jsonl"
OUT = ROOT / "tests" / "data" / "opencc_expected.json"
OLD_DICTIONARIES = "older dictionaries than this case (official OpenCC passes it)"


def outcome(row: dict[str, str]) -> object:
    try:
        got = convert(row["input"], row["config"])
    except UnknownConversionError:
        return {"known_failure": f"{row['config']} is not provided by the reimplementation"}
    if got == row["expected"]:
        return "pass"
    if len(got) != len(row["expected"]):
        return {"known_failure": f"{OLD_DICTIONARIES}; output length differs"}
    pairs = sorted({f"{a} for {b}" for a, b in zip(got, row["expected"], strict=True) if a != b})
    return {"known_failure": f"{OLD_DICTIONARIES}; gives {', '.join(pairs[:6])}"}


def main() -> int:
    if backend_name() != "opencc-python-reimplemented":
        print("run this with the default backend (opencc-python-reimplemented) installed")
        return 1
    rows = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    data = {
        "backend": f"opencc-python-reimplemented {version('opencc-python-reimplemented')}",
        "source": "../shared/data/opencc_cases.jsonl",
        "key": "id:config (ids repeat across configurations)",
        "rows": {f"{row['id']}:{row['config']}": outcome(row) for row in rows},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    passed = sum(v == "pass" for v in data["rows"].values())
    print(f"{passed}/{len(rows)} rows pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
