"""H113-04: a RAP sheet says "17(b) PC" and "1203.4 PC dismissed"; the Record tab's "Granted:"
box lists the relief by its plain title ("Reduction of a wobbler to a misdemeanor (PC 17(b))"),
and typing "17" in it, as in a box of words, left "Dismissal after probation (PC 1203.4)": a
paralegal at the keyboard had to know the titles, or press Down five times.  The statute typed
now chooses its relief ("17", "1203.4a", "4852"), as the title's first letters still do ("R")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.conftest import add_row_by_keyboard, open_on_record, show_active, typed_in_a_burst

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _relief_added(qtbot, window, repo):
    client = Client(name="Dana Okafor", person=Person(dob=date(1988, 3, 14)), cases=[Case(
        id="c1", case_number="BA330001", disposition_date=date(2008, 5, 2),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2008, 5, 2))],
        sentence=Sentence(type="probation", probation=Probation(kind="formal", start=date(2008, 5, 2), end=date(2011, 5, 2))))])
    client_id, form = open_on_record(window, repo, client)
    show_active(qtbot, window)
    row = add_row_by_keyboard(qtbot, form.convictions.rows[0].relief)
    assert row.remedy.hasFocus()
    return client_id, row


def test_h113_04_the_statute_typed_chooses_the_relief(qtbot, window, repo):
    client_id, row = _relief_added(qtbot, window, repo)
    typed_in_a_burst(row.remedy, "17")
    assert row.remedy.currentData() == "pc17b"  # was pc1203_4, the first
    qtbot.keyClick(row.remedy, Qt.Key.Key_Tab)
    qtbot.keyClicks(row.date, "6/1/2012")
    qtbot.keyClick(row.date, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (granted,) = repo.get_client(client_id).cases[0].convictions[0].relief_granted
    assert (granted.remedy, granted.date) == ("pc17b", date(2012, 6, 1))


@pytest.mark.parametrize("typed, chosen", [("1203.4a", "pc1203_4a"), ("1203.41", "pc1203_41"), ("4852", "cor"),
                                           ("1170", "prop47"), ("R", "pc17b")])
def test_h113_04_each_statute_and_a_title_s_letter_choose_theirs(qtbot, window, repo, typed, chosen):
    _client_id, row = _relief_added(qtbot, window, repo)
    typed_in_a_burst(row.remedy, typed)
    assert row.remedy.currentData() == chosen


def test_h113_04_the_keypad_s_digits_too(qtbot, window, repo):
    _client_id, row = _relief_added(qtbot, window, repo)
    typed_in_a_burst(row.remedy, "17", modifiers=Qt.KeyboardModifier.KeypadModifier)
    assert row.remedy.currentData() == "pc17b"
