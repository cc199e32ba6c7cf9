"""`clinic-app handout`: print a client's handout, or every handout of a clinic event.

    clinic-app handout --db PATH --client ID [--lang es] [--large-print] [--as-of DATE] --out FILE.pdf
    clinic-app handout --db PATH --event NAME [--large-print] [--as-of DATE] --out DIR

The record is screened afresh by the engine for --as-of (default: today), so the handout
always matches the record as it is now; the same record and date give the same bytes.
With --event each client gets their own language (the client's `language`), and progress
goes to standard error; a client whose handout cannot be written, or who was removed from the
caseload after the run began, is named there, the others are written, and the exit status is 1; PDFs in the folder that the run did not write
(an earlier run's) are kept and named on standard output.  The clinic's name, address, phone and website come from the
caseload's settings (clinic_name, clinic_address, clinic_phone, clinic_website,
clinic_email, clinic_hours, clinic_hours_es: the hours a Spanish handout prints; unset, it prints
the English hours marked "(en inglés)", and standard error says so).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from clinic_app.cli_options import DAY_FORMS, add_client_or_event, add_db_option, day_given, event_as_stored
from clinic_app.handouts.document import (HOURS_IN_ENGLISH_ONLY, NO_CASE_ENTERED, NO_CONTACT, NO_CONTACT_BATCH, ClinicInfo,
                                          batch_note, no_contact_said)
from clinic_app.model import Screening
from clinic_app.private_files import PLAIN_PDF_SAID, PLAIN_PDFS_SAID, folder_missing, make_private_folder
from clinic_app.review import awaits_attorney, review_unlisted
from clinic_app.wording import count

SETTING_KEYS = {
    "name": "clinic_name",
    "address": "clinic_address",
    "phone": "clinic_phone",
    "website": "clinic_website",
    "email": "clinic_email",
    "hours": "clinic_hours",
    "hours_es": "clinic_hours_es",  # H40-01: a caseload saved before it simply has none
}


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `handout` to the CLI; `run` is its handler."""
    p = subparsers.add_parser("handout", help="write a client's plain-language handout (PDF), or a whole event's",
                              description=__doc__.split("\n\n")[0] if __doc__ else None)
    add_db_option(p)
    add_client_or_event(p)
    from clinic_app.handouts.texts import available_languages

    p.add_argument("--lang", metavar="LANG",
                   help=f"language of a single handout (default: the client's): {', '.join(available_languages())}")
    # What it is for and what it changes (L119-03): "bigger type" did not say whom it is for, that the
    # small print and the footer grow too, nor that with --event it is every handout of the event.
    p.add_argument("--large-print", action="store_true",
                   help="for a client who reads only large print: bigger type, the citations and the footer's "
                        "notice too, and more space between lines; with --event, every handout of the event")
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help=f"the day the handout speaks for ({DAY_FORMS}; default today)")
    p.add_argument("--out", required=True, metavar="PATH", help="the PDF file (--client) or folder (--event)")
    p.set_defaults(func=run)
    return p


def details_to_store(typed: dict[str, str], get_setting) -> list[tuple[str, str | None]]:
    """(setting key, value) of each clinic detail in `typed` (field of ClinicInfo -> text as
    typed) that differs from what is stored: the text trimmed, and an empty one clears the
    detail (None).  The one rule File > Clinic details and `clinic-app clinic` both store by,
    so a detail set either way reads the same to the other and to every handout."""
    values = ((SETTING_KEYS[field], text.strip() or None) for field, text in typed.items())
    return [(key, value) for key, value in values if value != (get_setting(key) or None)]


def clinic_from_settings(get_setting) -> ClinicInfo:
    """The clinic's details from the caseload's settings; any of them may be missing."""
    values = {field: (get_setting(key) or "").strip() or None for field, key in SETTING_KEYS.items()}
    return ClinicInfo(**values)


# What the notes ask of File > Clinic details, `clinic-app clinic` sets at the terminal the
# paralegal is at (C88-02): each note said by the command names the command after the window.
SET_CONTACT_HERE = 'Or here: clinic-app clinic --phone "(213) 555-0100" --address "street, city, ZIP"'
SET_HOURS_ES_HERE = 'To type them here: clinic-app clinic --hours-es "lun. a jue., de 9 a. m. a 5 p. m."'
RETYPE_HERE = "Or here: clinic-app clinic (its --help names each detail's option)."


