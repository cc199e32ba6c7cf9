"""Z83-01: a clinic event's walk-in who had been seen before.  The volunteer typed "Alejandra
Cortes", born 3/19/1973, and Enter started her: not a word that the caseload already held
"Alejandra Cortés", born the same day, with her own cases.  Intake screened the new record
alone (her other cases, an open probation among them, unseen), printed her a handout saying
"You qualify now", and the pair met only that evening in the caseload's "Possible duplicates".
Intake now says, beside the name, who with that name (accents, case and spacing aside, as the
caseload's "Possible duplicates" folds them) and date of birth is already in the caseload, and
what to do; a client met by nobody is started as before, with nothing said."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 12, 4), events=[])
    dialog.resize(1093, 574)  # 1366 x 768 at 125%
    show_active(qtbot, dialog)
    yield dialog
    dialog._clear_case()
    dialog.close()
    dialog.deleteLater()


def _start(qtbot, dialog, name: str, born: str) -> None:
    dialog.name.setFocus()
    dialog.name.setText(name)  # QTest types no accented letter; the keys that follow are real
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.dob, born)
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    assert dialog.client is not None


def test_z83_01_a_returning_client_is_named_at_start(qtbot, repo, intake):
    before = probation_client("Alejandra Cortés", event="Clean Slate Day 2026-06-06")
    before.person = Person(dob=date(1973, 3, 19))
    before_id = repo.add_client(before)
    repo.add_client(Client(name="Alejandra Cortés", person=Person(dob=date(1980, 1, 1))))  # another person

    _start(qtbot, intake, "alejandra  cortes", "3/19/1973")

    said = intake.seen_before
    assert said.isVisible() and said.kind == "note", said.text()  # amber: nothing is refused
    text = said.text()
    assert f"Alejandra Cortés (id {before_id}, 1 case, Clean Slate Day 2026-06-06)" in text, text
    assert text.startswith("Same name and date of birth as ") and "not screened here" in text, text
    assert f"open their record instead (Open Alejandra Cortés (id {before_id}) instead, below" in text  # I109-02
    assert "1980" not in text and text.count("(id ") == 2  # the one named twice: in the note and its button (I109-02)
    assert intake.client.id != before_id  # started all the same, as before: the attorney merges
    assert intake.case_number.hasFocus()

    qtbot.keyClick(intake, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the next client: said no more
    assert not intake.seen_before.text()


def test_z83_01_a_new_person_is_started_with_nothing_said(qtbot, repo, intake):
    repo.add_client(Client(name="Alejandra Cortés", person=Person(dob=date(1980, 1, 1))))
    _start(qtbot, intake, "Alejandra Cortés", "3/19/1973")
    assert not intake.seen_before.text()
    assert intake.case_number.hasFocus()
