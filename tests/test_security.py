"""No network, no files, no code execution from input (issue 8, part 4).

* Hostile HTML (external entities, external DTDs, XInclude, billion laughs, remote images,
  scripts, styles, frames, refreshes) parses without a single connection: Python's socket
  calls are patched to fail the test, an audit hook watches every socket event, and a real
  listening socket catches connections made from C (libxml2 does its own networking).
* Local files named by the page (``file://`` entities, XInclude) are never read into output.
* Nothing is written anywhere: parsing in a temporary cwd leaves it empty, and an audit hook
  sees no file opened for writing, created, renamed or removed.
* The package source calls no ``eval``/``exec``/``compile``/``__import__``, no ``pickle``
  or ``marshal`` loads, no ``os.system``/``subprocess``, and imports no network client.
* Importing (and first use) reads nothing from the current directory.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _helpers import ROOT, seed_paths
from bs4 import BeautifulSoup

import newsparse

PACKAGE = Path(newsparse.__file__).resolve().parent
SECRET = "SECRET-4f1c-do-not-leak"


class AuditLog:
    """Audit events of interest, recorded only while ``active`` (hooks cannot be removed)."""

    WATCHED = (
        "socket.",
        "urllib.Request",
        "http.client.",
        "subprocess.Popen",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "exec",
        "ctypes.",
        "os.remove",
        "os.rename",
        "os.mkdir",
        "os.rmdir",
        "os.truncate",
        "shutil.",
    )

    def __init__(self) -> None:
        self.active = False
        self.events: list[tuple[str, str]] = []

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        if event == "open":
            if _opens_for_writing(args):
                self.events.append((event, repr(args)[:200]))
        elif event == "exec":
            # Importing a module executes its file's code; code made from a string does not
            # have a file (eval/exec of input would show as "<string>").
            filename = getattr(args[0], "co_filename", "<?>")
            if filename.startswith("<"):
                self.events.append((event, filename))
        elif event.startswith(self.WATCHED):
            self.events.append((event, repr(args)[:200]))

    @contextlib.contextmanager
    def watching(self) -> Iterator[list[tuple[str, str]]]:
        self.events = []
        self.active = True
        try:
            yield self.events
        finally:
            self.active = False


def _opens_for_writing(args: tuple[Any, ...]) -> bool:
    path, mode, flags = [*args, None, None, None][:3]
    if isinstance(path, (str, bytes)) and "__pycache__" in os.fsdecode(path):
        return False  # the interpreter's bytecode cache, not the library
    if isinstance(mode, str) and any(c in mode for c in "wax+"):
        return True
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    return isinstance(flags, int) and bool(flags & writing)


AUDIT = AuditLog()
sys.addaudithook(AUDIT)


@pytest.fixture
def trap() -> Iterator[socket.socket]:
    """A listening socket every hostile URL points at: a connection made from anywhere
    (Python or C) lands in its backlog."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    yield server
    server.close()


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def hostile_pages(port: int, secret: Path) -> dict[str, str]:
    url = f"http://127.0.0.1:{port}"
    file_url = secret.as_uri()
    body = "<p>新华社北京3月31日电 英国企业将中国视为重要创新策源地，合作不断深化。</p>"
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    return {
        "xxe": f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "{file_url}">'
        f'<!ENTITY n SYSTEM "{url}/entity">]><html><body><p>&x; &n;</p>{body}</body></html>',
        "xxe-file": f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "{file_url}">]>'
        f"<html><body><p>&x;</p>{body}</body></html>",
        "external-dtd": f'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"'
        f' "{url}/xhtml1.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>',
        "parameter-entity": f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>'
        f"<html><body>{body}</body></html>",
        "xinclude": '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
        f'<xi:include href="{url}/inc.xml" parse="text"/>'
        f'<xi:include href="{file_url}" parse="text"/>{body}</body></html>',
        "billion-laughs": f'<?xml version="1.0"?><!DOCTYPE html [{laughs}]>'
        f"<html><body><p>&lol9;</p>{body}</body></html>",
        "resources": f'<html><head><base href="{url}/"><link rel="stylesheet" href="{url}/s.css">'
        f'<script src="{url}/a.js"></script><style>@import url({url}/b.css);</style>'
        f'<meta http-equiv="refresh" content="0;url={url}/r"></head><body>'
        f'<img src="{url}/x.png"><img src={url}/y.png><iframe src="{url}/f"></iframe>'
        f'<object data="{url}/o"></object><svg><image href="{url}/i.svg"/></svg>'
        f'<a href="{file_url}">本地文件</a>{body}<video src="{url}/v.mp4"></video></body></html>',
    }