def said_at_the_terminal(note: str, clinic: str = "clinic-app clinic", *, to_wrap: bool = False) -> str:
    """`note` (the window's words) with the command that does what it asks after each sentence
    that sends the reader to File > Clinic details; the sentence itself is kept as it is.
    `clinic`: `clinic-app clinic` on the run's caseload (`cli.next_command`): without its --db,
    typed as said, it set the clinic's own caseload's details, not the day's (R113-03).
    `to_wrap`: the commands' quoted words held whole through a wrap (text_report.KEEP for their
    spaces, to be given back after it: `said_here`)."""
    from clinic_app.eligibility.text_report import kept_whole
    from clinic_app.handouts.glyphs import CLINIC_ADVICE  # reportlab's fonts: not for every command's start

    for sentence, command in ((NO_CONTACT, SET_CONTACT_HERE), (NO_CONTACT_BATCH, SET_CONTACT_HERE),
                              (HOURS_IN_ENGLISH_ONLY, SET_HOURS_ES_HERE), (CLINIC_ADVICE, RETYPE_HERE)):
        command = command.replace("clinic-app clinic", clinic, 1)
        note = note.replace(sentence, f"{sentence} {kept_whole(command) if to_wrap else command}")
    return note


def said_here(note: str, clinic: str = "clinic-app clinic") -> None:
    """`note` (`said_at_the_terminal`, its command `clinic`) on standard error, its paragraphs
    wrapped between words as `screen --format text` wraps its report: to the terminal, 100
    columns to a file.  Said as one line each, the batch's notes (up to 190 characters: V109-03's
    count, the clinic's details) were broken mid-word by the terminal (C112-02)."""
    from clinic_app.eligibility.text_report import KEEP
    from clinic_app.help_text import filled
    from clinic_app.screen_command import columns_for

    # A quoted word of a command cut at the width ("--phone "(213)" above "555-0100"") was no
    # command copied: kept whole on its line, as the report keeps its own (X123-04, R122-03).
    print(filled(said_at_the_terminal(note, clinic, to_wrap=True), columns_for(sys.stderr)).replace(KEEP, " "), file=sys.stderr)


# Said, after the client's name, of a client removed (in another window, on another desk)
# after the batch was chosen and before their handout was made.
REMOVED_SINCE = "removed from the caseload after the batch began"


def still_there(repo, client_id: int, name: str, skipped: list[tuple[str, str]]):
    """The client's whole record, or None (and `name` added to `skipped`, with why) when they
    were removed after the batch was chosen: one client gone had ended the whole batch with
    "There is no client number 12 in this caseload", and the handouts already made unsaid or
    lost (finding B30-01 in the window, W31-04 here).  The repository's `ClientNotFound` is a
    KeyError, caught as one: this module does not import the database's."""
    try:
        return repo.get_client(client_id)
    except KeyError:
        skipped.append((name, REMOVED_SINCE))
        return None


def records_of(repo, people) -> tuple[list, list[tuple[str, str]]]:
    """The whole records of `people`, (id, name) pairs read from the caseload, in their order,
    and (name, why) of each client removed since they were read (`still_there`): a batch's
    clients, whether its lines came from the list or from the reviews."""
    skipped: list[tuple[str, str]] = []
    clients = [client for client_id, name in people if (client := still_there(repo, client_id, name, skipped)) is not None]
    return clients, skipped


def as_of_or_today(text: str | None) -> date:
    """--as-of as given, else today (the handout and the worksheet commands).  Read as every
    other command reads a date (C103-06: "2026-02-30" was "--as-of must be a date like
    2026-11-15", where `rescreen` says there is no such day), as the window reads it (K293-01)."""
    if text is None:
        return date.today()  # the command line may read the clock; the domain never does
    return day_given(text, "--as-of")


