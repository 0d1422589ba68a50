"""Release hygiene: metadata fit for PyPI, and a README whose commands and example are true.

The build itself (sdist, wheel, ``twine check``, the wheel smoke test in a fresh venv) runs in
``.ci/run``; these are the fast checks that can run with every test run.
"""

from __future__ import annotations

import contextlib
import io
import re
import stat
import sys
from importlib.metadata import metadata, version
from pathlib import Path
from typing import Any

import pytest

import newsparse

if sys.version_info >= (3, 11):
    import tomllib
else:  # the test extra installs tomli, the same parser, on 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = ROOT / ".ci" / "run"
REQUIRED_CLASSIFIERS = {
    "Typing :: Typed",
    "Natural Language :: Chinese (Simplified)",
    "Natural Language :: Chinese (Traditional)",
    "Topic :: Text Processing",
}


@pytest.fixture(scope="module")
def project() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)["project"]
    return data


def _code_blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.S | re.M)


def test_readme_opens_with_the_two_setup_commands() -> None:
    first = _code_blocks(README, r"\w*")[0].strip().splitlines()
    assert first == ["pip install . && newsparse seeds/", "pip install -e '.[test]' && pytest"]
    assert README.index("```") < README.index("## "), "the commands come before any section"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = CI_RUN.read_text(encoding="utf-8")
    found = re.search(r'^TEST_COMMAND="(.+)"$', script, flags=re.M)
    assert found, ".ci/run defines TEST_COMMAND"
    readme_command = _code_blocks(README, r"\w*")[0].strip().splitlines()[1]
    assert found.group(1) == readme_command
    assert 'eval "$TEST_COMMAND"' in script


def test_ci_script_fails_on_any_error() -> None:
    script = CI_RUN.read_text(encoding="utf-8")
    assert CI_RUN.stat().st_mode & stat.S_IXUSR, ".ci/run is executable"
    assert "set -euo pipefail" in script
    for check in ("ruff check", "mypy --strict", "sphinx-build -W", "-m build", "twine check"):
        assert check in script, check


def test_readme_example_prints_what_its_comments_say(monkeypatch: pytest.MonkeyPatch) -> None:
    (code,) = _code_blocks(README, "python")
    monkeypatch.chdir(ROOT)  # the example reads seeds/ from the top of a clone
    namespace: dict[str, Any] = {}
    checked = 0
    for line in code.splitlines():
        printed = re.fullmatch(r"print\((.+)\)  # (.+)", line)
        if not printed:
            exec(line, namespace)
            continue
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(f"print({printed.group(1)})", namespace)
        assert out.getvalue().rstrip("\n") == printed.group(2), line
        checked += 1
    assert checked >= 4


def test_metadata_for_pypi(project: dict[str, Any]) -> None:
    assert project["readme"] == "README.md"
    assert project["license"] == "MIT"  # an SPDX expression, with the text in LICENSE
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert set(project["classifiers"]) >= REQUIRED_CLASSIFIERS
    assert not [c for c in project["classifiers"] if c.startswith("License ::")], (
        "licence classifiers are superseded by the SPDX expression (PEP 639)"
    )
    assert {"Documentation", "Source", "Changelog"} <= set(project["urls"])
    assert project["requires-python"].startswith(">=")
    assert project["keywords"]


def test_extras_are_named_for_what_they_enable(project: dict[str, Any]) -> None:
    extras = project["optional-dependencies"]
    assert {"warc", "dask", "spark", "test", "docs", "dev"} <= set(extras)
    assert any(req.startswith("warcio") for req in extras["warc"])
    assert any(req.startswith("dask[bag]") for req in extras["dask"])
    assert any(req.startswith("pyspark") for req in extras["spark"])


def test_dependencies_have_lower_bounds_only(project: dict[str, Any]) -> None:
    for requirement in project["dependencies"]:
        assert ">=" in requirement and "<" not in requirement.replace(">=", ""), requirement


def test_installed_metadata_matches_the_source(project: dict[str, Any]) -> None:
    # A stale install (pip install . long ago) would make every other test misleading.
    assert version("newsparse") == project["version"] == newsparse.__version__
    assert metadata("newsparse")["Summary"] == project["description"]


def test_package_is_typed() -> None:
    assert (Path(newsparse.__file__).parent / "py.typed").exists()


def test_changelog_has_the_current_version(project: dict[str, Any]) -> None:
    changelog = (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(project['version'])}\b", changelog, flags=re.M)


def _claimed_pythons(project: dict[str, Any]) -> list[str]:
    pattern = re.compile(r"Programming Language :: Python :: (3\.\d+)")
    found = [m.group(1) for c in project["classifiers"] if (m := pattern.fullmatch(c))]
    return sorted(found, key=lambda v: tuple(map(int, v.split("."))))


def test_every_claimed_python_is_tested_on_github(project: dict[str, Any]) -> None:
    """requires-python, the classifiers and the test workflow's matrix name the same
    versions, so no Python is claimed without being tested."""
    claimed = _claimed_pythons(project)
    assert project["requires-python"] == f">={claimed[0]}"
    workflow = (ROOT / ".github" / "workflows" / "tests.yml").read_text(encoding="utf-8")
    matrix = re.search(r"^\s+python-version: \[(.+)\]$", workflow, flags=re.M)
    assert matrix, "tests.yml has a python-version matrix"
    assert [v.strip().strip('"') for v in matrix.group(1).split(",")] == claimed
    assert "pip install -e '.[test]' && pytest" in workflow
    assert "bash .ci/run" in workflow


def test_release_workflow_publishes_by_trusted_publishing() -> None:
    release = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "id-token: write" in release
    assert "uses: pypa/gh-action-pypi-publish@release/v1" in release
    assert "twine check --strict" in release
    assert "password:" not in release, "trusted publishing needs no token"


def test_read_the_docs_builds_with_the_docs_extra_and_fails_on_warnings() -> None:
    config = (ROOT / ".readthedocs.yaml").read_text(encoding="utf-8")
    assert re.search(r"^version: 2$", config, flags=re.M)
    assert "fail_on_warning: true" in config
    assert re.search(r"extra_requirements:\n\s+- docs$", config, flags=re.M)
    assert "configuration: docs/conf.py" in config


def test_contributing_guide_covers_what_a_contributor_needs() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for heading in (
        "## Setting up",
        "## Running the tests",
        "## Running the benchmarks",
        "## Labelling a dev page",
        "## Adding a site quirk, a date form or a credit role",
        "## Cutting a release",
    ):
        assert heading in guide, heading
    paths = re.findall(r"`((?:newsparse|tests|tools|benchmarks|docs)/[\w./-]+)`", guide)
    assert len(paths) >= 10
    for path in paths:
        assert (ROOT / path).exists(), f"CONTRIBUTING.md names {path}, which does not exist"
