"""S118-02: a statute typed in a count's "Granted:" box or a petition's remedy box (H113-04,
R114-02: "17", "1203.4a", "PC 17(b)" choose their relief) that is no relief the box lists
("PC 1385" copied from a RAP sheet, "999") said nothing: the box kept its first title
and the typing looked taken.  The row says so under the box, with what was typed and what is
still chosen, and a screen reader hears it; the next statute that matches chooses as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from clinic_app.model import Case, Client, Conviction, Person
from tests.gui.conftest import add_row_by_keyboard, open_on_record, show_active, typed_in_a_burst
from tests.gui.test_relief_chosen_by_its_statute_h113 import _relief_added

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_s118_02_a_statute_of_no_relief_typed_in_granted_is_said_under_it(qtbot, window, repo, announcements):
    _client_id, row = _relief_added(qtbot, window, repo)
    first = row.remedy.currentText()
    typed_in_a_burst(row.remedy, "PC 1385")
    qtbot.waitUntil(row.message.isVisible)  # once the typing pauses: not "1203.4(" at its key
    said = row.message.text()
    assert not row.message.is_error  # a note: the save is not held
    assert "“1385”" in said and f"still chosen: {first}" in said, said
    assert row.remedy.currentText() == first
    assert said in row.remedy.accessibleDescription()
    assert [message for source, message, _politeness in announcements if source is row.remedy] == [said]  # once
    # Typed again, after a pause (a new statute), one that is: chosen, and the note goes.
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    typed_in_a_burst(row.remedy, "17")
    assert row.remedy.currentData() == "pc17b" and not row.message.isVisible()


def petition_added(qtbot, window, repo):
    """A petition row added by the keyboard on a 2008 burglary's record: its remedy box has the focus."""
    client = Client(name="Dana Okafor", person=Person(dob=date(1988, 3, 14)), cases=[Case(
        id="c1", case_number="BA330001", disposition_date=date(2008, 5, 2),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2008, 5, 2))])])
    _client_id, form = open_on_record(window, repo, client)
    show_active(qtbot, window)
    return add_row_by_keyboard(qtbot, form.petitions)


def test_s118_02_in_a_petition_s_remedy_box_too(qtbot, window, repo, announcements):
    petition = petition_added(qtbot, window, repo)
    assert petition.remedy.hasFocus()
    typed_in_a_burst(petition.remedy, "999")
    qtbot.waitUntil(petition.message.isVisible)
    said = petition.message.text()
    assert "“999”" in said and petition.message.isVisible(), said
    assert announcements[-1][:2] == (petition.remedy, said)
