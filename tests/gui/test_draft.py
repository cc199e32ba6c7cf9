"""Typing not yet saved survives Clinic Desk killed mid-field (D28-02).

Edits are saved when a field is left; a note typed for minutes and never left was lost
whole when the battery died or the program was killed.  After a pause in typing, what the
forms hold is kept in the caseload as the client's draft, and the next opening of that
client offers it back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.gui.conftest import DRAFT_AFTER_MS_IN_TESTS, probation_client, show_active
from tests.stopped_process import kill_when_stopped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

TREE = Path(__file__).parent.parent.parent
NOTE = " Works nights; call after 3 pm. Has the 2019 minute order at home."


def _typed_then_killed(path: Path, client_id: int, *where: str, typed: str = NOTE) -> None:
    kill_when_stopped([sys.executable, str(Path(__file__).parent / "typing_child.py"), str(path), str(client_id), typed, *where], cwd=TREE,
                      env=dict(os.environ, PYTHONPATH=str(TREE), QT_QPA_PLATFORM="offscreen"), what="the window did not keep a draft")


def _draft_question(monkeypatch, put_back: bool) -> list:
    asked = []

    def answer(_parent, name, at):
        asked.append((name, at))
        return put_back

    monkeypatch.setattr("ui.client_view.ask_put_back", answer)
    return asked


def test_a_note_typed_when_the_window_is_killed_is_offered_back_and_saved(qtbot, window, repo, monkeypatch, tmp_path):
    client_id = repo.add_client(probation_client("Rosa Delgado"))
    _typed_then_killed(Path(repo.path), client_id)
    assert repo.get_client(client_id).notes == ""  # the field was never left: nothing saved

    asked = _draft_question(monkeypatch, put_back=True)
    window.open_client(client_id)
    assert [name for name, _at in asked] == ["Rosa Delgado"]
    view = window.client_view
    assert view.record.person.notes.toPlainText() == NOTE
    assert view.save_button.isEnabled()
    view.save()
    assert repo.get_client(client_id).notes == NOTE
    assert repo.draft(client_id) is None  # saved: nothing offered again
    window.show_caseload()
    window.open_client(client_id)
    assert len(asked) == 1


def test_a_draft_discarded_is_gone_and_the_record_stays_as_saved(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(probation_client("Rosa Delgado"))
    _typed_then_killed(Path(repo.path), client_id)

    asked = _draft_question(monkeypatch, put_back=False)
    window.open_client(client_id)
    assert len(asked) == 1
    assert window.client_view.record.person.notes.toPlainText() == ""
    assert not window.client_view.save_button.isEnabled()
    assert repo.draft(client_id) is None
    assert repo.db.conn.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'draft:%'").fetchone()[0] == 0


def test_a_draft_is_not_offered_while_the_window_that_typed_it_runs(qtbot, window, repo, monkeypatch):
    """Two windows on one caseload: the other one's typing is its own, not a lost draft."""
    from PySide6.QtTest import QTest

    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", DRAFT_AFTER_MS_IN_TESTS)
    client_id = repo.add_client(probation_client("Rosa Delgado"))
    window.open_client(client_id)  # the client page built now, with the pause above
    notes = window.client_view.record.person.notes
    notes.setFocus()
    QTest.keyClicks(notes, "Still typing")
    qtbot.waitUntil(lambda: repo.db.conn.execute("SELECT COUNT(*) FROM settings WHERE key = ?", (f"draft:{client_id}",)).fetchone()[0] == 1)
    assert repo.draft(client_id) is None  # this program, still running, typed it
    window.client_view.save()
    assert repo.db.conn.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'draft:%'").fetchone()[0] == 0


def test_u31_08_a_payment_typed_and_not_added_when_the_window_is_killed_is_offered_back(qtbot, window, repo, monkeypatch):
    # $250 and its receipt typed on the Checklist, "Add payment" not yet pressed, the battery
    # dead: no draft was kept (only the Record tab's forms were), and the typing was lost.
    from datetime import date

    client_id = repo.add_client(probation_client("Pia Pago", probation_end=date(2027, 6, 1), restitution_ordered=1500))
    _typed_then_killed(Path(repo.path), client_id, "payment", typed="250")
    assert repo.get_client(client_id).cases[0].money.payments == []  # not added: nothing saved

    asked = _draft_question(monkeypatch, put_back=True)
    window.open_client(client_id)
    assert [name for name, _at in asked] == ["Pia Pago"]
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    assert view.checklist.payment_forms["c1"].amount.text() == "250"
    view.tabs.setCurrentIndex(0)
    assert view.checklist.payment_not_added() is not None  # leaving asks about it, as any payment typed


