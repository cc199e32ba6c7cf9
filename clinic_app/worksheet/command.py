"""`clinic-app worksheet`: write one client's filing worksheet (PDF, English, for staff).

    clinic-app worksheet --db PATH --client ID [--as-of DATE] --out FILE.pdf

The record is screened afresh for --as-of (default: today), as `clinic-app handout` does;
the file is readable by this user only, and a file that is not a PDF is not replaced.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `worksheet` to the CLI; `run` is its handler."""
    p = subparsers.add_parser("worksheet", help="write a client's filing worksheet for staff (PDF)",
                              description=__doc__.split("\n\n")[0] if __doc__ else None)
    # SUPPRESS, as `handout` has them: a None default would overwrite the top-level --db.
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the caseload file (default: the one in your data folder)")
    p.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                   help="read an encrypted caseload's passphrase from the first line of FILE (or set CLINIC_DESK_PASSPHRASE)")
    p.add_argument("--client", type=int, required=True, metavar="ID", help="the client's number")
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help="the day the worksheet speaks for (YYYY-MM-DD; default today)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Write the worksheet; returns the exit status."""
    from clinic_app.eligibility import screen
    from clinic_app.exits import EXIT_OK, UsageError
    from clinic_app.handouts.command import _as_of, _not_a_pdf
    from clinic_app.handouts.glyphs import unprintable_parts
    from clinic_app.private_files import make_private_folder
    from clinic_app.worksheet.compose import compose
    from clinic_app.worksheet.render import FONT, render_pdf

    as_of = _as_of(args.as_of)
    out = Path(args.out)
    if _not_a_pdf(out):
        raise UsageError(f"--out {args.out} is a file that is not a PDF (the caseload itself?); it is left as it is: give a new file name")
    repo = args.open_caseload(create=False)
    try:
        try:
            client = repo.get_client(args.client)
        except KeyError as err:
            raise UsageError(str(err.args[0] if err.args else err)) from None
    finally:
        repo.close()
    make_private_folder(out.parent)
    pages = render_pdf(compose(client, screen(client.person, client.cases, as_of)), out)
    print(f"{out} ({pages} page{'s' if pages != 1 else ''})")
    # Written, with a blank line to fill in by hand where the font has no letters: said, as
    # the handout command says it (H25-03), and the exit status stays 0.
    for field, texts in (("The client's name", [client.name]), ("An alias", client.aliases)):
        parts = [part for text in texts for part in unprintable_parts(text, FONT)]
        if parts:
            print(f"{field} has characters the worksheet font cannot print: {', '.join(parts)}; "
                  "a blank line is printed in their place, to write them in by hand", file=sys.stderr)
    return EXIT_OK
