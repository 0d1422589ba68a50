"""Paths and helpers the test modules share: the seeds, the data shipped in ``tests/data``
and the shared dev data beside the repository (``../shared``, or ``NEWSPARSE_SHARED``).

Test modules import these by name (``from _helpers import seed_paths``); ``conftest.py``
keeps only what pytest itself reads (fixtures, Hypothesis profiles).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
TESTS_DATA = Path(__file__).resolve().parent / "data"
# The dev data lives beside the repository and is never copied into it.
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))


def seed_paths() -> list[Path]:
    """The five seed pages (flattened text) shipped in ``seeds/``."""
    return sorted(SEEDS_DIR.glob("*.txt"))


def shared_path(*parts: str) -> Path:
    """Path into ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared dev data at {path} (absent in this checkout)")
    return path
