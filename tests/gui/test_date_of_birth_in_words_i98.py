"""I98-02: a date of birth typed in words at intake ("2 de marzo de 1985", "March 2 1985"), as
the search box and the README take it, was cut at 10 characters with not a word ("2 de marzo")
and refused.  A date field now reads the month's name as the search does (one reading,
clinic_app.matching), four-digit years only as with numbers, shows the day in its usual form
once left, and cuts nothing typed: what it cannot read stays whole, said beside it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

TODAY = date(2026, 12, 5)


@pytest.fixture
def intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    show_active(qtbot, dialog)
    yield dialog
    dialog._clear_case()
    dialog.name.clear()  # the client refused, not started: nothing to ask on closing
    dialog.close()
    dialog.deleteLater()


def _start(qtbot, dialog, born: str) -> None:
    qtbot.keyClicks(dialog.name, "Rosa Paz")
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, born)
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)


@pytest.mark.parametrize("born", ["2 de marzo de 1985", "March 2 1985", "Mar. 2, 1985", "2 March 1985",
                                  "marzo 2 de 1985", "2 de Marzo, 1985"])
def test_i98_02_a_date_of_birth_in_words_starts_the_client_born_that_day(qtbot, intake, repo, born):
    _start(qtbot, intake, born)
    assert intake.client is not None and intake.person_rows[1].message.text() == ""
    assert repo.get_client(intake.client.id).person.dob == date(1985, 3, 2)
    assert intake.dob.text() == "1985-03-02"  # shown as every date of the program is


def test_i98_02_what_the_field_cannot_read_is_kept_whole_and_said(qtbot, intake):
    _start(qtbot, intake, "2 de marzo de 85")  # two digits: 1985 or 1885, as "3/2/85" is refused
    assert intake.client is None and intake.dob.text() == "2 de marzo de 85"
    assert intake.person_rows[1].message.text() == "Not a date: write the year with its four digits, not “85”"
    intake.dob.selectAll()
    qtbot.keyClicks(intake.dob, "the second of March, 1985")
    qtbot.keyClick(intake.dob, Qt.Key.Key_Return)
    assert intake.client is None and intake.dob.text() == "the second of March, 1985"  # not cut to 10
    assert intake.person_rows[1].message.text() == "Not a date: write it as 2021-03-02, 3/2/2021 or March 2 2021"
    intake.dob.selectAll()
    qtbot.keyClicks(intake.dob, "30 de febrero de 1985")
    qtbot.keyClick(intake.dob, Qt.Key.Key_Return)
    assert intake.client is None
    assert intake.person_rows[1].message.text() == "Not a date: there is no 30 de febrero de 1985 (February 1985 has 28 days)"
