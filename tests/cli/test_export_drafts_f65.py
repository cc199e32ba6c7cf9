"""F65-03: a volunteer's window stopped at a clinic event (a battery, a crash) keeps what was
typed, never saved, as a draft, offered back when the client is next opened.  The day's
`clinic-app export --event` carries the saved record only, and said nothing of it: the laptop's
export looked whole, and the typing stayed behind on the laptop.  It is said now, with what to
do; a draft of the running program (still being typed) or of a client not exported is not."""

from __future__ import annotations

import json
import sqlite3

from clinic_app.model import Client, Person
from db.repository import Repository
from tests.cli.test_cli import clinic_app

EVENT = "Expungement Fair"


def _left_by_a_stopped_window(caseload, client_id, record):
    """`client_id`'s draft, as a window that stopped before saving it left it (its process gone)."""
    with Repository.open(caseload) as repo:
        repo.keep_draft(client_id, record)
    key = "draft:new" if client_id is None else f"draft:{client_id}"
    with sqlite3.connect(caseload) as db:
        kept = json.loads(db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()[0])
        kept["pid"] = 0  # no such process: the window that kept it is gone
        db.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(kept), key))
    db.close()


def _caseload(tmp_path):
    caseload = tmp_path / "laptop.sqlite"
    with Repository.open(caseload) as repo:
        ids = repo.add_clients([Client(name="Zoë D'Angelo-Muñoz", person=Person(), event=EVENT),
                                Client(name="Renée O'Connor-Peña", person=Person(), event=EVENT),
                                Client(name="Otro Evento", person=Person(), event="Another day")])
    return caseload, ids


def test_f65_typing_left_as_a_draft_is_said_not_in_the_export(tmp_path):
    caseload, (zoe, renee, other) = _caseload(tmp_path)
    _left_by_a_stopped_window(caseload, zoe, {"client": {"name": "Zoë D'Angelo-Muñoz", "phone": "213-555-0199"}})
    _left_by_a_stopped_window(caseload, other, {"client": {"name": "Otro Evento"}})  # not of the event: not in this export
    out = tmp_path / "day.jsonl"
    result = clinic_app("export", "--db", caseload, "--event", EVENT, "--out", out)
    assert result.returncode == 0, result.stderr
    assert ("Typing not saved, kept as a draft when Clinic Desk stopped, is not in this export: "
            f"that of Zoë D'Angelo-Muñoz (id {zoe}). Open the caseload in the window") in result.stdout
    said = next(line for line in result.stdout.splitlines() if line.startswith("Typing not saved"))
    assert "Otro Evento" not in said and "Renée" not in said
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2  # the saved records are exported as before


def test_f65_a_new_clients_typing_is_said_too_on_standard_output_exports(tmp_path):
    caseload, (zoe, renee, _other) = _caseload(tmp_path)
    _left_by_a_stopped_window(caseload, None, {"client": {"name": "Walk-In Ñandú"}})
    _left_by_a_stopped_window(caseload, renee, {"client": {"name": "Renée O'Connor-Peña", "notes": "x"}})
    result = clinic_app("export", "--db", caseload, "--all")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3  # standard output holds the export only
    assert (f"is not in this export: that of Renée O'Connor-Peña (id {renee}); and a new client's, not stored yet. "
            "Open the caseload in the window") in " ".join(result.stderr.split())


def test_f65_typing_of_the_window_still_open_is_not_said(tmp_path):
    """A draft whose program still runs (this one) is still being typed, as `Repository.draft` has it."""
    caseload, (zoe, _renee, _other) = _caseload(tmp_path)
    with Repository.open(caseload) as repo:
        repo.keep_draft(zoe, {"client": {"name": "Zoë"}})
        assert repo.drafts_left() == []
    result = clinic_app("export", "--db", caseload, "--event", EVENT, "--out", tmp_path / "day.jsonl")
    assert result.returncode == 0, result.stderr
    assert "draft" not in result.stdout + result.stderr
