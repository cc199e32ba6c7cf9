"""A64-01: a Checklist change refused for another desk's save is kept over their record, as
the Record tab's typing is (K63-04).

Marta's Checklist open; meanwhile another desk saved her phone.  Hours typed, a payment
added or a tick: the save was rightly refused (saved whole, it would have undone the phone),
the page showed their record, the change was gone and "Make your change again" said.  It now
goes back over their record by the Record tab's path: shown on the Checklist, not saved until
it is saved as any edit is, and kept as a draft meanwhile.
"""

from __future__ import annotations

import copy
import json
import pytest
from PySide6.QtCore import Qt

from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import TODAY
from tests.gui.test_checklist_keyboard import _focus, open_on_checklist
from tests.gui.test_class_count_tally_z62 import class_and_hours, type_in
from ui.client_view import TAB_CHECKLIST

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

PHONE = "(213) 555-0199"


@pytest.fixture
def checklist(qtbot, window, repo):
    return open_on_checklist(qtbot, window, repo, class_and_hours())


def _saved_on_another_desk(repo, client_id: int, change) -> None:
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        change(theirs)
        desk_2.save_client(theirs)


def _their_phone(client) -> None:
    client.phone = PHONE


def _refused(qtbot, act) -> str:
    """What the save refused while `act` ran says (raised in a Qt slot, as the window's hook shows it)."""
    with qtbot.captureExceptions() as raised:
        act()
    refusals = [error for _type, error, _tb in raised if isinstance(error, ChangedElsewhere)]
    assert len(refusals) == 1, raised
    return str(refusals[0])


def _draft(repo, client_id: int) -> dict | None:
    row = repo.db.conn.execute("SELECT value FROM settings WHERE key = ?", (f"draft:{client_id}",)).fetchone()
    return json.loads(row[0])["record"] if row is not None and row[0] is not None else None


def test_hours_typed_while_another_desk_saved_the_phone_are_kept_and_saved_over_theirs(qtbot, checklist, repo):
    view, client_id = checklist
    _saved_on_another_desk(repo, client_id, _their_phone)
    said = _refused(qtbot, lambda: type_in(qtbot, view.checklist.control("c1", "count", 1), "+6"))
    assert "with what you typed put back over it" in said and "Make your change again" not in said
    assert repo.get_client(client_id).cases[0].conditions[1].done == 10  # refused: nothing written over theirs
    assert view.tabs.currentIndex() == TAB_CHECKLIST  # still on the page typed on
    assert view.checklist.control("c1", "count", 1).text() == "16 of 40 hours"  # the typing kept ...
    assert view.record.person.phone.text() == PHONE  # ... over their record
    assert view.save_button.isEnabled()
    kept = _draft(repo, client_id)  # kept as a draft meanwhile, typed on their record
    assert kept is not None and kept["typed_on"]["client"]["phone"] == PHONE and kept["client"]["cases"][0]["conditions"][1]["done"] == 16
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.phone, stored.cases[0].conditions[1].done) == (PHONE, 16)
    assert _draft(repo, client_id) is None


def test_a_payment_added_while_another_desk_saved_the_phone_is_kept_in_the_ledger(qtbot, checklist, repo):
    view, client_id = checklist
    _saved_on_another_desk(repo, client_id, _their_phone)
    form = view.checklist.payment_forms["c1"]
    form.amount.setText("75")
    said = _refused(qtbot, lambda: qtbot.keyClick(form.amount, Qt.Key.Key_Return))
    assert "with what you typed put back over it" in said
    assert repo.get_client(client_id).cases[0].money.payments == []
    assert view.tabs.currentIndex() == TAB_CHECKLIST
    assert view.checklist.ledger_models[0].rowCount() == 1  # the payment shown, not saved
    assert view.checklist.payment_forms["c1"].amount.text() == ""  # once: not typed again in the form
    assert view.save()
    stored = repo.get_client(client_id)
    assert stored.phone == PHONE
    assert [(p.amount, p.date) for p in stored.cases[0].money.payments] == [(75, TODAY)]


