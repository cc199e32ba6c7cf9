"""M160-03: at a clinic event Tanya (synthetic) said she "had a juvenile case" at 16.  The
volunteer typed it at intake as the sheet wrote it, "WI 602"; the count's note said it is the
juvenile court's law, not a conviction, and Clinic Desk does not clear it (J140-02), but the note
went with the typing: once Enter added the case, box 3 ("Screened on the spot") listed for it
"J0001 WI 602: Dismissal after probation (PC 1203.4): Needs review", the DOJ's automatic relief,
an under-18 sealing and an early end of probation, as for a conviction.  Box 3 now says of it
what the note said, once, and lists no relief for it; her adult case's results are listed as
before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_first_clinic_event_e29 import _choose

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _case(qtbot, dialog, number: str, offense: str, convicted: str) -> None:
    qtbot.keyClicks(dialog.case_number, number)
    qtbot.keyClicks(dialog.conviction.offense, offense)
    _choose(qtbot, dialog.conviction.level, "Misdemeanor")
    qtbot.keyClicks(dialog.conviction.date, convicted)
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)


def test_m160_03_box_3_says_a_juvenile_court_case_is_no_conviction(qtbot, repo):
    from tests.gui.conftest import TODAY
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Tanya Testjuvenil")
    qtbot.keyClicks(dialog.dob, "1999-06-01")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    _case(qtbot, dialog, "LAM20T0002", "PC 484(a)", "2020-08-10")
    _case(qtbot, dialog, "J0001", "WI 602", "2015-10-01")
    assert dialog.case_message.text() == "Case 2 added and screened."

    lines = [dialog.results.item(row).text() for row in range(dialog.results.count())]
    juvenile = [line for line in lines if line.startswith("J0001")]
    assert juvenile == ["J0001 WI 602: WI 602 is the juvenile court's law, not an offense: a juvenile court's finding is not a "
                        "conviction, and Clinic Desk does not clear it (the juvenile court seals its records, under W&I 781 or "
                        "786: refer the client)"], lines
    assert any(line.startswith("LAM20T0002 PC 484(a): Dismissal after probation (PC 1203.4): ") for line in lines), lines