def _forbid(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError(f"network access attempted: {args!r}")


def _parse_every_way(page: str) -> list[newsparse.Article]:
    return [
        newsparse.parse(page),
        newsparse.parse_html(page),
        newsparse.parse_html(page.encode("utf-8")),
        newsparse.parse(BeautifulSoup(page, "html.parser")),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "xxe",
        "xxe-file",
        "external-dtd",
        "parameter-entity",
        "xinclude",
        "billion-laughs",
        "resources",
    ],
)
def test_hostile_html_opens_no_connection_and_reads_no_file(
    name: str, trap: socket.socket, secret_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = hostile_pages(trap.getsockname()[1], secret_file)[name]
    for target in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, target, _forbid)
    monkeypatch.setattr(socket, "create_connection", _forbid)
    monkeypatch.setattr(socket, "getaddrinfo", _forbid)
    with AUDIT.watching() as events:
        articles = _parse_every_way(page)
    assert not events, events
    with pytest.raises(BlockingIOError):
        trap.accept()  # nothing connected, not even from C
    for article in articles:
        dumped = json.dumps(article.to_dict(), ensure_ascii=False)
        assert SECRET not in dumped
        assert "lol" * 100 not in dumped  # entities never expanded
        assert len(dumped) < 20_000


def test_nothing_written_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trap: socket.socket, secret_file: Path
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    pages: list[Any] = [p.read_text(encoding="utf-8") for p in seed_paths()]
    pages += hostile_pages(trap.getsockname()[1], secret_file).values()
    pages += [p.encode("gbk", "replace") for p in pages[:2]]
    newsparse.parse(pages[0])  # first use builds lazy resources (may import modules)
    with AUDIT.watching() as events:
        for page in pages:
            for config in (newsparse.Config(), newsparse.Config(script="traditional")):
                newsparse.parse(page, config=config)
        list(newsparse.parse_many(pages))
    assert not events, events
    assert list(work.iterdir()) == []


# -- the source itself -----------------------------------------------------------------------

_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint", "input"}
_FORBIDDEN_ATTRS = {
    ("pickle", "loads"),
    ("pickle", "load"),
    ("marshal", "loads"),
    ("os", "system"),
    ("os", "popen"),
    ("yaml", "load"),
}
_FORBIDDEN_IMPORTS = {
    "subprocess",
    "socket",
    "urllib.request",
    "http.client",
    "requests",
    "httpx",
    "ctypes",
    "ftplib",
    "smtplib",
    "telnetlib",
}


def _source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _violations(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in _FORBIDDEN_CALLS:
                yield f"line {node.lineno}: {func.id}()"
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and (func.value.id, func.attr) in _FORBIDDEN_ATTRS
            ):
                yield f"line {node.lineno}: {func.value.id}.{func.attr}()"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in _FORBIDDEN_IMPORTS:
                    yield f"line {node.lineno}: import {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.module in _FORBIDDEN_IMPORTS:
            yield f"line {node.lineno}: from {node.module} import ..."


def test_package_source_has_no_eval_exec_or_network_client() -> None:
    files = _source_files()
    assert len(files) > 10
    found = {
        str(path.relative_to(PACKAGE)): problems
        for path in files
        if (problems := list(_violations(ast.parse(path.read_text(encoding="utf-8")))))
    }
    assert not found, found


def test_source_check_can_fail() -> None:
    bad = "import subprocess\nx = eval('1')\nimport pickle\npickle.loads(b'')\n"
    assert len(list(_violations(ast.parse(bad)))) == 3


