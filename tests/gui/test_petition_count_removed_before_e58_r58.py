"""R58-01: a petition naming a count since removed, saved before E58-03 (the petition kept no
`counts_removed`: the client's history alone says what the count was), made the client read as
changed the moment it was opened: the Record tab's petition row writes the count from the
history, which the stored record lacks, so Save was on with nothing typed, and going to another
case committed an "Edit record" (an undo step, an audit line) nobody made.  How a count since
removed is written is no one's typing: opened, the client is unchanged; saved for a change
typed, the petition keeps the count as written (m012: "keeps them at the next save").

R58-05: Edit > Undo named that as an edit, "Edit Case BA100001: petition 1, note; petition 1,
counts removed" for a note typed ("convictions; petition 1, counts removed" for a count
removed): it names what was typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Conviction, CountRemoved, Petition
from tests.gui.conftest import open_on_record
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _saved_before_e58(repo):
    """A client of two cases whose first case's petition names count c1-2, removed since, as
    the program stored it before E58-03 (no counts_removed with the petition)."""
    client = two_counts("Remedios Retirada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-2"])]
    client.cases.append(Case(id="c2", case_number="BA200002", disposition_date=date(2019, 2, 2),
                             convictions=[Conviction(id="c2-1", section="488", level="misdemeanor",
                                                     conviction_date=date(2019, 2, 2))]))
    client.id = repo.add_client(client)
    client.cases[0].convictions.pop()
    repo.save_client(client)
    assert repo.get_client(client.id).cases[0].petitions[0].counts_removed == []
    return client.id


def test_r58_01_opened_the_client_is_not_changed(qtbot, window, repo):
    client_id = _saved_before_e58(repo)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    assert not view.save_button.isEnabled()
    # The count is still said as the history has it.
    (row,) = view.record.case_form.petitions.rows
    assert row.count_boxes["c1-2"].text() == "VC 23152(a) (no longer on the case)"
    steps = window.undo_stack.count()
    view.record.cases.setCurrentRow(1)  # to the other case: nothing to commit
    assert window.undo_stack.count() == steps
    assert [e.action for e in repo.history(client_id)].count("update") == 1  # the removal alone


def test_r58_01_a_change_typed_is_saved_with_the_count_as_written(qtbot, window, repo):
    client_id = _saved_before_e58(repo)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.record.case_form.petitions.rows[0].note.setText("CR-180 stamped")
    window.save_action.trigger()
    (petition,) = repo.get_client(client_id).cases[0].petitions
    assert petition.note == "CR-180 stamped"
    assert petition.counts_removed == [CountRemoved("c1-2", "23152(a)", "VC", "misdemeanor")]


def test_r58_01_typing_taken_back_keeps_no_draft(qtbot, window, repo):
    client_id = _saved_before_e58(repo)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    note = view.record.case_form.petitions.rows[0].note
    note.setText("CR-180")
    note.setText("")  # taken back: the record is as stored
    view._keep_draft()  # as the draft timer would, a moment after the typing
    # No draft of nothing typed, to be offered back ("put back the typing?") at the next opening.
    from db.repository import _draft_key

    (kept,) = repo.db.conn.execute("SELECT count(*) FROM settings WHERE key = ? AND value IS NOT NULL",
                                   (_draft_key(client_id),)).fetchone()
    assert kept == 0


def test_r58_05_edit_undo_names_what_was_typed_not_how_the_petition_keeps_a_count_removed(qtbot, window, repo):
    # A note typed on a petition saved before E58-03: the count removed is written at the save.
    client_id = _saved_before_e58(repo)
    window.load()
    window.open_client(client_id)
    window.client_view.record.case_form.petitions.rows[0].note.setText("CR-180 stamped")
    window.save_action.trigger()
    assert window.undo_stack.undoText() == "Edit Case BA100001, PC 1203.4 petition of 2026-11-02, note (Remedios Retirada)"  # briefly (A70-04)
    # A count removed on the Record tab: the count is the change.  A second Remedios Retirada in the
    # caseload now, the step names her with her birth date, as every step beside a namesake (K366-02).
    client = two_counts("Remedios Retirada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-2"])]
    client.cases[0].case_number = "BA300003"
    _client_id, form = open_on_record(window, repo, client)
    qtbot.mouseClick(form.convictions.rows[1].remove, Qt.MouseButton.LeftButton)
    window.save_action.trigger()
    assert window.undo_stack.undoText() == "Edit Case BA300003, convictions (Remedios Retirada, born 1985-03-14)"
