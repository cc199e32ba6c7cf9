"""`clinic-app clinic`: the clinic's details every handout prints, from the command line.

    clinic-app clinic [--db PATH]                       print the details stored
    clinic-app clinic [--name TEXT] [--address TEXT] [--phone TEXT] [--website TEXT]
                      [--email TEXT] [--hours TEXT] [--hours-es TEXT]

The same caseload settings File > Clinic details writes, stored by the same rule
(`details_to_store`: trimmed, an empty value clears the detail, only what changed is written,
each change audited by the repository), so a paralegal preparing handouts from a terminal, on a
caseload made by `clinic-app import`, need not open the window first (Z85, Left alone).  A value
that cannot be one line of a handout (a line break, a tab, another control character) or is not
text at all (bytes that are not UTF-8) is refused with exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from clinic_app.cli_options import add_db_option, utf8_stdout

# (field of ClinicInfo, option, as printed): the dialog's fields, in its order.
DETAILS = (
    ("name", "--name", "Name"),
    ("address", "--address", "Address"),
    ("phone", "--phone", "Phone"),
    ("website", "--website", "Website"),
    ("email", "--email", "Email"),
    ("hours", "--hours", "Hours"),
    ("hours_es", "--hours-es", "Hours (Spanish)"),
)
NOT_SET = "(not set)"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `clinic` to the CLI; `run` is its handler."""
    p = subparsers.add_parser(
        "clinic", help="show or set the clinic's name, address, phone, email and hours that every handout prints",
        description="Show the clinic's details stored in the caseload, or set those given (as File > Clinic details "
                    "does): every handout prints them, so clients know whom to call, and the name heads the report "
                    "(clinic-app report). An option given as \"\" clears "
                    "that detail; those not given are left as they are.")
    add_db_option(p)
    p.add_argument("--name", metavar="TEXT", help="the clinic's name, e.g. \"Eastside Record Clearance Clinic\", "
                                                      "which heads the report too")
    p.add_argument("--address", metavar="TEXT", help="street, city, ZIP, on one line")
    p.add_argument("--phone", metavar="TEXT", help="e.g. \"(213) 555-0100\"")
    p.add_argument("--website", metavar="TEXT", help="e.g. example.org/clinic")
    p.add_argument("--email", metavar="TEXT", help="e.g. help@example.org")
    p.add_argument("--hours", metavar="TEXT", help="e.g. \"Mon-Thu 9 am - 5 pm\"")
    p.add_argument("--hours-es", dest="hours_es", metavar="TEXT",
                   help="the hours as Spanish handouts print them, e.g. \"lun. a jue., de 9 a. m. a 5 p. m.\" "
                        "(not set: they print the English hours, marked \"(en inglés)\")")
    p.set_defaults(func=run)
    return p


def problem_with(option: str, text: str) -> str | None:
    """Why `text` cannot be stored as the detail `option` sets, or None.  A handout prints each
    detail on its line: a line break or a tab would run into the next words, and another
    control character prints as nothing at all; bytes that are not UTF-8 (a terminal in
    another encoding) are no text the caseload can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return f"{option} is not UTF-8 text (is the terminal set to another encoding?); nothing was changed"
    for ch in text:
        if unicodedata.category(ch) == "Cc":
            what = "a line break" if ch in "\n\r" else "a tab" if ch == "\t" else f"a control character (U+{ord(ch):04X})"
            return f"{option} must be one line of text, and it holds {what}: {text!r}; nothing was changed"
    return None


def run(args: argparse.Namespace) -> int:
    """Print the clinic's details, or store those given first; returns the exit status."""
    from clinic_app.exits import EXIT_OK, UsageError
    from clinic_app.handouts.command import SETTING_KEYS, details_to_store

    typed = {field: getattr(args, field) for field, _, _ in DETAILS if getattr(args, field) is not None}
    for field, option, _ in DETAILS:  # every value checked before anything is written
        if field in typed and (problem := problem_with(option, typed[field])):
            raise UsageError(problem)
    repo = args.open_caseload(create=False)  # a mistyped --db is not a new, empty caseload
    try:
        changed = details_to_store(typed, repo.get_setting)
        for key, value in changed:
            repo.set_setting(key, value)  # audited, as the dialog's Save
        stored = {field: repo.get_setting(SETTING_KEYS[field]) for field, _, _ in DETAILS}
    finally:
        repo.close()
    out = utf8_stdout()  # a name cp1252 lacks, redirected on Windows (R89-01)
    if typed:
        names = [label[0].lower() + label[1:] for field, _, label in DETAILS if SETTING_KEYS[field] in dict(changed)]
        print(f"Changed: {', '.join(names)}." if names else "Nothing changed: the details given are those stored.", file=out)
    width = max(len(label) for _, _, label in DETAILS) + 2
    for field, _, label in DETAILS:
        print(f"{label + ':':<{width}}{stored[field] or NOT_SET}", file=out)
    return EXIT_OK
