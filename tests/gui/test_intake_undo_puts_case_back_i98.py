"""I98-01: at intake, Ctrl+Z after a case was added (to put one wrong date right) took the case
back and left box 2 empty: the volunteer typed the whole case again.  Undoing "Add case" now
puts the case's typing back in box 2, to correct and add again with Enter; Redo adds it again
as it was, box 2 emptied."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active, type_over
from tests.gui.test_intake_undo_u36 import _in_intake

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _start(qtbot, dialog) -> int:
    """Rosa Paz, born 1985-03-02, typed by keys and started with Enter: her id."""
    show_active(qtbot, dialog)
    type_over(qtbot, dialog.name, "Rosa Paz")
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, "1985-03-02")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    assert dialog.client is not None
    return dialog.client.id


def _type_case(qtbot, dialog, convicted: str) -> None:
    """BA100001, HS 11350 (its level the catalog's by the day: none to choose after Prop 47), convicted `convicted`,
    probation until 2023-03-02, fines $300 of which $100 paid: typed, then Enter."""
    qtbot.keyClicks(dialog.case_number, "BA100001")
    dialog.conviction.offense.setFocus()
    qtbot.keyClicks(dialog.conviction.offense, "HS 11350")
    dialog.conviction.date.setFocus()
    qtbot.keyClicks(dialog.conviction.date, convicted)
    for field, text in ((dialog.probation_end, "2023-03-02"), (dialog.fines, "300"), (dialog.fines_paid, "100")):
        field.setFocus()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.fines_paid, Qt.Key.Key_Return)


def _box_2(dialog) -> tuple:
    row = dialog.conviction
    return (dialog.case_number.text(), row.offense.text(), row.level.currentText(), row.date.text(),
            dialog.sentence.currentText(), dialog.probation_end.text(), dialog.fines.text(), dialog.fines_paid.text(),
            dialog.county.text())


def _cases(repo, client_id) -> list[tuple]:
    return [(case.case_number, case.convictions[0].section, case.convictions[0].level, case.disposition_date)
            for case in repo.get_client(client_id).cases]


def test_i98_01_undo_of_a_case_puts_its_typing_back_to_correct_and_enter_adds_it_corrected(qtbot, window, repo, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.intake.stay_or_discard", lambda *args, **kwargs: asked.append(args) or True)
    window.load()

    def at_the_table(dialog) -> list:
        _start(qtbot, dialog)
        _type_case(qtbot, dialog, "2021-03-02")  # the wrong day: it was 2013
        client_id = dialog.client.id
        assert _cases(repo, client_id) == [("BA100001", "11350", None, date(2021, 3, 2))]
        assert dialog.case_number.text() == "" and dialog.focusWidget() is dialog.case_number

        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        assert _cases(repo, client_id) == []
        assert _box_2(dialog) == ("BA100001", "HS 11350", "Choose level", "2021-03-02", "Probation", "2023-03-02",
                                  "300", "100", "Los Angeles")
        assert dialog.case_message.text() == ("Undone: Add case BA100001 (Rosa Paz). Its typing is back in box 2: "
                                              "correct it and press Enter to add it again.")
        assert dialog.focusWidget() is dialog.case_number

        # The day put right by the keyboard: the catalog's level follows it (HS 11350 was a
        # felony before Prop 47), as it did when the case was first typed.
        dialog.conviction.date.setFocus()
        dialog.conviction.date.selectAll()
        qtbot.keyClicks(dialog.conviction.date, "2013-03-02")
        assert dialog.conviction.level.currentText() == "Felony"
        qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
        assert _cases(repo, client_id) == [("BA100001", "11350", "felony", date(2013, 3, 2))]
        assert dialog.case_number.text() == "" and dialog.case_message.text().startswith("Case 1 added and screened.")
        return asked

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [[]]


def test_i98_01_redo_adds_the_case_again_as_it_was_and_empties_box_2(qtbot, window, repo, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.intake.stay_or_discard", lambda *args, **kwargs: asked.append(args) or True)
    window.load()

    def at_the_table(dialog) -> list:
        _start(qtbot, dialog)
        _type_case(qtbot, dialog, "2021-03-02")
        client_id = dialog.client.id
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        assert _cases(repo, client_id) == [] and dialog.case_number.text() == "BA100001"
        dialog.name.setFocus()  # a field with no typing of its own to redo
        qtbot.keyClick(dialog.name, Qt.Key.Key_Z, CTRL | SHIFT)
        assert _cases(repo, client_id) == [("BA100001", "11350", None, date(2021, 3, 2))]
        assert dialog.case_message.text() == "Redone: Add case BA100001 (Rosa Paz)."
        assert _box_2(dialog) == ("", "", "Choose level", "", "Probation", "", "", "", "Los Angeles")
        assert not dialog.typed_case()  # nothing to ask about on Done or Ctrl+N

        # Undone twice: the case's typing back, then the client; their steps are both in Redo,
        # so nothing typed is lost and nothing is asked.
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        assert dialog.case_number.text() == "BA100001"
        dialog.undo_button.click()
        assert dialog.client is None
        assert dialog.case_number.text() == ""
        return asked

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [[]]


def test_i98_01_a_next_case_typed_and_not_added_is_asked_about_before_the_undo_puts_the_last_one_back(qtbot, window, repo,
                                                                                                      monkeypatch):
    asked = []
    answer = [False]
    monkeypatch.setattr("ui.intake.stay_or_discard", lambda _parent, _title, text, *rest: asked.append(text) or answer[0])
    window.load()

    def at_the_table(dialog) -> list:
        _start(qtbot, dialog)
        _type_case(qtbot, dialog, "2021-03-02")
        client_id = dialog.client.id
        qtbot.keyClicks(dialog.case_number, "LA2")  # the next case, begun
        dialog.undo_button.click()
        assert asked and asked[0].startswith("The case typed in box 2 has not been saved")
        assert dialog.case_number.text() == "LA2" and len(_cases(repo, client_id)) == 1  # stayed
        answer[0] = True
        dialog.undo_button.click()
        assert dialog.case_number.text() == "BA100001" and _cases(repo, client_id) == []
        return len(asked)

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [2]
