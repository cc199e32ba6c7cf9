"""H371-05: at a terminal, `clinic-app list` said nothing of the typing a Clinic Desk had kept as a
draft when it stopped, never saved (a departed colleague's): only `export` named it, and the
window (H371-01).  `list` now says whose it is on standard error, as a note, as the window's
status line says it."""

from __future__ import annotations

import json
from datetime import date

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_rescreen_newly_eligible_q46 import _on_probation_until


def test_h371_05_list_names_the_clients_whose_typing_was_left_unsaved(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ana = repo.add_client(_on_probation_until("Ana Left", "BA1", date(2027, 3, 7)))
        repo.add_client(_on_probation_until("Bea Saved", "BA2", date(2027, 3, 7)))
    result = clinic_app("list", "--db", db)
    assert result.returncode == 0 and result.stderr == ""

    with Repository.open(db) as repo:
        repo.keep_draft(ana, {"client": {"name": "Ana Left", "phone": "213-555-0101"}})
        kept = json.loads(repo.get_setting(f"draft:{ana}"))
        kept["pid"] = 0  # no such process: the Clinic Desk that kept it is gone
        with repo._write() as conn:
            conn.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(kept), f"draft:{ana}"))
    result = clinic_app("list", "--db", db)
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 2
    assert result.stderr.strip() == (f"clinic-app: note: typing left unsaved when Clinic Desk stopped: Ana Left (id {ana}), "
                                     "open them in the window (clinic-app) to get it back")
