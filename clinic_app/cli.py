"""The `clinic-app` command: the composition root that joins the domain, the database and the UI.

    clinic-app [--db PATH] [--demo] [--screenshot FILE.png]   open the main window
    clinic-app demo    [--db PATH] --clients N [--seed S] [--mix]   add N synthetic clients
    clinic-app list    [--db PATH] [--search TEXT] [--json]     id, name, date of birth
    clinic-app export  [--db PATH] --client ID | --event NAME | --all [--since DATE] [--out FILE [--force]]   clients as requests
    clinic-app import  FILE [--db PATH]                         add clients from requests
    clinic-app merge   [--db PATH] --into ID --from ID          make a possible duplicate one record
    clinic-app rename-event [--db PATH] OLD NEW                  put a clinic event's clients under another name
    clinic-app backup  [--db PATH] --to FILE | --check          a verified copy; or check every backup beside it
    clinic-app restore FILE [--db PATH] [--backup-passphrase-file F] replace the caseload by a backup
    clinic-app encrypt [--db PATH]                              encrypt the caseload (SQLCipher)
    clinic-app passphrase [--db PATH] [--new-passphrase-file F] give an encrypted caseload a new passphrase
    clinic-app report  [--db PATH] [--event NAME] [--language LANG] [--period PERIOD] [--json | --csv]   counts for an event or the caseload
    clinic-app rescreen [--db PATH] [--as-of DATE]              screen every client again, store the results
    clinic-app screen  ...                                      (clinic_app.screen_command)
    clinic-app handout ...                                      (clinic_app.handouts.command)
    clinic-app worksheet ...                                    (clinic_app.worksheet.command)

Without --db the caseload is the one in the user's data directory.  An encrypted caseload
takes its passphrase from --passphrase-file FILE, else from the CLINIC_DESK_PASSPHRASE
environment variable, else from a prompt at the terminal (db.cipher).  This is the only
module of `clinic_app` allowed to import `db` and `ui`; it imports them inside the
handlers so that a command loads only what it uses (no Qt for `list`).

Exit status: 0 done; 1 the environment stopped us (a locked, damaged, missing or newer
caseload, a full disk); 2 the command line or an input file is wrong.  Errors a user can
cause are one line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from clinic_app import help_text
from clinic_app.cli_options import DAY_FORMS, add_db_option, caseload_command, day_given, event_as_stored, typed_word, utf8_stdout
from clinic_app.model import BEST_OUTCOMES, LANGUAGES, Client
from clinic_app.court import (FILED_OUTCOME, all_filed, court_standing, heard_within, still_to_file_of_many,
                              with_hearings)
from clinic_app.review import attorney_waits_for, awaiting_of_many, awaits_attorney
from clinic_app.line_action import line_day_awaited
from clinic_app.summary import (NOT_SCREENED_OUTCOME, OUTCOME_HALVES, TO_ENTER_OUTCOME, line_listed_under, lines_within, newly_eligible,
                                outstanding_said, something_outstanding)
from clinic_app.wording import born_said, count as count_of, quoted, size_said
from clinic_app.screening_format import (
    AResultNotARequest,
    BadLines,
    DenialEntered,
    EmptyFile,
    ExportedReview,
    FormatError,
    check_is_text,
    check_not_carried_encrypted,
    client_reviews_and_moments_from_request,
    cut_short,
    decode_text,
    file_lines,
    load_document,
    parse_document,
)

from clinic_app.exits import EXIT_ENVIRONMENT, EXIT_OK, EXIT_USAGE, UsageError
from db import export
from db.cipher import NEW_PASSPHRASE_RULE
from db.demo_caseload import DEMO_WINDOW_CLIENTS, add_synthetic

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.answers_moved import AnswersMoved
    from db.repository import ClientRow

PROG = "clinic-app"
# An import file of this many clients or more shows its progress (about a second's work).
IMPORT_PROGRESS_FROM = 1000

# Subcommands other modules provide: each module has `add_parser(subparsers)`, which sets
# `func` (a `run(args) -> int`) as the parser's default.  Add a module here to wire it in.
# A subcommand that needs the caseload calls `args.open_caseload(create=...)`, which this
# module supplies, so that the domain never imports `db` itself.
# Keep their top-level imports light: every `clinic-app` invocation imports them.
SUBCOMMAND_MODULES: tuple[str, ...] = ("clinic_app.screen_command", "clinic_app.handouts.command", "clinic_app.worksheet.command",
                                        "clinic_app.clinic_command")


class MissingSystemLibrary(Exception):
    """Qt needs a shared library the machine lacks (or a display it has none of): exit
    status 1, with the fix."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit status 2), not a usage dump, and a
    command or option typed a letter wrong is said with the one meant."""

    # The commands' own parsers, by name: set by build_parser.
    commands: dict[str, argparse.ArgumentParser] = {}

    # What this parser was given to read: the options it does not know, for `error`.
    _typed: list[str] = []

    def error(self, message: str) -> NoReturn:
        # A required option typed wrong, "handout --client 3 --otu x.pdf", was refused as
        # "the following arguments are required: --out" alone, argparse asking for what is
        # required before it says what it does not know: the paralegal had typed --out, as
        # they saw it.  What it does not know is said, with the one meant (R104-03).
        unknown = [typed for typed in self._typed if typed.startswith("--") and typed != "--"
                   and not any(option.startswith(typed.split("=", 1)[0]) for option in self.options())]
        if unknown and "required" in message:
            message = self.unrecognized(unknown)
        print(f"{self.prog}: {message}{_meant(message)} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)

    def parse_known_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:  # type: ignore[override]
        self._typed = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def parse_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:  # type: ignore[override]
        # An option a command does not know was refused by the top parser, as
        # "clinic-app: unrecognized arguments: --serach x (see clinic-app --help)": the top
        # help, where a command's options are not listed, and no word of --search (C103-01).
        # Refused here by the command's own parser, with the option it comes closest to.
        known, extras = self.parse_known_args(args, namespace)
        if extras:
            command = next((parser for parser in self.commands.values()
                            if parser.get_default("func") is getattr(known, "func", None)), self)
            command.error(command.unrecognized(extras))
        return known

    def unrecognized(self, extras: list[str]) -> str:
        """"unrecognized arguments: --serach x; did you mean --search?": `extras` said, with the
        option of this parser the first of them typed wrong comes closest to."""
        meant = next((said for extra in extras if extra.startswith("-")
                      if (said := _closest(extra.split("=", 1)[0], self.options()))), "")
        return f"unrecognized arguments: {' '.join(extras)}" + (f"; did you mean {meant}?" if meant else "")

    def options(self) -> list[str]:
        """This parser's long options (--search, --db, ...)."""
        return [option for action in self._actions for option in action.option_strings if option.startswith("--")]


def _meant(message: str) -> str:
    """"; did you mean 'list'?" after argparse's "invalid choice: 'lst' (choose from 'demo',
    'list', ...)", where one choice is close to what was typed; else nothing."""
    found = re.search(r"invalid choice: '(.*?)' \(choose from (.*)\)$", message)
    if not found:
        return ""
    meant = _closest(found.group(1), [f"'{choice}'" for choice in re.findall(r"'([^']*)'", found.group(2))], quoted=True)
    return f"; did you mean {meant}?" if meant else ""


def _closest(typed: str, choices: list[str], *, quoted: bool = False) -> str:
    """The choice closest to `typed` ("--search" for "--serach"), or the choices about as close
    ("'prop47' or 'prop64'" for "prop", "'eligible_now' or 'eligible_on'" for "eligible": either
    could be meant, and naming one alone would choose for the paralegal); "" if none is close.
    `quoted`: the choices are in quotes, `typed` is not."""
    if quoted:
        typed = f"'{typed}'"
    scored = sorted(((difflib.SequenceMatcher(None, typed, choice).ratio(), choice) for choice in choices),
                    key=lambda pair: -pair[0])  # ties in the order the help lists them
    best = [choice for score, choice in scored[:3] if score >= max(0.6, scored[0][0] - 0.05)] if scored else []
    return " or ".join(filter(None, (", ".join(best[:-1]), best[-1]))) if best else ""


def _say(message: str) -> None:
    # What was written to standard output first goes out first: to a pipe it is held in a
    # buffer, standard error is not, and `clinic-app import ... 2>&1 | tail` read a note ahead
    # of the lines written before it (Z81).
    sys.stdout.flush()
    print(f"{PROG}: {message}", file=sys.stderr)


def _db_path(args: argparse.Namespace) -> Path:
    db = getattr(args, "db", None)
    return Path(db) if db else _without_db(args)


def _without_db(args: argparse.Namespace) -> Path:
    """The caseload this run opens, or would have opened, given no --db."""
    from db.connection import default_caseload_path, default_demo_path

    return default_demo_path() if _on_the_demo(args) else default_caseload_path()


def _on_the_demo(args: argparse.Namespace) -> bool:
    """Whether this run, given no --db, is on the demo caseload.  `clinic-app --demo` (the
    README's first command) filled the clinic's own caseload, empty on a new laptop, with
    synthetic clients no one could later tell from real ones (F24-03); so did `clinic-app demo`
    with no --db, whose refusal (D21) waits for the caseload to have clients: it makes the demo
    caseload too (X101-01)."""
    return getattr(args, "demo", False) or getattr(args, "func", None) is cmd_demo


def next_command(args: argparse.Namespace, sub: str, *, passphrase: bool = True) -> str:
    """`clinic-app SUB` on the caseload this run was given: with its --db, and with its
    --passphrase-file (the file's name, never the passphrase).  The commands a run says to
    type next left --passphrase-file out, so on an encrypted caseload, in a script (no terminal
    to type the passphrase at), "clinic-app rescreen --db day.sqlite" failed as typed (X64-02).
    A passphrase from CLINIC_DESK_PASSPHRASE is there for the next command of the same shell,
    and one typed at a terminal is asked again: neither is said.  `passphrase` False leaves the
    file out, for a command on a plain file."""
    # The demo's, as this run's: without --demo the command said ("clinic-app rescreen",
    # "clinic-app merge --into 12 --from 57") ran on the clinic's own caseload (R103-02).
    return caseload_command(sub, getattr(args, "db", None), demo=_on_the_demo(args),
                            passphrase_file=getattr(args, "passphrase_file", None) if passphrase else None)


def _given_passphrase(args: argparse.Namespace) -> str | None:
    """A passphrase given without typing: --passphrase-file's first line, else CLINIC_DESK_PASSPHRASE."""
    from db.cipher import passphrase_from_environment

    file = getattr(args, "passphrase_file", None)
    return _passphrase_in(file) if file else passphrase_from_environment()


def _passphrase_from_environment(args: argparse.Namespace) -> bool:
    """Whether the passphrase given is CLINIC_DESK_PASSPHRASE's (no --passphrase-file, which comes first)."""
    from db.cipher import passphrase_from_environment

    return not getattr(args, "passphrase_file", None) and passphrase_from_environment() is not None


def _passphrase_in(file: str) -> str:
    """The first line of a passphrase file."""
    try:
        # "utf-8-sig": Notepad's "UTF-8 with BOM" begins the file with U+FEFF, which read as
        # part of the passphrase encrypted the caseload with one nobody can type (R66-05).
        lines = Path(file).read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        # A traceback had said it (storage check D21-10); Windows Notepad's "Unicode" is UTF-16.
        raise UsageError(f"the passphrase file {file} is not UTF-8 text: save it as UTF-8") from None
    if not lines or not lines[0]:
        raise UsageError(f"the passphrase file {file} is empty")
    return lines[0]


def _passphrase(args: argparse.Namespace, *paths: Path) -> str | None:
    """The passphrase for the caseload (or backup) at `paths`: given, else typed at the
    terminal when one of them is encrypted; None for plain files."""
    import getpass

    from db.cipher import looks_encrypted, not_a_caseload

    given = _given_passphrase(args)
    # A PDF or a text file is not asked a passphrase for: opened, it is said to be no caseload (W25-02).
    encrypted = [p for p in paths if looks_encrypted(p) and not not_a_caseload(p)]
    if given is None and encrypted and sys.stdin.isatty():
        from db.cipher import driver

        # Where SQLCipher is missing, said before the passphrase is asked, not after it was typed
        # for nothing (L154-02: a new laptop restoring the old one's encrypted backup).
        driver()
        # Named for the file that needs it: a restore asked it "for" the plain backup (D25-09).
        try:
            return getpass.getpass(f"Passphrase for {encrypted[0]}: ")
        except EOFError:  # Ctrl-D at the prompt printed a crash report (L154-03)
            raise UsageError(f"no passphrase was typed for {encrypted[0]}; nothing was done: type it at the prompt, "
                             "or give it with --passphrase-file FILE (its first line)") from None
    return given


def _missing(path: Path, what: str) -> UsageError:
    """What to say of `path`, given as `what` ("the backup file", "the caseload file"...) but no
    such file: a folder given was said to be missing, "there is no file usb" of a folder
    plainly there (D26-08)."""
    if path.is_dir():
        return UsageError(f"{path} is a folder: name {what} in it")
    return UsageError(f"there is no file {path}")


def _no_caseload(args: argparse.Namespace, path: Path):
    """What to say where there is no caseload at `path` (`CannotOpen`, exit status 1)."""
    from db.errors import CannotOpen

    # "There is no caseload at PATH." alone left a volunteer to guess what to do (F24-06).
    if getattr(args, "db", None):
        # With --demo it named the clinic's caseload, not the demo's it would have opened (K205-03).
        uses = f"{PROG} --demo commands use the demo caseload" if _on_the_demo(args) else "commands use the default caseload"
        return CannotOpen(f"There is no caseload at {path}: check the file's name and folder given with --db "
                          f"(without --db, {uses}, {_without_db(args)}).", path=path)
    if getattr(args, "demo", False):  # `clinic-app` makes the clinic's caseload, not this one (X101-03)
        return CannotOpen(f"There is no demo caseload at {path} yet: start the program once with clinic-app --demo "
                          "(it fills it with made-up clients), or make it with clinic-app demo --clients 200.", path=path)
    # A new laptop's: the old one's caseload, backed up onto a USB stick, was not named (D103-05).
    return CannotOpen(f"There is no caseload at {path} yet: start the program once (clinic-app) to create it, "
                      "bring another computer's from its backup (clinic-app restore FILE), or name another caseload with --db PATH.",
                      path=path)


def _open(args: argparse.Namespace, *, create: bool, make_lines_again: bool = True):
    """The caseload `args` name, opened (`make_lines_again`: see Repository.open)."""
    from db.repository import Repository

    path = _db_path(args)
    if not create and not path.exists():
        raise _no_caseload(args, path)
    passphrase = _passphrase(args, path)
    if create:
        _makes_a_caseload_with(path, passphrase)
    step = _say_each_step()
    repo = Repository.open(path, create=create, passphrase=passphrase, progress=step, make_lines_again=False)
    if make_lines_again:
        _make_the_lines_again(repo, step)
    _say_a_backup(path)
    kept = getattr(repo.db, "backup_before_update", None)
    if kept is not None:  # where to go back to, as after the copy an import or a re-screen makes
        _say(f"the caseload as it was before this update is kept in {kept}.")
    left = getattr(repo.db, "removed_leftovers", [])
    if left:  # said once, quietly: whole copies of the caseload, worth knowing they are gone (D24-08)
        _say(f"removed {count_of(len(left), 'unfinished copy', 'unfinished copies')} of the caseload that a stopped encrypt, "
             f"passphrase change or restore had left beside it: {', '.join(p.name for p in left)}")
    return repo


