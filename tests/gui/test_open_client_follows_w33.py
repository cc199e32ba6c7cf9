"""W33-03: the client open follows another desk when the window is come back to.

D32-03 made the list's lines follow; the client open on the Record, Checklist or Eligibility
page kept showing the record and screening another desk had since changed, and saving over it
was refused only then.  Two connections on one caseload file, as two desks have.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import TODAY, probation_client, show_active
from ui.client_view import TAB_CHECKLIST, TAB_ELIGIBILITY, TAB_RECORD
from ui.services import screen_and_store


def _open(qtbot, window, repo, name="Dana Desk"):
    client_id = repo.add_client(probation_client(name))
    screen_and_store(repo, repo.get_client(client_id), TODAY)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    return client_id, window.client_view


def _elsewhere(qtbot, window, repo, change) -> None:
    """The user goes to another window while desk 2 does `change(desk_2)`, then comes back."""
    other = QWidget()
    qtbot.addWidget(other)
    show_active(qtbot, other)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        change(desk_2)
    show_active(qtbot, window)


def _put_on_probation(client_id, *, phone=None):
    def change(desk_2):
        client = desk_2.get_client(client_id)
        client.cases[0].sentence.probation.end = date(2027, 6, 1)  # on probation now: the outcome changes
        if phone is not None:
            client.phone = phone
        desk_2.save_client(client)
        screen_and_store(desk_2, client, TODAY)
    return change


def test_nothing_typed_the_open_client_is_shown_again_as_stored_on_the_same_page(qtbot, window, repo):
    client_id, view = _open(qtbot, window, repo)
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    before = view.outcome.text()
    _elsewhere(qtbot, window, repo, _put_on_probation(client_id, phone="555-0199"))
    assert view.client.cases[0].sentence.probation.end == date(2027, 6, 1)
    assert view.record.person.phone.text() == "555-0199"
    assert view.outcome.text() != before  # the screening of the record as stored
    assert view.tabs.currentIndex() == TAB_ELIGIBILITY  # the page kept
    assert "shown as it is now" in window.statusBar().currentMessage()
    assert not view.save_button.isEnabled()  # nothing to save: the forms are the stored record


def test_nothing_typed_the_focus_stays_in_the_field_it_was_in(qtbot, window, repo):
    client_id, view = _open(qtbot, window, repo)
    view.tabs.setCurrentIndex(TAB_RECORD)
    view.record.person.phone.setFocus()
    qtbot.waitUntil(view.record.person.phone.hasFocus)
    _elsewhere(qtbot, window, repo, _put_on_probation(client_id, phone="555-0123"))
    assert view.record.person.phone.text() == "555-0123"
    qtbot.waitUntil(view.record.person.phone.hasFocus)


def test_typing_not_saved_is_kept_and_the_refused_save_is_said_truly(qtbot, window, repo):
    client_id, view = _open(qtbot, window, repo)
    # A date of birth on its way, not yet a date: leaving the window cannot save it (valid
    # typing is saved as the field loses the focus, before another desk can change anything).
    view.record.person.dob.setFocus()
    view.record.person.dob.selectAll()
    qtbot.keyClicks(view.record.person.dob, "3/2/")
    _elsewhere(qtbot, window, repo, _put_on_probation(client_id, phone="555-0100"))
    assert view.record.person.dob.text() == "3/2/"  # the typing kept
    assert view.client.phone is None  # over the record it was typed on
    said = window.statusBar().currentMessage()
    assert said == ("Dana Desk's record was changed in another window or on another desk since you opened it. What you "
                    "typed is kept here, not saved: saving it will be refused once (it would undo their change), and "
                    "what you typed then put over their record, for you to check and save.")
    # As said: the save, once the date is one, is refused, and the record shown is theirs,
    # the date typed put back over it (K63-04: it was gone, to be typed again).
    view.record.person.dob.setText("1985-03-02")
    with pytest.raises(ChangedElsewhere):
        view.save()
    assert view.client.phone == "555-0100"
    assert view.record.person.phone.text() == "555-0100"
    assert view.record.person.dob.text() == "1985-03-02"
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.phone, stored.person.dob.isoformat()) == ("555-0100", "1985-03-02")


def test_a_payment_typed_on_the_checklist_and_not_added_is_kept_too(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Dora Pago", restitution_ordered=1500))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_CHECKLIST)
    view.checklist.payment_forms["c1"].amount.setText("25")
    _elsewhere(qtbot, window, repo, _put_on_probation(client_id, phone="555-0101"))
    assert view.checklist.payment_forms["c1"].amount.text() == "25"
    assert view.tabs.currentIndex() == TAB_CHECKLIST
    assert "saving it will be refused once" in window.statusBar().currentMessage()


def test_the_open_client_removed_on_another_desk_is_said_and_the_list_shown(qtbot, window, repo, monkeypatch):
    client_id, view = _open(qtbot, window, repo, name="Ben Gone")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_rest: said.append(text))
    _elsewhere(qtbot, window, repo, lambda desk_2: desk_2.delete_client(client_id))
    assert said == ["Ben Gone is no longer in this caseload: removed in another window or on another desk."]
    assert window.pages.currentWidget() is not view
    assert window.caseload.model.row_of_client(client_id) is None
    QApplication.processEvents()