def _done_client(name: str):
    """A client whose class was completed on 2026-10-01 and who has 5 of 40 hours done."""
    from datetime import date

    from clinic_app.model import Condition

    client = probation_client(name, probation_end=date(2027, 6, 1))
    client.cases[0].conditions = [Condition(kind="class", label="Theft awareness class", completed_on=date(2026, 10, 1)),
                                  Condition(kind="community_service", label="Community service", required=40, done=5)]
    return client


def test_u31b_02_a_completed_date_typed_when_the_window_is_killed_is_offered_back(qtbot, window, repo, monkeypatch):
    # The real day the class was done, typed over the tick's on the Checklist, the field not
    # left, and the program killed: only the Record tab's forms and payments were drafted,
    # so the date was lost without a word.
    from datetime import date

    client_id = repo.add_client(_done_client("Cora Clase"))
    _typed_then_killed(Path(repo.path), client_id, "completed", typed="2026-09-30")
    assert repo.get_client(client_id).cases[0].conditions[0].completed_on == date(2026, 10, 1)  # nothing saved

    asked = _draft_question(monkeypatch, put_back=True)
    show_active(qtbot, window)
    window.open_client(client_id)
    assert [name for name, _at in asked] == ["Cora Clase"]
    view = window.client_view
    field = view.checklist.control("c1", "completed")
    assert view.tabs.currentIndex() == 1 and field.text() == "2026-09-30" and field.hasFocus()
    assert window.show_caseload()  # leaving the client saves it, as typing in the box is saved
    assert repo.get_client(client_id).cases[0].conditions[0].completed_on == date(2026, 9, 30)
    assert repo.draft(client_id) is None


def test_u31b_02_hours_typed_when_the_window_is_killed_are_offered_back(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(_done_client("Hana Horas"))
    _typed_then_killed(Path(repo.path), client_id, "count", typed="12")
    assert repo.get_client(client_id).cases[0].conditions[1].done == 5

    asked = _draft_question(monkeypatch, put_back=True)
    show_active(qtbot, window)
    window.open_client(client_id)
    assert len(asked) == 1
    spin = window.client_view.checklist.control("c1", "count", 1)
    assert spin.cleanText() == "12" and spin.value() == 5 and spin.hasFocus()  # back in the box, not saved yet
    assert window.show_caseload()
    assert repo.get_client(client_id).cases[0].conditions[1].done == 12


def test_d32_01_typing_after_a_date_not_yet_valid_is_kept_and_put_back_as_it_was(qtbot, window, repo, monkeypatch):
    # "1985-13-01" typed as the date of birth, then a note typed for minutes, and the program
    # killed: a draft needed a whole record, so none was kept once the date was typed, and
    # everything typed after it was lost.
    client_id = repo.add_client(probation_client("Dora Fecha"))
    stored = repo.get_client(client_id)
    _typed_then_killed(Path(repo.path), client_id, "dob")
    assert repo.get_client(client_id) == stored  # nothing saved

    asked = _draft_question(monkeypatch, put_back=True)
    show_active(qtbot, window)
    window.open_client(client_id)
    assert [name for name, _at in asked] == ["Dora Fecha"]
    view = window.client_view
    person = view.record.person
    assert person.notes.toPlainText() == NOTE
    assert person.dob.text() == "1985-13-01"  # back in its field as typed, its problem said
    assert "Not a date" in person.rows["dob"].message.text() and person.rows["dob"].message.isVisible()
    assert view.save_reason.text().startswith("Cannot save: Date of birth")
    assert not view.save_button.isEnabled()
    person.dob.setText("1985-12-01")
    assert view.save()
    saved = repo.get_client(client_id)
    assert (saved.person.dob.isoformat(), saved.notes) == ("1985-12-01", NOTE)
    assert repo.draft(client_id) is None


def test_d32_02_a_new_clients_name_typed_when_the_window_is_killed_is_offered_back_at_the_next_new_client(qtbot, window, repo, monkeypatch):
    # Ctrl+N, a name typed, the field not left, the program killed: the client is stored only
    # when a field is left, and a draft was kept only for a stored client, so the name was lost.
    _typed_then_killed(Path(repo.path), "new", typed="Nina Nueva")
    assert repo.list_clients() == []  # nothing stored

    asked = _draft_question(monkeypatch, put_back=True)
    show_active(qtbot, window)
    window.new_client()
    assert [name for name, _at in asked] == ["Nina Nueva"]
    view = window.client_view
    assert view.record.person.name.text() == "Nina Nueva" and view.save_button.isEnabled()
    assert view.save()
    assert [c.name for c in repo.list_clients()] == ["Nina Nueva"]
    assert repo.draft(None) is None  # stored: not offered again
    window.show_caseload()
    window.new_client()
    assert len(asked) == 1