class StoppedMakingTheLines(BaseException):
    """A stop (Ctrl-C, SIGTERM, SIGHUP) while the open made the caseload's lines again, said
    already; `status` the command's exit status.  Not an Exception, as the stop it stands for
    is not: a command's `except Exception` goes on past one client, not past a stop."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


def _make_the_lines_again(repo, step) -> None:
    """The caseload's lines made again where an older Clinic Desk made them (db.lines), each step
    told to `step`; a stop meanwhile said as what it is, and raised as StoppedMakingTheLines.

    A Ctrl-C said main's "interrupted; nothing more was written." and a `kill` or the terminal
    closed ended it unsaid, where the lines made are kept, no client's record is changed and the
    next open makes the rest (R187's review)."""
    from clinic_app.screen_command import Terminated, how_stopped, say_stopped, stop_signals, whole_line

    made = [0, 0]  # clients whose lines are made, of how many: as the lines' progress says them

    def told(done: int, total: int, text: str) -> None:
        made[:] = [done, total]
        try:
            step(done, total, text)
        except OSError:
            pass  # the terminal closed (its SIGHUP held while a range was written): the stop comes next

    try:
        with stop_signals(sighup=True):
            repo.make_lines_again(told, each_range_whole=whole_line)
    except (KeyboardInterrupt, Terminated) as stop:
        repo.close()
        how, status = how_stopped(stop)
        done, total = made
        said = f"{PROG}: {how} while making the caseload list's lines again for this version of Clinic Desk"
        if done == total > 0:
            said += (f", once all {total:,} were made: no client's record was changed, and the command did not begin: "
                     "run it again.")
        else:
            made_so_far = f"{done:,} of {total:,} made, and kept" if done else f"none of {total:,} made yet"
            said += (f": {made_so_far}; no client's record was changed, and the command did not begin. The rest are "
                     "made the next time the caseload is opened: run the command again.")
        say_stopped(said)
        raise StoppedMakingTheLines(status) from None
    except BaseException:
        repo.close()
        raise


def _say_a_backup(path: Path) -> None:
    """A caseload's backup named as the caseload (--db backups/caseload-<stamp>.sqlite, the
    file File > Restore from backup... names) said, with the restore that puts it back: an
    import into it, or a re-screen, was stored in no caseload with not a word, and deleted with
    the file once newer backups took its place, as the window says it since D103-06 (R105-02)."""
    from db.backup import backup_opened_said

    backed_up = backup_opened_said(path)
    if backed_up is not None:
        caseload, said = backed_up
        backup, into = typed_word(str(path)), typed_word(str(caseload))
        # Both ways, as the window's: the README's way back for one client deleted by mistake
        # reads the backup so, where a restore would undo the day's other work.
        _say(f"{said} To go back to this backup: clinic-app restore {backup} --db {into}; to bring back one of its "
             f"clients alone: clinic-app export --db {backup} --client ID --out client.json, then "
             f"clinic-app import client.json --db {into}")


def _makes_a_caseload_with(path: Path, passphrase: str | None) -> None:
    """Refuse `passphrase` where it would make a new caseload at `path` and is shorter than a new
    passphrase may be.  A caseload made with a passphrase given (CLINIC_DESK_PASSPHRASE set for
    a script, `import --passphrase-file`, the window's first start with --passphrase-file) is
    encrypted with it: a new passphrase, as `encrypt`'s, which takes the window's minimum
    (G65-04); "abc" made one (R66-04)."""
    if passphrase is not None and not (path.is_file() and path.stat().st_size):
        _long_enough(passphrase)


def _say_each_step():
    """What the open of a caseload made by an older Clinic Desk is doing, a line on stderr per
    step (db.connection's words, as the window's dialog has them): a busy clinic's took 11-12 s
    once with nothing said, and a command that seems hung is stopped (N66).  `encrypt` and
    `restore`, which open the caseload (and the backup restored) themselves, say them too (D70-01),
    and their own long steps (D70-05)."""
    said = [""]

    def step(_done: int, _total: int, text: str) -> None:
        # Once a step, not once per pages copied; but again when it comes again after another
        # (a restore updates the caseload it replaces, then the backup it restores: D70-05).
        if text != said[0]:
            said[0] = text
            _say(text[:1].lower() + text[1:])

    return step


def _backup_before(repo, change: str) -> Path | None:
    """A verified copy of the caseload before a command changes many of its records at once
    (db.backup.backup_before; that caseload's newest few of each kind are kept).

    For `import`, `rescreen`, `merge` and `demo --mix`: a wrong file imported, or synthetic
    people mixed in, cannot be told from real clients afterwards, a re-screen replaces the
    answers every client's list line shows, and a merge at a terminal has no Edit > Undo.  Not for `encrypt` or `passphrase`: the copy would still open
    without the new passphrase (or none), which is what those commands end.  A new, empty
    caseload has nothing to keep.  If the copy cannot be made (a full disk), nothing is changed.
    """
    from db.backup import backup_before

    if repo.last_change() is None:
        return None
    repo.wait_until_writable()  # a busy caseload is said before a copy is made, not after
    made = backup_before(repo.db, change)
    _say(f"the caseload as it was before this {change} is kept in {made}.")
    return made


# ---- the main window --------------------------------------------------------------------


def _fill_demo_if_empty(db_path: Path, passphrase: str | None = None) -> None:
    """--demo: give an empty caseload synthetic clients; leave a real one alone, and say so."""
    from db.cipher import looks_encrypted
    from db.demo_caseload import fill_demo_if_empty, holds_synthetic
    from db.repository import Repository

    if passphrase is None and looks_encrypted(db_path):
        return  # the window asks for the passphrase; an encrypted caseload is not a demo's
    existing = fill_demo_if_empty(db_path, passphrase)
    if existing:
        # The demo's own clients, there since its first start, are what --demo asked for: "no
        # synthetic clients added" of them was said at every "next time" start (K205-02).  Said
        # where --db points --demo at real clients only: why the demo's are not there.
        with Repository.open(db_path, passphrase=passphrase) as repo:
            if not holds_synthetic(repo):
                _say(f"--demo: the caseload already has {count_of(existing, 'client')}; no synthetic clients added.")
        return
    _say(f"--demo: added {DEMO_WINDOW_CLIENTS} synthetic clients to {db_path} and screened them.")


# The window's system libraries, as the README's install line has them (F24-08: this list
# lacked the last two, so the window still failed once these were installed, and then with
# Qt's own abort, not this line).  From libxcb1 on: the libraries Qt's xcb plugin loads
# (P32-03: with the first seven installed, it still lacked libxcb-icccm4 and libxcb-keysyms1
# here, and Qt's abort blamed libxcb-cursor0, which was there); a frozen build bundles those
# it found on the build machine, and needs the others from the laptop.
WINDOW_LIBRARIES = ("libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 "
                    "libxcb1 libx11-6 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-util1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1")


def cmd_window(args: argparse.Namespace) -> int:
    """Open the main window (or save a screenshot of it)."""
    db_path = _db_path(args)
    from clinic_app.private_files import folder_missing

    if args.screenshot and (missing := folder_missing(args.screenshot, given="--screenshot")):
        # A picture of the caseload names clients: made, with the folders above it, on the
        # laptop's own disk when the stick it was meant for was not in (B105).  Said before a
        # caseload is made or --demo fills one.
        raise UsageError(missing)
    if not args.screenshot and _no_display():
        # Qt's own answer is an abort with a core dump and a plugin list, after --demo had
        # already filled the caseload: a volunteer on an SSH session or a bare console read it
        # as the program being broken (first-run check F24).
        raise MissingSystemLibrary(
            "the window needs a desktop session, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). "
            "Start it from the desktop; the commands work without one (clinic-app --help)."
        )
    # An encrypted caseload's passphrase, if given here; otherwise the window asks for it.
    passphrase = _given_passphrase(args)
    _makes_a_caseload_with(db_path, passphrase)
    if args.demo:
        _fill_demo_if_empty(db_path, passphrase)
    from ui.app import run  # Qt is loaded only for the window

    try:
        return run(db_path, screenshot=Path(args.screenshot) if args.screenshot else None, passphrase=passphrase,
                   passphrase_from_environment=_passphrase_from_environment(args))
    except ImportError as err:
        if ".so" not in str(err):
            raise  # a missing module of ours is a bug, not the machine's fault
        raise MissingSystemLibrary(
            f"the window cannot start because a system library is missing ({err}). "
            f"On Debian or Ubuntu: sudo apt-get install {WINDOW_LIBRARIES}"
        ) from None


def _no_display() -> bool:
    """On Linux, whether there is no display for a window (and no Qt platform chosen, as
    QT_QPA_PLATFORM=offscreen chooses one for tests and screenshots)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# ---- caseload commands ------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Add synthetic clients (demos, tests, benchmarks)."""
    from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients

    if args.clients < 0:
        raise UsageError("--clients must be 0 or more")
    started = time.perf_counter()
    with _open(args, create=True) as repo:
        existing = repo.count_clients()
        if existing and not args.mix:
            # Synthetic people cannot be told from real clients once added, and nothing
            # removes them: a `demo` without --db went into the clinic's own caseload
            # (storage check D21 item 3).
            raise UsageError(f"{_db_path(args)} already has {count_of(existing, 'client')}; synthetic clients would be "
                             "mixed in with them for good. Give --db a new file, or add --mix to add them anyway.")
        if existing:
            _backup_before(repo, "demo")
        # A few eligible now with petitions filed, around the demo's own day, as its records are (Q54).
        ids = add_synthetic(repo, file_demo_petitions(generate_clients(args.clients, seed=args.seed), DEMO_AS_OF, seed=args.seed))
    elapsed = time.perf_counter() - started
    span = f" (ids {ids[0]}-{ids[-1]})" if ids else ""
    print(f"Added {len(ids)} synthetic clients{span} to {_db_path(args)} in {elapsed:.1f} s.")
    if not args.db:  # the demo caseload, not the one the window and the commands open by default
        print("Open it with `clinic-app --demo` (the commands take it as `clinic-app --demo COMMAND`); "
              "the clinic's own caseload is left as it was.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """Clients, one per line: id, name, date of birth (tab-separated, or JSON lines); narrowed
    to a best outcome, or to those eligible within so many days, as the window's Outcome
    filter narrows its list (Q46-03: the week's filings were found only in the window)."""
    from clinic_app.matching import close_spellings, read_month_first_said

    if args.eligible_within is not None and args.to_file_within is not None:
        raise UsageError("--eligible-within and --to-file-within: give one of them")
    to_file = args.to_file_within is not None
    within = args.to_file_within if to_file else args.eligible_within
    if within is not None and within < 0:
        raise UsageError(f"{'--to-file-within' if to_file else '--eligible-within'} must be 0 or more")
    if args.hearing_within is not None and args.hearing_within < 0:
        raise UsageError("--hearing-within must be 0 or more")
    today = day_given(args.as_of, "--as-of") if args.as_of is not None else date.today()
    by = days_on(today, within) if within is not None else None
    since = day_given(args.newly_eligible_since, "--newly-eligible-since") if args.newly_eligible_since is not None else None
    # Said back, and in the commands named next, as the day read ("December 31 2026" bare in
    # "clinic-app rescreen --as-of December 31 2026" would not run), as a date box writes it.
    args.as_of = today.isoformat() if args.as_of is not None else None
    args.newly_eligible_since = since.isoformat() if since is not None else None
    ended = _period_typed(args.probation_ended, "--probation-ended")
    with _open(args, create=False) as repo:
        args.event = event_as_stored(repo, args.event)
        if args.event is not None:  # a name typed wrong is named beside the events, as `report --event` does
            _require_event(repo, args.event)
        # A date of birth, alone or beside a name, is searched as the window's box searches it
        # (J63-04, C64: matching.search_terms), not as words.
        # The event as the window's Event filter and `report --event` take it: the whole name,
        # as stored, so the list of an event's clients is the one its report counts (M63-01).
        rows = repo.list_clients(search=args.search, event=args.event)
        # Read from the cases as stored, as the other filters read the last screening (C64).
        probation = repo.probation_ended(*ended) if ended is not None else None
        runs_on = {}
        if probation is not None:
            rows = [row for row in rows if row.id in probation]
            # Another grant of theirs running past the day named, still on probation today: relief
            # waits for it (B118-03: "probation ended 2027-06-15 (case 6MT00002)" alone sent the
            # paralegal to file for a client on probation in BA200001 until 2028-03-01).  Read as
            # the window's "Probation ended last month" line reads it (Z119-01).
            runs_on = repo.probation_running_on(probation, today)
        if args.language is not None:
            # As the window's Language filter: a client given no language is stored English (the
            # column's default), so listed under en, as the report counts them.
            rows = [row for row in rows if row.language == args.language]
        if args.county is not None:  # as the window's County filter: a case heard there, however typed (F75-02)
            in_county = _in_county(repo, args.county)
            rows = [row for row in rows if row.id in in_county]
        if args.hearing_within is not None:  # as the window's "Hearing within 7 days" (P53), soonest first (K170-01)
            rows = heard_within(rows, today, days_on(today, args.hearing_within))
        # Clients not screened yet are on no queue, as nobody knows their results: said where the
        # queue is empty, not "no client matches --review", a queue done (V100-03).  So on every
        # list read from the last screening: on a demo caseload not re-screened, --outcome
        # eligible_now said "no client matches" of 500 clients whose outcomes nobody knew (C103-02).
        unscreened = sum(1 for row in rows if row.best is None) if _reads_screenings(args) else 0
        # And those whose "Eligible on" or "Blocked until" day has come since it (T113-01): a
        # caseload screened at an event and listed months later by --outcome eligible_on named
        # clients eligible now, and left them out of --outcome eligible_now, with nothing said,
        # where the window's status line counts them and the report says them (P101-01).  A
        # "Nothing available" line's day to screen again too, as the status line counts it
        # (Y114-04): the window's count was one more than the list's (R115-02).
        come = sum(1 for row in rows if (day := line_day_awaited(row)) is not None and day <= today
                   ) if _reads_screenings(args) else 0
        # And those screened by an older Clinic Desk's rules (T113-03), whom the window's status
        # line says and the report's Rules line: of the whole caseload, as both count them.
        from clinic_app.eligibility import RULES_VERSION

        older = repo.screening_counts(RULES_VERSION, today).older if _reads_screenings(args) else 0
        # Those clients named, with the rules each was screened by: the count alone told a
        # paralegal with 3,000 clients neither who nor how old (K374-03).
        older_by = repo.screened_by_older_rules(RULES_VERSION) if args.older_rules else None
        if older_by is not None:
            rows = [row for row in rows if row.id in older_by]
        if args.remedy is not None:  # as the window's Remedy filter: available now or later, as last screened (F75-01)
            rows = [row for row in rows if row.can_help(args.remedy)]
        if args.outcome is not None:
            rows = [row for row in rows if line_listed_under(args.outcome, row)]
        if args.review:  # as the window's Review needed tick (K66-03)
            rows = [row for row in rows if awaits_attorney(row)]
        if args.outstanding:  # as the window's "Something outstanding" tick (K374-02)
            rows = [row for row in rows if something_outstanding(row)]
        if by is not None:  # as "Eligible (To file) within 30 days": a day to come, or come since the last screening
            rows = lines_within(rows, by, to_file)
        if since is not None:  # as the window's "Newly eligible" since the day beside it (E48)
            rows = [row for row in rows if newly_eligible(row.eligible_now_since, since)]
        # What each client listed on the queue awaits the attorney for, read from their record,
        # newest screening and reviews (C70-01): "results to review" said nothing of what to look at.
        # Read 500 clients at a time, not one by one (S71-01: 28-35 s at 100,000 clients), and only
        # for the clients the other filters leave: `--review --language es` read the words of every
        # queued client and printed a few (P74-01).
        awaiting = awaiting_of_many(repo, (row.id for row in rows if row.awaiting_review)) if args.review else {}
        # What each client of "to file" still has to file, and in which court, read from their
        # record and newest screening (P123-01): the list named them only, so an event's filings
        # were found by opening each client.  Only for the clients this list leaves.
        # Read 500 clients at a time (Q124-01: one by one took 1.2 s more at 5,000 clients).
        filing = still_to_file_of_many(repo, (row.id for row in rows)) if args.outcome == "eligible_now_to_file" else {}
        # A surname spelled as heard ("Hakobian"), said with the caseload's spelling close to it (P97-02).
        close = (close_spellings(args.search, repo.client_names())
                 if not rows and args.search and not repo.search_ids(args.search, ranked=False) else [])
        # A departed colleague's typing, kept when their Clinic Desk stopped and never saved: said
        # as the window's status line says it (H371-05); only `export` named it at a terminal.
        typing_left = export.typing_left_said(repo, "open them in the window (clinic-app) to get it back")
    # Where the petitions filed stand, said beside those asked for by it (P53).
    court_asked = args.outcome == FILED_OUTCOME or args.hearing_within is not None
    not_known = not_screened_said(unscreened, next_command(args, "rescreen"), review=args.review) if unscreened else ""
    dates_come = dates_come_said(come, next_command(args, "rescreen"), args.as_of) if come else ""
    # Not with the note of dates come by --as-of's day, which --as-of changed: "--as-of changes
    # nothing in this list" beside "1 client whose date has come by 2027-07-05" said two things
    # of one day, the first belied by the second (Y114-03); the second names the re-screen.
    if args.as_of and not _reads_a_day(args) and not come:
        _say(_as_of_changes_nothing(args))
    older_rules = (f"{count_of(older, 'client')} of the caseload {'was' if older == 1 else 'were'} screened by older rules "
                   f"than this program's ({RULES_VERSION}), whose answers may have changed: {next_command(args, 'rescreen')} "
                   "screens them again") if older else ""
    if not rows:
        two_ways = read_month_first_said(args.search, quote=quoted) if args.search else None
        _say(_nobody_listed(args) + (f" ({two_ways[0]})" if two_ways else "")
             + (f"; spelled close to it: {', '.join(quoted(name) for name in close)}" if close else "")
             + "".join(f"; {note}" for note in (not_known, dates_come, older_rules, typing_left) if note))
    else:
        for note in (not_known, dates_come, older_rules, typing_left):
            if note:
                _say(f"note: {note}")
    out = utf8_stdout()
    for row in rows:
        dob = row.dob.isoformat() if row.dob else None
        if args.json:
            # The petition's day after automatic relief (J50's "Automatic; file on <day>"), null
            # on every other line: a script or a spreadsheet diarises it as the list does (L51).
            line = {"id": row.id, "name": row.name, "dob": dob, "file_on": row.file_on.isoformat() if row.file_on else None}
            # As the text line: where the court stands for those asked by it, and for one
            # newly eligible with every petition to file filed already (R58-03).
            if court_asked or (since is not None and all_filed(row.court)):
                line["court"] = court_said(row.court, today)
            if probation is not None:
                line["probation_ended"] = probation[row.id][0].isoformat()
                others = runs_on.get(row.id)
                line["probation_runs_to"] = others.runs_to[0].isoformat() if others and others.runs_to else None
                # Another grant with no end date recorded: its case's number (null for none), Z119-02.
                line["probation_end_not_recorded"] = list(others.no_end) if others else []
            if args.review:
                line["review"] = attorney_waits_for(row, awaiting.get(row.id))
            if filing:
                line["to_file"] = filing.get(row.id)
                if filing.get(row.id) is None:  # all filed: where the court stands, as the text line says it
                    line["court"] = court_said(row.court, today)
            if older_by is not None:
                line["rules_version"] = older_by[row.id]
            if args.outstanding:  # the Outstanding column's items, as the text line ends with them
                line["outstanding"] = list(row.outstanding)
            if by is not None:  # the day each is eligible, as the text line says it (C123)
                line["eligible_on"] = row.best_date.isoformat() if row.best == "eligible_on" and row.best_date else None
            if since is not None:
                # Every petition to file now filed: none to file this week (R55), said as the text does.
                line |= {"eligible_now_since": row.eligible_now_since.isoformat(), "automatic_only": row.automatic_only,
                         "all_filed": all_filed(row.court)}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            # Newly eligible by automatic relief alone is no new filing: said on its line (N47).
            mark = f"\t{automatic_mark(row.file_on, today)}" if since is not None and row.automatic_only else ""
            # Newly eligible and filed for since: not one to file, said by where the court stands (R55).
            if court_asked or (since is not None and all_filed(row.court)):
                mark += f"\t{court_said(row.court, today)}"
            if args.review:  # why each waits: the results and what is open in them, a denial, or both
                mark += f"\t{attorney_waits_for(row, awaiting.get(row.id))}"
            if filing:  # what to file, by case and court; where all is filed, what the court did
                mark += f"\t{filing.get(row.id) or court_said(row.court, today)}"
            if probation is not None:  # the day, and the case: what to confirm with the court
                from clinic_app.probation_ended import said

                mark += f"\t{said(*probation[row.id], today, runs_on.get(row.id))}"
            if older_by is not None:  # how old the rules of their answers are
                mark += f"\tscreened by rules {older_by[row.id]}"
            if args.outstanding:  # what they wait on, as the window's Outstanding column says it
                from clinic_app.probation_ended import outstanding_besides

                # Beside a probation said ended, what its words say is not said again (R380-03); the
                # column kept, empty where that was all, or the next one's day stood in it (R385-02).
                labels = row.outstanding if probation is None else outstanding_besides(
                    row.outstanding, probation[row.id][0], runs_on.get(row.id))
                mark += f"\t{outstanding_said(labels)}"
            if by is not None:  # the day to call them back for, as the other filters say theirs (C123)
                mark += f"\t{within_said(row.best, row.best_date, row.automatic_only, row.file_on, today)}"
            out.write(f"{row.id}\t{row.name}\t{dob or ''}{mark}\n")
    return EXIT_OK


def not_screened_said(unscreened: int, rescreen: str, review: bool = False) -> str:
    """What `list` (and `worksheet --to-file-within`, K356-02) says of `unscreened` clients never
    screened, on no list read from the screenings until `rescreen` (the command) screens them."""
    return (f"{count_of(unscreened, 'client')} {'are' if unscreened > 1 else 'is'} not screened yet, so their results "
            f"{'to review ' if review else ''}are not known: {rescreen} screens them")


def dates_come_said(come: int, rescreen: str, as_of: str | None) -> str:
    """What `list` (and `worksheet --to-file-within`, K356-03) says of `come` clients whose day
    (eligible on, blocked until, or to screen again) has come since their last screening, by
    --as-of's day `as_of` where given, `rescreen` the command that screens them, as the report
    says it (W102-01), as the window's status line counts them (R115-02)."""
    by = f" by {as_of}" if as_of else ""
    rescreen += f" --as-of {as_of} screens them for that day" if as_of else " screens them for today"
    return (f"{count_of(come, 'client')} whose date (eligible on, blocked until, or to screen again) has come{by} since the last screening "
            f"{'is' if come == 1 else 'are'} listed as then screened: {rescreen}")


def _reads_screenings(args: argparse.Namespace) -> bool:
    """Whether a filter of `list` reads the clients' last screenings (a client never screened
    is listed by none of them): --outcome (but to_enter, read from the cases), --remedy,
    --review, --outstanding, --eligible-within, --to-file-within, --newly-eligible-since.  Nor not_screened,
    which lists those with none."""
    return (args.review or args.outstanding or args.remedy is not None
            or (args.outcome is not None and args.outcome not in (TO_ENTER_OUTCOME, NOT_SCREENED_OUTCOME))
            or args.eligible_within is not None or args.to_file_within is not None or args.newly_eligible_since is not None)


def _reads_a_day(args: argparse.Namespace) -> bool:
    """Whether a filter of `list` reads --as-of: the days --eligible-within, --to-file-within
    and --hearing-within count from, and the day where the court stands is said for (--outcome
    filed, --newly-eligible-since's petitions filed)."""
    return (args.eligible_within is not None or args.to_file_within is not None or args.hearing_within is not None
            or args.outcome == FILED_OUTCOME or args.newly_eligible_since is not None or args.probation_ended is not None)


def _as_of_changes_nothing(args: argparse.Namespace) -> str:
    """The note `list --as-of DATE` gets when no filter reads a day: taken in silence, it let a
    paralegal think the list was screened for that day (H58 left it; J59-04).  A note, not a
    refusal: scripts give --as-of with every list (--outcome eligible_on_to_file too)."""
    rescreen = next_command(args, "rescreen")
    return (f"note: --as-of {args.as_of} changes nothing in this list: its outcomes are as last screened "
            f"({rescreen} --as-of {args.as_of} screens every client for that day); --as-of is the day "
            "--eligible-within, --to-file-within and --hearing-within count from.")


def _nobody_listed(args: argparse.Namespace) -> str:
    """What `list` says on standard error when it lists nobody (standard output stays empty,
    for scripts): a search typed wrong, or a week with no one newly eligible, printed nothing
    at all, which a paralegal could not tell from a command that did not run (H58-08)."""
    asked = [f"--{name.replace('_', '-')} {value}" for name, value in
             (("search", quoted(args.search) if args.search else None),
              ("event", quoted(args.event) if args.event is not None else None), ("language", args.language),
              ("remedy", args.remedy), ("county", quoted(args.county) if args.county is not None else None),
              ("outcome", args.outcome),
              ("hearing_within", args.hearing_within), ("eligible_within", args.eligible_within),
              ("to_file_within", args.to_file_within), ("newly_eligible_since", args.newly_eligible_since),
              ("probation_ended", args.probation_ended))
             if value is not None] + (["--review"] if args.review else []) + (["--outstanding"] if args.outstanding else []) + (["--older-rules"] if args.older_rules else [])
    if not asked:
        return "the caseload has no clients yet"
    return f"no client matches {' '.join(asked)}" + (f" (as of {args.as_of})" if args.as_of and _reads_a_day(args) else "")


def days_on(today: date, days: int) -> date:
    """The day `days` after `today`, or the calendar's last where that is past it: "99999999"
    typed for every day to come had ended in a crash report (R55-01)."""
    try:
        return today + timedelta(days=days)
    except OverflowError:
        return date.max


def court_said(line, today: date) -> str:
    """Where a client's petitions stand with the court on `today` (--as-of), in the list's
    words (P53), with every hearing day still to come it does not name (the one that listed
    the client under --hearing-within among them, R54-03; a hearing held with no ruling
    entered is named with the next one coming, Q54; one filed denied, or its hearing held, while
    others are still to file, beside "not all filed", Y55-01)."""
    return with_hearings(court_standing(line, today) or "not all filed", line, today)


# Beside a client newly eligible now by automatic relief alone (E48): nothing to file.
AUTOMATIC_MARK = "automatic relief only: nothing to file, check the RAP sheet"


def within_said(best: str | None, best_date: date | None, automatic_only: bool, file_on: date | None, today: date) -> str:
    """What `list --eligible-within` and `--to-file-within` say beside a client: the day they
    are eligible, told apart when it has come since the last screening, and a petition's day
    after automatic relief (C123: the lines named the clients to call back and not the day)."""
    said = []
    if best == "eligible_on" and best_date is not None:
        # "Nothing to file" only where no petition comes after: "(nothing to file); file on
        # 2031-07-01" was said on the very list of those to file (R123-01), as `automatic_mark`
        # says it of one eligible now.
        automatic = (" by automatic relief" + (" (nothing to file)" if file_on is None else "")) if automatic_only else ""
        said.append(f"eligible from {best_date.isoformat()} (come since the last screening){automatic}" if best_date <= today
                    else f"eligible on {best_date.isoformat()}{automatic}")
    elif best == "eligible_now" and automatic_only:
        return automatic_mark(file_on, today)
    if file_on is not None:
        said.append(f"file now (from {file_on.isoformat()})" if file_on <= today else f"file on {file_on.isoformat()}")
    return "; ".join(said)


def automatic_mark(file_on: date | None, today: date) -> str:
    """What `list --newly-eligible-since` says beside a client newly eligible now by automatic
    relief alone: nothing to file, or, when a petition comes after it, its day (L51: "nothing
    to file" was said of a client with a 1203.4 petition to file in seven months); that day
    come by `today`, to file now, not "on" a day gone (T113-05), as the window's line says it."""
    if file_on is None:
        return AUTOMATIC_MARK
    if file_on <= today:
        return f"automatic relief now: check the RAP sheet; file now (from {file_on.isoformat()})"
    return f"automatic relief now: check the RAP sheet; file on {file_on.isoformat()}"


def _in_county(repo, named: str) -> set[int]:
    """The clients with a case heard in the county `named` ("Orange", "orange county"), or a
    usage error naming the caseload's counties when no case was heard there."""
    from clinic_app.counties import named_key

    found = repo.counties()
    key = named_key(named)
    if key not in found:
        names = sorted(name for name, _spellings in found.values())
        raise UsageError(f"no case is in the county {quoted(named)}" + (f" (counties: {', '.join(map(quoted, names))})" if names else ""))
    return repo.clients_in_county(found[key][1])


def _require_event(repo, event: str) -> None:
    """A usage error naming the caseload's events when no client was seen at `event`, each
    quoted as the one typed is: an event's name has commas of its own ("Expungement Fair —
    Compton, 2026-10-17"), and the names joined by commas could not be told apart, nor copied
    whole (P74-02).  A name two events answer to (one day typed two ways, what `rename-event`
    mends) is asked for as written, naming those two (R107)."""
    from clinic_app.matching import events_alike, events_close

    known = repo.events()
    if event in known:
        return
    alike = events_alike(event, known)
    if len(alike) > 1:  # not "no client is in the event" of a name those of one day typed two ways answer to
        raise UsageError(f"{quoted(event)} is {len(alike)} events, told apart only by their case or dashes: type the one "
                         f"meant as it is written ({', '.join(map(quoted, alike[:-1]))} or {quoted(alike[-1])})")
    # A name only mistyped ("Expungment") had the event meant found among six, or sixty (C108-03).
    close = events_close(event, known)
    meant = f"; did you mean {' or '.join(map(quoted, close))}?" if close else ""
    raise UsageError(f"no client is in the event {quoted(event)}{meant}" + (f" (events: {', '.join(map(quoted, known))})" if known else ""))


def cmd_export(args: argparse.Namespace) -> int:
    """One client as a FORMAT.md request with its `client` block, or every client of a clinic
    event as JSON Lines (one request a line), which `clinic-app import` reads on another
    laptop: the end of a clinic day, when the volunteers' laptops join the clinic's caseload.
    `--all` exports every client the same way, and `--since DATE` those added or changed on
    that day or later: walk-ins seen on a laptop belong to no event, and could not be
    exported but one by one (D23-15).

    With `--out FILE` the export is written to FILE, readable by this user only, as a handout
    is (clinic_app.private_files): `> day.jsonl` made a file of names, dates of birth and
    convictions every account on a shared laptop could read (D23-14).  An existing FILE is
    left alone unless `--force`: yesterday's export is not overwritten by a slip.  When no
    client is to be exported, stderr says so and no file is written (D23D-02).
    """
    if args.out == "-":
        # The shell's name for standard output (`screen -` reads standard input): it made a
        # file named "-" of names and convictions in the folder, and said "Exported ... to -" (X62-04).
        args.out, args.force = None, False
    if args.force and args.out is None:
        raise UsageError("--force is for --out (a file to replace)")
    if args.client is None and args.event is None and not args.all and args.since is None:
        raise UsageError("say which clients: --client ID, --event NAME, --all, or --since DATE")
    if args.client is not None and args.since is not None:
        raise UsageError("--since is for many clients (--event, --all, or alone); --client exports one")
    since = _since(args.since) if args.since is not None else None
    args.since = since.date().isoformat() if since is not None else None  # said back as read (cmd_list)
    if since is not None and since.date() > date.today():
        # The caseload's times are this computer's clock's: a laptop a day behind stamped the
        # day's work yesterday, and `--since` the real date left all of it out (M29-03).
        today = date.today().isoformat()
        _say(f"--since {args.since} is after today by this computer's clock ({today}): the caseload's times come from "
             f"this clock, so what was done here today is stamped {today} or earlier. Check the clock, or give --since {today}.")
    if args.out is not None:
        _refuse_export_out(Path(args.out))
        export.remove_stale_partial(Path(args.out))
    if args.out is not None and not args.force and Path(args.out).is_file():
        raise UsageError(f"{args.out} already exists; give --force to replace it, or another name")
    refused = export.RefusedByImport()  # the records an import will refuse, said after (K392-01)
    with _open(args, create=False) as repo:
        left_out = ""
        if args.client is not None:
            try:
                one = refused.checked(repo, args.client, export.exported(repo, args.client))
            except KeyError as err:
                # A number typed wrong, as `handout --client` and `worksheet --client` refuse it:
                # exit status 2, not 1, a caseload that could not be read (C103-05).
                raise UsageError(str(err)) from None
            records: Iterable[str] = [json.dumps(one, ensure_ascii=False, indent=2)]
        else:
            args.event = event_as_stored(repo, args.event)
            if args.event is not None and args.event not in repo.events():
                # The clients changed today said too: a laptop that saw only returning clients
                # (of other events) had their work refused with not a word of it (M29-06).
                try:
                    _require_event(repo, args.event)
                except UsageError as refused:
                    # A name mistyped, close to an event: the day's clients of other events
                    # (all 500 of a demo caseload) are counted, the first few named, behind it;
                    # they are said whole for a day whose event was not set (C108-03).
                    from clinic_app.matching import events_close

                    mistyped = bool(events_close(args.event, repo.events()))
                    elsewhere = _changed_today_elsewhere(repo, args, [], limit=3 if mistyped else 10)
                    raise UsageError(f"{refused}. {elsewhere}" if elsewhere else str(refused)) from None
            if since is not None:
                ids = repo.changed_since(since, event=args.event)
            elif args.event is not None:
                ids = [row.id for row in repo.list_clients(event=args.event)]
            else:
                ids = repo.client_ids()
            if not ids:
                # Said, and no file: an empty export looked like a day's work to carry to the
                # clinic, and `--force` emptied yesterday's (D23D-02).
                last = repo.last_change() if since is not None else None
                newest = "" if last is None else (f"; the newest change here is stamped {last.astimezone().strftime('%Y-%m-%d %H:%M')}, "
                                                  "by this computer's clock when it was made")
                _say("no clients to export" + (f" (none added or changed since {args.since}{newest})" if since is not None else ""))
                return EXIT_OK
            records = (json.dumps(refused.checked(repo, client_id, export.exported(repo, client_id)), ensure_ascii=False)
                       for client_id in ids)
            left_out = _changed_today_elsewhere(repo, args, ids) if args.event is not None and since is None else ""
        not_saved = export.typing_not_saved(repo, [args.client] if args.client is not None else ids,
                                            "Open the caseload in the window (it offers the typing back as the client is opened, "
                                            "a new client's at New client), save it, and export again.")
        # The caseload is encrypted, the export never is (it is JSON text for another
        # laptop's import): "readable by you only" alone let a clinic that encrypted its
        # caseload carry its clients' convictions in the clear on a USB stick, unwarned (V27-01).
        plain = export.PLAIN_EXPORT_OF_ENCRYPTED if repo.passphrase is not None else ""
        from clinic_app.screen_command import Terminated, how_stopped, say_stopped, stop_signals, whole_line, write_whole_line

        total = 1 if args.client is not None else len(ids)
        written = 0
        if args.out is None:
            out = utf8_stdout()
            try:
                # A `kill`, a shutdown (SIGTERM) or the terminal closed (SIGHUP) ended the export
                # at once, unsaid, its file cut after a whole line as Ctrl-C had (C171-01).
                with stop_signals(sighup=True):
                    for record in records:
                        with whole_line():  # a Ctrl-C waits until the client's line is whole, and counted
                            write_whole_line(out, record + "\n")
                            written += 1
            except (KeyboardInterrupt, Terminated) as stop:
                # "Interrupted; nothing more was written" (main's) left `export --all > all.jsonl`
                # looking whole: its first clients, in whole lines, which import takes as all (C31-07).
                how, status = how_stopped(stop)
                say_stopped(f"clinic-app: {how} after {written:,} of {count_of(total, 'client')}: the export on standard "
                            "output is incomplete; export again, or use --out FILE, which is written only once whole.")
                return status
            if refused.count:
                _say(refused.said())
            if plain:
                _say(f"the export on standard output {plain}")
            if left_out:
                _say(left_out)
            if not_saved:
                _say(not_saved)
            return EXIT_OK
        def counted(records: Iterable[str]) -> Iterator[str]:
            nonlocal written
            for record in records:
                yield record
                written += 1  # taken by the file's writer: asked for the next

        try:
            # Stopped, the hidden partial file is removed as the stop unwinds through its write,
            # where a `kill` or the terminal closed had left it beside FILE, clients' records and
            # all, until a later export removed it (C171-01).
            with stop_signals(sighup=True):
                written = export.write_private(Path(args.out), counted(records))
        except (KeyboardInterrupt, Terminated) as stop:
            how, status = how_stopped(stop)
            left = f"{args.out} is as it was" if Path(args.out).exists() else f"no {args.out} was made"
            say_stopped(f"clinic-app: {how} after {written:,} of {count_of(total, 'client')}: nothing was exported ({left}); "
                        "the same command exports them all again.")
            return status
    print(f"Exported {count_of(written, 'client')} to {args.out} (readable by you only).")
    if refused.count:
        _say(refused.said())  # a warning, on standard error, beside the usual words
    if left_out:
        print(left_out)
    if not_saved:
        print(not_saved)
    if plain:
        print(f"The file {plain}")
    return EXIT_OK


def _refuse_export_out(out: Path) -> None:
    """Refuse an --out no export can be written to, in words of the file the user named.

    A folder missing was said as "there is no file FOLDER/.NAME.partial", the hidden file the
    export writes first: a paralegal looked for a file, not a folder to make; a folder given
    was "FOLDER: Is a directory", and a file given as the folder named that hidden file too
    (H58-01).  Said before the caseload is read, as `screen --batch --out` says them."""
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder; give a file name, for example {out / 'clients.jsonl'}")
    from clinic_app.private_files import folder_missing

    folder = out.parent
    if missing := folder_missing(out, given="--out"):
        raise UsageError(missing)
    if not folder.is_dir():
        raise UsageError(f"--out {out}: {folder} is not a folder")
    from db.cipher import a_caseload_file

    if out.is_file() and a_caseload_file(out):
        # `--out caseload.sqlite --force` (the caseload's own name, typed for "export the
        # caseload"; or a backup's) put the export in its place: every client, payment and
        # history gone, the file then refused as "not a Clinic Desk caseload".  Refused whatever
        # --force says: "already exists; give --force" had told the user how (F65-05).
        raise UsageError(f"--out {out} is a caseload (or a backup of one), which the export would replace; nothing was "
                         f"written. Give the export a file of its own, for example {out.with_name(out.stem + '.jsonl')}")


def _changed_today_elsewhere(repo, args: argparse.Namespace, exported: list[int], limit: int = 10) -> str:
    """What to say of the clients changed here today that are not of `--event`, so not in its
    export (db.export.changed_today_elsewhere), the first `limit` named, with the command that
    takes them too."""
    from db.export import changed_today_elsewhere

    today = date.today()
    return changed_today_elsewhere(repo, args.event, exported, today,
                                   f"To take them too: {next_command(args, 'export')} --since {today.isoformat()} --out FILE "
                                   "(the import skips the clients the clinic has already).", limit=limit)


def _since(text: str, option: str = "--since") -> datetime:
    """The start of the day `--since` names (YYYY-MM-DD), at midnight on this computer's clock:
    the day a clinic speaks of, which the caseload's UTC timestamps are compared with.  `option`:
    the option refused by name (worksheet's --reviewed-since, R344-01)."""
    # As --as-of and --newly-eligible-since read a day: "--since: not a date (YYYY-MM-DD):
    # '2026-11-31'" of a day of the right shape left the paralegal to find the 31st was the
    # fault, and 2026-W49 (one of date.fromisoformat's other ISO forms) was taken (H58-07).
    day = day_given(text, option)
    return datetime.combine(day, datetime.min.time()).astimezone()


def read_import(path: Path, progress: Callable[[int, int], None] | None = None,
                today: date | None = None) -> tuple[list[Client], list[list[ExportedReview]]]:
    """`read_import_carried` without when the denials were typed."""
    clients, reviews, _moments = read_import_carried(path, progress, today)
    return clients, reviews


def read_import_carried(path: Path, progress: Callable[[int, int], None] | None = None, today: date | None = None
                        ) -> tuple[list[Client], list[list[ExportedReview]], list[list[DenialEntered]]]:
    """The clients in an import file: one request, a list of them, or JSON Lines (.jsonl, .ndjson),
    the attorney reviews each carries (`Repository.import_clients(reviews=...)`) and when each
    denial it carries was typed (`moments=...`, F70-03).

    Everything is read and checked before anything is written; a bad record raises FormatError
    naming its place: ``[3].cases[0].outcome`` in a list, ``line 4: person.dob`` in JSON Lines;
    two or more raise BadRecords, which names the first ten as `screen --batch` does (D86-02).
    `progress(done, total)` is told before each record.
    A petition filed or ruled on after `today` (default: this computer's) is refused, as the
    Record tab refuses it (A56-02).
    """
    today = today or date.today()
    from db.cipher import looks_encrypted, not_a_caseload, open_here

    if open_here(path):
        # A caseload this program has open (the window's own, or another window's, chosen from
        # the wrong folder): not read with open() and close(), which dropped that window's
        # file locks, and its saves after were lost (C64-01; T64-03).  What it is held as says
        # what its bytes would.
        plain = not looks_encrypted(path)
    else:
        with open(path, "rb") as f:
            head = f.read(64)
        plain = head[:16] == b"SQLite format 3\x00"
        check_not_carried_encrypted(head, path.name)  # day.jsonl.gpg, not a caseload (R168-02)
    # Another caseload (or a backup) given to merge its clients in was read as text:
    # "not UTF-8 text (byte 0xFB at offset 106); save it as UTF-8" (D26-09).  So was an
    # encrypted one, a laptop's at the end of a clinic day, with "put that record right" (M42-03).
    if plain or (looks_encrypted(path) and not not_a_caseload(path)):
        kind = "a caseload or a backup" if plain else "an encrypted caseload or a backup of one"
        passphrase = "" if plain else " --passphrase-file FILE"
        raise NotAFileOfClients("", f"this is {kind}, not a file of clients: export its clients first "
                                    f"(clinic-app export --db {typed_word(str(path))}{passphrase} --all --out clients.jsonl)")
    if path.name.startswith(".") and path.name.endswith(".partial"):
        # An export's hidden partial file, left by one killed before it was whole (a battery, a
        # stick pulled): its clients written so far end at a whole line, and were imported as
        # the whole day, "Imported 81 clients", status 0, the rest never to reach the clinic (H99-02).
        raise UnfinishedExport()
    try:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            records = _records_of_json_lines(path)
        else:
            records = _records_of_document(path)
    except UnicodeDecodeError:
        raise FormatError("", "not a text file (JSON, YAML or JSON Lines)") from None
    if isinstance(records, _JsonLines) and not len(records):
        # Nothing but blank lines (or nothing at all): it was "Imported 0 clients", exit 0, with
        # a backup made and a caseload made where there was none (I59-04), as if the day's
        # clients had gone in.  Refused as an empty .json file is.
        raise EmptyFile()
    if not records:
        # A list of none ([]): "Imported 0 clients", exit 0, a caseload made where there was
        # none, as if the day's clients had gone in (O61-02).  Refused as an empty file is.
        raise NoClientsInFile()
    clients = []
    reviews = []
    moments = []
    # Every record is read, the bad ones named as screen --batch names a batch's: the import
    # named its first only, and a referral list with a dozen bad lines was put right and
    # imported again a dozen times (Z85, D86-02).
    bad = BadLines(str(path))  # as given, as screen --batch names its file
    first_bad: FormatError | None = None  # said as it always was, when it is the only one
    exported_named = False  # a record refused names the client this program exported
    for n, (where, record) in enumerate(records):
        if progress is not None:
            progress(n, len(records))
        line = int(where.removeprefix("line ")) if where.startswith("line ") else None
        if isinstance(record, FormatError):  # a line that is not JSON, or not UTF-8 (_JsonLines)
            first_bad = first_bad or record
            bad.add(line, type(record)("", record.problem))
            continue
        try:
            client, carried, entered = client_reviews_and_moments_from_request(record, today)
        except FormatError as err:
            if n == 0 and isinstance(err, AResultNotARequest):
                # A results file: its first record says what the file is, alone (Z85-02).
                raise FormatError(where, err.problem) from None
            # In the list, within its line ("cases[0].outcome" of referrals.jsonl:5) or at its
            # place in a list ("[3].cases[0].outcome"); said alone, "line 5: cases[0].outcome".
            within = err.path if line is not None else ".".join(p for p in (where, err.path) if p)
            alone = (f"{where}: {err.path}" if err.path else where) if line is not None else within
            if err.problem == UnknownKeyOfAnExport.PROBLEM and isinstance(record, dict) and "client" in record:
                first_bad = first_bad or UnknownKeyOfAnExport(alone)
                bad.add(line, UnknownKeyOfAnExport(within))
            else:
                first_bad = first_bad or _exported_refused(FormatError(alone, err.problem), record, err.path)
                # Each named, as R389-01 names one alone: "all.jsonl:2: ..." lines, which of 200? (K392-02)
                name = _exported_name(record, err.path)
                exported_named = exported_named or name is not None
                bad.add(line, FormatError(within, f"{err.problem} (it is {name})" if name else err.problem))
            continue
        clients.append(client)
        reviews.append(carried)
        moments.append(entered)
    if first_bad is not None:
        raise first_bad if bad.count == 1 else BadRecords(bad, exported_named)
    return clients, reviews, moments


def _exported_refused(err: FormatError, record: Any, path: str) -> FormatError:
    """`err`, at `path` of a client this program exported (its `client` block names it): what to
    do names the client and where to put it right.  A caseload holding a record stored before a
    check refused it (an end before the conviction, K386) was exported whole and its import
    refused as "line 2: ...; put that record right": which client, and edit the file by hand?
    (R389-01)"""
    name = _exported_name(record, path)
    if name is not None and err.advice is None:
        err.advice = (f"put that record right and import the whole file again (it is {name}: if it was "
                      f"exported so, {export.put_it_right('the client', 'in that caseload')})")
    return err


def _exported_name(record: Any, path: str) -> str | None:
    """Whose the fact at `path` of a record this program exported is, if it can be said: "Rita
    Sinsentencia's", and where the client's case can be read, which case and field, as the
    Record tab names them, "Rita Sinsentencia's Case 24CR042, Probation end" (K395-03); the
    client's own field so too, "Rita Sinsentencia's Date of birth" (K425-02)."""
    block = record.get("client") if isinstance(record, dict) else None
    name = block.get("name") if isinstance(block, dict) else None
    if not (isinstance(name, str) and name.strip() and name.isprintable() and len(name) <= 80):
        return None
    from clinic_app.model import Case
    from clinic_app.record_said import CLIENT_NAMES, named_in

    if path in CLIENT_NAMES:
        return f"{name.strip()}'s {CLIENT_NAMES[path]}"
    from clinic_app.screening_format import read_object

    at = re.match(r"cases\[(\d+)\]\.", path)
    listed = record.get("cases")
    if at is None or not isinstance(listed, list) or int(at[1]) >= len(listed):
        return f"{name.strip()}'s"
    try:
        case = read_object(Case, listed[int(at[1])], "")  # the case alone, as the Record tab would show it
    except FormatError:
        return f"{name.strip()}'s"
    # Beside the client's other cases that can be read: one whose number another has too is told
    # apart by what it holds, "Case 24CR042" said of either (R400-01).
    others, place = [], 0
    for i, other in enumerate(listed):
        if i == int(at[1]):
            place = len(others)
            others.append(case)
            continue
        try:
            others.append(read_object(Case, other, ""))
        except FormatError:
            continue
    return f"{name.strip()}'s {named_in(others, f'cases[{place}].' + path[at.end():])}"


def _records_of_document(path: Path) -> Sequence[tuple[str, Any]]:
    """The requests of a JSON or YAML file: one, or a list of them.

    A file of one request a line (what `clinic-app export --event` prints) saved under another
    name (``> day.json``) is read as JSON Lines: it had been refused as "not valid JSON: Extra
    data at line 2" (D23-08).  A file that is not JSON Lines either keeps its own error.
    """
    try:
        document = load_document(path)
    except FormatError as not_a_document:
        if path.suffix.lower() in (".yaml", ".yml"):
            raise
        lines = _JsonLines(path, not_lines=not_a_document)
        lines.check_first()
        if len(lines) < 2:
            raise
        return lines
    if isinstance(document, list):
        return [(f"[{n}]", record) for n, record in enumerate(document)]
    return [("", document)]


def _records_of_json_lines(path: Path) -> Sequence[tuple[str, Any]]:
    """The requests of a .jsonl or .ndjson file: one a line, or one JSON document.

    `export --client ID` writes its one request indented, for a person to read, and
    `--out x.jsonl` (or `> x.jsonl`) gave a file `import` refused as "line 1: not valid JSON"
    (D23C-01).  A file whose first line is not JSON but that is one JSON document (a request
    or a list of them) is read as that document, as D23-08 reads JSON Lines saved as .json; a
    file that is neither keeps its line's error.
    """
    lines = _JsonLines(path)
    try:
        first = lines.first()
        if len(lines) == 1 and isinstance(first, list):
            # One line that is a list of requests (or of none: "[]") is that list, as a
            # .json file's would be; it was "line 1: a request is a mapping ..., not []" (O61-02).
            return [(f"[{n}]", record) for n, record in enumerate(first)]
        return lines
    except FormatError:
        try:
            document = parse_document(decode_text(path.read_bytes()), "json")
        except FormatError:
            return lines  # neither: its bad lines are named, the first with the others (D86-02)
    if isinstance(document, list):
        return [(f"[{n}]", record) for n, record in enumerate(document)]
    return [("", document)]


class _JsonLines:
    """The requests of a JSON Lines file as (place, request), read a line at a time.

    The whole file had been read, decoded, split and parsed before the first client was
    made, all of it held at once: 1.2 GB for an import of 50,000 clients (143 MB), where the
    clients themselves take about 300 MB (C31-05).  Blank lines are skipped; `len` is how
    many lines are not blank (the progress bar's total), counted in a first, cheap pass.
    """

    def __init__(self, path: Path, not_lines: FormatError | None = None):
        self.path = path
        self.not_lines = not_lines  # raised instead of a line's error: the file's own, as a document
        with open(path, "rb") as f:
            self.total = sum(1 for raw in file_lines(f) if raw.strip())

    def __len__(self) -> int:
        return self.total

    def check_first(self) -> None:
        """Raise the first line's FormatError, if it is not a JSON line."""
        self.first()

    def first(self) -> Any:
        """The first line's JSON value (None if there is no line); raises its FormatError."""
        for _where, record in self:
            if isinstance(record, FormatError):
                raise record
            return record
        return None

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # A line that is not JSON (or not UTF-8) comes as its FormatError, in its place, so that
        # every bad line of the file is named, not the first alone (D86-02); with `not_lines`, the
        # file's own error is raised instead.
        # A byte-order mark (Windows Notepad writes one) is no part of line 1, which was
        # refused as "not valid JSON: Unexpected UTF-8 BOM" (D23-05); UTF-16 is refused as not
        # UTF-8.  Lines end at "\n" only (a "\r" before it is JSON's whitespace): split by
        # str.splitlines, also at U+2028 and U+2029, which a client's notes may hold as they
        # are, the whole day's file was refused as "not valid JSON: Unterminated string" (D23-11).
        # A file with no "\n", an old Mac's, ends its lines at "\r" (file_lines, J91-01).
        with open(self.path, "rb") as f:
            for number, raw in enumerate(file_lines(f), start=1):  # also CR alone, an old Mac's (J91-01)
                if number == 1:  # UTF-16 (J89-02) or a spreadsheet (J89-05): said alone, as the whole file's
                    check_is_text(raw)
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as err:
                    if self.not_lines is not None:
                        raise self.not_lines from None
                    cut = cut_short(raw, err, path=f"line {number}")  # part-way through a letter (R43-02)
                    if cut is not None:
                        yield f"line {number}", cut
                        continue
                    not_utf8 = FormatError(f"line {number}", f"not UTF-8 text (byte 0x{raw[err.start]:02X} at column "
                                                             f"{err.start + 1}); save it as UTF-8")
                    if number == 1:  # the file is in another encoding (UTF-16, from Notepad): said alone
                        raise not_utf8 from None
                    yield f"line {number}", not_utf8
                    continue
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as err:
                    if self.not_lines is not None:
                        raise self.not_lines from None
                    # The file cut short at its end (M42-02), a line ending early (H99-01), zeros
                    # in place of a line: said as screen --batch says them (cut_short).
                    cut = cut_short(raw, err, line, path=f"line {number}")
                    if cut is not None:
                        yield f"line {number}", cut
                        continue
                    # json_problem, as screen --batch says it: err.msg alone lost the place, and
                    # some end in "at": "Invalid control character at." (Z85-04).
                    from clinic_app.screening_format import json_problem

                    value = FormatError(f"line {number}", f"not valid JSON: {json_problem(err, line)}")
                yield f"line {number}", value


class BadRecords(FormatError):
    """Two or more bad records in a file to import, named as `clinic-app screen --batch` names a
    batch's (screening_format.BadLines): the first ten at their places, then how many more.  The
    import named its first only (Z85, D86-02).  What to do is the records' own when they all say
    the same (every client of a newer version's export), or to put them right."""

    ADVICE = "put those records right and import the whole file again"

    def __init__(self, bad: BadLines, exported: bool = False):
        self.bad = bad
        # The window's words (ui.crash.user_error_text): the file by its name, not its whole path.
        super().__init__("", bad.said(name=Path(bad.name).name))
        kinds = {type(err) for err in bad.errors}
        (kind,) = kinds if len(kinds) == 1 else (FormatError,)
        self.advice = getattr(kind, "ADVICE_SEVERAL", None) or kind.ADVICE or self.ADVICE
        if exported and self.advice == self.ADVICE:  # the clients named: where to put them right (K392-02)
            self.advice += f" (if it was exported so, {export.put_it_right('each client named', 'in that caseload')})"


class UnknownKeyOfAnExport(FormatError):
    """A key this program does not know in a client exported by Clinic Desk (its `client` block
    says so): most likely a field a newer version of the program writes, the laptop updated
    before the clinic's computer.  "Put that record right and import the whole file again" had
    the paralegal edit the day's file by hand, deleting what the newer version keeps (F65-02)."""

    PROBLEM = "unknown key"
    ADVICE = ("if the file was exported by a newer version of Clinic Desk (the laptop's updated first), update this one "
              "and import the file again; if not, put that record right and import the whole file again")
    ADVICE_SEVERAL = ADVICE.replace("put that record right", "put those records right")

    def __init__(self, path: str):
        super().__init__(path, self.PROBLEM)


class NotAFileOfClients(FormatError):
    """A caseload, or a backup, given to import: it has no record to put right (M42-03)."""

    ADVICE = "import the file of clients exported from it"


class UnfinishedExport(FormatError):
    """A hidden ``.<name>.partial`` given to import: what an export writes before it is whole,
    left by one stopped part-way (db.export.write_private).  Its first clients only, each line
    whole, so nothing else would tell (H99-02)."""

    ADVICE = "export the clients again on the laptop, and import the file that export names"

    def __init__(self) -> None:
        super().__init__("", "this is an export that was never finished (stopped part-way as it was written: the "
                             "laptop's battery, the program ended, the stick pulled), so it may hold only some of "
                             "the clients")


class NoClientsInFile(EmptyFile):
    """A file of clients that holds none: a list of nobody (``[]``), an export made of an
    empty list.  Said as the window's import says it (ui.crash.user_error_text), with
    EmptyFile's advice: the laptop's export to copy or make again (O61-02)."""

    def __init__(self) -> None:
        super().__init__("the file holds no clients (its list is empty)")


class _ImportProgress:
    """Progress of one step of an import on standard error (screen_command.ProgressBar), for a
    file of `IMPORT_PROGRESS_FROM` clients or more: a smaller one says nothing more than before.
    The bar is made at the first update, when the file's size is known."""

    def __init__(self, label: str):
        self.label = label
        self.bar: Any = None
        self.total: int | None = None  # how many records the file holds, once read

    def update(self, done: int, total: int) -> None:
        self.total = total
        if self.bar is None and total >= IMPORT_PROGRESS_FROM:
            from clinic_app.screen_command import ProgressBar

            self.bar = ProgressBar(total, sys.stderr, label=self.label)
        if self.bar is not None:
            self.bar.update(done)

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.finish()

    def end_line(self) -> None:
        if self.bar is not None:
            self.bar.end_line()


def cmd_import(args: argparse.Namespace) -> int:
    """Add the clients of a request file, all or nothing, skipping clients already stored.

    Progress on standard error, as `rescreen` gives: a file of 30,000 clients took a minute
    to check and store with not a word said (D23-07).
    """
    path = Path(args.file)
    if args.file == "-" and not path.exists():
        # `export ... | import -` was "there is no file -", as if a file were missing (Z85-03).
        # Standard input is not read: the audit log names each import by its file.
        raise UsageError("import reads a file, not standard input ('-'): write the clients to a file first "
                         "(clinic-app export --event NAME --out day.jsonl), then clinic-app import day.jsonl")
    if not path.is_file():
        raise _missing(path, "the file to import")
    from clinic_app.screen_command import stop_signals

    # A `kill`, a shutdown (SIGTERM) or the terminal closed (SIGHUP) ended it at once and unsaid:
    # the transaction kept the caseload whole, but the paralegal was not told so (C178-01).
    with stop_signals(sighup=True):
        return _import_file(args, path)


def _import_file(args: argparse.Namespace, path: Path) -> int:
    """`cmd_import`'s work, stopped (Ctrl-C, SIGTERM, SIGHUP) as its messages say."""
    from clinic_app.screen_command import Terminated, how_stopped, say_stopped

    checking = _ImportProgress("checking")
    try:
        clients, reviews, moments = read_import_carried(path, progress=checking.update)
    except FormatError as err:
        checking.end_line()
        # Said whole: "day.jsonl: line 2: ..." alone left the paralegal to wonder whether the
        # other lines had gone in (M29-05); the window says "nothing was added" too.
        of = "" if not checking.total or checking.total < 2 else f" of its {checking.total:,} clients"
        advice = err.advice or "put that record right and import the whole file again"
        if isinstance(err, BadRecords):  # named as screen --batch names them, what to do after (D86-02)
            raise UsageError(f"{err.bad.said(f'the file was not imported: none{of} was added')}\n"
                             f"{advice[0].upper()}{advice[1:]}.") from None
        raise UsageError(f"{path}: {err}. The file was not imported: none{of} was added; {advice}") from None
    except (KeyboardInterrupt, Terminated) as stop:
        checking.end_line()
        return _import_interrupted(path, checking.total, stop)
    checking.finish()
    from clinic_app.eligibility import facts_hash

    # Into a new caseload (a volunteer's laptop) is allowed, but said: a --db typed wrong
    # put the day's clients in a new file, reported only as "Imported 12 clients" (D22-08).
    new = not _db_path(args).exists()
    result = None  # the import's, once stored whole
    try:
        with _open(args, create=True) as repo:
            for stopped in repo.unfinished_imports():  # said once, here or in the window (W29-03)
                print(stopped.line(), file=sys.stderr)
            # A copy "before" only of an import that changes something: a file imported again, every
            # client skipped, made a copy of nothing changed, and each such copy pushed out one made
            # before a real import (only the newest few are kept, J59-02).
            hashes = [facts_hash(client.person, client.cases) for client in clients]  # once, for both
            changes = repo.import_would_change(clients, reviews=reviews, hashes=hashes)
            if changes:
                _backup_before(repo, "import")
            storing = _ImportProgress("importing")
            storing.update(0, len(clients))  # started now: the first chunk is stored before the first update
            before = repo.count_clients()
            try:
                result = repo.import_clients(clients, reviews=reviews, progress=lambda done: storing.update(done, len(clients)),
                                             source=str(path), hashes=hashes, moments=moments)
            except (KeyboardInterrupt, Terminated) as stop:
                storing.end_line()
                # Its start is in the audit log: told now, so the next open does not say it again.
                for stopped in repo.unfinished_imports():
                    if stopped.source != str(path):  # another's, stopped meanwhile
                        print(stopped.line(), file=sys.stderr)
                added = repo.count_clients() - before
                if added:  # the Ctrl-C came just after the import was stored
                    say_stopped(_stored_whole(args, path, added, stop))
                    return how_stopped(stop)[1]
                return _import_interrupted(path, len(clients), stop)
            storing.finish()
    except (KeyboardInterrupt, Terminated) as stop:
        if result is None:  # before the import began (the copy made first): main took no Terminated
            return _import_interrupted(path, len(clients), stop)
        # Stopped as the caseload was closed after the import was stored (its log emptied into
        # the file): "interrupted; nothing more was written." left unsaid that the day's
        # clients had gone in (C103-07).
        say_stopped(_stored_whole(args, path, len(result.ids), stop))
        return how_stopped(stop)[1]
    print("\n".join(result.lines(str(path))))
    if not changes and not result.ids and not result.reviewed:
        print("Nothing in the caseload changed, so no copy of it was made before this import.")
    where = result.where_to_check()
    if where:
        # "Check 3 clients who share a name ..." said what to check and not where (M42-05).
        print(f"In the window: {where[0].lower()}{where[1:]}")
    if result.similar or result.renamed:
        # Its own names: `new` is whether the caseload was made by this import, and taking it for
        # an id said "There was no caseload at ...: a new one was made" after every such import (M44).
        pairs = [pair[1:3] for pair in (*result.similar, *result.renamed)]
        # With the caseload imported into: without it the command ran on the default caseload,
        # where those ids are other people (X62-02).
        merge = next_command(args, "merge")
        print(f"At a terminal: {merge} --into {pairs[0][0]} --from {pairs[0][1]} takes the record added into the one "
              "already here (the same merge; it says what it took and what to check).")
        # The first pair's command alone was given of two or more: the others' ids were to be
        # picked out of the lines above (C108-04).  A line each, to be copied whole.
        if len(pairs) > 1:
            print("The other pairs, the same way:")
            print("\n".join(f"  {merge} --into {stored} --from {added}" for stored, added in pairs[1:_MERGES_SAID]))
            if len(pairs) > _MERGES_SAID:
                print(f"  and {count_of(len(pairs) - _MERGES_SAID, 'more pair')}, which the window lists under “Possible duplicates”.")
    if result.ids:
        # The window then showed each of them "Not screened" and every count at 0, and the
        # import had said only "Imported 3 clients" (A34-05); File > Import clients screens them.
        rescreen = next_command(args, "rescreen")
        print(f"They are not screened yet: {rescreen} screens them (in the window, Re-screen now at the bottom right, "
              "or Caseload > Re-screen whole caseload...).")
    if new:
        print(f"There was no caseload at {_db_path(args)}: a new one was made there for them.")
    return EXIT_OK


# The merge commands an import prints at most, one per possible-duplicate pair (C108-04).
_MERGES_SAID = 10


def _stored_whole(args: argparse.Namespace, path: Path, added: int, stop: BaseException) -> str:
    """What a Ctrl-C (or SIGTERM, SIGHUP: `stop`) that came once the import was stored says: the
    list that shows them on the caseload imported into (its --db, or --demo): "clinic-app list"
    showed the clinic's own caseload, where a laptop's day imported into another was not (R104-05)."""
    from clinic_app.screen_command import how_stopped

    return (f"clinic-app: {how_stopped(stop)[0]} as the import of {path} ended: it was stored whole, {count_of(added, 'client')} added "
            f"({next_command(args, 'list')} shows them).")


def _import_interrupted(path: Path, clients: int | None, stop: BaseException) -> int:
    """Ctrl-C (or SIGTERM, SIGHUP: `stop`) during an import: main's "interrupted; nothing more
    was written." left the paralegal to wonder whether some clients had gone in.  An import is
    all or nothing (one transaction): none did, and that is said (L32-02)."""
    from clinic_app.screen_command import how_stopped, say_stopped

    how, status = how_stopped(stop)
    of = f" to add its {count_of(clients, 'client')}" if clients else ""
    say_stopped(f"clinic-app: {how}: no client was added and the caseload is as it was (an import is all or nothing); "
                f"import {path} again{of}.")
    return status


def cmd_merge(args: argparse.Namespace) -> int:
    """Caseload > Merge a duplicate into this client, at a terminal: the same merge
    (clinic_app.merging.merge_into, Repository.merge_clients), the client kept screened again."""
    from clinic_app.screen_command import Terminated, how_stopped, say_stopped, stop_signals

    if args.into == args.from_id:
        raise UsageError("--into and --from name the same client: give the other record's id as --from")
    # "storing" once the merge is being stored, from which a stop waits until it is said; what a
    # second stop, which does not wait, left in the caseload ("cut, merged", "cut, not merged")
    storing: list[str] = []
    try:
        # A `kill`, a shutdown (SIGTERM) or the terminal closed (SIGHUP) ended it at once and
        # unsaid: the merge stored, its "Merged id ..." never printed, the kept client not
        # screened again (C178-01).
        with stop_signals(sighup=True):
            return _merge(args, storing)
    except (KeyboardInterrupt, Terminated) as stop:
        how, status = how_stopped(stop)
        again = f"{next_command(args, 'merge')} --into {args.into} --from {args.from_id}"
        cut = f"clinic-app: {how} again as the merge was being stored, so it did not finish: "
        if storing[-1:] in (["storing"], ["screened"]):
            say_stopped(f"clinic-app: {how} as the merge ended: it was stored whole, as said above.")
        elif storing == ["cut, not merged"]:
            say_stopped(f"{cut}nothing was merged and the caseload is as it was; to merge them: {again}")
        elif storing == ["cut, merged"]:
            say_stopped(f"{cut}id {args.from_id} was merged into id {args.into} and is no longer in the caseload (its record is "
                        f"kept in the audit log), but id {args.into} was not screened again: "
                        f"{next_command(args, 'rescreen')} screens the caseload again")
        else:
            say_stopped(f"clinic-app: {how}: nothing was merged and the caseload is as it was; to merge them: {again}")
        return status


def _is_gone(repo: Any, client_id: int) -> bool:
    """Whether the record `client_id` is no longer in the caseload (a merge from it stored)."""
    from db.errors import ClientNotFound

    try:
        repo.get_client(client_id)
    except ClientNotFound:
        return True
    return False


def _merge(args: argparse.Namespace, storing: list[str]) -> int:
    """`cmd_merge`'s work: `storing` is told when the merge begins to be stored, from which a
    stop (Ctrl-C, SIGTERM, SIGHUP) waits until the merge is stored, screened and said."""
    from contextlib import ExitStack

    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.merging import merge_into, merge_refused
    from clinic_app.screen_command import Terminated, whole_line
    from clinic_app.summary import summarize
    from db.errors import ClientNotFound

    with ExitStack() as held:
        with _open(args, create=False) as repo:
            try:
                mine, theirs = repo.get_client(args.into), repo.get_client(args.from_id)
            except ClientNotFound as err:
                # The repository's sentence ends in a full stop: the pointer to `list` goes inside
                # it, "... in this caseload. (see ...)" read as a stray afterthought (C108-01).
                said = str(err.args[0]).removesuffix(".")
                raise UsageError(f"{said} (see {next_command(args, 'list')})") from None
            _refuse_other_people(mine, theirs, _db_path(args))
            if not args.force:
                _refuse_the_copy_kept(args, repo, mine, theirs)
            reviews = (repo.exported_reviews(args.into), repo.exported_reviews(args.from_id))
            merged = merge_into(mine, theirs, my_reviews=reviews[0], their_reviews=reviews[1], keys_used=repo.record_keys_used(args.into))
            # A record the check refuses, stored before it did (K386): refused in the window's
            # words, whose and where, before a copy is made for a merge that cannot be (K395-01).
            refused = merge_refused(mine, theirs, merged)
            if refused is not None:
                raise UsageError(refused)
            # The window's merge has Edit > Undo; a terminal's had nothing to go back to but a
            # backup that may predate the day's work.  A copy of the caseload first, as `import`
            # makes (File > Restore from backup lists it: "Before a merge at a terminal").
            _backup_before(repo, "merge")
            storing.append("storing")
            held.enter_context(whole_line())
            try:
                repo.merge_clients(merged, args.from_id, expected=(mine, theirs), reviews=reviews)
                kept = repo.get_client(args.into)
                today = date.today()
                screening = screen(kept.person, kept.cases, today)
                repo.store_screening(kept.id, screening, facts_hash(kept.person, kept.cases), summarize(kept, screening, today),
                                     kept.cases, of_saved_facts=True)
                storing.append("screened")
            except (KeyboardInterrupt, Terminated):
                # A second stop, which does not wait: it said "stored whole, as said above" with
                # nothing said, merged or not (R180-01).  Asked of the caseload, the stops after it
                # let go (screen_command._Stops), the merge's transaction whole either way.
                if storing[-1] != "screened":
                    storing[:] = ["cut, merged" if _is_gone(repo, args.from_id) else "cut, not merged"]
                raise
        with _said_unless_gone():
            print(f"Merged id {theirs.id} into {mine.name} (id {mine.id}); id {theirs.id} is no longer in the caseload "
                  "(its record is kept in the audit log).")
            for line in merged.lines(f"id {theirs.id}"):
                print(line)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    """File > Delete client, at a terminal (P119): a client who asked the clinic to keep nothing
    about them could be deleted only in the window.  The same Repository.delete_client, with no
    Undo here, so the name is asked as well as the number: a number mistyped names another
    client, who is said and kept.  No copy of the caseload is made first, as `merge` makes one:
    it would keep what the client asked to have deleted.  What is not deleted is said, as the
    window's question says it (db.backup.kept_beside)."""
    from clinic_app.matching import person_key
    from db.backup import backups_folder, caseload_backups, kept_beside
    from db.errors import ClientNotFound

    with _open(args, create=False) as repo:
        try:
            client = repo.get_client(args.client)
        except ClientNotFound as err:
            said = str(err.args[0]).removesuffix(".")
            raise UsageError(f"{said} (see {next_command(args, 'list')})") from None
        born = born_said(client.person.dob)
        who = f"{client.name} (id {client.id}, {born}, {count_of(len(client.cases), 'case')})"
        if person_key(args.name, None) != person_key(client.name, None):  # case, accents, hyphens set aside
            raise UsageError(f"Client {client.id} is {who}, not “{args.name}”: nobody was deleted. Check the number "
                             f"({next_command(args, 'list')} --search NAME) and give the name as it is stored")
        repo.delete_client(client.id)
    # With no backup beside the caseload, the way back said was none (H405-02).
    way_back = ("There is no undo at a terminal: a client deleted by mistake comes back from a backup made before "
                "(README, A client deleted by mistake)." if caseload_backups(_db_path(args)) else
                f"There is no undo at a terminal, and no backup of this caseload is in {backups_folder(_db_path(args))} to "
                "bring them back from: only a copy made before and kept elsewhere (a USB stick's) has them.")
    print(f"Deleted {who} from {_db_path(args)}: their record, stored screenings, attorney reviews and typing kept for "
          f"them, overwritten in the file; the audit log keeps a copy of the record. {way_back}")
    print("Not deleted, for you to see to:")
    for line in kept_beside(client, _db_path(args)):
        print(f"  - {line}")
    return EXIT_OK


def cmd_rename_event(args: argparse.Namespace) -> int:
    """Caseload > Rename clinic event, at a terminal: the clients of event OLD put under NEW (a
    new name, or another event's to join), through the same Repository.rename_event (N106)."""
    from clinic_app.matching import event_renamed
    from clinic_app.wording import renamed_said

    with _open(args, create=False) as repo:
        old = event_as_stored(repo, args.old)  # typed with a hyphen for the em dash, or another case
        _require_event(repo, old)
        counts = repo.event_counts()
        new = event_renamed(args.new, old, counts)
        if not new:
            raise UsageError("the new name is empty: give the name the event's clients go under")
        if new == old:
            raise UsageError(f"{quoted(old)} is that event's name already: nothing to rename")
        # The window's rename has Edit > Undo; a terminal's has this copy, as `merge` makes.
        _backup_before(repo, "rename")
        moved = repo.rename_event(old, new)
    print(renamed_said(len(moved), old, new))
    return EXIT_OK


def _refuse_other_people(mine, theirs, caseload: Path) -> None:
    """A merge only of a pair the window's Merge a duplicate offers: the same name and date of
    birth, or a name or date of birth put right on a laptop (a case number in both).  Any two
    ids were merged before, with no undo at a terminal: an id typed wrong, or the import's
    command run on another caseload, made two people one (X62-01)."""
    from clinic_app.matching import possible_duplicate

    if possible_duplicate(mine, theirs):
        return

    def named(client) -> str:
        return f"{client.name} (id {client.id}, born {client.person.dob.isoformat() if client.person.dob else 'day not known'})"

    raise UsageError(f"{named(theirs)} is not a possible duplicate of {named(mine)} in {caseload}: another name or date of "
                     "birth, and no case number in both, so nothing was merged. Check the ids and the caseload "
                     "(clinic-app list --search NAME); if they are one person, put the name or date of birth right first.")


def _refuse_the_copy_kept(args: argparse.Namespace, repo, mine, theirs) -> None:
    """The ids swapped: --into the copy an import added beside --from, a record here before it.
    The window's dialog says which record came by import before the merge (X45); a terminal's
    merge said nothing, and `--into 2001 --from 30` took the office's client 30 away (its number,
    its phone and clinic event with it) into the laptop's copy, with no undo at a terminal
    (P129-02).  The merge the import printed is said; --force keeps the copy all the same."""
    imported = repo.imported_from([mine.id, theirs.id])
    if mine.id not in imported or theirs.id > mine.id:
        return
    if theirs.id in imported and imported[theirs.id][1] >= imported[mine.id][1]:
        return  # two copies of one file: neither was here before the other
    source, moment = imported[mine.id]
    merge = next_command(args, "merge")
    raise UsageError(f"id {mine.id} is the copy the import of {source} added on {moment.astimezone().date().isoformat()} "
                     f"beside id {theirs.id}, which was in the caseload before it; --into is the record kept and --from the "
                     f"one taken away, so id {theirs.id} would go. Nothing was merged. To keep the record that was here: "
                     f"{merge} --into {theirs.id} --from {mine.id}; to keep the import's copy all the same, add --force")


def cmd_backup(args: argparse.Namespace) -> int:
    """A verified copy of the caseload through SQLite's backup API (--check: every backup of it checked)."""
    from db.backup import backup_to

    if args.check:
        return _check_backups(args)
    from clinic_app.private_files import file_state
    from clinic_app.screen_command import Terminated, how_stopped, say_stopped, stop_signals

    step = _say_each_step()
    there = file_state(args.to)
    try:
        # A `kill`, a shutdown (SIGTERM) or the terminal closed (SIGHUP) ended it at once and
        # unsaid, its hidden partial copy, every client, left beside --to on the USB stick until
        # a later backup there (C178-02): removed as the stop unwinds, as a Ctrl-C removes it.
        with stop_signals(sighup=True), _open(args, create=False) as repo:
            # A backup there already is replaced (db.backup.backup_to), as a copy kept up to date is;
            # said, with its day: last Friday's copy on the stick went with not a word (P97-03).
            # Read once the caseload opens: a --to that is refused says why, and nothing of this.
            replaced = _made(Path(args.to))
            # Each step said, as `encrypt` and `restore` say theirs (D70): 6.3 s with nothing said at
            # 100,000 clients (1.1 GB), longer onto a USB stick, before "Backed up" (P74-07).
            target = backup_to(repo.db, Path(args.to), copied=lambda done, total: step(
                done, total, f"Copying the caseload to {args.to}..." if done < total else "Checking the copy..."))
    except (KeyboardInterrupt, Terminated) as stop:
        how, status = how_stopped(stop)
        now = file_state(args.to)
        if now is not None and now != there:  # the checked copy was put in place as the stop came
            say_stopped(f"clinic-app: {how} as the backup ended: {args.to} was written and verified.")
        else:
            left = f"{args.to} is as it was" if now is not None else f"no {args.to} was made"
            say_stopped(f"clinic-app: {how}: no backup was written ({left}); the caseload is unchanged. To back it up: "
                        f"{next_command(args, 'backup')} --to {typed_word(args.to)}")
        return status
    # Its size said: at 100,000 clients a backup is 1.1 GB, for a USB stick to hold (B130-02).
    print(f"Backed up {_db_path(args)} to {target} (verified, {size_said(target.stat().st_size)})."
          + (f" It replaced the backup there made {replaced}; to keep both, give each its own file name." if replaced else ""))
    return EXIT_OK


def _made(path: Path) -> str | None:
    """When the file at `path` was last written ("2026-11-27 17:30", in this computer's time, as
    `backup --check` says a backup's), or None where there is no file."""
    from db.backup import made_said

    try:
        if not path.is_file():
            return None
        return made_said(datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc))
    except OSError:
        return None


def _check_backups(args: argparse.Namespace) -> int:
    """`backup --check`: each backup of the caseload in its backups folder checked as a restore
    checks it (db.backup.check_backups), one line each; exit status 1 if one is damaged."""
    from db.backup import MADE_BESIDE_ITS_NAME, backups_folder, check_backups, checked_said, made_said

    path = _db_path(args)
    checked = check_backups(path, _passphrase(args, path))
    if not checked:
        print(f"There is no backup of the caseload {path} in {backups_folder(path)}.")
        return EXIT_OK
    print(f"The backups of the caseload {path} in {backups_folder(path)}, newest first ({MADE_BESIDE_ITS_NAME}):")
    for each in checked:
        made = made_said(each.backup.made)
        print(f"{each.backup.path.name}  {made}  {each.backup.kind}  {each.said}")
    # Said once, after the lines: what the clinic does next.
    print("\n".join(checked_said(checked, "clinic-app backup --to FILE")))
    if any(each.damaged for each in checked):
        return EXIT_ENVIRONMENT
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the caseload by a verified backup, keeping the current one aside."""
    from db.backup import restore

    source = Path(args.file)
    if not source.is_file():
        raise _missing(source, "the backup file")
    from clinic_app.screen_command import Terminated, how_stopped, say_stopped, stop_signals, whole_line

    new_caseload = not _db_path(args).exists()
    put_in_place: list[Path | None] = []  # the caseload as it was, kept, once the backup is in its place
    cut: list[Path | None] = []  # the same, where a second stop did not wait for it

    @contextmanager
    def replacing(kept: Path | None) -> Iterator[None]:
        # A stop waits until the backup is in place: a `kill`, a shutdown (SIGTERM) or the terminal
        # closed (SIGHUP) ended a restore at once and unsaid, and a Ctrl-C said "nothing more was
        # written" of a caseload then the backup's as of one as it was (C178-03).
        with whole_line():
            try:
                yield
            except (KeyboardInterrupt, Terminated):
                cut.append(kept)  # a second stop, which does not wait
                raise
            put_in_place.append(kept)

    stopped = None
    try:
        with stop_signals(sighup=True):
            if args.backup_passphrase_file is None:
                passphrase = _passphrase(args, source, _db_path(args))
                kept = restore(source, _db_path(args), passphrase=passphrase, progress=_say_each_step(), replacing=replacing)
            else:
                # A backup made before a passphrase change opens only with the old one (WD22B-02).
                passphrase = _passphrase(args, _db_path(args))
                kept = restore(source, _db_path(args), passphrase=passphrase,
                               backup_passphrase=_passphrase_in(args.backup_passphrase_file), progress=_say_each_step(),
                               replacing=replacing)
    except (KeyboardInterrupt, Terminated) as stop:
        if not put_in_place:
            return _restore_stopped(args, source, new_caseload, stop, cut)
        kept, stopped = put_in_place[0], stop
    with _said_unless_gone(stopped):
        _say_restored(args, source, kept, new_caseload, passphrase)
    if stopped is None:
        return EXIT_OK
    how, status = how_stopped(stopped)
    say_stopped(f"clinic-app: {how} as the restore ended: it was finished, as said above.")
    return status


@contextmanager
def _said_unless_gone(stopped: BaseException | None = None) -> Iterator[None]:
    """The lines of a change done (a restore, a merge), where a stop came (`stopped`) or is held
    until they are said: if the terminal closed (SIGHUP) they fail (EIO), and main took that for
    a file it could not write, exit 1 and a crash's words where the other commands end 129 (C178,
    R180, K191-02, K202-01).  The change is done and no one is there to read the rest: standard
    output goes to /dev/null and the run ends as stopped.  Unstopped, a failed line is main's."""
    from clinic_app.screen_command import stop_held

    try:
        yield
    except OSError:
        if stopped is None and not stop_held():
            raise
        _stdout_gone()


def _stdout_gone() -> None:
    """Point standard output at /dev/null, its reader or terminal gone, so that Python's last
    flush finds nothing to fail on (it would end the run 120); the descriptor opened for that is
    closed once copied (H97-03: left open, one per run)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


def _say_restored(args: argparse.Namespace, source: Path, kept: Path | None, new_caseload: bool,
                  passphrase: str | None) -> None:
    """What a restore that put the backup `source` in place says: which passphrase it opens with
    now, and where the caseload as it was (`kept`) is, with the command that undoes it."""
    from db.backup import KEEP_BEFORE_CHANGE, set_aside_caseloads
    from db.cipher import looks_encrypted

    print(f"Restored {_db_path(args)} from {source}.")
    rekeyed = args.backup_passphrase_file is not None and passphrase is not None  # given the caseload's, not the backup's
    if args.backup_passphrase_file is not None and not looks_encrypted(source):
        # A plain backup opens with none: the one given for it went unused without a word, and
        # the clinic could think the backup encrypted (D26-04).
        print(f"The backup is not encrypted: the passphrase in {args.backup_passphrase_file} was not needed for it.")
    _passphrase_restored(args, source, new_caseload, rekeyed=rekeyed)
    if kept is not None and kept in set_aside_caseloads(_db_path(args), "encrypted"):
        # Not "damaged": set aside whole because no passphrase was given to copy it (D25-10).
        print(f"The caseload was encrypted and no passphrase was given, so it is set aside whole, unchanged, at {kept}: "
              f"it opens with its passphrase (the newest {KEEP_BEFORE_CHANGE} caseloads set aside so are kept).")
        if not looks_encrypted(_db_path(args)):
            print("The backup is not encrypted, so the restored caseload is NOT encrypted: encrypt it again "
                  "(clinic-app encrypt), or restore with the caseload's passphrase given to keep it encrypted.")
        else:  # an encrypted backup, given its own passphrase (--backup-passphrase-file)
            print("The restored caseload is encrypted: it opens with the backup's passphrase.")
    elif kept is not None:
        print(f"The caseload as it was before is kept at {kept}.")
        # Asked nothing first, the restore was undone only by finding in the README that the
        # kept copy restores as any backup does (B129-04): said here, as the window's question says
        # what is left out.
        # Said as the other next commands are: "--passphrase-file FILE", a word to replace, failed
        # as typed, and a passphrase from the environment or the terminal needs no file (R130-01).
        # The file only for an encrypted copy: a plain one restored with it would come back encrypted.
        undo = next_command(args, f"restore {typed_word(str(kept))}", passphrase=looks_encrypted(kept))
        print(f"Anything changed since the backup was made is not in the restored caseload. To undo the restore: {undo}")
        if looks_encrypted(kept) and not looks_encrypted(_db_path(args)):
            # An encrypted caseload restored from a plain backup without its passphrase is
            # plain now: said, not left for the clinic to find out (storage check D21-07).
            # (A damaged file can look encrypted too: hence "if".)
            print("The backup is not encrypted, so the restored caseload is NOT encrypted. "
                  "If the caseload was encrypted, encrypt it again (clinic-app encrypt).")
        elif looks_encrypted(_db_path(args)) and not looks_encrypted(kept):
            # A plain caseload restored from an encrypted backup (D23-09): said, as the reverse is.
            print("The backup is encrypted, so the restored caseload is encrypted: it opens with the backup's passphrase.")
    if looks_encrypted(_db_path(args)) and not looks_encrypted(source):
        # Given the caseload's passphrase, a plain backup is restored encrypted with it (D25-09).
        print("The backup is not encrypted; the restored caseload is encrypted with the caseload's passphrase, as before.")


def _restore_stopped(args: argparse.Namespace, source: Path, new_caseload: bool, stop: BaseException,
                     cut: list[Path | None]) -> int:
    """What a restore stopped before the backup was put in place says (Ctrl-C, SIGTERM, SIGHUP):
    the caseload as it was, or, damaged or encrypted with no passphrase given, set aside; `cut`
    (the caseload kept) where a second stop cut the putting in place short."""
    from clinic_app.screen_command import how_stopped, say_stopped

    how, status = how_stopped(stop)
    path = _db_path(args)
    again = next_command(args, "restore") + (f" --backup-passphrase-file {typed_word(args.backup_passphrase_file)}"
                                             if args.backup_passphrase_file else "")
    if cut:
        # As the window says of a restore killed half-way (db.backup.restore_not_finished).
        kept = f" The caseload as it was before is kept at {cut[0]}." if cut[0] else ""
        say_stopped(f"clinic-app: {how} again as the backup was being put in place, so it did not finish: the caseload is "
                    "whole, with nothing half-written, but it may be the caseload as it was before the restore or the "
                    f"backup's: check that the clients you expect are here (clinic-app list), and restore again if not: "
                    f"{again} {typed_word(str(source))}.{kept}")
        return status
    if new_caseload or path.exists():
        now = f"nothing was changed ({path} is as it was)" if path.exists() else f"no caseload was made at {path}"
    else:
        now = f"the caseload was set aside, unchanged, beside {path} (its name ends in .damaged- or .encrypted- and the time)"
    say_stopped(f"clinic-app: {how} before the backup was put in place: {now}. To restore it: {again} {typed_word(str(source))}")
    return status


def _passphrase_restored(args: argparse.Namespace, source: Path, new_caseload: bool, *, rekeyed: bool) -> None:
    """Which passphrase the caseload restored from the encrypted backup `source` opens with, where
    the lines after say none: a new laptop's first restore of the old laptop's backup
    (`new_caseload`), and a backup opened with its own (--backup-passphrase-file), the caseload
    given the caseload's (`rekeyed`).  "Restored X from Y." alone left the director to guess which
    one the window would ask for; the window's box says it (K155-04)."""
    from db.cipher import looks_encrypted

    if not (looks_encrypted(source) and looks_encrypted(_db_path(args))):
        return
    if rekeyed:
        given = f" (in {args.passphrase_file})" if getattr(args, "passphrase_file", None) else ""
        print(f"The restored caseload opens with the passphrase given for the caseload{given}, not the backup's (in "
              f"{args.backup_passphrase_file}): it was encrypted with it as it was restored.")
    elif new_caseload:
        print("The backup is encrypted, so the restored caseload is encrypted: it opens with the backup's passphrase.")


def _period_typed(text: str | None, option: str) -> tuple[date, date] | None:
    """The first and last day `option` names (a month, a day, or DAY..DAY: probation_ended.period),
    or None where it is not given; a usage error saying the option where it names no days."""
    if text is None:
        return None
    from clinic_app.probation_ended import period

    try:
        return period(text)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def cmd_report(args: argparse.Namespace) -> int:
    """Counts for a clinic event (or the whole caseload) from the stored screenings (clinic_app.report)."""
    from clinic_app.report import build_report, report_csv, report_json, report_text

    today = day_given(args.as_of, "--as-of") if args.as_of is not None else date.today()
    days = _period_typed(args.period, "--period")
    with _open(args, create=False) as repo:
        args.event = event_as_stored(repo, args.event)
        if args.event is not None:
            _require_event(repo, args.event)
        report = build_report(args.event, repo.counted_screenings(args.event, args.language), today=today,
                              language=args.language, **repo.report_counts(args.event, days, args.language))
    from clinic_app.screen_command import columns_asked

    # Fitted to the terminal (or COLUMNS), as `screen --format text` is: the remedy table was
    # 134 columns wide at any width (J59-05); to a file or a pipe, as it always was.  The list
    # it names is this caseload's: "clinic-app list --remedy KEY" without the run's --db listed
    # the clinic's own caseload (R114-01, as R113-02's).
    sys.stdout.write(report_json(report) if args.json else report_csv(report) if args.csv
                     else report_text(report, width=columns_asked(sys.stdout), command=next_command(args, "list")))
    return EXIT_OK


def cmd_rescreen(args: argparse.Namespace) -> int:
    """Screen every client again (new rules, or a later day) and store the results, a range
    of clients at a time (each range whole), so that the windows can save meanwhile (D24-07).

    Worker processes screen while this one writes (db.rescreen); progress on standard error.
    """
    from clinic_app.eligibility import RULES_VERSION
    from clinic_app.screen_command import ProgressBar, Terminated, how_stopped, say_stopped, stop_signals, whole_line
    from db.rescreen import rescreen_caseload

    as_of = day_given(args.as_of, "--as-of") if args.as_of is not None else date.today()
    started = time.monotonic()
    # Not the lines of an older Clinic Desk made again first (up to 40 s for 100,000): the
    # re-screen makes every line again, and marks them once it has screened everyone.
    with _open(args, create=False, make_lines_again=False) as repo:
        kept: Path | None = None
        lines: list[ClientRow] = []
        total = 0
        bar: ProgressBar | None = None
        stored = [0]  # clients whose range is stored, as the progress says them
        moved: list[AnswersMoved] = []  # whose answers newer rules changed (U148-01)
        try:
            # A `kill`, a shutdown (SIGTERM) or the terminal closed (SIGHUP) ended it at once and
            # unsaid, the caseload part re-screened (C171-01): each stops it as Ctrl-C does, the
            # range being stored, once begun, stored and counted before it stops (R173-01); a
            # second stop while it is stored rolls it back whole.  From the copy made first (seconds
            # at 100,000 clients, R180-02) to the last range, under one: between the copy's and
            # the re-screen's own, a stop still ended it unsaid (K191-03).
            with stop_signals(sighup=True):
                kept = _backup_before(repo, "rescreen")
                # Screened before and not eligible now: those eligible now after it are the week's
                # new filings (Q46-02), which `list` cannot pick out of thousands eligible for years.
                # The day each line became eligible now is kept with it (E48): those whose day this
                # re-screen set are the ones it made newly eligible, as the window's re-screen says.
                lines = repo.list_clients()
                before = {row.id: row.eligible_now_since for row in lines}
                # Someone who could become so: screened, and not eligible now with relief to file.
                waiting = any(row.best is not None and (row.best != "eligible_now" or row.automatic_only)
                              for row in lines)
                total = repo.count_clients()
                bar = shown = ProgressBar(total, sys.stderr)

                def progress(done: int, _total: int) -> None:
                    stored[0] = done
                    try:
                        shown.update(done)
                    except OSError:
                        pass  # the terminal closed (its SIGHUP held while the range was stored): the stop comes next

                count = rescreen_caseload(repo, as_of, progress=progress, moved=moved, each_range_whole=whole_line)
        except (KeyboardInterrupt, Terminated) as stop:
            how, status = how_stopped(stop)
            try:
                if bar is not None:
                    bar.end_line()
                say_stopped(f"{PROG}: {_rescreen_interrupted(stored[0], total, as_of, kept, args, how)}")
                # Those of the ranges stored: run again, it compares with their newest screening,
                # now this one, and would name them no more (S150-04).
                _say_answers_moved(utf8_stdout(), moved, {row.id: row for row in lines}, stopped=(stored[0], total))
            except OSError:
                pass  # the terminal closed (SIGHUP) takes what is said with it; the caseload is as said
            return status
        shown.finish()
        lines_now = {row.id: row for row in repo.list_clients()}
        newly = [row for row in lines_now.values()
                 if row.eligible_now_since is not None and row.eligible_now_since != before.get(row.id)]
    print(f"Screened {count_of(count, 'client')} as of {as_of.isoformat()} with rules {RULES_VERSION} in {time.monotonic() - started:.1f} s.")
    to_file = [row for row in newly if not row.automatic_only and not all_filed(row.court)]
    # Every petition to file now already filed (before this re-screen found them eligible): no
    # filing to make, where the court stands said instead; among those to file they were
    # counted as this week's work (R55).
    filed = [row for row in newly if not row.automatic_only and all_filed(row.court)]
    automatic = [row for row in newly if row.automatic_only and row.file_on is None]
    # Automatic relief now, a petition after it (J50): something to file, on its day, which
    # "nothing to file" hid (L51); its line says the day, as `list --newly-eligible-since` does.
    petition_later = [row for row in newly if row.automatic_only and row.file_on is not None]
    out = utf8_stdout()
    for rows, said in ((to_file, "became eligible now:"),
                       (filed, "became eligible now, every petition to file already filed (where the court stands beside each):"),
                       (automatic, "became eligible now by automatic relief alone (PC 1203.425 / 851.93): "
                                   "nothing to file, check the RAP sheet and tell them:"),
                       (petition_later, "became eligible now by automatic relief (PC 1203.425 / 851.93), a petition to "
                                        "file after it: check the RAP sheet, tell them, and diarise the petition's day:")):
        if rows:
            out.write(f"{count_of(len(rows), 'client')} {said}\n")
            for row in sorted(rows, key=lambda r: r.id):  # as `list` writes them
                day = f"\tfile on {row.file_on.isoformat()}" if row.file_on else ""
                day += f"\t{court_said(row.court, min(as_of, date.today()))}" if rows is filed else ""
                out.write(f"{row.id}\t{row.name}\t{row.dob.isoformat() if row.dob else ''}{day}\n")
    if newly:  # on stderr: standard output stays the list, one client a line, for scripts
        out.flush()
        # The day they were stored with: today for a re-screen planned for a day to come
        # (summary.eligible_now_since), where the day planned listed nobody (S52-02).
        since = min(row.eligible_now_since for row in newly)
        print(f"{next_command(args, 'list')} --newly-eligible-since {since.isoformat()} lists them again.", file=sys.stderr)
    elif waiting:
        print("No client became eligible now.")
    _say_answers_moved(out, moved, lines_now)
    return EXIT_OK


def _say_answers_moved(out, moved: list[AnswersMoved], lines: dict[int, ClientRow],
                       stopped: tuple[int, int] | None = None) -> None:
    """The clients whose answers the rules of this program changed, one a line as `list`
    writes them, each ending with what changed: after an update whose rules changed, the
    re-screen named only those it made eligible now, and a client told to file now who must
    now wait a day, or longer, was named nowhere (U148-01).  `stopped` (clients stored, of
    how many): a re-screen stopped with Ctrl-C names those of the ranges it stored, said to be
    a partial list (S150-04)."""
    from clinic_app.eligibility import RULES_VERSION

    moved = [m for m in moved if m.client_id in lines]  # not one removed meanwhile
    if not moved:
        return
    rules = ", ".join(sorted({m.rules_before for m in moved}))
    out.write(f"{count_of(len(moved), 'client')} whose answers changed with the rules of this program ({RULES_VERSION}; "
              f"screened before by {rules}): what they were told may no longer hold:\n")
    if stopped is not None:
        done, total = stopped
        out.write(f"A partial list: the re-screen stopped after {done:,} of {count_of(total, 'client')}, and names only "
                  "those it stored. Run again, it will not name these again.\n")
    for m in sorted(moved, key=lambda m: m.client_id):
        row = lines[m.client_id]
        out.write(f"{row.id}\t{row.name}\t{row.dob.isoformat() if row.dob else ''}\t{m.said()}\n")


def _rescreen_interrupted(done: int, total: int, as_of: date, kept: Path | None, args: argparse.Namespace,
                          how: str = "interrupted") -> str:
    """What a re-screen stopped (Ctrl-C; `how` "stopped (SIGTERM)" for a signal) says: how far
    it got, and what to do.

    It said "interrupted; nothing more was written." (main's), while the ranges stored before
    it kept their new answers: a paralegal read that the caseload was as before, and its list
    and report mixed two days ("Screened as of: 2027-06-01 to 2027-09-01"), with the clients
    it had made eligible now named nowhere (H58-02)."""
    again = f"{next_command(args, 'rescreen')} --as-of {as_of.isoformat()}"
    if done == 0:
        return f"{how} before any client was screened again: the caseload is as it was. To re-screen: {again}"
    back = f" (or go back to the caseload as it was: {next_command(args, 'restore')} {typed_word(str(kept))})" if kept is not None else ""
    return (f"{how} after {done:,} of {count_of(total, 'client')}: those were screened again as of {as_of.isoformat()} "
            f"and stored, the others keep their last screening. To finish, run it again: {again}{back}. "
            f"{next_command(args, 'list')} --newly-eligible-since {date.today().isoformat()} lists who became eligible now today, those it found among them.")


def cmd_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a plain caseload in place with a new passphrase (db.cipher)."""
    from db.cipher import encrypt_caseload, plain_backups_warning

    path = _db_path(args)
    if path.is_dir():
        raise _missing(path, "the caseload file")
    if not path.is_file():
        # The README's first command opens the demo alone: its Encryption command then said
        # "there is no caseload at ..." and no more, of the clinic's, not made yet (G65-05).
        raise _no_caseload(args, path)
    from db.cipher import looks_encrypted, refuse_if_not_a_caseload
    from db.errors import CaseloadError

    # Said before a new passphrase is typed twice for nothing, as R155-02 says a missing SQLCipher
    # (R156-03: "already encrypted" came after both prompts, and of a PDF chosen by mistake too).
    refuse_if_not_a_caseload(path)
    if looks_encrypted(path):
        raise CaseloadError(f"The caseload {path} is already encrypted; nothing was changed. To give it a new "
                            f"passphrase: clinic-app passphrase --db {path}", path=path)
    passphrase = _given_passphrase(args)
    if passphrase is None:
        passphrase = _typed_new_passphrase("--passphrase-file FILE or CLINIC_DESK_PASSPHRASE")
    plain_backups = encrypt_caseload(path, _long_enough(passphrase), progress=_say_each_step())
    print(f"Encrypted {path}. Keep the passphrase safe: without it nobody can open this caseload, not even the clinic.")
    if plain_backups:
        print(plain_backups_warning(plain_backups))
    return EXIT_OK


def _typed_new_passphrase(how_else: str) -> str:
    """A new passphrase typed twice at the terminal (`how_else` says how to give it otherwise)."""
    if not sys.stdin.isatty():
        raise UsageError(f"give the new passphrase with {how_else}, or run this at a terminal")
    import getpass

    from db.cipher import driver

    # As for a caseload's passphrase (L154-02, L154-03): SQLCipher missing said before a new one
    # is typed twice for nothing, and Ctrl-D at the prompt no crash report (R155-02).
    driver()
    how = f"type it at the prompt, twice, or give it with {how_else}"
    try:
        passphrase = getpass.getpass("New passphrase: ")
    except EOFError:
        raise UsageError(f"no new passphrase was typed; nothing was changed: {how}") from None
    try:
        again = getpass.getpass("The same passphrase again: ")
    except EOFError:  # not "no new passphrase was typed" of the one just typed (R156-04)
        raise UsageError(f"the new passphrase was not typed again; nothing was changed: {how}") from None
    if again != passphrase:
        raise UsageError("the two passphrases differ; nothing was changed")
    return _long_enough(passphrase)


def _long_enough(passphrase: str) -> str:
    """`passphrase`, a new one, refused when shorter than the window's dialog takes: typed at
    the terminal (`clinic-app encrypt`, the README's command), "abc" encrypted the caseload,
    where the window asks for 8 characters or more (G65-04); nor one of the kind tried first,
    "password" or "12345678", as the window's dialog refuses it (C131-01)."""
    from db.cipher import MIN_PASSPHRASE_LENGTH, too_easy

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UsageError(f"the passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters (a few words are easier "
                         "to remember); nothing was changed")
    why = too_easy(passphrase)
    if why is not None:
        raise UsageError(f"that passphrase is too easy to guess: {why}. A few words of your own are harder to guess "
                         "and easier to remember; nothing was changed")
    return passphrase


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Give an encrypted caseload a new passphrase (db.cipher.change_passphrase): the old one
    opens it first, from --passphrase-file, CLINIC_DESK_PASSPHRASE or the terminal."""
    from db.cipher import old_passphrase_warning

    path = _db_path(args)
    if path.is_dir():
        raise _missing(path, "the caseload file")
    if not path.is_file():
        # The README's first command opens the demo alone: its Encryption command then said
        # "there is no caseload at ..." and no more, of the clinic's, not made yet (G65-05).
        raise _no_caseload(args, path)
    from db.cipher import looks_encrypted
    from db.errors import CaseloadError

    if not looks_encrypted(path):
        # Said before a new passphrase is typed twice for nothing (R156-03), as "encrypt" says
        # a caseload already encrypted.
        raise CaseloadError(f"The caseload {path} is not encrypted, so it has no passphrase to change; nothing was "
                            f"changed. To encrypt it with one: clinic-app encrypt --db {path}", path=path)
    if not args.new_passphrase_file and not sys.stdin.isatty():
        # Said before the caseload is opened, which already writes to it (WAL).
        raise UsageError("give the new passphrase with --new-passphrase-file FILE, or run this at a terminal")
    with _open(args, create=False) as repo:
        if args.new_passphrase_file:
            new = _long_enough(_passphrase_in(args.new_passphrase_file))
        else:
            new = _typed_new_passphrase("--new-passphrase-file FILE")
        copies = repo.change_passphrase(new)
    print(f"{path} now opens with the new passphrase only. Keep it safe: without it nobody can open this caseload.")
    if copies:
        print(old_passphrase_warning(copies))
    return EXIT_OK


# ---- the parser -------------------------------------------------------------------------


# What a volunteer comes to `clinic-app --help` for (F24-07): the command list alone did not
# say how to start, try the program, or carry a clinic day's clients to the clinic.
# The examples `clinic-app --help` ends with, as COMMAND_USES has each command's: a command,
# three spaces, what it does (laid out by clinic_app.help_text.examples, J59-03).
EXAMPLES = """\
clinic-app   open the program on the clinic's caseload
clinic-app --demo   try it on made-up clients, in a demo caseload of their own
clinic-app list --search Lopez   find a client's id
clinic-app handout --client 12 --lang es --out 12.pdf   client 12's handout, in Spanish
clinic-app export --client 12 --out 12.json && clinic-app screen 12.json --format text   client 12's screening, to read aloud
clinic-app export --event "Expungement Fair" --out day.jsonl   at the end of a clinic day, on a volunteer's laptop;
clinic-app import day.jsonl   then on the clinic's machine"""


# What each command reads and writes, and command lines to start from, at the end of its
# --help: the options alone did not say which files it touches, nor how a line looks, to a
# county analyst who copies one (C31-04).  "The caseload" is --db's (default: the one in your
# data folder).  An example is `clinic-app COMMAND ...`, then three spaces and what it does.
COMMAND_USES: dict[str, tuple[str, str]] = {
    "demo": ("reads: nothing; writes: N synthetic clients into the caseload (a new one if there is none); without --db, "
             "into the demo caseload that clinic-app --demo opens (demo.sqlite beside the clinic's), never the clinic's own",
             "clinic-app demo --db try.sqlite --clients 200   200 made-up clients in a caseload to try things on"),
    "list": ("reads: the caseload; writes: one client a line on standard output (id, name, date of birth)",
             'clinic-app list --search Lopez   find a client\'s id\n'
             "clinic-app list --json > clients.jsonl   every client, as JSON Lines\n"
             'clinic-app list --event "Expungement Fair" --language es   a clinic day\'s Spanish-speaking clients, '
             "those its report counts\n"
             "clinic-app list --eligible-within 30   the clients eligible within 30 days\n"
             "clinic-app list --to-file-within 30   those with a petition to file within 30 days (not automatic relief)\n"
             "clinic-app list --newly-eligible-since 2026-11-30   who became eligible now since that day\n"
             "clinic-app list --hearing-within 7   the hearings of the coming week, to prepare for\n"
             "clinic-app list --review   the attorney's queue: results to review, denials to review\n"
             "clinic-app list --probation-ended 2026-11   whose probation ended in November, who may be eligible now\n"
             "clinic-app list --remedy prop47 --county Orange   for a Prop 47 night in Orange County: those it can help"),
    "export": ("reads: the caseload; writes: FORMAT.md requests (docs/screening-format.md in Clinic Desk), with each "
               "client's `client` block, to --out FILE "
               "(readable by you only) or standard output: one indented request for --client, one request a line otherwise",
               'clinic-app export --event "Expungement Fair" --out day.jsonl   a clinic day\'s clients, for clinic-app import\n'
               "clinic-app export --since 2026-11-15 --out new.jsonl   the clients added or changed since that day\n"
               "clinic-app export --client 12 --out 12.json   one client, for clinic-app screen"),
    "import": ("reads: FILE (a request, a list of them, or JSON Lines, in UTF-8); writes: its new clients into the caseload, "
               "after a copy of the caseload in the backups folder beside it (none when nothing would change: every client "
               "already here); what was added or skipped on standard "
               "output, progress on standard error",
               "clinic-app import day.jsonl   a volunteer laptop's clients into the clinic's caseload\n"
               "clinic-app import day.jsonl --db /media/usb/caseload.sqlite   into another caseload"),
    "merge": ("reads: the caseload; writes: client --into ID with what client --from ID adds (cases, payments, progress, "
              "petitions filed with their hearings and rulings, aliases, a phone, notes or clinic event it lacks, attorney "
              "reviews, and \"US citizen: No\" where it says Yes or Don't know), the other record removed, both audited, after a copy of "
              "the caseload in the backups folder beside it; what was taken and what to check on standard output",
              "clinic-app merge --into 12 --from 57   client 57, a laptop's copy of client 12 back from an import, made one with 12"),
    "delete": ("reads: the caseload; writes: client --client ID removed from it, with their screenings, reviews and kept "
               "typing, audited (no copy of the caseload first); what it did not delete on standard output",
               'clinic-app delete --client 57 --name "Maria Lopez"   client 57, who asked the clinic to keep nothing about them'),
    "rename-event": ("reads: the caseload; writes: the clients of event OLD under the name NEW (an event of that name "
                     "already here is joined), each audited, after a copy of the caseload in the backups folder beside it; "
                     "how many moved on standard output",
                     'clinic-app rename-event "saturday clinic" "Saturday Clinic"   one day typed two ways made one\n'
                     'clinic-app rename-event "Expungment Fair" "Expungement Fair"   a typo\'s clients joined to the fair'),
    "backup": ("reads: the caseload; writes: a verified copy of it to --to FILE. With --check, reads: the caseload's "
               "backups in the backups folder beside it; writes: one line each on standard output",
               "clinic-app backup --to /media/usb/caseload-backup.sqlite   a copy to keep elsewhere\n"
               "clinic-app backup --check   are the backups beside the caseload still sound?"),
    "restore": ("reads: the backup FILE; writes: the caseload, replaced by it (the caseload as it was is kept beside it)",
                "clinic-app restore backups/caseload-20261115-170502-123456.sqlite   go back to that backup (see the backups folder beside the caseload)"),
    "report": ("reads: the caseload's stored screenings; writes: counts, no names, on standard output (text, one JSON object, "
               "or rows for a spreadsheet)",
               'clinic-app report --event "Expungement Fair"   the counts for one clinic day\n'
               "clinic-app report --period 2026-10-01..2026-12-31   the quarter's petitions filed and rulings made\n"
               "clinic-app report --period 2026-11 --csv > 2026-11.csv   a month's, for a funder's spreadsheet\n"
               "clinic-app report --json > caseload-counts.json   the whole caseload's, for a script"),
    # What it names said (W150-02): after an update whose rules changed, the clients whose answers
    # changed (U148-01), whom to tell, were in no --help, only in the README.
    "rescreen": ("reads: the caseload; writes: every client's screening into it, after a copy of the caseload in the "
                 "backups folder beside it; on standard output, how many it screened, the clients it made eligible now "
                 "and, after an update whose rules changed, those whose answers changed, each with what changed "
                 "(whom to tell), one a line as list writes them; progress on standard error",
                 "clinic-app rescreen   every client again, as of today (after a rules update)\n"
                 "clinic-app rescreen --as-of 2027-01-01   as of a later day"),
    # The new passphrase's sources and rule said (W141-04): a coordinator readying event laptops
    # by script read nowhere that --passphrase-file gives encrypt the new one, nor which are refused.
    "encrypt": ("reads: the caseload; writes: the caseload, encrypted in place with the new passphrase: typed twice "
                "at the terminal, or the first line of --passphrase-file FILE (or CLINIC_DESK_PASSPHRASE). "
                f"{NEW_PASSPHRASE_RULE}",
                "clinic-app encrypt   asks for the new passphrase twice\n"
                "clinic-app encrypt --passphrase-file new.txt   the new passphrase from a file's first line"),
    "passphrase": ("reads: the caseload, with its passphrase; writes: the caseload, opening with the new passphrase only. "
                   f"{NEW_PASSPHRASE_RULE}",
                   "clinic-app passphrase --new-passphrase-file new.txt   the new passphrase from a file's first line"),
    "screen": ("reads: REQUEST, or FILE.jsonl with --batch ('-': standard input); writes: the result on standard output, "
               "or one result a line to --out FILE with --batch; progress and problems on standard error",
               "clinic-app screen request.json --format text   one client's screening, to read aloud\n"
               "clinic-app screen --batch requests.jsonl --out results.jsonl --as-of 2026-11-15   a file of requests\n"
               "clinic-app screen --batch - --out results.jsonl < requests.jsonl   the requests from standard input"),
    "handout": ("reads: the caseload and its clinic settings; writes: a PDF (--client) or a folder of PDFs (--event); "
                "progress and problems on standard error",
                "clinic-app handout --client 12 --lang es --out 12.pdf   client 12's handout, in Spanish\n"
                "clinic-app handout --client 12 --large-print --out 12-large.pdf   client 12's handout, in large print\n"
                'clinic-app handout --event "Expungement Fair" --out fair-handouts   every handout of a clinic day'),
    "clinic": ("reads: the caseload's clinic settings; writes: those given (each change audited, as File > Clinic "
               "details saves them), then every detail stored on standard output",
               "clinic-app clinic   the clinic's details every handout prints\n"
               'clinic-app clinic --name "Eastside Record Clearance Clinic" --phone "(213) 555-0100"   set two of them\n'
               'clinic-app clinic --hours-es ""   clear one: Spanish handouts print the English hours'),
    "worksheet": ("reads: the caseload; writes: the client's filing worksheet, a PDF for staff (--client), or a folder "
                  "of them (--event, --hearing-within, --reviewed-since, --to-file-within), readable by you only; progress "
                  "and problems on standard error",
                  "clinic-app worksheet --client 12 --out 12-filing.pdf   the facts and steps to prepare client 12's petitions\n"
                  'clinic-app worksheet --event "Expungement Fair" --out fair-worksheets   every worksheet of a clinic day\n'
                  "clinic-app worksheet --hearing-within 1 --out hearings   the worksheets of today's and tomorrow's hearings\n"
                  "clinic-app worksheet --to-file-within 7 --out filings   the worksheets of the petitions to file this week"),
}


def _uses(command: str) -> str:
    """The --help text of COMMAND_USES for `command`: what it reads and writes, then examples."""
    reads_writes, examples = COMMAND_USES[command]
    return f"{help_text.filled(reads_writes + '.')}\n\n{help_text.examples(examples)}"


def build_parser() -> argparse.ArgumentParser:
    # Filled here, as each command's description and examples are below: kept as written, the
    # description and the examples ran past an 80-column terminal (J59-03).
    parser = _Parser(prog=PROG,
                     description=help_text.filled("Clinic Desk: record-clearance screening and caseload for California legal clinics."),
                     epilog=f"{help_text.examples(EXAMPLES)}\n\n" + help_text.filled(
                         "FORMAT.md, the requests export writes and screen reads, is docs/screening-format.md in Clinic "
                         f"Desk. Each command says more: {PROG} COMMAND --help."),
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_db_option(parser, top=True)
    parser.add_argument("--demo", action=_DemoFlag,
                        help="open the demo caseload (demo.sqlite beside the clinic's), filled with synthetic clients when empty; "
                             "with --db, fill that caseload if it is empty")
    parser.add_argument("--screenshot", metavar="FILE.png", help="open offscreen, save a screenshot of the window, and exit")
    parser.set_defaults(func=cmd_window)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    parser.commands = sub.choices

    p = sub.add_parser("demo", help="add synthetic clients (demos, tests, benchmarks)")
    add_db_option(p)
    p.add_argument("--clients", type=int, required=True, metavar="N", help="how many clients to add")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="the same seed gives the same clients (default 0)")
    p.add_argument("--mix", action="store_true", help="add them even if the caseload already has clients (they cannot be told apart later)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", help="list clients: id, name, date of birth, one per line")
    add_db_option(p)
    p.add_argument("--search", metavar="TEXT", help="only clients whose name, alias or case number matches, or born on "
                                                    "the day it is (3/2/1985, 3/2/85, 1985-03-02, \"March 2 1985\", \"2 de marzo de 1985\"), "
                                                    "or both (\"jackson 3/2/85\": that name, born that day), "
                                                    "or whose phone is the number (\"(626) 555-0104\", \"555-0104\"), "
                                                    "as the window's search box")
    p.add_argument("--event", metavar="NAME",
                   help="only the clients of this clinic event, its whole name as the window's Event filter and "
                        "clinic-app report --event take it (its case and dashes as you like: \"office walk-in\", "
                        "\"Fair - Compton\" for \"Fair — Compton\")")
    p.add_argument("--language", choices=LANGUAGES,
                   help="only the clients whose handout language is this one, as the window's Language filter "
                        "(a client given no language is English, en)")
    p.add_argument("--county", metavar="NAME",
                   help="only the clients with a California case heard in this county, as the cases' County boxes were "
                        "typed (\"Orange\", \"Orange County\", \"orange co.\" and \"OC\" are one), the window's County "
                        "filter; a case of another state or a federal court is in none, whatever its County box holds; "
                        "\"not given\": those with a California case whose County box is blank")
    from clinic_app.eligibility.registry import REMEDIES, short_name

    remedies = [r.key for r in REMEDIES]
    # KEY, not argparse's {pc1203_4,...}: the keys are named in the help with their short names.
    p.add_argument("--remedy", choices=remedies, metavar="KEY",
                   help="only clients whose last screening finds this remedy available now or on a later day, for any case "
                        "or conviction; not those for whom it is blocked or needs an attorney's review (the window's "
                        "Remedy filter); KEY is one of: " + ", ".join(f"{key} ({short_name(key)})" for key in remedies))
    p.add_argument("--json", action="store_true",
                   help="one JSON object per line: id, name, dob, and file_on, the day a petition can be filed after "
                        "automatic relief (PC 1203.425 / 851.93), null on other lines; the options below name the keys they add")
    # OUTCOME, not argparse's {eligible_now,...,filed}: one unbreakable word of 170 columns in
    # the usage and the option's line; the choices are named in the help, which is filled (J59-03).
    outcomes = (*BEST_OUTCOMES, *OUTCOME_HALVES, FILED_OUTCOME, TO_ENTER_OUTCOME, NOT_SCREENED_OUTCOME)
    p.add_argument("--outcome", choices=outcomes, metavar="OUTCOME",
                   help=f"only clients whose best outcome (as last screened) is OUTCOME, one of: {', '.join(outcomes)}; "
                        "eligible_now_to_file or "
                        "eligible_now_automatic: those eligible now with relief to file (not yet filed), or with automatic "
                        "relief only (each eligible_now_to_file line ends with what is still to file, by case and court: \"case "
                        "BA123456, Los Angeles County, CA: PC 1203.4 dismissal\", or, all filed, what the court did; to_file "
                        "in --json); eligible_on_to_file or eligible_on_automatic: the same of those eligible later, on "
                        "their first day; needs_review: not those whose only gap is a case's convictions still to type, "
                        "listed under to_enter; filed: every petition to file now filed, awaiting the court (the court's state "
                        "is said on each line, court in --json); to_enter: cases still to enter, no case entered yet or a case marked "
                        "convicted whose convictions are not (the window's \"Cases still to enter\"); not_screened: "
                        "no screening stored yet, those the report counts under \"Not screened yet\" (the window's "
                        "\"Not screened yet\")")
    p.add_argument("--review", action="store_true",
                   help="only clients awaiting an attorney's review: a result that needs review with no review kept "
                        "for it on these facts, or a petition denied and not reviewed since the ruling; why is said on "
                        "each line (review in --json; the window's \"Review needed\" and \"Attorney review\" count); as last screened: a "
                        "client not screened yet is listed once screened (--outcome not_screened lists them; handout "
                        "--event says how many of them have results to review)")
    p.add_argument("--outstanding", action="store_true",
                   help="only clients still waiting on something: a fine or restitution to pay, a class, community "
                        "service, probation or custody running, a case's convictions to enter (the window's \"Something "
                        "outstanding\"); each line ends with the window's Outstanding column (outstanding in --json); "
                        "as last screened")
    p.add_argument("--older-rules", action="store_true",
                   help="only clients whose last screening was made by older rules than this program's, "
                        "whom the window's status line counts (clinic-app rescreen screens them again); each "
                        "line ends with the rules they were screened by (rules_version in --json)")
    p.add_argument("--hearing-within", type=int, metavar="DAYS",
                   help="only clients with a hearing on a petition filed from today (--as-of) to DAYS days away, "
                        "the soonest first (then by name), the hearing said on each line (court in --json; the window's "
                        "\"Hearing within 7 days\")")
    p.add_argument("--eligible-within", type=int, metavar="DAYS",
                   help="only clients eligible later, on a day at most DAYS days away, or with a petition coming then after "
                        "automatic relief (the window's \"Eligible within 30 days\"); each line says the day (eligible_on "
                        "in --json), and a day come since the last screening")
    p.add_argument("--to-file-within", type=int, metavar="DAYS",
                   help="only clients with a petition to file on a day at most DAYS days away, automatic relief (PC 1203.425, "
                        "851.93: nothing to file) left out (the window's \"To file within 30 days\"); each line says the day "
                        "(eligible_on in --json)")
    p.add_argument("--as-of", metavar="DATE",
                   help=f"the day --eligible-within, --to-file-within or --hearing-within counts from ({DAY_FORMS}; default: today); "
                        "the outcomes listed are as last screened (clinic-app rescreen --as-of DATE screens for a day)")
    p.add_argument("--newly-eligible-since", metavar="DATE",
                   help=f"only clients who became eligible now on DATE ({DAY_FORMS}) or after, as a screening (a re-screen, or their "
                        "facts changed) found them, the window's \"Newly eligible\"; those with automatic relief only "
                        "(nothing to file) are marked, and those with automatic relief now and a petition after it, with "
                        "the petition's day (\"file on DATE\"); eligible_now_since, automatic_only and all_filed in --json, "
                        "and court where all are filed")
    p.add_argument("--probation-ended", metavar="PERIOD",
                   help="only clients with a probation whose last day (an early end the court ordered, else its ordered "
                        "end) falls in PERIOD: a month (2026-11, 11/2026, \"November 2026\"), a quarter (2026-Q4), a year (2026), "
                        "a day (2026-11-11, "
                        "11/11/2026) or from..to (2026-10-15..2026-11-14, \"10/15/2026 to 11/14/2026\"); "
                        "a revoked grant is left out, and one reinstated or continued after it; each line says the day and the case (probation_ended in --json; the window's \"Probation "
                        "ended last month\"), and another grant still running after it (\"another runs to DATE\", "
                        "probation_runs_to in --json) or with no end date recorded (probation_end_not_recorded); read from the cases as stored, screening nobody")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("export", help="a client as a FORMAT.md screening request, or a clinic event's (or every, or recently changed) clients as JSON Lines")
    add_db_option(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--client", type=int, metavar="ID", help="the client's id (see clinic-app list)")
    which.add_argument("--event", metavar="NAME", help="every client of this clinic event, one request a line (for clinic-app import)")
    which.add_argument("--all", action="store_true", help="every client of the caseload, one request a line (for clinic-app import)")
    p.add_argument("--since", metavar="DATE", help=f"only the clients added or changed on DATE ({DAY_FORMS}) or later; alone, or with --event or --all")
    p.add_argument("--out", metavar="FILE", help="write to FILE, readable by you only (default: standard output)")
    p.add_argument("--force", action="store_true", help="with --out, replace FILE if it exists")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="add clients from a request file (JSON, YAML, a list, or .jsonl), all or nothing")
    p.add_argument("file", metavar="FILE", help="the file to add, e.g. a volunteer laptop's day.jsonl from clinic-app export --event")
    add_db_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("merge", help="make two records of one client one: a possible duplicate an import added, taken into the client kept")
    add_db_option(p)
    p.add_argument("--into", type=int, required=True, metavar="ID", help="the client to keep (see clinic-app list)")
    p.add_argument("--from", dest="from_id", type=int, required=True, metavar="ID",
                   help="the other record of the same client, taken in and then removed")
    p.add_argument("--force", action="store_true",
                   help="keep --into even when it is the copy an import added beside --from, a record here before it "
                        "(refused without it: ids swapped)")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("delete", help="remove a client from the caseload, as File > Delete client... does (no undo here)")
    add_db_option(p)
    p.add_argument("--client", type=int, required=True, metavar="ID", help="the client's number (see clinic-app list)")
    p.add_argument("--name", required=True, metavar="NAME",
                   help="the client's name as stored (accents and case as you like): a number mistyped deletes nobody")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("rename-event", help="put a clinic event's clients under another name, or join them to another event")
    add_db_option(p)
    p.add_argument("old", metavar="OLD", help="the event's name (its case and dashes as you like, as --event takes it)")
    p.add_argument("new", metavar="NEW", help="the name its clients go under: a new one, or another event's to join them to it")
    p.set_defaults(func=cmd_rename_event)

    p = sub.add_parser("backup", help="write a verified backup of the caseload")
    add_db_option(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--to", metavar="FILE", help="the backup file to write")
    what.add_argument("--check", action="store_true",
                      help="check every backup of the caseload in the backups folder beside it, as a restore checks the "
                           "one chosen (an encrypted one with the caseload's passphrase); one line each, and exit status 1 "
                           "if one is damaged")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the caseload by a backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE", help="the backup to go back to, e.g. one in the backups folder beside the caseload")
    add_db_option(p)
    p.add_argument("--backup-passphrase-file", metavar="F",
                   help="the backup's passphrase, from the first line of F, when it is not the caseload's "
                        "(a backup made before the passphrase was changed); the restored caseload keeps the caseload's")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("report", help="counts for a clinic event or the whole caseload (no names): outcomes, petitions filed and rulings "
                                         "(of a month, quarter or year too), languages, remedies")
    add_db_option(p)
    p.add_argument("--event", metavar="NAME", help="only the clients of this clinic event")
    # A funder's form asks each count again for English and Spanish speakers (F312-02).
    p.add_argument("--language", choices=LANGUAGES,
                   help="only the clients whose handout language is this one (en or es), each count theirs, as list "
                        "--language lists them: a funder's counts by language, run once for each")
    from clinic_app.report import json_keys

    # Its keys named: a script for a funder's form had to run the report to learn them (C113-02).
    as_file = p.add_mutually_exclusive_group()
    as_file.add_argument("--json", action="store_true",
                   help=f"one JSON object instead of text, its keys: {', '.join(json_keys())} (each a count the text "
                        "says, or counts by outcome, language, remedy)")
    # A funder's sheet: the counts typed over by hand from the text (T140-02).
    as_file.add_argument("--csv", action="store_true",
                         help="rows for a spreadsheet instead of text (section, what is counted, number; UTF-8 with the "
                              "byte-order mark Excel needs): report --csv > month.csv")
    p.add_argument("--as-of", dest="as_of", metavar="DATE",
                   help=f"the day the hearings to come, and the dates come since the screening, are counted from ({DAY_FORMS}; "
                        "default today)")
    # A funder's quarter: the petitions filed and the rulings made then, not since the first (F122-03).
    p.add_argument("--period", metavar="PERIOD",
                   help="count only the petitions filed, and the rulings made, in a month (2026-11, 11/2026, \"November 2026\"), "
                        "a quarter (2026-Q4, \"Q4 2026\", \"Oct-Dec 2026\"), a year (2026), on a day (2026-11-11, 11/11/2026), or from one day (or "
                        "month) to another, both included (2026-10-01..2026-12-31, 10/1/2026-12/31/2026, \"10/1/2026 to "
                        "12/31/2026\", 10/2026..12/2026, 10/2026-12/2026), across a year's end with each month's year "
                        "(\"Oct 2026-Jan 2027\"), a funder's fiscal year by its months (\"Jul 2025-Jun 2026\"); the people "
                        "are counted whole, those "
                        "added to the caseload in it said apart")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("rescreen", help="screen every client again (after a rules update, or for a later day) and store the results")
    add_db_option(p)
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help=f"the day the screenings speak for ({DAY_FORMS}; default today)")
    p.set_defaults(func=cmd_rescreen)

    p = sub.add_parser("encrypt", help="encrypt the caseload with a passphrase (needs the encryption extra)")
    add_db_option(p)
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("passphrase", help="give an encrypted caseload a new passphrase (the old one opens it first)")
    add_db_option(p)
    p.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from the first line of FILE (otherwise it is typed twice)")
    p.set_defaults(func=cmd_passphrase)

    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name).add_parser(sub)
    # `clinic-app demo --help` and the others showed only their options (F24-01): a volunteer
    # asking one command for help should read what it does, as the command list says it.
    for choice in sub._choices_actions:
        command = sub.choices[choice.dest]
        if command.description is None:
            command.description = f"`{PROG} {choice.dest}`: {choice.help}."
        command.description = help_text.filled(command.description)  # kept as it is, below
        command.formatter_class = argparse.RawDescriptionHelpFormatter  # the examples keep their lines
        command.epilog = _uses(choice.dest) + (f"\n\n{command.epilog}" if command.epilog else "")
    _name_the_default_caseload(parser, demo=False)
    return parser


def _name_the_default_caseload(parser: argparse.ArgumentParser, *, demo: bool) -> None:
    """Each command's --db help names the caseload it opens with no --db: the demo caseload
    for `demo`, and for every command when `demo` (--demo given)."""
    # "--db PATH  the caseload file (default: caseload.sqlite in your data directory)" left a
    # first reader to guess the folder, and `demo`'s said so of its own default, the demo
    # caseload (X101-01): each --help names the file (X101-06).
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    for name, command in {"": parser, **sub.choices}.items():
        for action in command._actions:
            if "--db" in action.option_strings:
                action.help = f"the caseload file (default: {_default_caseload_said(demo=demo or name == 'demo')})"


class _DemoFlag(argparse._StoreTrueAction):
    """--demo.  `clinic-app --demo list --help` named the clinic's own caseload as --db's
    default, where with --demo `list` reads the demo caseload (W102-02): --demo is read before
    the command's --help, so the help is made to say the demo caseload here."""

    def __call__(self, parser, namespace, values, option_string=None):
        super().__call__(parser, namespace, values, option_string)
        _name_the_default_caseload(parser, demo=True)


def _default_caseload_said(*, demo: bool) -> str:
    """The caseload a command opens with no --db, as its --help names it."""
    from db.connection import default_caseload_path, default_demo_path

    path = default_demo_path() if demo else default_caseload_path()
    try:
        # Whole on Windows: "~/AppData\Local\ClinicDesk\caseload.sqlite" is no path cmd.exe
        # or Explorer reads, its "~" and its two kinds of slash (Q122-04).
        shown = str(path) if sys.platform == "win32" else f"~/{path.relative_to(Path.home())}"
    except ValueError:  # a data folder outside the home folder (XDG_DATA_HOME)
        shown = str(path)
    return f"{shown}, the demo caseload {PROG} --demo opens" if demo else f"{shown}, the clinic's own"


def _with_how_to_give_a_passphrase(err: Exception, args: argparse.Namespace) -> str:
    """`err` as said; an encrypted file given no passphrase (and no terminal to type it at: a
    script, a scheduled re-screen) says how to give one, where it said only that the file
    "opens with its passphrase" (Q61-04); a plain one given CLINIC_DESK_PASSPHRASE's names it (K212-02)."""
    from db.cipher import said_with_the_environments_passphrase
    from db.errors import CaseloadError, PassphraseNeeded

    if isinstance(err, CaseloadError):
        err = said_with_the_environments_passphrase(err, from_environment=_passphrase_from_environment(args))
    said = str(err)
    if isinstance(err, PassphraseNeeded):
        said = (f"{said.rstrip('.')}: give it with --passphrase-file FILE (its first line) or the "
                "CLINIC_DESK_PASSPHRASE environment variable, or run the command at a terminal to type it.")
    return said


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        from db.errors import CaseloadError

        args = build_parser().parse_args(argv)
        from clinic_app import running_code
        from clinic_app.crash_report import install_hook
        from clinic_app.private_files import no_core_dumps

        no_core_dumps()  # every command holds clients' records (and perhaps a passphrase) in memory
        install_hook()  # and a bug's report, pasted from the terminal, must not hold them (V28-04)
        # What a re-screen's workers must run too, should the files change (V28-05): the code's
        # files read and hashed, tens of milliseconds, still before the command begins (R66-01).
        running_code.remember()
    except KeyboardInterrupt:
        # A Ctrl-C while the command was still starting (each command's module is loaded to
        # build the help, half a second on a busy laptop) printed Python's traceback, and the
        # paralegal was left to wonder what a backup or restore had done (F65-06): nothing yet.
        _say("interrupted before the command began; nothing was read or written.")
        return 130

    args.open_caseload = lambda *, create=True: _open(args, create=create)
    # Every command writes UTF-8, not only those that list clients (D23-10, R89-01): redirected
    # on Windows (cp1252) `import`'s clients skipped, `report --event`'s event and `screen
    # --format text`'s title crashed at a name cp1252 lacks, "Nguyễn Thị Thảo" (R90-02).
    utf8_stdout()
    try:
        return args.func(args)
    except (CaseloadError, MissingSystemLibrary) as err:
        _say(_with_how_to_give_a_passphrase(err, args))
        return EXIT_ENVIRONMENT
    except (FormatError, UsageError) as err:
        _say(str(err))
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`clinic-app list | head`): stop quietly, as Unix tools do.
        _stdout_gone()
        return EXIT_OK
    except FileNotFoundError as err:
        _say(f"there is no file {err.filename}")
        return EXIT_USAGE
    except OSError as err:  # a folder we cannot write to, a full disk outside SQLite, ...
        from clinic_app.private_files import said_with_what_to_do

        _say(said_with_what_to_do(f"{err.filename or 'a file'}: {err.strerror or err}", err))
        return EXIT_ENVIRONMENT
    except StoppedMakingTheLines as stop:
        return stop.status
    except KeyboardInterrupt:
        _say("interrupted; nothing more was written.")
        return 130


if __name__ == "__main__":  # python -m clinic_app.cli, as python -m clinic_app
    raise SystemExit(main())
