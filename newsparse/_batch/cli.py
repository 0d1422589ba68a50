"""The ``newsparse`` command: pages in (files, directories, globs, stdin, JSONL, WARC/WET),
one article per line out."""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import io
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any

from .._core.config import Config
from .inputs import INPUT_FORMATS, read_records
from .many import ParseResult, parse_many
from .output import (
    FIELDS,
    OUTPUT_FORMATS,
    Stats,
    Writer,
    encodable_row,
    make_writer,
    result_dict,
)

__all__ = ["build_parser", "main"]

_PROG = "newsparse"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsparse")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+unknown"


def _reference(text: str) -> _dt.datetime:
    try:
        return _dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO date: {text!r} (write it like 2025-03-31)"
        ) from None


def _fields(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in FIELDS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown field(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(FIELDS)}"
        )
    return names


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"needs a whole number of at least 1, not {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser.

    Examples:
        >>> build_parser().parse_args(["seeds/", "--workers", "2"]).workers
        2
    """
    p = argparse.ArgumentParser(
        prog=_PROG,
        description="Parse Chinese news pages into articles, one JSON object per line.",
        epilog="Errors go to stderr as 'newsparse: error: ORIGIN: TYPE: MESSAGE'; "
        "the exit status is 1 when any input failed.",
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        default=["-"],
        help="files, directories (recursive), glob patterns, JSONL or WARC/WET "
        "files, or - for stdin (the default)",
    )
    p.add_argument("--format", choices=OUTPUT_FORMATS, default="jsonl", help="output format")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--fields",
        type=_fields,
        metavar="A,B,C",
        help=f"columns to print (default all): {', '.join(FIELDS)}",
    )
    p.add_argument("--workers", type=_positive, default=1, metavar="N", help="processes")
    p.add_argument(
        "--script",
        choices=("keep", "simplified", "traditional"),
        default="keep",
        help="output script",
    )
    p.add_argument("--region", choices=("tw", "hk"), help="regional traditional variant")
    p.add_argument(
        "--reference",
        type=_reference,
        metavar="DATE",
        help="ISO date resolving dates without a year, for inputs without their "
        "own fetch date (a WARC-Date or a JSONL fetched_at)",
    )
    p.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="read every input as this (default: by suffix, then by content)",
    )
    p.add_argument(
        "--stats",
        action="store_true",
        help="print a summary line on stderr: pages, articles, listings, empty, "
        "skipped, errors, pages/s",
    )
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="do not report skipped records (images, PDFs ...) on stderr",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="instead of articles, print for each page every block with its label, the stage "
        "and rule that set it, and the start of its text (see newsparse.explain)",
    )
    p.add_argument("--version", action="version", version=f"{_PROG} {_version()}")
    return p


class _Reporter:
    """Messages on stderr that do not break a progress bar."""

    def __init__(self, stream: IO[str], quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.bar: Any = None

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream)

    def report(self, result: ParseResult) -> None:
        where = result.origin or f"record {result.index}"
        if result.status == "error":
            self.say(f"{_PROG}: error: {where}: {result.error_type}: {result.error}")
        elif result.status == "skipped" and not self.quiet:
            self.say(f"{_PROG}: skipped: {where}: {result.error}")


def _with_progress(
    results: Iterator[ParseResult], reporter: _Reporter, enabled: bool
) -> Iterator[ParseResult]:
    if not enabled or not reporter.stream.isatty():
        return results
    try:
        from tqdm import tqdm
    except ImportError:  # the progress extra is optional
        return results
    reporter.bar = tqdm(results, unit=" pages", file=reporter.stream, dynamic_ncols=True)
    return iter(reporter.bar)


@contextlib.contextmanager
def _opened(path: str | None) -> Iterator[IO[str]]:
    if path is not None and path != "-":
        with open(path, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    out = sys.stdout
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(out, "buffer"):
        # Article text is Chinese whatever the locale says: never fail to print it.
        wrapper = io.TextIOWrapper(out.buffer, encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()
        return
    yield out


def _explain(args: argparse.Namespace, reporter: _Reporter) -> Stats:
    """Print each page's explanation table; a record that cannot be read is reported."""
    from .._api import explain

    config = Config(script=args.script, region=args.region)
    records = read_records(
        args.inputs, input_format=args.input_format, max_bytes=config.max_input_bytes
    )
    stats = Stats()
    with _opened(args.output) as stream:
        for index, record in enumerate(records):
            origin = record.origin or f"record {index}"
            if record.content is None:
                result = ParseResult(index, None, record.error, record.error_type, origin)
            else:
                page = record.content
                if record.kind == "text" and isinstance(page, bytes):
                    page = page.decode("utf-8", "replace")
                try:
                    why = explain(
                        page,
                        url=record.url,
                        encoding=record.encoding,
                        reference=record.reference or args.reference,
                        config=config,
                    )
                except Exception as exc:  # one bad record must not stop the others
                    result = ParseResult(index, None, str(exc), type(exc).__name__, origin)
                else:
                    stream.write(f"== {origin}\n{why}\n\n")
                    result = ParseResult(index, why.article, origin=origin, url=record.url)
            if result.article is None:
                reporter.report(result)
            stats.add(result)
    return stats


