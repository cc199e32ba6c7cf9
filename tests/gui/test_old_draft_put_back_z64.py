"""Z64-02: a draft kept by a Clinic Desk from before K63-01 has the whole record as the forms
held it, and not the record it was typed on ("typed_on").  Offered back, its person and the
case the Record tab shows are the forms' (as ever); since S64-05 the rest of it (the other
cases) was taken from the draft too, not from the record as stored, so a case another desk
changed after the draft was kept went back to what it was then at the next save, unsaid:
K63-01's bug again.  Such a draft's other cases are the stored record's, as before S64-05."""

from __future__ import annotations

import copy
import json

import pytest

from clinic_app.screening_format import client_to_request_dict
from db.repository import Repository

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_z64_02_an_old_draft_does_not_undo_another_desks_change_on_another_case(qtbot, window, repo, monkeypatch):
    from tests.gui.test_class_count_tally_z62 import class_and_hours
    from tests.gui.test_draft import _draft_question

    client = class_and_hours()
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA100002"
    client.cases.append(second)
    client_id = repo.add_client(client)
    typed = repo.get_client(client_id)
    typed.notes = "Call after 3 pm."
    # The draft as a Clinic Desk before K63-01 kept it: the whole record, no "typed_on".
    repo.keep_draft(client_id, {"case": 0, "client": client_to_request_dict(typed)})
    key, value = repo.db.conn.execute("SELECT key, value FROM settings WHERE key = ?", (f"draft:{client_id}",)).fetchone()
    kept = json.loads(value)
    kept["pid"] = 2**22 + 1  # no program of this computer: it stopped
    with repo.db.conn:
        repo.db.conn.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(kept), key))
    with Repository.open(repo.path, user="desk-2") as desk_2:  # after the draft: hours done on BA100002
        theirs = desk_2.get_client(client_id)
        theirs.cases[1].conditions[1].done = 30
        desk_2.save_client(theirs)
    _draft_question(monkeypatch, put_back=True)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    assert view.record.person.notes.toPlainText() == "Call after 3 pm."
    assert view.save()
    saved = repo.get_client(client_id)
    assert (saved.notes, saved.cases[1].conditions[1].done) == ("Call after 3 pm.", 30)