def run(args: argparse.Namespace) -> int:
    """Write the handout(s); returns the exit status."""
    from clinic_app.exits import EXIT_OK, UsageError
    from clinic_app.eligibility import screen
    from clinic_app.handouts import available_languages, compose, render_event, render_pdf
    from clinic_app.handouts.glyphs import unprintable_fields

    from clinic_app.cli import next_command

    as_of = as_of_or_today(args.as_of)
    here = next_command(args, "clinic")  # the commands said, on this run's caseload (R113-02, R113-03)
    if args.lang and args.lang not in available_languages():
        raise UsageError(f"no handout texts for --lang {args.lang}; available: {', '.join(available_languages())}")
    refuse_out(Path(args.out), "handout", client=args.client)
    if args.client is not None and not_a_pdf(Path(args.out)):
        raise UsageError(f"--out {args.out} is a file that is not a PDF (the caseload itself?); it is left as it is: give a new file name")
    repo = args.open_caseload(create=False)
    try:
        clinic = clinic_from_settings(repo.get_setting)
        if args.client is not None:
            try:
                client = repo.get_client(args.client)
            except KeyError as err:
                raise UsageError(str(err.args[0] if err.args else err)) from None
            handout = compose(client, screen(client.person, client.cases, as_of), clinic,
                              lang=args.lang or client.language, large_print=args.large_print, as_of=as_of,
                              reviews=repo.denial_reviews(client.id))  # a denial reviewed says so (D64-01)
            out = Path(args.out)
            make_private_folder(out.parent)
            pages = render_pdf(handout, out)
            print(f"{out} ({pages} page{'s' if pages != 1 else ''})")
            if repo.passphrase is not None:
                print(PLAIN_PDF_SAID)  # as the export says it (P68-01)
            # Written, with a blank line to fill in by hand where the font has no letters
            # (finding H25-03): said, but the handout is there, so the exit status stays 0.
            for found in unprintable_fields(handout):
                print(said_at_the_terminal(str(found), here), file=sys.stderr)
            if not client.cases:
                said_here(NO_CASE_ENTERED, here)  # written all the same: exit 0 (J63-07)
            if not clinic.reachable():
                # Not "Or here: clinic-app clinic" on a read-only file, which it refuses (K304-02).
                said_here(no_contact_said(repo.read_only()), here)  # written all the same: exit 0 (J63-01)
            if clinic.hours_in_english_only(handout.lang):
                said_here(HOURS_IN_ENGLISH_ONLY, here)  # written all the same: exit 0 (K59-03)
            return EXIT_OK
        clients, skipped = event_clients(repo, args.event)
        reviews = {client.id: repo.denial_reviews(client.id) for client in clients}  # read before the file is closed (D64-01)
        # The event's clients still on the attorney's queue, said as the window says them (V109-03).
        event = event_as_stored(repo, args.event)
        # Counted as the batch prints them (those it skips, removed meanwhile, left out): the queue's
        # as `list --review --event` lists them, and apart those never screened whose fresh
        # result needs review (C112-01), on no list until screened (C113-03).
        records = {client.id: client for client in clients}
        rows = [row for row in repo.list_clients(event=event) if row.id in records]
        waiting = sum(map(awaits_attorney, rows))
        fresh: dict[int, Screening] = {}  # the note's screenings, printed: each client screened once (C113-04)

        def screened_afresh(client) -> Screening:
            fresh[client.id] = screen(client.person, client.cases, as_of)
            return fresh[client.id]

        unlisted = sum(review_unlisted(row, lambda c=records[row.id]: screened_afresh(c)) for row in rows)
        encrypted, read_only = repo.passphrase is not None, repo.read_only()
    finally:
        repo.close()
    # As the window's batch decides it: a client whose language has no handout texts gets an
    # English page, and no word about Spanish hours (A63-06); pages with no way to reach the
    # clinic are said as the window says them (J63-01).  Said before the batch starts, as the
    # window asks it, so a long batch can be stopped and the clinic's details typed first.
    note = batch_note(clinic, (client.language for client in clients), no_case=[client.name for client in clients if not client.cases],
                      awaiting_review=waiting, event=event, unlisted_review=unlisted, command=partial(next_command, args),
                      read_only=read_only)
    if note:
        said_here(note, here)
    return write_batch(clients, skipped, as_of, args.out, "handout",
                       lambda pairs, out, **kw: render_event(pairs, clinic, out, large_print=args.large_print,
                                                             reviews=lambda c: reviews.get(c.id, []), **kw),
                       encrypted=encrypted, screened=fresh, clinic=here)


