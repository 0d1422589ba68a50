"""Sphinx configuration for the newsparse documentation.

Build with ``sphinx-build -W -b html docs docs/_build``; ``.ci/run`` does, and treats every
warning as an error, so the docs are tested like the code. The build needs no network.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

# Document the source tree beside this file even when an older copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
try:
    release = metadata.version("newsparse")
except metadata.PackageNotFoundError:  # docs built from a checkout that was never installed
    release = "0.0.0+unknown"
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"

# No intersphinx: the build must pass without network access.
# Unresolvable references to outside types (lxml, bs4, datetime in annotations) are not
# errors: we do not fetch other projects' inventories to resolve them.
nitpicky = False

# Google-style docstrings.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# Render "Attributes:" as :ivar: fields: autodoc already documents dataclass fields, and two
# ".. attribute::" entries for one name would be a duplicate-description warning.
napoleon_use_ivar = True
napoleon_use_rtype = False
# Types come from the signatures (autodoc_typehints); napoleon would repeat them with the
# private module path (newsparse._core.article.Dateline).
napoleon_attr_annotations = False

autodoc_typehints = "description"
autodoc_typehints_description_target = "all"
autodoc_member_order = "bysource"
autodoc_class_signature = "mixed"
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True}
# The Dask and Spark recipes import their engine at the top, and autodoc imports the recipes.
# The engines are mocked so that the API reference is whole with the docs extra alone (what
# Read the Docs installs); the mocks only stand in for the engines' type names. Mocked even
# where an engine is installed, so every build shows the same page.
autodoc_mock_imports = ["dask", "pyspark"]

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"newsparse {release}"
html_static_path: list[str] = []
html_show_sourcelink = False
