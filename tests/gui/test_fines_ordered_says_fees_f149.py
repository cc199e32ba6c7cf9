"""F149-04: a 2020 case, $385 in fines paid and $150 of the county fees AB 1869 and AB 177
abolished left unpaid.  The Record tab's "Fines ordered:" had no word on what goes in it, and
intake's said only "in all (not what is left to pay)": the paralegal typed $535, and the
screening said "Fines of $150 are unpaid; if paying them was a probation condition, only the
discretionary route may be open", the Checklist "Fines: $385 of $535 paid" and the handout
"Pay the fines you still owe: $150."  Administrative fees are no fine and cannot stop relief
(ca-rules.md 2.3).  Both fields now say what goes in, and what does not: restitution and those
fees, named; heard by a screen reader with the dollars it is typed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

SAID = ("Leave out restitution and administrative fees (probation costs, attorney fees, the county fees AB 1869 "
        "and AB 177 abolished): they are no fine, and cannot stop relief")


def test_f149_04_the_record_tabs_fines_ordered_says_what_goes_in_it(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Beto Prueba"))
    window.load()
    window.open_client(client_id)
    field = window.client_view.record.case_form.fines_ordered
    assert SAID in field.toolTip()
    assert SAID in field.accessibleDescription() and field.accessibleDescription().endswith("In dollars.")


def test_f149_04_intakes_fines_ordered_says_it_too(qtbot, window, monkeypatch):
    from ui.intake import IntakeDialog

    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    window.load()
    show_active(qtbot, window)
    seen: list[str] = []

    def in_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, IntakeDialog):
            QTimer.singleShot(10, in_it)
            return
        seen.extend([dialog.fines.toolTip(), dialog.fines.accessibleDescription()])
        dialog.reject()

    QTimer.singleShot(0, in_it)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    tip, description = seen
    assert tip.startswith("The fines the court ordered, in all (not what is left to pay)") and SAID in tip
    assert SAID in description