def event_clients(repo, event: str) -> tuple[list, list[tuple[str, str]]]:
    """The whole records of every client seen at `event`, and (name, why) of each removed since
    the list was read; `clinic-app handout --event` and `clinic-app worksheet --event` both."""
    from clinic_app.exits import UsageError

    event = event_as_stored(repo, event)
    rows = repo.list_clients(event=event)
    if not rows:
        known = repo.events()
        hint = f"; events in this caseload: {'; '.join(known)}" if known else ""
        raise UsageError(f"no clients were seen at event {event!r}{hint}")
    return records_of(repo, ((row.id, row.name) for row in rows))


def write_batch(clients: list, skipped: list[tuple[str, str]], as_of: date, out: str, noun: str, write, *,
                encrypted: bool = False, screened: dict[int, Screening] | None = None,
                clinic: str = "clinic-app clinic", kind: str = "") -> int:
    """One `noun` ("handout", "worksheet") per client into the folder `out` by `write(pairs, out,
    progress=, total=)` (`render_event`, `write_worksheets`), with the progress bar on standard
    error and what was written, not written and failed said; returns the exit status.
    `encrypted`: the caseload is, and the PDFs are not, which is said (P68-01).  `screened`:
    clients already screened for `as_of` by id (the note's never-screened), not screened again.
    `clinic`: the command that sets the clinic's details on this caseload (`said_at_the_terminal`).
    `kind`: the papers' as `write` names them (`handout_filename`), "" a handout's."""
    from clinic_app.eligibility import screen
    from clinic_app.exits import EXIT_ENVIRONMENT, EXIT_OK
    from clinic_app.screen_command import ProgressBar, Terminated, how_stopped, stop_signals

    # The batch's and the re-screen's bar: a line each tenth of the way in a log, where a line
    # per handout had filled it (C31-03).  Given the total, the batch screens each client
    # as their paper is made, so the bar counts the whole work from the start.
    bar = ProgressBar(len(clients), sys.stderr, label=f"{noun}s")
    screened = screened or {}
    pairs = ((c, screened[c.id] if c.id in screened else screen(c.person, c.cases, as_of)) for c in clients)
    written = [0]  # the papers written whole so far
    earlier = papers_in(Path(out), kind)  # an earlier run's, told from this run's if the run is stopped (K170-02)

    def progress(done: int, _total: int, _name: str) -> None:
        written[0] = done
        bar.update(done)

    # A `kill` or the terminal closed had ended the run at once, unsaid, and left the paper being
    # written as a hidden ".name.pdf.partial" (removed only by a later run): taken as Ctrl-C is,
    # the stop unwinds through the paper's write, which removes its partial file (C165-01).
    with stop_signals(sighup=True):
        try:
            result = write(pairs, out, progress=progress, total=len(clients))
        except (KeyboardInterrupt, Terminated) as stop:
            # "interrupted; nothing more was written." left the folder's few PDFs unexplained: a
            # paralegal could not tell a day's papers begun from a day's papers done (C103-08).
            how, status = how_stopped(stop)
            try:
                bar.end_line()
                print(f"clinic-app: {how}: {written[0]:,} of {count(len(clients), noun)} written in {out}, the first in the "
                      f"list's order, each whole; {others_said(earlier, papers_in(Path(out), kind))} The same command writes "
                      "them all again.", file=sys.stderr)
            except OSError:
                pass  # the terminal closed (SIGHUP) takes what is said with it; the folder is as said
            return status
        except BaseException:
            bar.end_line()  # what is said next starts a line of its own
            raise
    if result.left:
        bar.end_line()  # stopped part-way (the drive full): not "13/13 done" (H100-02)
    else:
        bar.finish()
    result.failed += skipped  # named, and the exit status 1, as a paper that could not be written
    print(f"{count(len(result.files), noun)}, {count(result.pages, 'page')} in {out}")
    if encrypted and result.files:
        print(PLAIN_PDFS_SAID)
    if result.not_written:
        print(result.not_written_note())
    for name, what in result.unprintable:
        print(f"{noun} for {name}: {said_at_the_terminal(str(what), clinic)}", file=sys.stderr)
    for name, why in result.failed:
        print(f"no {noun} for {name}: {why}", file=sys.stderr)
    for said in (result.stopped_note(noun), result.advice):  # once, after the names (H100-02)
        if said:
            print(said, file=sys.stderr)
    return EXIT_ENVIRONMENT if result.failed else EXIT_OK


