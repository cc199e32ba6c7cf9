"""`clinic-app worksheet`: write a client's filing worksheet (PDF, English, for staff), or every
one of an event's, of the coming hearings, of the reviews since a day or of the petitions to
file soon.

    clinic-app worksheet --db PATH --client ID [--as-of DATE] --out FILE.pdf
    clinic-app worksheet --db PATH --event NAME [--as-of DATE] --out DIR
    clinic-app worksheet --db PATH --hearing-within DAYS [--as-of DATE] --out DIR
    clinic-app worksheet --db PATH --reviewed-since DATE [--as-of DATE] --out DIR
    clinic-app worksheet --db PATH --to-file-within DAYS [--as-of DATE] --out DIR

The record is screened afresh for --as-of (default: today), as `clinic-app handout` does;
the file is readable by this user only, and a file that is not a PDF is not replaced.
With --event, as `clinic-app handout --event`: one PDF per client in DIR
("maria-lopez-0042-worksheet.pdf"), progress on standard error, a client whose worksheet
cannot be written named there (exit status 1), an earlier run's PDFs kept and named.
With --hearing-within, the same for the clients `clinic-app list --hearing-within` lists:
the attorney covering tomorrow's hearings prints their worksheets in one step (H167-04).
With --reviewed-since, the same for every client with an attorney's review recorded on that
day or after: what the attorney decided, printed for the paralegals in one step (H337-01).
With --to-file-within, the same for the clients `clinic-app list --to-file-within` lists: the
week's filings, printed on Monday in one step (K356-01).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from clinic_app.cli_options import DAY_FORMS, add_client_or_event, add_db_option, one_of_client_event_hearings


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `worksheet` to the CLI; `run` is its handler."""
    # The command list names each folder it writes (W104-08), the hearings' too (R170-02), the
    # reviews' and the filings' (R362-03).
    p = subparsers.add_parser("worksheet", help="write a client's filing worksheet for staff (PDF), or a whole event's, "
                                                "or those of the coming hearings, of the reviews since a day or of the "
                                                "petitions to file soon",
                              description=__doc__.split("\n\n")[0] if __doc__ else None)
    add_db_option(p)
    add_client_or_event(p, hearings=True)
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help=f"the day the worksheet speaks for ({DAY_FORMS}; default today)")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="the PDF file (--client) or folder (--event), a folder for --hearing-within, --reviewed-since "
                        "and --to-file-within too")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Write the worksheet; returns the exit status."""
    from clinic_app.cli import _since
    from clinic_app.eligibility import screen
    from clinic_app.exits import EXIT_OK, UsageError
    from clinic_app.handouts.command import as_of_or_today, event_clients, not_a_pdf, refuse_out, write_batch
    from clinic_app.private_files import PLAIN_PDF_SAID, make_private_folder
    from clinic_app.worksheet.batch import KIND, unprintable, write_worksheets
    from clinic_app.worksheet.compose import compose
    from clinic_app.worksheet.render import render_pdf

    one_of_client_event_hearings(args)
    for option, days in (("--hearing-within", args.hearing_within), ("--to-file-within", args.to_file_within)):
        if days is not None and days < 0:  # as `list` refuses it
            raise UsageError(f"{option} must be 0 or more")
    as_of = as_of_or_today(args.as_of)
    out = Path(args.out)
    refuse_out(out, "worksheet", client=args.client)
    # A day that is none is the fault said, by its own option, before the caseload is opened:
    # "--since: Not a date" named an option worksheet does not have (R344-01).
    since = _since(args.reviewed_since, "--reviewed-since") if args.reviewed_since is not None else None
    if args.client is None:
        # The handout batch's walk, names and report (clinic_app.handouts.command.write_batch).
        repo = args.open_caseload(create=False)
        try:
            if args.event is not None:
                clients, skipped = event_clients(repo, args.event)
            elif since is not None:
                clients, skipped = reviewed_clients(repo, since)
            elif args.to_file_within is not None:
                clients, skipped = to_file_clients(repo, as_of, args.to_file_within, args)
            else:
                clients, skipped = hearing_clients(repo, as_of, args.hearing_within)
            # A denial reviewed says so (D64-01), and the review is printed (C70-04).
            reviews = {client.id: repo.denial_reviews_said(client.id) for client in clients}
            encrypted = repo.passphrase is not None
        finally:
            repo.close()
        return write_batch(clients, skipped, as_of, args.out, "worksheet",
                           lambda pairs, out, **kw: write_worksheets(pairs, out, reviews=lambda c: reviews.get(c.id, []), **kw),
                           encrypted=encrypted, kind=KIND)
    if not_a_pdf(out):
        raise UsageError(f"--out {args.out} is a file that is not a PDF (the caseload itself?); it is left as it is: give a new file name")
    repo = args.open_caseload(create=False)
    try:
        try:
            client = repo.get_client(args.client)
        except KeyError as err:
            raise UsageError(str(err.args[0] if err.args else err)) from None
        reviews = repo.denial_reviews_said(client.id)  # a denial reviewed says so (D64-01), its review printed (C70-04)
        encrypted = repo.passphrase is not None
    finally:
        repo.close()
    make_private_folder(out.parent)
    pages = render_pdf(compose(client, screen(client.person, client.cases, as_of), reviews), out)
    print(f"{out} ({pages} page{'s' if pages != 1 else ''})")
    if encrypted:  # as the export says it (P68-01)
        print(PLAIN_PDF_SAID)
    # Written, with a blank line to fill in by hand where the font has no letters: said, as
    # the handout command says it (H25-03), and the exit status stays 0.
    for said in unprintable(client):
        print(said, file=sys.stderr)
    return EXIT_OK


def hearing_clients(repo, as_of, days: int) -> tuple[list, list[tuple[str, str]]]:
    """The whole records of the clients with a hearing from `as_of` to `days` days on, as
    `clinic-app list --hearing-within` finds them (by the last screening's court line) and in
    its order, the soonest hearing first, and (name, why) of each removed since the list was read."""
    from clinic_app.cli import days_on
    from clinic_app.court import heard_within
    from clinic_app.exits import UsageError
    from clinic_app.handouts.command import records_of

    by = days_on(as_of, days)
    rows = heard_within(repo.list_clients(), as_of, by)
    if not rows:
        raise UsageError(f"no client has a hearing from {as_of.isoformat()} to {by.isoformat()} "
                         "(as clinic-app list --hearing-within finds them, by the last re-screen)")
    return records_of(repo, ((row.id, row.name) for row in rows))


def to_file_clients(repo, as_of, days: int, args: argparse.Namespace | None = None) -> tuple[list, list[tuple[str, str]]]:
    """The whole records of the clients with a petition to file by `days` days from `as_of`, as
    `clinic-app list --to-file-within` finds them (by the last screening's line, a day come since
    it counted too: `summary.lines_within`) and in its order, by name, and (name, why) of each
    removed since the list was read.  What that list says on standard error of the clients its
    screenings leave unknown is said alike, with the re-screen on `args`' caseload: those never
    screened (K356-02), and those whose day has come since (K356-03), --as-of's where given."""
    from clinic_app.cli import dates_come_said, days_on, next_command, not_screened_said
    from clinic_app.exits import UsageError
    from clinic_app.handouts.command import records_of
    from clinic_app.line_action import line_day_awaited
    from clinic_app.summary import lines_within

    by = days_on(as_of, days)
    every = repo.list_clients()
    rescreen = next_command(args, "rescreen") if args is not None else "clinic-app rescreen"
    unscreened = sum(1 for row in every if row.best is None)
    come = sum(1 for row in every if (day := line_day_awaited(row)) is not None and day <= as_of)
    typed = as_of.isoformat() if args is not None and args.as_of is not None else None
    notes = [note for note in (not_screened_said(unscreened, rescreen) if unscreened else "",
                               dates_come_said(come, rescreen, typed) if come else "") if note]
    rows = lines_within(every, by, to_file=True)
    if not rows:
        raise UsageError(f"no client has a petition to file by {by.isoformat()} "
                         "(as clinic-app list --to-file-within finds them, by the last re-screen)"
                         + "".join(f"; {note}" for note in notes))
    for note in notes:  # before the batch, as the handout batch says its note
        print(f"note: {note}", file=sys.stderr)
    return records_of(repo, ((row.id, row.name) for row in rows))


def reviewed_clients(repo, since: datetime) -> tuple[list, list[tuple[str, str]]]:
    """The whole records of the clients with an attorney's review recorded at `since` (the start
    of a day on this computer's clock, as `export --since` reads it) or after, by name, and (name,
    why) of each removed meanwhile.  A review taken back by Undo is no longer kept: not counted."""
    from clinic_app.exits import UsageError
    from clinic_app.handouts.command import records_of

    people = repo.reviewed_since(since)
    if not people:
        raise UsageError(f"no attorney's review was recorded on {since.date().isoformat()} or after")
    return records_of(repo, people)
