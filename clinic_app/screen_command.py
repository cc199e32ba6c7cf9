"""`clinic-app screen`: screen a FORMAT.md request file, or a whole batch of them.

    clinic-app screen REQUEST [--as-of DATE] [--format json|text]
    clinic-app screen --batch FILE.jsonl [--out FILE] [--as-of DATE]

REQUEST is a JSON or YAML request (FORMAT.md); "-" reads it from standard input.  The
request's own `as_of` is used unless --as-of overrides it; with neither, today (the CLI
may read the clock; the engine never does).  JSON output is FORMAT.md's result; `text`
is a table a paralegal can read at a terminal.

--batch reads one JSON request per line and writes one JSON result per line, in the same
order, to --out (or standard output), with a progress bar on standard error.  A bad line
stops the batch: every line is checked before anything is screened, so the exit status is
2, the message names the line number and the path of the first bad key or value, and
nothing at all is written (no partial --out file).  Blank lines are skipped.

Exit status: 0 done, 2 a request (or an option) that breaks the format, or a file that
cannot be read.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any, Iterator, TextIO

from clinic_app.screening_format import FormatError, load_document, parse_date, read_client_request, read_request, screening_to_dict

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `screen` subcommand to the CLI's subparsers; `run` is set as its handler."""
    p = subparsers.add_parser(
        "screen",
        help="screen a FORMAT.md request (or a JSONL batch) against every remedy",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    configure(p)
    return p


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("request", nargs="?", help="request file (JSON or YAML; '-' for standard input)")
    p.add_argument("--batch", metavar="FILE.jsonl", help="screen one JSON request per line")
    p.add_argument("--out", metavar="FILE", help="with --batch: write the results here (default: standard output)")
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help="the day the screening speaks for (YYYY-MM-DD); overrides the request's as_of")
    p.add_argument("--format", choices=("json", "text"), default="json", help="json (FORMAT.md result, default) or text (a readable table)")
    p.set_defaults(func=run, run=run)


def run(args: argparse.Namespace) -> int:
    """Run `clinic-app screen`; returns the exit status."""
    try:
        as_of = parse_date(args.as_of, "--as-of") if args.as_of else None
    except FormatError as err:
        return _fail(f"--as-of: {err.problem}")
    if args.batch:
        if args.request:
            return _fail("give either a REQUEST file or --batch FILE, not both")
        if args.format != "json":
            return _fail("--batch writes JSON lines only; --format text is for a single request")
        return run_batch(Path(args.batch), Path(args.out) if args.out else None, as_of)
    if not args.request:
        return _fail("give a REQUEST file (or --batch FILE.jsonl)")
    if args.out:
        return _fail("--out is for --batch; redirect standard output for a single request")
    return run_single(args.request, as_of, args.format)


def run_single(source: str, as_of: date | None, fmt: str, out: TextIO | None = None) -> int:
    """Screen one request file and print the result."""
    from clinic_app.eligibility import screen

    out = out or sys.stdout
    try:
        data = _load(source)
        client, request = read_client_request(data)
    except FormatError as err:
        return _fail(f"{source}: {err}")
    except OSError as err:
        return _fail(f"{source}: cannot read: {err.strerror or err}")
    day = as_of or request.as_of or date.today()
    result = screen(request.person, request.cases, day)
    if fmt == "text":
        from clinic_app.eligibility.text_report import render_text

        out.write(render_text(result, request.person, request.cases, client_name=(client or {}).get("name")))
    else:
        out.write(json.dumps(screening_to_dict(result), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _load(source: str) -> Any:
    if source == "-":
        text = sys.stdin.read()
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            import yaml

            try:
                return yaml.safe_load(text)
            except yaml.YAMLError as err:
                raise FormatError("", f"not valid JSON or YAML: {err}") from None
    return load_document(Path(source))


# ---- batch ------------------------------------------------------------------------------


def _lines(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, parsed JSON) for every non-blank line; FormatError names the line."""
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                raise _LineError(number, FormatError("", f"not valid JSON: {err.msg} at column {err.colno}")) from None


class _LineError(Exception):
    def __init__(self, number: int, error: FormatError):
        self.number = number
        self.error = error


def _check_all(path: Path) -> int:
    """Check every line before screening any; returns how many requests there are."""
    count = 0
    for number, data in _lines(path):
        try:
            read_request(data)
        except FormatError as err:
            raise _LineError(number, err) from None
        count += 1
    return count


def run_batch(path: Path, out_path: Path | None, as_of: date | None) -> int:
    """Screen every line of a JSONL file; see the module docstring for the all-or-nothing rule."""
    from clinic_app.eligibility import screen

    try:
        total = _check_all(path)
    except _LineError as err:
        return _fail(f"{path}:{err.number}: {err.error}")
    except OSError as err:
        return _fail(f"{path}: cannot read: {err.strerror or err}")
    today = date.today()
    progress = ProgressBar(total, sys.stderr)
    tmp_name = None
    # A batch allocates millions of short-lived objects and keeps none: collect garbage
    # less often (about a third faster for a county-sized file); restored afterwards.
    thresholds = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        if out_path is not None:
            fd, tmp_name = tempfile.mkstemp(prefix=".screen-", suffix=".jsonl.tmp", dir=str(out_path.parent.resolve()))
            out = os.fdopen(fd, "w", encoding="utf-8")
        else:
            out = sys.stdout
        for done, (_number, data) in enumerate(_lines(path), 1):
            request = read_request(data)
            result = screen(request.person, request.cases, as_of or request.as_of or today)
            out.write(json.dumps(screening_to_dict(result), ensure_ascii=False, separators=(",", ":")) + "\n")
            progress.update(done)
        progress.finish()
        if out_path is not None:
            out.close()
            os.replace(tmp_name, out_path)  # type: ignore[arg-type]
            tmp_name = None
        else:
            out.flush()
    finally:
        gc.set_threshold(*thresholds)
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return EXIT_OK


class ProgressBar:
    """A one-line progress bar on standard error, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO):
        self.total = max(total, 1)
        self.stream = stream
        self.started = time.monotonic()
        self.last = 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done < self.total:
            return
        self.last = now
        width = 30
        filled = int(width * done / self.total)
        rate = done / max(now - self.started, 1e-9)
        self.stream.write(f"\rscreening [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} ({rate:,.0f}/s)")
        self.stream.flush()

    def finish(self) -> None:
        self.update(self.total)
        self.stream.write("\n")
        self.stream.flush()


def _fail(message: str) -> int:
    print(f"clinic-app screen: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (`python -m clinic_app.screen_command`), the same as `clinic-app screen`."""
    p = argparse.ArgumentParser(prog="clinic-app screen")
    configure(p)
    return run(p.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
