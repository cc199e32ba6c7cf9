"""Y141-05: a former fire-crew member taken in at a clinic event with his 2015 state prison term.
Intake has no place for fire camp, and box 3 listed PC 1203.41 and the certificate with no word of
PC 1203.4b, so the one question that opens it was not asked while the client sat at the table.  Box
3 now asks it under the outcome, as the Eligibility tab does (Y141-02), saying where a yes goes; a
probation case asks nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ASKED = "Did the client serve on a fire crew or hand crew while in custody? If so, PC 1203.4b dismissal may fit."


def _intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Rafael Pruebafuego")
    qtbot.keyClicks(dialog.dob, "3/1/1990")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client is not None
    return dialog


def _burglary(qtbot, dialog, sentence: str) -> None:
    qtbot.keyClicks(dialog.case_number, "BA430001")
    qtbot.keyClicks(dialog.conviction.offense, "459/460(a)")
    dialog.conviction.settle_offense()
    dialog.conviction.level.setCurrentIndex(dialog.conviction.level.findData("felony"))
    qtbot.keyClicks(dialog.conviction.date, "4/10/2015")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData(sentence))
    if sentence == "state_prison":
        qtbot.keyClicks(dialog.released, "3/1/2017")
        qtbot.keyClick(dialog.released, Qt.Key.Key_Return)
    else:
        qtbot.keyClicks(dialog.probation_end, "4/10/2018")
        qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    assert dialog.case_message.text().startswith("Case 1 added"), dialog.case_message.text()


def test_y141_05_a_prison_term_at_intake_asks_about_fire_crew(qtbot, repo):
    dialog = _intake(qtbot, repo)
    _burglary(qtbot, dialog, "state_prison")
    said = dialog.best.text()
    assert ASKED in said
    assert "\u201cServed in a fire camp\u201d on the Record tab after intake" in said


def test_y141_05_a_probation_case_asks_nothing(qtbot, repo):
    dialog = _intake(qtbot, repo)
    _burglary(qtbot, dialog, "probation")
    assert "fire crew" not in dialog.best.text()
