"""Shared fixtures: the seed files, the shared dev data, and Hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
TESTS_DATA = Path(__file__).resolve().parent / "data"
# The dev data lives beside the repository and is never copied into it.
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared"))

# CI examples are derived from each test (derandomize): a run is reproducible, and a red CI
# means a change broke something rather than the draw being unlucky. The long profile
# explores with fresh randomness.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile("long" if os.environ.get("NEWSPARSE_LONG_FUZZ") else "ci")


def seed_paths() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


def shared_path(*parts: str) -> Path:
    """Path into ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared dev data at {path} (absent in this checkout)")
    return path