def papers_in(folder: Path, kind: str = "") -> dict[Path, tuple[int, int]]:
    """A batch's papers of `kind` in `folder` (`batch_papers`, as the finished run's note counts
    them), each with what tells it from one written over it since: a paper is written beside
    and renamed into place, a new file."""
    from clinic_app.handouts.batch import batch_papers
    from clinic_app.private_files import file_state

    # One gone as it was listed is not there.
    return {path: state for path in batch_papers(folder, kind) if (state := file_state(path)) is not None}


def others_said(before: dict[Path, tuple[int, int]], now: dict[Path, tuple[int, int]]) -> str:
    """What a stopped batch says of the clients it did not reach: "the others have none.", or,
    in a folder an earlier run filled, how many of its PDFs are still there, not this run's.
    "The others have none" was said beside an earlier run's PDFs of them, left to be printed
    as this run's (C165's "Left alone", K170-02)."""
    kept = sum(1 for path, made in before.items() if now.get(path) == made)
    if not kept:
        return "the others have none."
    return (f"the others have none from this run: {count(kept, 'PDF')} in the folder {'is' if kept == 1 else 'are'} an "
            "earlier run's (check before printing).")


def refuse_out(out: Path, noun: str, *, client: int | None) -> None:
    """Refuse, before any work, an --out no PDF (--client) or folder of them (--event) can be
    written to, in words of what was typed.

    A folder given for one client's PDF said only "FOLDER: Is a directory", a file given for
    an event's folder "FILE: File exists", and a path through a file "FILE: File exists" too:
    nothing said what --out wanted (H58-04).  `noun` is "handout" or "worksheet"."""
    from clinic_app.exits import UsageError

    if client is not None and out.is_dir():
        raise UsageError(f"--out {out} is a folder; give the {noun}'s file name, for example {out / f'{client}.pdf'}")
    if client is None and out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; --event writes one {noun} per client into a folder: give a folder's name "
                         "(a new one is made)")
    if client is None and not out.exists() and out.suffix.lower() == ".pdf":
        # `--out fair.pdf` made a folder named "fair.pdf" with the PDFs in it: a paralegal who
        # asked for one PDF of the day found a "file" that would not open (J59-01).  A folder
        # of that name made by an earlier run is still taken: it is plainly a folder now.
        raise UsageError(f"--out {out} names a PDF file, but --event writes one {noun} per client into a folder: "
                         f"give a folder's name, for example {out.with_suffix('')} (a new one is made)")
    above = next((folder for folder in out.parents if folder.exists()), None)
    if above is not None and not above.is_dir():
        raise UsageError(f"--out {out}: {above} is a file, not a folder")
    if not out.parent.exists():
        # Made, with every folder above it: `--out /media/usb/12.pdf` with the stick not in
        # put the client's record on the laptop's own disk, said as written to the stick,
        # where `export --out` and `screen --out` refuse a folder missing (C103-09).
        within = f" (--event makes the folder {out.name} in it, not the folders above)" if client is None else ""
        raise UsageError(folder_missing(out, given="--out", within=within))


def not_a_pdf(path: Path) -> bool:
    """Whether `path` is a file with something other than a PDF in it, which a handout must
    not replace: `--out caseload.sqlite` had written the PDF over the whole caseload, every
    client lost (storage check D21-11).  An empty file or a PDF (a handout written again)
    may be replaced."""
    try:
        with open(path, "rb") as f:
            head = f.read(5)
    except OSError:  # no such file yet (or a folder: the PDF's write says so)
        return False
    return bool(head) and head != b"%PDF-"

