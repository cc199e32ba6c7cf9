"""A150-03: at intake the volunteer typed "Elena Gomez", her date of birth, and the other names
her RAP sheet lists in box 1's Aliases (H149-04), and Enter started her.  Intake named María
Elena Ruiz, whose record lists "Elena Gomez", and offered to open her instead (H149-03).  Space
on the offer opened her record: box 1's Aliases showed hers, the names typed from the RAP sheet
gone with the record taken back, and "Opened María Elena Ruiz (id 1), seen before; ..." said
nothing of them.  The names her record lacks now stay in the Aliases after hers, said, and
Enter saves them to her record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Person
from tests.gui.conftest import probation_client
from tests.gui.test_intake_returning_client_z83 import intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_the_other_names_typed_stay_when_her_record_is_opened_instead(qtbot, repo, intake, announcements):
    maria = probation_client("María Elena Ruiz", event="Clean Slate Day 2025-06-07")
    maria.person, maria.aliases = Person(dob=date(1984, 5, 12)), ["Maria Ruiz", "Elena Gomez"]
    maria_id = repo.add_client(maria)
    intake.name.setFocus()
    intake.name.setText("Elena Gomez")
    qtbot.keyClick(intake.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(intake.dob, "5/12/1984")
    intake.aliases.setFocus()
    qtbot.keyClicks(intake.aliases, "GOMEZ, ELENA; maria ruiz")
    qtbot.keyClick(intake.aliases, Qt.Key.Key_Return)
    assert intake.client is not None and intake.client.id != maria_id
    qtbot.keyClick(intake.case_number, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # as the note says
    assert QApplication.focusWidget() is intake.open_instead
    del announcements[:]

    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)

    assert intake.client.id == maria_id
    assert intake.aliases.text() == "Maria Ruiz; Elena Gomez; GOMEZ, ELENA"  # "maria ruiz" she has already
    said = [m for _s, m, _p in announcements]
    assert len(said) == 1 and said[0].startswith("Opened María Elena Ruiz"), said
    assert ("Box 1's Aliases keeps the other name typed today that their record lacks, GOMEZ, ELENA: "
            "press Enter there to save it.") in said[0], said[0]

    intake.aliases.setFocus()
    qtbot.keyClick(intake.aliases, Qt.Key.Key_Return)
    assert repo.get_client(maria_id).aliases == ["Maria Ruiz", "Elena Gomez", "GOMEZ, ELENA"]
