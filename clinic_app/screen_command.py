"""`clinic-app screen`: screen a FORMAT.md request file, or a whole batch of them.

    clinic-app screen REQUEST [--as-of DATE] [--format json|text]
    clinic-app screen --batch FILE.jsonl [--out FILE] [--as-of DATE]

REQUEST is a JSON or YAML request (FORMAT.md); "-" reads it from standard input.  The
request's own `as_of` is used unless --as-of overrides it; with neither, today (the CLI
may read the clock; the engine never does).  JSON output is FORMAT.md's result; `text`
is a table a paralegal can read at a terminal.

--batch reads one JSON request per line ("-": from standard input) and writes one JSON
result per line, in the same order, to --out (or standard output), with progress on
standard error.  The contract (all or nothing, blank lines, exit statuses, the results
file's permissions) is CONTRACT below, which `--help` prints.
"""

from __future__ import annotations

import argparse
import codecs
import gc
import io
import json
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator, TextIO

from clinic_app.cli_options import DAY_FORMS, day_given
from clinic_app.exits import EXIT_ENVIRONMENT
from clinic_app.help_text import HELP_WIDTH, filled
from clinic_app.private_files import folder_missing, private_temporary_file, remove_stale_files
from clinic_app.screening_format import (
    BAD_LINES_SHOWN,
    BadLines,
    CutShort,
    FormatError,
    NotTextToRead,
    check_for_screening,
    check_is_text,
    count_file_lines,
    cut_short,
    decode_text,
    file_lines,
    is_a_result,
    json_problem,
    load_document,
    parse_document,
    read_client_request,
    read_client_request_kept,
    screening_to_dict,
)
from clinic_app.wording import count

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports Ctrl-C
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143
STDIN = "-"

CONTRACT = """\
A request is FORMAT.md's (docs/screening-format.md in Clinic Desk), in UTF-8.  One that breaks the
format (an unknown or repeated key, a value of the wrong type, a date not written
YYYY-MM-DD, a missing fact FORMAT.md gives no default for) or that no court record can
hold (a date outside 1900-2199, a conviction before the date of birth or the arrest, a
release before the conviction, a violation after probation was ended early, a dismissal
before the arrest, a number past 10^12, a control character in text, an invisible character
in an id, code or section) stops the command with exit status 2 and one message naming the
path of the first bad key or value, e.g. "cases[0].convictions[1].level: missing"; nothing
is written on standard output.  A case with no convictions must give its outcome (a
convicted case that lists none is screened: its remedies need review, asking for them);
a sentence carries only the block of its type (probation, or custody for county jail and
state prison), and only a convicted case has a sentence.

In YAML only a plain decimal is a number: write a section such as 459.5 in quotes
("459.5"), or it is read as one and refused; 0647, 010 or 1_000 stay text, as written (a
number field refuses them).  The optional top-level `client` block (name, aliases, language, event,
phone, notes) is Clinic Desk's, for export and import; screening does not read it.

--batch: one JSON request per line.  Blank lines are skipped: result N is the result of
the N-th non-blank line (a blank line before a request is named on standard error, as the
results no longer line up with the file's lines from there on).  Every line is checked before any is screened; if a line is bad,
the first 10 bad lines are named (FILE:LINE: path: problem), nothing at all is written (no
--out file, nothing on standard output) and the exit status is 2.

--out FILE is replaced all at once, when every request is screened, so a batch that fails
or is stopped leaves FILE as it was.  An existing FILE that is not text (a caseload, a
backup) is refused.  FILE is created readable and writable by you only
(mode 0600): it holds clients' records.  A symlink is followed to its file; a named pipe or
a device is written as the results come.  FILE may not be the batch file itself.

Exit status: 0 done; 1 the results could not be written (a full disk); 2 a bad request,
line or option, or a file that cannot be read; 130 interrupted (Ctrl-C); 143 stopped
(SIGTERM); 129 stopped as its terminal closed (SIGHUP; under nohup it runs on).
"""


def contract_filled(width: int = HELP_WIDTH) -> str:
    """CONTRACT as `screen --help` prints it: each paragraph filled to `width`.

    Printed as written (argparse's raw epilog), its lines ran to 130 columns where an edit
    had lengthened one, and an 80-column terminal broke them mid-word (H58-06)."""
    return filled(CONTRACT, width) + "\n"


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
    p.formatter_class = argparse.RawDescriptionHelpFormatter  # CONTRACT keeps its paragraphs
    p.epilog = contract_filled()
    p.add_argument("request", nargs="?", help="request file (JSON or YAML; '-' for standard input)")
    p.add_argument("--batch", metavar="FILE.jsonl", help="screen one JSON request per line ('-' for standard input)")
    p.add_argument("--out", metavar="FILE", help="with --batch: write the results here, readable by you only (default: standard output)")
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help=f"the day the screening speaks for ({DAY_FORMS}); overrides the request's as_of")
    p.add_argument("--format", choices=("json", "text"), default="json", help="json (FORMAT.md result, default) or text (a readable table)")
    p.set_defaults(func=run, run=run)


