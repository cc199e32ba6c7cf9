"""The terminal commands the window names (tooltips, status tips, notes), said on its caseload.

A hint naming `clinic-app list --remedy prop47` without the window's caseload sent a paralegal
whose window was open on an event's laptop file, or on the demo, to a command that ran on the
clinic's own caseload (S118-01).  The terminal says its next commands on the run's caseload
(`cli.next_command`, R113-02); the window says them the same way, with the same words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from clinic_app.cli_options import caseload_command


def commands_on(path: Path | str) -> Callable[[str], str]:
    """`clinic-app SUB` on the caseload at `path`, for each SUB: no --db for the clinic's own
    caseload (as the terminal says it when started with none), --demo for the demo's, and
    otherwise its --db, whole (the window was perhaps started in another folder than the
    terminal the command is typed in).  A passphrase is never said: the command asks it."""
    from db.connection import default_caseload_path, default_demo_path

    where = Path(path).expanduser().absolute()
    if where.resolve() == default_caseload_path().resolve():
        return caseload_command
    if where.resolve() == default_demo_path().resolve():
        return lambda sub: caseload_command(sub, demo=True)
    return lambda sub: caseload_command(sub, where)
