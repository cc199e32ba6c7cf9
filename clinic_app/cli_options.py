"""Options the caseload commands share, for the CLI and the subcommand modules alike (which
cannot import `clinic_app.cli`: it imports them)."""

from __future__ import annotations

import argparse
import io
import re
import shlex
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

# What a word of a command may hold bare at cmd.exe and PowerShell alike: a drive letter's
# colon and the backslash are theirs; a space, & ( ) ; , ' $ and the like are not.
_WINDOWS_BARE = re.compile(r"[A-Za-z0-9_\-.:\\/]+")


def typed_word(text: str, posix: Callable[[str], str] = shlex.quote) -> str:
    """`text` (a file's path, an event's name) as one word of a command typed at this system's
    terminal: quoted by `posix` (shlex.quote's single quotes) on Linux and macOS, and between
    double quotes on Windows, where cmd.exe reads single quotes as letters of the word.

    Said for a POSIX shell, every Windows path was quoted, for its backslashes: "clinic-app
    restore 'C:\\Users\\Maria Lopez\\...'" typed at cmd.exe gave the program the file
    "'C:\\Users\\Maria" and the word "Lopez\\...'", and restored nothing (Q122-01).  Double
    quotes are read alike by cmd.exe, PowerShell and the program's own arguments (the C
    runtime's rules: a backslash before the closing quote is doubled, a quote inside is \\")."""
    if sys.platform != "win32":
        return posix(text)
    if _WINDOWS_BARE.fullmatch(text):
        return text
    inside = re.sub(r'(\\*)"', lambda m: m.group(1) * 2 + '\\"', text)
    return '"' + re.sub(r"(\\+)$", r"\1\1", inside) + '"'


def add_db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--db and --passphrase-file.  SUPPRESS in the subcommands, so `clinic-app --db X list`
    and `clinic-app list --db X` both work: a subparser default would otherwise overwrite the
    top-level value (`clinic-app --db X handout ...` read the default caseload, H19-19)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="the caseload file (default: caseload.sqlite in your data directory)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=None if top else argparse.SUPPRESS,
        help="read an encrypted caseload's passphrase from the first line of FILE (or set CLINIC_DESK_PASSPHRASE)",
    )


def caseload_command(sub: str, db: str | Path | None = None, *, demo: bool = False,
                     passphrase_file: str | None = None) -> str:
    """`clinic-app SUB` as typed to run on a caseload: `db` its --db, quoted (`typed_word`); with no `db`, the
    clinic's own caseload, or with `demo` the demo's (`clinic-app --demo SUB`); with
    `passphrase_file`, the file's name (never the passphrase).  The one way the terminal's next
    commands (`cli.next_command`) and the window's hints (`db.connection.commands_on`) are said."""
    command = f"clinic-app {sub}"
    if db:
        command += f" --db {typed_word(str(db))}"
    elif demo:
        command = f"clinic-app --demo {sub}"
    if passphrase_file:
        command += f" --passphrase-file {typed_word(str(passphrase_file))}"
    return command


def add_client_or_event(parser: argparse.ArgumentParser, *, hearings: bool = False) -> None:
    """--client ID or --event NAME, one of them: a paper for one client, or for every client of
    a clinic event (`handout`, `worksheet`); with `hearings`, or --hearing-within DAYS: every
    client `list --hearing-within DAYS` lists (`worksheet`, H167-04), or --reviewed-since DATE:
    every client an attorney reviewed on DATE or after (`worksheet`, H337-01), or --to-file-within
    DAYS: every client `list --to-file-within DAYS` lists (`worksheet`, K356-01)."""
    # With the third, the group is one usage line wider than a terminal (J59-03): outside it,
    # and which one was given is asked by `one_of_client_event_hearings`.
    who = parser.add_mutually_exclusive_group(required=not hearings)
    who.add_argument("--client", type=int, metavar="ID", help="the client's number")
    who.add_argument("--event", metavar="NAME", help="every client seen at this clinic event")
    if hearings:
        parser.add_argument("--hearing-within", dest="hearing_within", type=int, metavar="DAYS",
                            help="or every client with a hearing on a petition filed from --as-of (default today) to "
                                 "DAYS days on, as clinic-app list --hearing-within lists them, in its order (0: that day's)")
        parser.add_argument("--reviewed-since", dest="reviewed_since", metavar="DATE",
                            help=f"or every client with an attorney's review recorded on DATE ({DAY_FORMS}; this computer's "
                                 "day) or after, each worksheet printing its reviews: what the attorney decided, for the paralegals")
        parser.add_argument("--to-file-within", dest="to_file_within", type=int, metavar="DAYS",
                            help="or every client with a petition to file by DAYS days from --as-of (default today), as "
                                 "clinic-app list --to-file-within lists them, in its order (automatic relief left out): "
                                 "the week's filings")