def test_a_tick_made_while_another_desk_saved_the_phone_is_kept(qtbot, checklist, repo):
    view, client_id = checklist
    _saved_on_another_desk(repo, client_id, _their_phone)
    tick = view.checklist.control("c1", "tick", 0)
    _focus(qtbot, tick)
    _refused(qtbot, lambda: qtbot.keyClick(tick, Qt.Key.Key_Space))
    assert view.checklist.control("c1", "tick", 0).isChecked()
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.phone, stored.cases[0].conditions[0].done) == (PHONE, 30)


def test_hours_they_changed_too_keep_theirs_and_what_was_typed_is_said(qtbot, checklist, repo):
    view, client_id = checklist

    def their_hours(client) -> None:
        client.cases[0].conditions[1].done = 20

    _saved_on_another_desk(repo, client_id, their_hours)
    said = _refused(qtbot, lambda: type_in(qtbot, view.checklist.control("c1", "count", 1), "+6"))
    assert "their change is kept there" in said and ": 16" in said, said
    assert view.checklist.control("c1", "count", 1).text() == "20 of 40 hours"


def test_coming_back_to_the_window_says_a_payment_typed_will_be_put_over_their_record(qtbot, window, repo):
    from tests.gui.test_open_client_follows_w33 import _elsewhere, _put_on_probation

    view, client_id = open_on_checklist(qtbot, window, repo, class_and_hours())
    form = view.checklist.payment_forms["c1"]
    form.amount.setText("25")
    _elsewhere(qtbot, window, repo, _put_on_probation(client_id, phone=PHONE))
    said = window.statusBar().currentMessage()
    assert "what you typed then put over their record, for you to check and save" in said  # not "make your change again"
    assert "make your change again" not in said
    _refused(qtbot, lambda: qtbot.keyClick(view.checklist.payment_forms["c1"].amount, Qt.Key.Key_Return))
    assert view.checklist.ledger_models[0].rowCount() == 1
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.phone, [p.amount for p in stored.cases[0].money.payments]) == (PHONE, [25])


def test_the_record_tabs_typing_put_back_is_kept_as_a_draft_typed_on_their_record(qtbot, checklist, repo):
    view, client_id = checklist
    view.tabs.setCurrentIndex(0)
    _saved_on_another_desk(repo, client_id, _their_phone)
    view.record.person.notes.setPlainText("Call after 3 pm.")
    with pytest.raises(ChangedElsewhere):
        view.save()
    kept = _draft(repo, client_id)  # killed now, the note is offered back over their phone (T63: no draft)
    assert kept is not None and kept["typed_on"]["client"]["phone"] == PHONE and kept["client"]["client"]["notes"] == "Call after 3 pm."


def test_hours_typed_on_a_case_the_record_tab_does_not_show_are_saved_too(qtbot, window, repo):
    """The Record tab's forms hold the person and the case shown; the rest of the record put
    back (hours on the second case) is kept for the save, not taken from their record again."""
    client = class_and_hours()
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA100002"
    client.cases.append(second)
    view, client_id = open_on_checklist(qtbot, window, repo, client)
    assert view.record.shown_case == 0
    _saved_on_another_desk(repo, client_id, _their_phone)
    _refused(qtbot, lambda: type_in(qtbot, view.checklist.control("c2", "count", 1), "+6"))
    assert view.checklist.control("c2", "count", 1).text() == "16 of 40 hours"
    assert view.save_button.isEnabled()
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.phone, stored.cases[1].conditions[1].done, stored.cases[0].conditions[1].done) == (PHONE, 16, 10)


def test_a_payment_added_while_another_desk_added_another_keeps_both(qtbot, checklist, repo):
    """A64-03: two desks recording a payment each on one client (the front desk a receipt, the
    paralegal the court's): the one refused went, said as the case's payments in JSON."""
    from clinic_app.model import Payment

    view, client_id = checklist
    _saved_on_another_desk(repo, client_id, lambda theirs: theirs.cases[0].money.record_payment(
        Payment(kind="restitution", date=TODAY, amount=50, receipt="R-1001")))
    form = view.checklist.payment_forms["c1"]
    form.amount.setText("75")
    said = _refused(qtbot, lambda: qtbot.keyClick(form.amount, Qt.Key.Key_Return))
    assert "their change is kept there" not in said and "[{" not in said, said
    assert view.checklist.ledger_models[0].rowCount() == 2
    assert view.save()
    stored = repo.get_client(client_id)
    assert sorted(p.amount for p in stored.cases[0].money.payments) == [50, 75]
