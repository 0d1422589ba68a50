"""Running the recipes of a documentation page: its ``python`` code blocks without ``>>>``
(those run as doctests in test_docs.py) under one ``## heading``, as one script."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent.parent / "docs"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)


def recipe(page: str, heading: str) -> str:
    """The code of the recipe blocks in ``docs/<page>`` under ``## <heading>``."""
    text = (DOCS / page).read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    (section,) = [s for s in sections if s.startswith(heading + "\n")]
    blocks = [b for b in _BLOCK.findall(section) if ">>>" not in b]
    assert blocks, f"no recipe under '## {heading}' in docs/{page}"
    return "\n".join(blocks)


def run_recipe(page: str, heading: str) -> dict[str, Any]:
    """Run the recipe in a fresh namespace (as a script would); return its variables."""
    namespace: dict[str, Any] = {"__name__": "__recipe__"}
    exec(compile(recipe(page, heading), f"docs/{page}#{heading}", "exec"), namespace)
    return namespace