def one_of_client_event_hearings(args: argparse.Namespace) -> None:
    """Refuse none, or more than one, of --client, --event, --hearing-within, --reviewed-since and
    --to-file-within."""
    from clinic_app.exits import UsageError

    given = [name for name, value in (("--client", args.client), ("--event", args.event),
                                      ("--hearing-within", args.hearing_within),
                                      ("--reviewed-since", getattr(args, "reviewed_since", None)),
                                      ("--to-file-within", getattr(args, "to_file_within", None))) if value is not None]
    if len(given) != 1:
        raise UsageError("give one of --client, --event, --hearing-within, --reviewed-since or --to-file-within"
                         + (f", not {' and '.join(given)}" if given else ""))


def utf8_stdout() -> TextIO:
    """Standard output, writing UTF-8 whatever the system's code page.

    Redirected to a file on Windows, Python writes the ANSI code page (cp1252): `export
    --event > day.jsonl` stopped with a traceback at the first name cp1252 lacks
    ("Nguyễn"), and an "María" it could write came out as bytes `import` refuses as not
    UTF-8 (D23-10).  JSON is UTF-8 (RFC 8259), and so is everything Clinic Desk reads.
    Here, not in `clinic_app.cli`, for the subcommand modules too: `clinic-app clinic >
    clinic.txt` crashed at a clinic's name cp1252 lacks, after storing it (R89-01).
    """
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.replace("-", "").lower() != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


def event_as_stored(repo, event: str | None) -> str | None:
    """--event as the caseload names the event it was typed for: "Clean Slate Clinic - Pomona,
    2026-09-12" typed for "Clean Slate Clinic — Pomona, 2026-09-12", "office walk-in" for
    "Office walk-in" (matching.event_meant; C103-03); as typed where no one event is meant, to
    be refused beside the events' names."""
    from clinic_app.matching import event_meant

    if event is None:
        return None
    return event_meant(event, repo.events()) or event


# The forms a day option's help names, as the window's date boxes take them (K293-01).
DAY_FORMS = '2026-12-31, 12/31/2026 or "December 31 2026"'


def day_given(text: str, option: str) -> date:
    """The day `option` (--as-of, --newly-eligible-since, --since) names, read as the window's
    date boxes read a day (`typed_days.parse_date`), on a day a court record can hold.  "12/31/2026"
    and "December 31 2026" were refused "(write dates as YYYY-MM-DD)" where `--probation-ended`
    in the same `list` and the window took them (K293-01); refused, it is said in the boxes'
    words ("--as-of: Not a date: there is no 2/29/2027 (February 2027 has 28 days)"), as a
    FormatError: exit status 2, as before."""
    from clinic_app.model import record_day_problem
    from clinic_app.screening_format import FormatError
    from clinic_app.typed_days import DATE_FORMS_TAKEN, not_a_day_said, parse_date

    try:
        day = parse_date(text)
        if day is None:  # blank: `--as-of ""` is a day not given right, not today
            raise ValueError(text)
    except ValueError as wrong:
        said = not_a_day_said(text, wrong)
        # The forms as a shell takes them, as --help names them: a date box's "March 2 2021",
        # typed as told, was three arguments ("unrecognized arguments: 2 2021", R301-02).
        said = said.replace(DATE_FORMS_TAKEN, DAY_FORMS)
        raise FormatError(option, said) from None
    problem = record_day_problem(day)
    if problem is not None:
        raise FormatError(option, problem)
    return day
