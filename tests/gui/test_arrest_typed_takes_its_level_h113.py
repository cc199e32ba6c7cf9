"""H113-01: on the Record tab, an arrest typed from a RAP sheet ("Add what the arrest was for",
"148(a)(1)", Tab) was said "PC 148(a)(1) Resisting, delaying or obstructing an officer -
misdemeanor" under its Level box, which stayed "Level unknown", and was stored so: the
screening then asked "whether the arrest was for a felony or a misdemeanor, and the record does
not say" for both arrest remedies, where intake stores the same arrest a misdemeanor (R51-01's
catalog level).  A section typed now takes the catalog's level on the arrest's day on leaving
its field, or at Ctrl+S, as a count's does; a wobbler, an attempt, a level the law changed
before the arrest (HS 11350 after Prop 47), a level chosen and a stored row are left as they are."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Person
from tests.gui.conftest import TODAY, add_row_by_keyboard, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

CTRL = Qt.KeyboardModifier.ControlModifier


def _no_charges_opened(qtbot, window, repo, arrested: date | None = date(2021, 10, 10)):
    """A case of no charges filed, arrested `arrested`, nothing yet of what for; the Record tab's
    "Add what the arrest was for" pressed by the keyboard: (client id, form, the new row)."""
    client = Client(name="Dana Okafor", person=Person(dob=date(1988, 3, 14)), cases=[Case(
        id="c1", outcome="no_charges_filed", county="Orange", arrest_date=arrested)])
    client_id = repo.add_client(client)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    form = window.client_view.record.case_form
    row = add_row_by_keyboard(qtbot, form.arrest_offenses)
    assert row.section.hasFocus()
    return client_id, form, row


def _asked_level(repo, client_id) -> list[str]:
    client = repo.get_client(client_id)
    return [d.remedy for d in screen(client.person, client.cases, TODAY).results
            if any(m.endswith("arrest_level") for m in d.missing_facts)]


def test_h113_01_a_misdemeanor_typed_and_left_is_stored_a_misdemeanor(qtbot, window, repo):
    client_id, _form, row = _no_charges_opened(qtbot, window, repo)
    qtbot.keyClicks(row.section, "148(a)(1)")
    qtbot.keyClick(row.section, Qt.Key.Key_Tab)
    assert row.level.currentText() == "Misdemeanor"  # was "Level unknown" beside "... - misdemeanor"
    assert row.message.text() == "PC 148(a)(1) Resisting, delaying or obstructing an officer - misdemeanor"
    (offense,) = repo.get_client(client_id).cases[0].arrest_offenses
    assert offense.level == "misdemeanor"
    assert _asked_level(repo, client_id) == []  # was pc851_91 and pc851_93


def test_h113_01_a_felony_typed_then_ctrl_s_is_stored_a_felony(qtbot, window, repo):
    client_id, _form, row = _no_charges_opened(qtbot, window, repo)
    qtbot.keyClicks(row.section, "211")
    qtbot.keyClick(row.section, Qt.Key.Key_S, CTRL)  # saved with the cursor still after "211"
    assert row.level.currentText() == "Felony"
    assert repo.get_client(client_id).cases[0].arrest_offenses[0].level == "felony"


@pytest.mark.parametrize("typed", ["273.5", "664/459", "HS 11350"])
def test_h113_01_a_wobbler_an_attempt_or_a_level_prop_47_changed_stays_to_choose(qtbot, window, repo, typed):
    client_id, _form, row = _no_charges_opened(qtbot, window, repo)  # arrested 2021: HS 11350 no felony then
    qtbot.keyClicks(row.section, typed)
    qtbot.keyClick(row.section, Qt.Key.Key_Tab)
    assert row.level.currentData() is None
    assert repo.get_client(client_id).cases[0].arrest_offenses[0].level is None


def test_h113_01_a_level_chosen_stays_and_the_level_follows_the_arrest_date_typed_after(qtbot, window, repo):
    client_id, form, row = _no_charges_opened(qtbot, window, repo, arrested=None)
    qtbot.keyClicks(row.section, "HS 11350")
    qtbot.keyClick(row.section, Qt.Key.Key_Tab)
    assert row.level.currentData() is None  # no arrest date: Prop 47 may have changed it
    form.arrest_date.setFocus()
    qtbot.keyClicks(form.arrest_date, "2012-08-05")
    qtbot.keyClick(form.arrest_date, Qt.Key.Key_S, CTRL)
    assert row.level.currentText() == "Felony"  # the catalog's, on that day
    assert repo.get_client(client_id).cases[0].arrest_offenses[0].level == "felony"
    form.arrest_date.selectAll()
    qtbot.keyClicks(form.arrest_date, "2016-08-05")
    qtbot.keyClick(form.arrest_date, Qt.Key.Key_S, CTRL)
    assert row.level.currentData() is None
    # A level the paralegal chose is theirs: another day typed leaves it.
    row.level.setFocus()
    qtbot.keyClick(row.level, Qt.Key.Key_Down)  # Misdemeanor
    assert row.level.currentText() == "Misdemeanor"
    form.arrest_date.setFocus()
    form.arrest_date.selectAll()
    qtbot.keyClicks(form.arrest_date, "2012-08-05")
    qtbot.keyClick(form.arrest_date, Qt.Key.Key_S, CTRL)
    assert repo.get_client(client_id).cases[0].arrest_offenses[0].level == "misdemeanor"
