"""K99-02: at intake, a case typed without its court number (the client does not have it at the
table) was listed in box 3 by its record's key: "c1 (convicted 2018-01-05, PC 459, Los Angeles
County): Dismissal after probation ...", a word the volunteer never typed nor saw anywhere else
at intake, where "Case 1 added and screened." had just been said of it, and so long a title that
the result itself ran off the line.  It is listed as a numbered case is ("BA123456 PC 484: ..."),
by its place: "Case 1 (no number yet) PC 459: ...", "Case 1 (no number yet), whole case: ...";
a case with a number, or a word typed for one not known ("unknown"), is listed as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, show_active, type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Lucia Sinnumero")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.dob, "2 de septiembre de 1985")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    assert dialog.client is not None and dialog.case_number.hasFocus()
    return dialog


def _listed(dialog) -> list[str]:
    return [dialog.results.item(i).text() for i in range(dialog.results.count())]


def test_k99_02_a_case_added_without_a_number_is_listed_as_the_case_said_added(qtbot, intake):
    type_intake_case(qtbot, intake, "", "1/5/2018", offense="459")
    type_intake_case(qtbot, intake, "BA123456", "3/5/2019", offense="484")
    type_intake_case(qtbot, intake, "unknown", "4/6/2020", offense="602")
    assert intake.case_message.text() == "Case 3 added and screened."
    listed = _listed(intake)
    first = [line for line in listed if not line.startswith(("BA123456", "unknown"))]
    assert first, listed
    assert all(line.startswith(("Case 1 (no number yet) PC 459: ", "Case 1 (no number yet), whole case: "))
               for line in first), first
    assert ("Case 1 (no number yet) PC 459: Dismissal after probation (PC 1203.4): Needs review: Was the conviction a felony, "
            "a misdemeanor or an infraction?") in listed
    assert not any(line.startswith("c1") for line in listed), listed
    # A case with its number, and one whose number was typed as a word, as before.
    assert any(line.startswith("BA123456 PC 484: ") for line in listed), listed
    assert any(line.startswith("unknown (convicted 2020-04-06, PC 602, Los Angeles County): ") for line in listed), listed
