"""The newsparse command, run in-process through main() and once as the installed script."""

from __future__ import annotations

import csv
import datetime as _dt
import gzip
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _helpers import SEEDS_DIR, seed_paths

import newsparse
from newsparse._batch.cli import main

HTML = "<html><head><title>测试标题_新华网</title></head><body><p>正文第一段。</p></body></html>"
STATS = re.compile(
    r"pages=(\d+) articles=(\d+) listings=(\d+) empty=(\d+) skipped=(\d+) errors=(\d+) "
    r"seconds=[\d.]+ pages/s=[\d.]+"
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def _expected(path: Path, **options: Any) -> dict[str, Any]:
    data = newsparse.parse_text(path.read_text(encoding="utf-8"), **options).to_dict()
    data["origin"] = str(path)
    return data


def _stats(err: str) -> dict[str, int]:
    match = STATS.search(err)
    assert match, err
    names = ("pages", "articles", "listings", "empty", "skipped", "errors")
    counts = dict(zip(names, map(int, match.groups()), strict=True))
    assert counts["pages"] == sum(v for k, v in counts.items() if k != "pages")
    return counts


def test_seeds_directory_prints_the_five_articles(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, str(SEEDS_DIR))
    assert status == 0 and err == ""
    rows = _lines(out)
    assert rows == [_expected(p) for p in seed_paths()]
    assert len(rows) == 5


def _script() -> str | None:
    """The newsparse script of the environment running the tests (a venv's bin/ need not be
    on PATH, and another Python's script may be), else the one on PATH."""
    beside = Path(sys.executable).with_name("newsparse")
    return str(beside) if beside.is_file() else shutil.which("newsparse")


def test_installed_console_script_runs_the_readme_job(tmp_path: Path) -> None:
    exe = _script()
    if exe is None:
        pytest.skip("the newsparse script is not installed (pip install -e .)")
    done = subprocess.run(
        [exe, str(SEEDS_DIR), "--fields", "title,origin"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [row["origin"] for row in rows] == [str(p) for p in seed_paths()]


def test_json_and_csv_formats_hold_the_same_rows(capsys: pytest.CaptureFixture[str]) -> None:
    _, jsonl, _ = _run(capsys, str(SEEDS_DIR))
    _, array, _ = _run(capsys, str(SEEDS_DIR), "--format", "json")
    assert json.loads(array) == _lines(jsonl)
    _, table, _ = _run(capsys, str(SEEDS_DIR), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert [row["title"] for row in rows] == [(r["title"] or "") for r in _lines(jsonl)]
    paragraphs = [r["paragraphs"] for r in _lines(jsonl)]
    assert [json.loads(row["paragraphs"]) for row in rows] == paragraphs
    assert {row["truncated"] for row in rows} == {"false"}


def test_empty_json_output_is_still_valid_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = _run(capsys, str(tmp_path), "--format", "json")
    assert status == 0 and json.loads(out) == []


def test_fields_pick_columns_in_the_order_given(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, str(seed_paths()[0]), "--fields", "origin,title")
    (row,) = _lines(out)
    assert list(row) == ["origin", "title"]
    with pytest.raises(SystemExit) as exit_info:
        main([str(SEEDS_DIR), "--fields", "title,nope"])
    assert exit_info.value.code == 2
    assert "nope" in capsys.readouterr().err


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = _run(capsys, str(SEEDS_DIR), "-o", str(target))
    assert status == 0 and out == ""
    assert _lines(target.read_text(encoding="utf-8")) == [_expected(p) for p in seed_paths()]


def test_script_region_and_reference_reach_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    seed = seed_paths()[2]
    _, out, _ = _run(capsys, str(seed), "--script", "traditional", "--region", "tw")
    config = newsparse.Config(script="traditional", region="tw")
    assert _lines(out) == [_expected(seed, config=config)]
    _, out, _ = _run(capsys, str(seed), "--reference", "2025-03-31")
    assert _lines(out) == [_expected(seed, reference=_dt.datetime(2025, 3, 31))]
    with pytest.raises(SystemExit):
        main([str(seed), "--reference", "last tuesday"])


def test_failed_inputs_go_to_stderr_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        "\n".join(
            [
                json.dumps(
                    {"text": seed_paths()[0].read_text(encoding="utf-8"), "url": "https://a/"}
                ),
                "{not json",
                json.dumps({"url": "https://no-page.cn/"}),
                json.dumps(["a", "list"]),
                "",
                json.dumps({"html": HTML}),
            ]
        ),
        encoding="utf-8",
    )
    missing = tmp_path / "missing.txt"
    status, out, err = _run(capsys, str(records), str(missing), str(seed_paths()[1]), "--stats")
    assert status == 1
    assert [row["origin"] for row in _lines(out)] == [
        f"{records}:1",
        f"{records}:6",
        str(seed_paths()[1]),
    ]
    assert f"{records}:2: BadRecord" in err
    assert f"{records}:3: BadRecord" in err
    assert f"{records}:4: BadRecord" in err
    assert f"{missing}: ReadError" in err
    counts = _stats(err)
    assert counts["pages"] == 7 and counts["errors"] == 4


def test_stdin_text_html_and_jsonl(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))

    seed = seed_paths()[0]
    feed(seed.read_bytes())
    _, out, _ = _run(capsys, "-")
    (row,) = _lines(out)
    assert row == {**_expected(seed), "origin": "<stdin>"}
    feed(HTML.encode("gb18030"))
    _, out, _ = _run(capsys, "-")
    assert _lines(out)[0]["title"] == newsparse.parse_html(HTML).title
    feed(b'{"text": "\\u6b63\\u6587\\u3002"}\n{"html": "<p>x</p>"}\n')
    _, out, _ = _run(capsys, "-", "--fields", "origin")
    assert _lines(out) == [{"origin": "<stdin>:1"}, {"origin": "<stdin>:2"}]


def test_directories_recurse_globs_expand_and_unknown_files_are_sniffed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(seed_paths()[0], nested / "one.txt")
    (tmp_path / "a" / "page.html").write_bytes(HTML.encode("gb18030"))
    (tmp_path / "a" / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("not read from a directory", encoding="utf-8")
    _, out, _ = _run(capsys, str(tmp_path / "a"), "--fields", "origin")
    # A directory's own files first (sorted), then its subdirectories; hidden and
    # unknown-suffix files are not read from directories.
    expected = [str(tmp_path / "a" / "page.html"), str(nested / "one.txt")]
    assert [row["origin"] for row in _lines(out)] == expected
    _, out, _ = _run(capsys, str(tmp_path / "**" / "*.txt"), "--fields", "origin")
    assert _lines(out) == [{"origin": str(nested / "one.txt")}]
    sniffed = tmp_path / "page.dat"
    sniffed.write_bytes(HTML.encode())
    _, out, _ = _run(capsys, str(sniffed))
    assert _lines(out)[0]["title"] == newsparse.parse_html(HTML).title
    status, _, err = _run(capsys, str(tmp_path / "nothing-*.txt"))
    assert status == 1 and "no file matches" in err


def test_binary_files_are_skipped_not_failed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    image = tmp_path / "photo.bin"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    status, out, err = _run(capsys, str(image), str(seed_paths()[0]), "--stats")
    assert status == 0
    assert len(_lines(out)) == 1
    assert f"skipped: {image}" in err
    assert _stats(err)["skipped"] == 1
    _, _, err = _run(capsys, str(image), "-q")
    assert "skipped" not in err


def test_workers_give_the_same_output(capsys: pytest.CaptureFixture[str]) -> None:
    _, serial, _ = _run(capsys, str(SEEDS_DIR))
    _, parallel, _ = _run(capsys, str(SEEDS_DIR), "--workers", "2")
    assert parallel == serial
    with pytest.raises(SystemExit):
        main([str(SEEDS_DIR), "--workers", "0"])


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = _run(capsys, str(SEEDS_DIR))
    assert err == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsparse {newsparse.__version__}"


def test_warc_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from _warcs import binary_items, seed_items, write

    path = tmp_path / "crawl.warc.gz"
    offsets = write(path, [*seed_items(), *binary_items()])
    status, out, err = _run(capsys, str(path), "--stats", "--fields", "url,origin")
    assert status == 0
    assert [row["origin"] for row in _lines(out)] == [f"{path}@{o}" for o in offsets[:5]]
    assert _stats(err) == {
        "pages": 7,
        "articles": 4,
        "listings": 1,
        "empty": 0,
        "skipped": 2,
        "errors": 0,
    }


def _console_examples() -> list[tuple[str, list[str]]]:
    """``$ newsparse ...`` commands of docs/guide/cli.md with the output shown under them."""
    text = (SEEDS_DIR.parent / "docs" / "guide" / "cli.md").read_text(encoding="utf-8")
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"^```console\n(.*?)^```$", text, re.S | re.M):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, *shown = chunk.rstrip("\n").split("\n")
            examples.append((command.split("&& ")[-1], shown))
    return examples


@pytest.mark.parametrize(("command", "shown"), _console_examples())
def test_documented_commands_run_as_shown(
    command: str,
    shown: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "seeds").symlink_to(SEEDS_DIR, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    program, *args = shlex.split(command)
    assert program == "newsparse"
    status, out, err = _run(capsys, *args)
    assert status == 0, err
    printed = [line for line in shown if not line.startswith("newsparse: ")]
    if printed:
        assert out.splitlines() == printed
    if len(printed) < len(shown):
        _stats(err)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_stderr_only(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm", reason="the progress bar needs newsparse[progress]")
    terminal, out = _Terminal(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", out)
    assert main([str(SEEDS_DIR)]) == 0
    assert "5 pages" in terminal.getvalue()
    assert len(out.getvalue().splitlines()) == 5
    terminal.truncate(0)
    assert main([str(SEEDS_DIR), "--no-progress"]) == 0
    assert terminal.getvalue().strip("\x00") == ""


def test_gzipped_jsonl_and_its_corruption(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = [json.dumps({"text": p.read_text(encoding="utf-8")}) for p in seed_paths()]
    packed = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    good = tmp_path / "dump.jsonl.gz"
    good.write_bytes(packed)
    status, out, _ = _run(capsys, str(good), "--fields", "origin")
    assert status == 0
    assert [row["origin"] for row in _lines(out)] == [f"{good}:{i}" for i in range(1, 6)]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    status, out, err = _run(capsys, str(cut), "--stats")
    assert status == 1
    assert f"{cut}:" in err and "ReadError" in err
    counts = _stats(err)
    assert counts["errors"] == 1 and counts["pages"] == len(_lines(out)) + 1


def test_output_cut_short_by_the_reader_is_not_an_error() -> None:
    exe = _script()
    if exe is None:
        pytest.skip("the newsparse script is not installed (pip install -e .)")
    corpus = [str(SEEDS_DIR)] * 40
    done = subprocess.run(
        f"'{exe}' {' '.join(corpus)} | head -n 1",
        shell=True,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert len(done.stdout.splitlines()) == 1
    assert b"Traceback" not in done.stderr


def test_warc_on_stdin(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from _warcs import seed_items, write

    path = tmp_path / "crawl.warc.gz"
    offsets = write(path, seed_items()[:2])
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(path.read_bytes())))
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = _run(capsys, "--fields", "origin")
    assert status == 0
    assert _lines(out) == [{"origin": f"<stdin>@{o}"} for o in offsets]


def test_gzipped_page_named_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(HTML.encode("gb18030")))
    text = tmp_path / "seed.txt.gz"
    text.write_bytes(gzip.compress(seed_paths()[0].read_bytes()))
    status, out, _ = _run(capsys, str(page), str(text))
    assert status == 0
    html_row, text_row = _lines(out)
    assert html_row["title"] == newsparse.parse_html(HTML).title
    assert text_row == {**_expected(seed_paths()[0]), "origin": str(text)}


# -- one bad record never costs the others (issue 15) --------------------------------------

PROSE = "新华社北京3月31日电 英国企业将中国视为重要创新策源地，双方合作不断深化。"


def _records_with_a_lone_surrogate(tmp_path: Path) -> Path:
    """A crawl dump whose second record escapes half a UTF-16 pair ("\\ud800"), as JSON
    allows: json.loads gives a str that UTF-8 cannot hold."""
    good = [json.dumps({"text": f"第{i}条 {PROSE}", "url": f"http://a.cn/{i}"}) for i in range(5)]
    bad = json.dumps({"text": "坏\ud800" + PROSE, "url": "http://a.cn/x\ud800"})
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join([good[0], bad, *good[1:]]) + "\n", encoding="ascii")
    return path


@pytest.mark.parametrize(
    "options", [[], ["--workers", "2"], ["--format", "csv"], ["--format", "json"]], ids=str
)
def test_a_lone_surrogate_costs_no_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, options: list[str]
) -> None:
    dump = _records_with_a_lone_surrogate(tmp_path)
    out_path = tmp_path / "out"
    status, _, err = _run(capsys, str(dump), "-o", str(out_path), *options)
    assert status == 0, err
    written = out_path.read_text(encoding="utf-8")  # strict: the file is valid UTF-8
    if "--format" in options and "csv" in options:
        rows = list(csv.DictReader(io.StringIO(written)))
    elif "json" in options:
        rows = json.loads(written)
    else:
        rows = _lines(written)
    assert [row["url"] for row in rows] == [
        "http://a.cn/0", "http://a.cn/x\ufffd", "http://a.cn/1", "http://a.cn/2",
        "http://a.cn/3", "http://a.cn/4",
    ]  # fmt: skip
    assert "坏" + PROSE[:10] in str(rows[1]["paragraphs"])  # the text lost only the half
    assert f"warning: {dump}:2: 1 character(s)" in err and "Traceback" not in err


def test_a_pdf_named_html_is_skipped_with_its_type(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "report.html"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" * 50)
    status, out, err = _run(capsys, str(pdf), str(seed_paths()[0]), "--stats")
    assert status == 0 and len(_lines(out)) == 1
    assert f"skipped: {pdf}: application/pdf file is not a page" in err
    assert _stats(err)["skipped"] == 1


def test_binary_records_in_a_dump_are_skipped_with_their_type(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dump = tmp_path / "dump.jsonl"
    records = [{"html": "%PDF-1.7 x"}, {"html": f"<p>{PROSE}</p>"}, {"text": "\x00\x01\x02" * 50}]
    dump.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    status, out, err = _run(capsys, str(dump), "--stats")
    assert status == 0 and len(_lines(out)) == 1
    assert f"{dump}:1: application/pdf data is not a page" in err
    assert f"{dump}:3: binary data is not a page" in err
