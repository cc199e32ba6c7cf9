"""E70-01 at the table: a case number typed at intake as the docket prints it ("CR 12-3-45")
is kept as typed, and the window's search box finds the client by it and opens on that case.
The search had read it as the name "CR" and a date of birth, December 3, 1945: nobody."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active, type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

CTRL = Qt.KeyboardModifier.ControlModifier


def test_e70_01_a_case_typed_at_intake_as_printed_is_found_by_it(qtbot, window, repo):
    from ui.intake import IntakeDialog

    repo.add_client(probation_client("Cr Tran", case_number="BA100001"))  # born 1985-03-14: no date read
    dialog = IntakeDialog(repo, today=date(2026, 12, 5), events=[])
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Ana Ortiz")
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, "7/4/1990")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    type_intake_case(qtbot, dialog, "CR 12-3-45", "1/15/2021", offense="484")
    type_intake_case(qtbot, dialog, "BA 12-10-19", "2/1/2020", offense="459")
    ana = dialog.client.id
    assert [case.case_number for case in repo.get_client(ana).cases] == ["CR 12-3-45", "BA 12-10-19"]
    dialog.close()
    dialog.deleteLater()

    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    for typed, case in (("CR 12-3-45", "CR 12-3-45"), ("ortiz BA 12-10-19", "BA 12-10-19")):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
        search = window.caseload.search
        qtbot.keyClick(search, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(search, typed)
        qtbot.waitUntil(lambda: window.caseload.proxy.rowCount() == 1)
        qtbot.keyClick(search, Qt.Key.Key_Return)
        view = window.client_view
        qtbot.waitUntil(lambda: view.client is not None and window.pages.currentWidget() is view)
        assert view.client.id == ana
        assert view.record.case_form.case_number.text() == case
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload)
