"""Options the caseload commands share, for the CLI and the subcommand modules alike (which
cannot import `clinic_app.cli`: it imports them)."""

from __future__ import annotations

import argparse


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


def add_client_or_event(parser: argparse.ArgumentParser) -> None:
    """--client ID or --event NAME, one of them: a paper for one client, or for every client of
    a clinic event (`handout`, `worksheet`)."""
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", type=int, metavar="ID", help="the client's number")
    who.add_argument("--event", metavar="NAME", help="every client seen at this clinic event")
