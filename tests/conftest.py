"""What pytest reads itself: the Hypothesis profiles. Shared paths and helpers for the test
modules live in ``_helpers.py``."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
# NEWSPARSE_LONG_FUZZ_EXAMPLES scales the long run (20,000 per cheap property by default).
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("NEWSPARSE_LONG_FUZZ_EXAMPLES", "20000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile("long" if os.environ.get("NEWSPARSE_LONG_FUZZ") else "ci")