def run(args: argparse.Namespace) -> int:
    """Run `clinic-app screen`; returns the exit status."""
    try:
        as_of = day_given(args.as_of, "--as-of") if args.as_of is not None else None  # "" is a bad date, not none
    except FormatError as err:
        return _fail(f"--as-of: {err.problem}")
    if args.batch:
        if args.request:
            return _fail("give either a REQUEST file or --batch FILE, not both")
        if args.format != "json":
            return _fail("--batch writes JSON lines only; --format text is for a single request")
        return run_batch(args.batch, args.out, as_of)
    if not args.request:
        return _fail("give a REQUEST file (or --batch FILE.jsonl)")
    if args.out:
        return _fail("--out is for --batch; redirect standard output for a single request")
    return run_single(args.request, as_of, args.format)


def _read_for_screening(data):
    """(client block, request) of a request to screen: FORMAT.md's reader, then what a
    screening needs that the caseload may still lack (screening_format.check_for_screening)."""
    client, request = read_client_request(data)
    check_for_screening(request.cases)
    return client, request


def run_single(source: str, as_of: date | None, fmt: str, out: TextIO | None = None) -> int:
    """Screen one request file and print the result."""
    from clinic_app.eligibility import screen

    out = out or sys.stdout
    if _is_a_caseload(source):
        return _fail(_caseload_given(source, "--client ID --out client.json", "that file"))
    read: list[str] = []
    try:
        data = _load(source, read)
        if (listed := _a_list_given(source, data)) is not None:
            return _fail(listed)
        # With the reviews and the denials' typed moments an exported client's block carries.
        client, request, reviews, moments = read_client_request_kept(data)
        check_for_screening(request.cases)
    except FormatError as err:
        return _fail(_lines_given_as_one(source, read) or f"{_name(source)}: {err}")
    except OSError as err:
        return _fail(f"{source}: cannot read: {err.strerror or err}")
    day = as_of or request.as_of or date.today()
    result = screen(request.person, request.cases, day)
    if fmt == "text":
        from clinic_app.court import denial_reviews_that_count
        from clinic_app.eligibility import facts_hash
        from clinic_app.eligibility.text_report import render_text

        # The attorney's reviews of a denial its export carries, those the caseload counts (on
        # these facts, made after the denial was typed): a denial reviewed read "an attorney
        # reviews before it is filed again" (X268-02).
        counted = denial_reviews_that_count(reviews, facts_hash(request.person, request.cases), moments) if reviews else []
        out.write(render_text(result, request.person, request.cases, client_name=(client or {}).get("name"), width=columns_for(out),
                              reviews=counted))
    else:
        out.write(json.dumps(screening_to_dict(result), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


# Below this a terminal is too narrow for the table's rows anyway: wrapped to it, the prose
# would only grow longer without the rows fitting.
_NARROWEST = 60


def columns_for(out: TextIO) -> int:
    """The width to wrap the text report to: a terminal's, where it is narrower than the
    report's 100 columns (T37-03: at 80 columns the terminal broke hundreds of lines
    mid-word); to a file or a pipe the report keeps its 100, as it is printed and pasted.
    A COLUMNS the person exported wins over both: set by hand (shells do not export their
    own), it is the width they asked for, `| less` or `> report.txt` alike.  `handout`'s
    notes before a batch are wrapped to it too (C112-02)."""
    from clinic_app.eligibility.text_report import WIDTH

    asked = columns_asked(out)
    return WIDTH if asked is None else max(_NARROWEST, min(WIDTH, asked))


def columns_asked(out: TextIO) -> int | None:
    """The width a text for `out` is to fit: a COLUMNS the person exported, else the
    terminal's; None to a file or a pipe (`clinic-app report` reads it too, J59-05)."""
    asked = os.environ.get("COLUMNS", "").strip()
    if asked.isdigit() and int(asked) > 0:
        return int(asked)
    try:
        if out.isatty():
            return os.get_terminal_size(out.fileno()).columns
    except (OSError, ValueError):  # no size to ask (a closed or odd stream): the default
        pass
    return None


def _load(source: str, read: list[str] | None = None) -> Any:
    """The request document of `source`; standard input's text is kept in `read`, as it
    cannot be read twice (_lines_given_as_one looks at it again)."""
    if source == STDIN:
        text = decode_text(_stdin_bytes())
        if read is not None:
            read.append(text)
        if not text.strip():
            raise FormatError("", "it is empty (no request was given)")
        return parse_document(text, "either")
    return load_document(Path(source))


# The keys a FORMAT.md request has at its top: one of them marks a mapping as a request.
_REQUEST_KEYS = frozenset({"as_of", "person", "cases"})


def _lines_given_as_one(source: str, read: list[str]) -> str | None:
    """What to say when the single request given is a batch, one request a line (a referral
    list, `export --event`'s day.jsonl): it was "not valid JSON: Extra data at line 2,
    column 1", and nothing said that --batch screens such a file (Z85-01). None when it is not
    so: a broken single request keeps JSON's own complaint, which names its line and column.

    A batch with one line broken in it (cut short, a quote lost) was still "Extra data at line
    2, column 1": the line named was a whole request, the broken one went unsaid, and so did
    --batch (J89-01).  A file with a whole request on a line of its own beside other lines is
    taken for such a batch: the first broken line is named, with --batch to screen the file.
    Each line is read and let go, so a file of 100,000 lines is not held twice over."""
    try:
        text = read[0] if read else decode_text(Path(source).read_bytes())
    except (OSError, FormatError):
        return None
    lines = 0
    whole = results = requests = 0
    broken: tuple[int, str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        lines += 1
        try:
            data = json.loads(line)
        except ValueError as err:
            if broken is None:
                problem = json_problem(err, line) if isinstance(err, json.JSONDecodeError) else str(err)
                broken = (number, problem)
            continue
        if not isinstance(data, dict):
            return None
        whole += 1
        results += is_a_result(data)
        requests += bool(data.keys() & _REQUEST_KEYS)
    if lines < 2 or not whole or (whole * 2 < lines and requests < 2):
        # (Most lines whole: a broken list printed one request a line, "[", "{...},", ..., "]",
        # has one whole line, its last request, and keeps JSON's complaint.  Or two whole
        # requests, which no single request holds on lines of their own: five lines, three cut
        # short, were "Extra data at line 2" with line 2 broken, R90-03.)
        return None
    from clinic_app.cli_options import typed_word

    if results == whole:
        # screen --batch's results.jsonl given back: not requests, which --batch would refuse
        # line by line as results (Z85-02), so it is not offered (R86-03).
        return (f"{_name(source)} holds {count(lines, 'screening result')} (as_of, rules_version, results), "
                "one a line, not requests: give the requests they were screened from")
    batch = f"clinic-app screen --batch {typed_word(source)}"
    if broken is None:
        return f"{_name(source)} holds {count(lines, 'request')}, one a line (JSON Lines), not one request: screen them with {batch}"
    number, problem = broken
    return (f"{_name(source)} holds one request a line (JSON Lines), not one request, and line {number} of it is not "
            f"valid JSON ({problem}): screen the file with {batch}, which names every bad line to put right")


def _a_list_given(source: str, data: Any) -> str | None:
    """What to say when the single request given is a JSON (or YAML) list of requests, as a
    case-management system exports them: it was "a request is a mapping (as_of, person,
    cases), not [{'as_of': '2026-11-15', 'cases': [...], ...", and --batch, tried next, said
    to screen the file without it (J89-04).  None when it is not a list of requests (a list of
    the acceptance cases, say: each holds a request, and is not one)."""
    if not isinstance(data, list) or not data:
        return None
    if not all(isinstance(item, dict) and _REQUEST_KEYS & item.keys() for item in data):
        return None
    if len(data) == 1:
        return (f"{_name(source)} holds a list of 1 request ([{{...}}]), not the request alone: "
                "take away the [ and ] around it")
    return (f"{_name(source)} holds a list of {count(len(data), 'request')} ([{{...}}, {{...}}]), not one request: "
            "write each request on a line of its own (JSON Lines) and screen that file with clinic-app screen --batch FILE")


def _stdin_binary() -> BinaryIO:
    """Standard input as a binary stream (a test may put a StringIO there)."""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8"))


def _read_again(spool: BinaryIO) -> BinaryIO:
    """The spooled batch from its start, in a handle of its own: closing it (each pass does)
    leaves the temporary file, which closing the spool itself deletes."""
    handle = os.fdopen(os.dup(spool.fileno()), "rb")
    handle.seek(0)
    return handle


def _stdin_bytes() -> bytes:
    """Standard input as bytes, so that its encoding is checked as a file's is."""
    return _stdin_binary().read()


# How a plain SQLite file begins: a caseload, or a backup of one.
_SQLITE_HEADER = b"SQLite format 3\x00"


def _is_a_caseload(source: str) -> bool:
    """True when `source` is a plain SQLite file (a caseload or a backup), not a request."""
    if source == STDIN:
        return False
    try:
        with open(source, "rb") as f:
            return f.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:  # missing, a folder, unreadable: the reading says what is wrong
        return False


def _caseload_given(source: str, export: str, then: str) -> str:
    """What to say of a caseload given to screen: it was read as text, "not UTF-8 text (byte
    0xB4 at offset 31); save it as UTF-8" (and --batch named 10 of its 34,000 "bad lines"),
    which sent a paralegal to re-save a caseload in an editor (H58-03)."""
    from clinic_app.cli_options import typed_word

    return (f"{source} is a caseload or a backup, not a screening request: export its clients first "
            f"(clinic-app export --db {typed_word(source)} {export}), then screen {then}")


def _name(source: str) -> str:
    return "standard input" if source == STDIN else source


# ---- batch ------------------------------------------------------------------------------


class _Refused(Exception):
    """A batch stopped with nothing (more) written; the message says why."""

    def __init__(self, message: str, status: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.status = status


class Terminated(BaseException):
    """SIGTERM (or SIGHUP, where taken) during a batch, raised where the batch is, so that it
    stops as Ctrl-C does.  Not an Exception, as KeyboardInterrupt is not: the papers' batch goes
    on past one client's failure (`except Exception`), and would have gone on past a stop too."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def said(self) -> str:
        """"stopped (SIGTERM)": what a stopped run's message begins with."""
        return f"stopped ({signal.Signals(self.signum).name})"

    @property
    def status(self) -> int:
        """The exit status a shell reports for the signal: 143 for SIGTERM, 129 for SIGHUP."""
        return 128 + self.signum


def how_stopped(stop: BaseException) -> tuple[str, int]:
    """("interrupted", 130) for a Ctrl-C; ("stopped (SIGTERM)", 143) or ("stopped (SIGHUP)", 129)
    for a signal stop_signals took: what a stopped run's message begins with, and its exit
    status."""
    return (stop.said, stop.status) if isinstance(stop, Terminated) else ("interrupted", EXIT_INTERRUPTED)


def say_stopped(line: str) -> None:
    """Say on standard error what a stopped run did; the terminal closed (SIGHUP) takes it with
    it, and the run still ends as said (its files as they were), not with a traceback.  What
    standard output holds goes first, as the command line's notes do (cli._say, Z81)."""
    for write in (sys.stdout.flush, lambda: print(line, file=sys.stderr, flush=True)):
        try:
            write()
        except OSError:
            pass


def run_batch(source: str | Path, out: str | Path | None, as_of: date | None) -> int:
    """Screen every line of a JSONL batch, all or nothing (see CONTRACT)."""
    try:
        results = Results.choose(None if out is None else str(out), str(source))
        batch = Batch.open(str(source))
    except _Refused as err:
        return _fail(str(err), err.status)
    job = _BatchJob(batch, results, as_of)
    # The terminal closed (SIGHUP) ended a batch at once, its temporary file of results left
    # beside --out (C171-01): taken as SIGTERM and Ctrl-C are.
    with stop_signals(sighup=True):
        try:
            return job.run()
        except _Refused as err:
            job.end_progress_line()
            return _fail(str(err), err.status)
        except (KeyboardInterrupt, Terminated) as stop:
            return job.stopped(stop)
        finally:
            results.discard()
            batch.close()


class _Stops:
    """Ctrl-C (SIGINT) and SIGTERM while a batch runs: raised where the batch is, as
    KeyboardInterrupt and Terminated, but never inside the writing of one result.

    Stopped while a slow reader (`| gzip`, a script) was taking a result from a full pipe, the
    batch had left the first 4,096 bytes of it as the last line, not JSON, and said one result
    fewer than had gone through (C31-01).  A stop that comes while a result is written waits
    until its line is whole; a second one, if that write is stuck (a reader that never reads),
    stops at once.  Once a stop is raised, those after it are let go: the run is undoing what
    it began, and a second Ctrl-C there broke that off (R173-03: a rescreen's workers left
    waiting for work, the program never ending)."""

    def __init__(self) -> None:
        self.writing = False
        self.pending: BaseException | None = None
        self.stopping = False  # a stop raised: the run is ending

    def arrived(self, signum: int, _frame: Any) -> None:
        if self.stopping:
            return
        stop = KeyboardInterrupt() if signum == signal.SIGINT else Terminated(signum)
        if self.writing and self.pending is None:
            self.pending = stop
            return
        self.stopping = True
        raise stop

    def raise_pending(self, cause: BaseException | None = None) -> None:
        """Raise the stop held while a line was written, now that the writing is over."""
        stop, self.pending = self.pending, None
        self.stopping = True
        raise stop from cause

    @contextmanager
    def whole_line(self) -> Iterator[None]:
        self.writing = True
        try:
            yield
        except BrokenPipeError as gone:
            # A stop held while the line waited on a full pipe whose reader then ended (a
            # shutdown's SIGTERM to `export | gzip`, both) was lost: the run ended as a `| head`
            # does, status 0 and unsaid, its output cut short (R173-02).  It is the stop.
            if self.pending is None:
                raise
            self.raise_pending(gone)
        finally:
            self.writing = False
        if self.pending is not None:
            self.raise_pending()


_STOPS = _Stops()


def stop_held() -> bool:
    """Whether a stop (Ctrl-C, SIGTERM, SIGHUP) came while a whole line was written, and waits."""
    return _STOPS.pending is not None


def whole_line() -> Any:
    """A context in which a Ctrl-C (or SIGTERM) that stop_signals takes waits until it ends."""
    return _STOPS.whole_line()


@contextmanager
def stop_signals(sigterm: bool = True, sighup: bool = False) -> Iterator[None]:
    """Let _STOPS take Ctrl-C, and SIGTERM (a `kill`, a service stopping) unless `sigterm` is
    false, while the batch runs, so that the temporary file is removed and the previous --out
    kept, and no result is cut (`clinic-app export` takes Ctrl-C alone).  `sighup`: the
    terminal closed stops it so too (the papers' batches), unless `nohup` ignores it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals (a caller's worker thread)
        return
    taken = [signal.SIGTERM] if sigterm else []
    hangup = getattr(signal, "SIGHUP", None)  # none on Windows
    if sighup and hangup is not None and signal.getsignal(hangup) is signal.SIG_DFL:
        taken.append(hangup)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        taken.append(signal.SIGINT)  # not when ignored (`nohup`, a background job): it stays so
    previous = {signum: signal.signal(signum, _STOPS.arrived) for signum in taken}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _STOPS.pending = None  # one held while a write failed is not the next batch's
        _STOPS.stopping = False


class Batch:
    """The lines of a JSONL batch, read twice: once to check every line, once to screen.

    A file is read from disk each time.  Standard input and a pipe (`--batch <(...)`)
    can be read only once, so they are copied into a private temporary file first
    (`spooled`).
    """

    def __init__(self, name: str, opener: Callable[[], BinaryIO]):
        self.name = name
        self._open = opener
        self.spool: BinaryIO | None = None

    @classmethod
    def open(cls, source: str) -> Batch:
        if source == STDIN:
            return cls.spooled("standard input", _stdin_binary())
        path = Path(source)
        try:
            mode = os.stat(path).st_mode
            if stat.S_ISDIR(mode):
                raise _Refused(f"{source}: is a folder, not a batch file")
            if not stat.S_ISREG(mode):
                with open(path, "rb") as stream:
                    return cls.spooled(source, stream)
            with open(path, "rb"):
                pass  # readable: say so now, not after the checking pass
            if _is_a_caseload(source):
                raise _Refused(_caseload_given(source, "--all --out clients.jsonl", "clients.jsonl with --batch"))
        except OSError as err:
            raise _Refused(f"{source}: cannot read: {err.strerror or err}") from None
        return cls(source, lambda: open(path, "rb"))

    @classmethod
    def spooled(cls, name: str, stream: BinaryIO) -> Batch:
        """A batch that can be read only once (standard input, a pipe), copied a chunk at a
        time into a temporary file of this user's alone, with no name on disk
        (private_files.private_temporary_file), which `close` deletes.  Kept in memory, a
        county's 20,000 requests piped in had been held whole, 57 MB (L32-03)."""
        try:
            spool = private_temporary_file()
        except OSError as err:
            raise _Refused(f"{name}: cannot make a temporary file to hold it: {err.strerror or err}", EXIT_ENVIRONMENT) from None
        try:
            while True:
                try:
                    chunk = stream.read(1 << 20)
                except OSError as err:
                    raise _Refused(f"{name}: cannot read: {err.strerror or err}") from None
                if not chunk:
                    break
                try:
                    spool.write(chunk)
                except OSError as err:  # a full disk
                    raise _Refused(f"{name}: cannot keep it in a temporary file in {tempfile.gettempdir()}: "
                                   f"{err.strerror or err}", EXIT_ENVIRONMENT) from None
            spool.flush()
        except BaseException:
            spool.close()
            raise
        batch = cls(name, lambda: _read_again(spool))
        batch.spool = spool
        return batch

    def close(self) -> None:
        """Delete the temporary copy of a batch read from standard input or a pipe."""
        if self.spool is not None:
            self.spool.close()

    def count_lines(self) -> int:
        """How many lines, blank or not (the checking pass's progress): those `lines` reads, by
        the same rule (CR alone in an old Mac's file, J91-01, or in some of its lines, V92-03,
        anywhere in it, H94-03), counted a block at a time."""
        with self._open() as fh:
            return count_file_lines(fh)

    def lines(self) -> Iterator[tuple[int, bytes]]:
        """(line number, raw line) for every non-blank line."""
        with self._open() as fh:
            for number, raw in enumerate(file_lines(fh), 1):  # also CR alone (J91-01)
                if not _blank(raw):
                    yield number, raw


def _blank(raw: bytes) -> bool:
    """A line with nothing on it but spaces, a byte-order mark or Unicode spaces (NBSP):
    such a line was "the file is empty" (fuzzing finding).  Only a short line is decoded."""
    text = raw.strip()
    return not text or (len(text) <= 32 and not text.decode("utf-8", "replace").replace("\ufeff", "").strip())


def _parse_line(raw: bytes, first: bool) -> Any:
    """One batch line as JSON.  A byte-order mark is accepted at the start of a line (line 1,
    or where files saved by a Windows editor were joined with `cat`).  Only the `first` line is
    asked whether it begins an encrypted file: a later line that begins as GnuPG's packets do is
    a damaged line of a plain file, "not UTF-8 text", not an encrypted one (R168-01)."""
    check_is_text(raw, start_of_file=first)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        not_utf8 = FormatError("", f"not UTF-8 text (byte 0x{raw[err.start]:02X} at column {err.start + 1})")
        raise _cut_short_or(not_utf8, raw, err) from None
    try:
        return parse_document(text, "json")
    except FormatError as err:
        if not err.problem.startswith("not valid JSON"):
            raise
        # A line a copy stopped part-way or a pulled stick cut short is said as the import
        # says it (H99-01's rule, cut_short), not in json's words: "Invalid control character
        # at column 46" (H100-01).  Parsed again for json's error, a bad line's alone.
        try:
            json.loads(text)
        except json.JSONDecodeError as json_err:
            raise _cut_short_or(err, raw, json_err, text) from None
        raise


def _cut_short_or(said: FormatError, raw: bytes, err: json.JSONDecodeError | UnicodeDecodeError, text: str = "") -> FormatError:
    """cut_short's error for line `raw`, json's (`said`) kept as its `words`; else `said`."""
    cut = cut_short(raw, err, text)
    if cut is None:
        return said
    cut.words = said  # type: ignore[attr-defined]
    return cut


# The batch's results are written to a hidden file of this name beside --out (see `Results`).
TEMPORARY_PREFIX, TEMPORARY_SUFFIX = ".screen-", ".jsonl.tmp"


class Results:
    """Where a batch's results go, and how they get there.

    --out FILE: into a temporary file beside FILE (mode 0600, as mkstemp makes it: the
    results are clients' records), renamed over FILE only once every request is screened,
    so that a batch that fails or is stopped leaves FILE as it was.  A symlink is
    followed to its file, so the link stays a link.  A named pipe or a device
    (/dev/stdout) cannot be renamed over: it is written as the results come.  Without
    --out: standard output.
    """

    def __init__(self, shown: str, path: Path | None, replace: bool):
        self.shown = shown  # how messages name it: --out as given, or "standard output"
        self.path = path
        self.replace = replace
        self.stream: TextIO | None = None
        self.temporary: str | None = None
        self.written = 0

    @classmethod
    def choose(cls, out: str | None, batch: str) -> Results:
        """Check --out before any work; raises _Refused."""
        if out is None:
            return cls("standard output", None, replace=False)
        given = Path(out)
        if given.is_dir():
            raise _Refused(f"--out {out} is a folder; give a file name")
        if given.exists() and not given.is_file():
            return cls(out, given, replace=False)
        target = Path(os.path.realpath(given)) if given.is_symlink() else given
        folder = target.parent
        if missing := folder_missing(target, given="--out"):
            raise _Refused(missing)
        if not folder.is_dir():
            raise _Refused(f"--out {out}: {folder} is not a folder")
        if _same_file(target, batch):
            raise _Refused(f"--out {out} is the batch file {batch} itself; the results would overwrite the requests: choose another --out")
        if _holds_binary(target):
            raise _Refused(f"--out {out} is not a results file (it holds binary data: a caseload or a backup?); it is left as it is: choose another --out")
        return cls(out, target, replace=True)

    def prepare(self) -> None:
        """Make the temporary file now, so that a folder we may not write in is said before
        the long work, not after it."""
        if not self.replace:
            return
        assert self.path is not None
        # A batch killed (SIGKILL, a battery, a power cut: no cleanup runs) left its hidden
        # temporary file of screening results, clients' records, in the folder for good: its
        # name is random, so no later batch replaced it (V27-03).  An old one goes now.
        remove_stale_files(self.path.parent, f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}")
        try:
            fd, self.temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX, dir=self.path.parent)
        except OSError as err:
            raise _Refused(f"--out {self.shown}: cannot write in folder {self.path.parent}: {err.strerror or err}") from None
        self.stream = os.fdopen(fd, "w", encoding="utf-8")

    def start(self) -> None:
        """Open a pipe or a device only once every line has passed: it takes what it gets."""
        if self.stream is not None:
            return
        if self.path is None:
            self.stream = sys.stdout
            return
        try:
            self.stream = open(self.path, "w", encoding="utf-8")
        except OSError as err:
            raise _Refused(f"--out {self.shown}: cannot write: {err.strerror or err}") from None

    def write(self, result: dict[str, Any]) -> None:
        assert self.stream is not None
        line = json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n"
        with _STOPS.whole_line(), self._writing():
            if self.replace:
                self.stream.write(line)  # a temporary file, dropped whole if the batch stops
            else:
                write_whole_line(self.stream, line)
            self.written += 1

    def commit(self) -> None:
        assert self.stream is not None
        with self._writing():
            if self.stream is sys.stdout:
                self.stream.flush()
                return
            self.stream.close()
            if self.temporary is not None:
                os.replace(self.temporary, self.path)  # type: ignore[arg-type]
                self.temporary = None

    def said(self) -> str:
        """"Wrote 5 results to results.jsonl (readable by you only).": a file replaced
        whole is the temporary one renamed, made readable by its owner only."""
        private = " (readable by you only)" if self.replace else ""
        return f"Wrote {count(self.written, 'result')} to {self.shown}{private}."

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """A full disk (or a device gone) stops the batch with exit status 1, and says what is left."""
        try:
            yield
        except BrokenPipeError:
            raise  # the reader of standard output went away: the CLI stops quietly
        except OSError as err:
            # Written to a pipe or a device, what got through is unknown: the buffer had more.
            left = self.unfinished() if self.replace else f"part of them may have reached {self.shown}"
            raise _Refused(f"cannot write the results: {err.strerror or err}; {left}", EXIT_ENVIRONMENT) from None

    def discard(self) -> None:
        """Remove the temporary file, if the batch did not finish (else a no-op)."""
        if self.stream is not None and self.stream is not sys.stdout and not self.stream.closed:
            try:
                self.stream.close()
            except OSError:
                pass  # the disk that failed the write may fail the flush
        if self.temporary is not None:
            try:
                os.unlink(self.temporary)
            except OSError:
                pass
            self.temporary = None

    def unfinished(self) -> str:
        """What a batch that stops now leaves behind, for the message."""
        if self.replace:
            assert self.path is not None
            left = f"{self.shown} is as it was" if self.path.exists() else f"no {self.shown} was made"
            return f"no results were written ({left})"
        return f"{self.written:,} result{'' if self.written == 1 else 's'} had been written to {self.shown}"


def write_whole_line(stream: TextIO, line: str) -> None:
    """Write `line` (a batch's result, an export's client) to standard output, a pipe or a
    device straight to its file descriptor, in UTF-8 as the --out file is, until every byte
    has gone.

    Through Python's buffered stream, a write a signal cut short (a full pipe, then Ctrl-C)
    lost the rest of the line even when the signal was held until it was written (C31-01)."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):  # a test's StringIO
        stream.write(line)
        return
    stream.flush()  # anything written to it before goes first
    rest = memoryview(line.encode("utf-8"))
    while rest:
        rest = rest[os.write(fd, rest):]


def _holds_binary(target: Path) -> bool:
    """Whether the existing file `target` holds something other than text, which results must
    not replace: `--out caseload.sqlite` had put the results in the caseload's place, every
    client lost (storage check D21-15).  Earlier results, like any text, may be replaced."""
    try:
        with open(target, "rb") as f:
            head = f.read(4096)
    except OSError:  # not there yet
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # a character cut at 4096 is fine
    except UnicodeDecodeError:
        return True
    return "\0" in head.decode("utf-8", "ignore")


def _same_file(target: Path, batch: str) -> bool:
    """Whether --out is the batch file, however spelt: another path, a symlink, a hard link."""
    if batch == STDIN:
        return False
    try:
        return os.path.samefile(target, batch)
    except OSError:  # one of them does not exist (yet)
        return False


class _BatchJob:
    """One batch: check every line, then screen them; says what happened if it stops."""

    def __init__(self, batch: Batch, results: Results, as_of: date | None):
        self.batch = batch
        self.results = results
        self.as_of = as_of
        self.progress: ProgressBar | None = None
        self.requests: int | None = None  # known once every line is checked

    def run(self) -> int:
        self.results.prepare()
        bad = self.check()
        if bad:
            return bad
        self.results.start()
        if self.requests == 0:
            print(f"screening: no requests in {self.batch.name} (it is empty or has only blank lines)", file=sys.stderr)
        else:
            self.screen()
        self.results.commit()
        if self.results.path is not None:
            # Where the results went, as `export --out` says it: the progress bars ended
            # and not a word said which file held the results, nor how many (C108-02).
            print(self.results.said(), file=sys.stderr)
        return EXIT_OK

    def check(self) -> int:
        """Check every line before screening any; returns 0, or 2 having named the bad lines."""
        self.progress = ProgressBar(self.batch.count_lines(), sys.stderr, "checking", " lines")
        requests, bad = 0, BadLines(self.batch.name)
        blanks = _BlankLines()
        hint: list[str] = []  # said when the first line shows the batch is a JSON document
        for number, raw in self.batch.lines():
            self.progress.update(number)
            blanks.before(number)
            try:
                _read_for_screening(_parse_line(raw, first=not requests and not bad.count))
                requests += 1
            except FormatError as err:
                if not requests and not bad.count:
                    if isinstance(err, NotTextToRead):
                        # The whole file is in another encoding (J89-02), or a spreadsheet (J89-05):
                        # said once, not as every line bad ("not UTF-8", then "not valid JSON" line
                        # by line), as import says it.
                        self.progress.finish()
                        return _fail(f"{self.batch.name}: {err.problem}; nothing was screened or written")
                    hint = _a_document_not_lines(self.batch.name, number, raw)
                if hint and isinstance(err, CutShort):
                    err = getattr(err, "words", err)  # a document's lines, not a copy cut short (C31-06)
                bad.add(number, err)
        self.progress.finish()
        hint += _copy_again(bad)
        if bad.count == 1:
            return _fail("\n".join([*bad.shown(), *hint]))
        if bad.count:
            return _fail(bad.said("nothing was screened or written", hint))
        self.requests = requests
        if blanks.count:
            print(blanks.said(self.batch.name), file=sys.stderr)
        return EXIT_OK

    def screen(self) -> None:
        from clinic_app.eligibility import screen

        assert self.requests is not None
        today = date.today()
        self.progress = ProgressBar(self.requests, sys.stderr)
        # A batch allocates millions of short-lived objects and keeps none: collect garbage
        # less often (about a third faster for a county-sized file); restored afterwards.
        thresholds = gc.get_threshold()
        gc.set_threshold(50_000, 20, 100)
        try:
            for done, (number, raw) in enumerate(self.batch.lines(), 1):
                try:
                    _client, request = _read_for_screening(_parse_line(raw, first=done == 1))
                except FormatError as err:  # it passed the check: the file changed since
                    raise _Refused(f"{self.batch.name} changed while it was screened ({number}: {err}); {self.results.unfinished()}") from None
                result = screen(request.person, request.cases, self.as_of or request.as_of or today)
                self.results.write(screening_to_dict(result))
                self.progress.update(done)
        finally:
            gc.set_threshold(*thresholds)
        self.progress.finish()

    def end_progress_line(self) -> None:
        if self.progress is not None:
            self.progress.end_line()

    def stopped(self, stop: BaseException) -> int:
        """Ctrl-C, SIGTERM or SIGHUP: say what was left, on a line of its own, and exit 130,
        143 or 129."""
        how, status = how_stopped(stop)
        try:
            self.end_progress_line()
        except OSError:
            pass  # the terminal closed
        # A colon before what was left, as every other command's stop line has it (R180).
        if self.requests is None:
            said = f"{how} while checking {self.batch.name}: nothing was written"
        else:
            said = f"{how} after {self.results.written:,} of {self.requests:,} requests: {self.results.unfinished()}"
        say_stopped(f"clinic-app screen: {said}")
        return status


def _a_document_not_lines(batch: str, number: int, raw: bytes) -> list[str]:
    """What to say (a line, or none) when the batch's first line `raw`, line `number`, shows
    that the batch is a JSON document, not one request a line.

    An indented request file, or the JSON list a case-management system exports, given to
    --batch was "384 bad lines ... not valid JSON: Extra data", or "a request is a mapping,
    not [{...": nothing said what --batch wants, nor how to screen what was given (C31-06)."""
    text = raw.decode("utf-8-sig", "replace").strip()
    lines = "write each request on a line of its own (JSON Lines)"
    if text == "{":
        from clinic_app.cli_options import typed_word

        # Quoted as the terminal reads it: "clinic-app screen /…/case files/request.json" typed
        # screened "/…/case" and "files/request.json" (Q122-06).
        return [f"{batch} is one JSON document written over many lines, not one request a line: "
                f"screen a single request with clinic-app screen {typed_word(batch)}, or {lines}"]
    if text in ("[", "[{"):
        # A list of requests, which screen without --batch refuses too: not offered (J89-04).
        return [f"{batch} is one JSON list written over many lines, not one request a line: {lines}"]
    try:
        value = json.loads(text)
    except ValueError:
        return []
    if isinstance(value, list):
        return [f"line {number} is a list of {count(len(value), 'request')}, not one request: "
                f"--batch wants one request a line: {lines}"]
    return []


def _copy_again(bad: BadLines) -> list[str]:
    """What to do (a line, or none) when a line named is cut short (cut_short): the file to copy
    again and screen whole, as the import says it, not each line to put right (H100-01)."""
    cut = next((err for err in bad.errors if isinstance(err, CutShort)), None)
    if cut is None:
        return []
    again = cut.AGAIN.format("screen")
    return [f"{again[0].upper()}{again[1:]}; nothing was screened or written."]


class _BlankLines:
    """The blank lines of a batch that come before a request: each has no result, so from the
    first of them on, result N is no longer line N's.  Results carry no id of their own, and
    one blank line in 50,000 gave every later request another's result once joined back to the
    file line for line, with not a word (C31-02).  Blank lines at the end shift nothing."""

    def __init__(self) -> None:
        self.count = 0
        self.first: list[int] = []  # the first BAD_LINES_SHOWN of them, to name
        self.shifted_from: int | None = None  # the first request whose result is not on its line
        self.last = 0

    def before(self, number: int) -> None:
        """The request on line `number` is the next non-blank line."""
        gap = range(self.last + 1, number)
        if gap:
            self.count += len(gap)
            self.first.extend(gap[: BAD_LINES_SHOWN - len(self.first)])
            self.shifted_from = self.shifted_from or number
        self.last = number

    def said(self, batch: str) -> str:
        more = f" and {self.count - len(self.first):,} more" if self.count > len(self.first) else ""
        lines = f"line{'s' if self.count > 1 else ''} {', '.join(map(str, self.first))}{more}"
        have = "has" if self.count == 1 else "have"
        return (f"{count(self.count, 'blank line')} in {batch} ({lines}) {have} no result: from line {self.shifted_from} on, "
                "the results do not line up with the file's lines (result N is the N-th non-blank line's)")


class ProgressBar:
    """Progress on standard error.

    At a terminal: one line redrawn in place, at most ten times a second.  Anywhere else
    (a log file, a CI job) carriage returns would make one endless line, so: a plain line
    each tenth of the way (at most one a second) or every 30 seconds, and a last line.
    """

    def __init__(self, total: int, stream: TextIO, label: str = "screening", unit: str = ""):
        self.total = total
        self.stream = stream
        self.label = label
        self.unit = unit
        self.at_terminal = _is_terminal(stream)
        self.started = self.shown_at = time.monotonic()
        self.shown_tenths = 0
        self.line_open = False

    def update(self, done: int) -> None:
        now = time.monotonic()
        if self.at_terminal:
            if now - self.shown_at >= 0.1 or done >= self.total:
                self._redraw(done, now)
            return
        if done >= self.total:
            return  # finish() says the last line: a "(100%)" line just before it said it twice (L32-01)
        tenths = 10 * done // self.total
        if (tenths > self.shown_tenths and now - self.shown_at >= 1) or now - self.shown_at >= 30:
            self._say(f"{self.label}: {done:,}/{self.total:,}{self.unit} ({100 * done // self.total}%, {self._rate(done, now)})", now)
            self.shown_tenths = tenths

    def finish(self) -> None:
        """The last word: the full bar, or a line saying it is done (nothing when there was nothing)."""
        now = time.monotonic()
        if self.total and self.at_terminal:
            self._redraw(self.total, now)
        elif self.total:
            self._say(f"{self.label}: {self.total:,}/{self.total:,}{self.unit} done in {now - self.started:.1f} s ({self._rate(self.total, now)})", now)
        self.end_line()

    def end_line(self) -> None:
        """End a bar drawn in place, so that what follows starts on a line of its own."""
        if self.line_open:
            self.stream.write("\n")
            self.stream.flush()
            self.line_open = False

    def _redraw(self, done: int, now: float) -> None:
        width = 30
        filled = int(width * done / self.total) if self.total else width
        self.line_open = True  # first: a Ctrl-C may land inside the write
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done:,}/{self.total:,}{self.unit} ({self._rate(done, now)})")
        self.stream.flush()
        self.shown_at = now

    def _say(self, line: str, now: float) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()
        self.shown_at = now

    def _rate(self, done: int, now: float) -> str:
        return f"{done / max(now - self.started, 1e-9):,.0f}/s"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    print(f"clinic-app screen: {message}", file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (`python -m clinic_app.screen_command`), the same as `clinic-app screen`."""
    p = argparse.ArgumentParser(prog="clinic-app screen")
    configure(p)
    return run(p.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
