"""Quiet by default: parsing prints nothing to stderr unless the caller configured logging.

Each run happens in a fresh interpreter with Python's default warning and logging setup, as
a user's script would have it. Of the inputs below, the undecodable bytes once made bs4's
``UnicodeDammit`` log a WARNING that Python's last-resort handler printed to stderr (the
charset detection no longer uses it); the others exercise the other paths into bs4 (its
lenient parser, on markup that looks like a URL, a file name or XML) and the charset
detection, and guard against a new dependency call that prints.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import random, sys
{setup}
import newsparse
noise = random.Random(0).randbytes(20_000)
text = "中文新闻内容。" * 300
pages = [
    noise,  # bs4.dammit logged "Some characters could not be decoded ..."
    noise[:64] + text.encode("utf-8"),
    ("<p>" + "日本語のテキストです。" * 200 + "</p>").encode("shift_jis"),
    ("<p>" + "한국어 텍스트입니다. " * 200 + "</p>").encode("euc-kr"),
    ("<p>" + text + "</p>").encode("utf-16-le"),
    "http://www.example.com/news/2024/0429/1.html",   # MarkupResemblesLocatorWarning's shape
    "news/2024/0429/index.html",                      # ... and its file-name form
    '<?xml version="1.0"?><rss><channel><title>新闻</title></channel></rss>',  # XML as HTML
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><item>x</item></rss>',
    '<?xml version="1.0"?><?xml version="1.0"?><!-- c -->',  # lxml finds nothing: bs4 fallback
    "<!-- only a comment -->",
    '<meta charset="hex"><p>正文</p>'.encode(),
    "\\x00\\x01\\x02<p>控制字符</p>",
]
for page in pages:
    newsparse.parse(page)
newsparse.parse_date("Mon, 29 Apr 2024 09:00 +0800")      # dateparser's fallback
newsparse.parse_date("next tuesday at noon")
import logging
for name in ("bs4.dammit", "newsparse"):  # what the dependencies and newsparse may log
    logging.getLogger(name).warning("probe from %s", name)
print("done")
"""


def _run(setup: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONWARNINGS")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(setup=setup)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_parsing_hostile_inputs_prints_nothing_to_stderr() -> None:
    done = _run()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"
    assert done.stderr == ""


def test_a_caller_who_configured_logging_still_gets_the_records() -> None:
    # The same run with logging configured: the warnings logged after parsing reach the
    # caller's handler, so the quiet run above is quiet because of the NullHandler, and the
    # NullHandler swallows nothing a caller asked for.
    done = _run("import logging; logging.basicConfig(level=logging.WARNING)")
    assert done.returncode == 0, done.stderr
    assert "WARNING:bs4.dammit:probe from bs4.dammit" in done.stderr
    assert "WARNING:newsparse:probe from newsparse" in done.stderr