# -- import-time behaviour -------------------------------------------------------------------

_IMPORT_PROBE = textwrap.dedent(
    """
    import os, sys
    cwd = os.getcwd()
    seen = []

    def hook(event, args):
        if event in ("open", "os.listdir", "os.scandir", "os.chdir") and args:
            path = args[0]
            if isinstance(path, int) or path is None:
                return
            path = os.fsdecode(path)
            if not os.path.isabs(path) or path.startswith(cwd):
                seen.append((event, path))
        if event == "open" and len(args) > 1 and isinstance(args[1], str) and "w" in args[1]:
            seen.append(("write", str(args[0])))

    sys.addaudithook(hook)
    import newsparse
    newsparse.parse(sys.argv[1])
    newsparse.parse("<html><body><p>" + sys.argv[1] + "</p></body></html>")
    newsparse.to_traditional(sys.argv[1])
    print(repr(seen))
    """
)


def test_import_and_first_use_read_nothing_from_cwd(tmp_path: Path) -> None:
    """Decoys a careless library might pick up: config files, dictionaries, fake modules."""
    for name in ("newsparse.toml", "newsparse.json", "pyproject.toml", "setup.cfg", ".env"):
        (tmp_path / name).write_text("[tool.newsparse]\nscript = 'traditional'\n")
    for name in ("opencc.py", "lxml.py", "dateparser.py", "newsparse.py", "bs4.py"):
        (tmp_path / name).write_text("raise SystemExit('imported from cwd')\n")
    (tmp_path / "dictionary").mkdir()
    seed = seed_paths()[0].read_text(encoding="utf-8")[:2000]
    out = subprocess.run(
        [sys.executable, "-I", "-B", "-c", _IMPORT_PROBE, seed],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]", out.stdout[-2000:]


def test_the_hostile_pages_and_the_trap_really_bite(trap: socket.socket, secret_file: Path) -> None:
    """A permissive XML parser reads the secret through the xxe page, and a connection
    made to the trap is seen: the checks above can fail."""
    from lxml import etree

    page = hostile_pages(trap.getsockname()[1], secret_file)["xxe-file"]
    permissive = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=True)
    assert SECRET in etree.tostring(etree.fromstring(page.encode(), permissive)).decode()
    with socket.create_connection(trap.getsockname(), timeout=5):
        connection, _ = trap.accept()
        connection.close()


# -- the documented limits are the real ones (issue 15) ---------------------------------------

DOCS = ROOT / "docs" / "security.md"


def _limit_rows() -> list[list[str]]:
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## Limits and what happens at each") :]
    section = section[: section.index("\n## ", 1)]
    rows = [line.split(" | ") for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip(" |") for cell in row] for row in rows[1:]]  # after the header


def test_every_config_limit_is_documented_with_its_default() -> None:
    import dataclasses

    documented = {row[0].strip("`"): row[1] for row in _limit_rows()}
    limits = [f for f in dataclasses.fields(newsparse.Config) if f.name.startswith("max_")]
    assert limits
    for field in limits:
        assert field.name in documented, f"{field.name} is missing from docs/security.md"
        assert documented[field.name] == f"{field.default:,}", field.name


def test_every_documented_limit_names_tests_that_exist() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("*.py"))
    for row in _limit_rows():
        names = [name.strip("` ") for name in row[-1].split(",")]
        assert names and all(names), f"no test named for {row[0]}"
        for name in names:
            assert f"def {name}(" in sources, f"{row[0]}: no test called {name}"


def test_the_fixed_limits_are_the_documented_ones() -> None:
    from newsparse._html.attributes import MAX_ATTRIBUTES
    from newsparse._html.decode import SAMPLE_BYTES

    documented = {row[0]: row[1] for row in _limit_rows()}
    assert documented["attributes per element"] == f"{MAX_ATTRIBUTES:,}"
    assert documented["charset detection"] == f"{SAMPLE_BYTES // 1024} KB"
