"""A draft put back over a record another desk changed since keeps their change (K63-01).

Clinic Desk killed while a note was typed keeps the forms' typing as a draft (D28-02).
The draft held the whole record as the forms held it: put back, and saved, it also put
back every other field as it stood when the typing began, so a phone number saved since
on another desk (or in another window, or by a merge) was undone with not a word.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_draft import NOTE, _draft_question, _typed_then_killed

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _changed_on_another_desk(repo, client_id: int, **fields) -> None:
    record = repo.get_client(client_id)
    for name, value in fields.items():
        setattr(record, name, value)
    repo.save_client(record, expected=repo.get_client(client_id))


def test_a_draft_put_back_keeps_a_phone_saved_on_another_desk_since(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(probation_client("Rosa Delgado"))
    _typed_then_killed(Path(repo.path), client_id)  # the note typed, not saved, the window killed
    _changed_on_another_desk(repo, client_id, phone="(213) 555-0199")

    said = []
    monkeypatch.setattr("ui.client_view.QMessageBox.warning", lambda _parent, _title, text, *a: said.append(text))
    asked = _draft_question(monkeypatch, put_back=True)
    window.open_client(client_id)
    assert len(asked) == 1
    view = window.client_view
    assert view.record.person.notes.toPlainText() == NOTE
    assert view.record.person.phone.text() == "(213) 555-0199"  # theirs, not the empty one of before
    view.save()

    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == (NOTE, "(213) 555-0199")
    assert said == []  # nothing typed where they changed: nothing to say


def test_typing_where_another_desk_changed_the_same_field_is_said_and_theirs_kept(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(probation_client("Rosa Delgado"))
    _typed_then_killed(Path(repo.path), client_id)
    _changed_on_another_desk(repo, client_id, notes="Called 11/20: moved to Pomona.", phone="(213) 555-0199")

    said = []
    monkeypatch.setattr("ui.client_view.QMessageBox.warning", lambda _parent, _title, text, *a: said.append(text))
    _draft_question(monkeypatch, put_back=True)
    window.open_client(client_id)
    view = window.client_view
    assert view.record.person.notes.toPlainText() == "Called 11/20: moved to Pomona."
    assert len(said) == 1 and "Notes" in said[0] and NOTE.strip() in said[0]  # what was typed, to type again
    view.save()
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == ("Called 11/20: moved to Pomona.", "(213) 555-0199")