def _run(args: argparse.Namespace, reporter: _Reporter) -> Stats:
    if args.explain:
        return _explain(args, reporter)
    config = Config(script=args.script, region=args.region)
    fields = args.fields or FIELDS
    records = read_records(
        args.inputs, input_format=args.input_format, max_bytes=config.max_input_bytes
    )
    results = parse_many(records, config=config, workers=args.workers, reference=args.reference)
    stats = Stats()
    with _opened(args.output) as stream:
        writer = make_writer(args.format, stream, fields)
        for result in _with_progress(results, reporter, not args.no_progress):
            if result.article is not None:
                result = _write(writer, result, fields, args.format == "csv", reporter)
            if result.article is None:
                reporter.report(result)
            stats.add(result)
        writer.close()
    return stats


def _write(
    writer: Writer, result: ParseResult, fields: tuple[str, ...], flat: bool, reporter: _Reporter
) -> ParseResult:
    """Write one result; a row the output cannot hold is repaired or reported, and the run
    goes on (a broken output stream still stops it: OSError is not caught here)."""
    try:
        row = result_dict(result, fields, flat=flat)
        try:
            writer.write(row)
        except UnicodeEncodeError:
            # A url or file name with a lone surrogate: U+FFFD instead, and said so.
            repaired, count = encodable_row(row)
            writer.write(repaired)
            where = result.origin or f"record {result.index}"
            reporter.say(
                f"{_PROG}: warning: {where}: {count} character(s) that UTF-8 cannot hold "
                "written as U+FFFD"
            )
    except (ValueError, TypeError) as exc:  # this row only; the next one may be fine
        return ParseResult(result.index, None, f"cannot be written ({exc})", "OutputError",
                           result.origin, result.url)  # fmt: skip
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0 all parsed, 1 some input failed).

    Examples:
        >>> main(["--stats", "/no/such/page.txt"])  # stderr tells which input failed and why
        1
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if argv is None and not sys.argv[1:] and sys.stdin.isatty():
        parser.print_usage(sys.stderr)  # nothing piped in: waiting on a terminal helps nobody
        return 2
    reporter = _Reporter(sys.stderr, args.quiet)
    started = time.perf_counter()
    try:
        stats = _run(args, reporter)
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as other Unix tools do.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # the output file cannot be written
        print(f"{_PROG}: error: {exc}", file=sys.stderr)
        return 1
    if reporter.bar is not None:
        reporter.bar.close()
    if args.stats:
        print(f"{_PROG}: {stats.summary(time.perf_counter() - started)}", file=sys.stderr)
    return 1 if stats.counts["error"] else 0


if __name__ == "__main__":  # python -m newsparse._batch.cli, and spawned workers' re-import
    sys.exit(main())
