"""U52: a blank amount on the Record tab is not known, not $0.

"Fines paid" left blank (nobody asked the client or the court) had been read as $0 paid:
the Checklist said "Fines: $0 of $500 paid", the caseload "fines $500" outstanding.  Typed
into the real Record tab, saved, read back from the caseload file.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clinic_app.checklist import outstanding
from tests.gui.conftest import TODAY, open_on_record, probation_client, type_and_leave

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _checklist_lines(window) -> list[str]:
    window.client_view.tabs.setCurrentWidget(window.client_view.checklist)
    return [label.text() for label in window.client_view.checklist.findChildren(QLabel) if label.isVisible()]


def _open_with_fines(qtbot, window, repo, paid: str) -> int:
    client_id = repo.add_client(probation_client("Blanca Sinpago"))
    window.load()
    window.open_client(client_id)
    form = window.client_view.record.case_form
    type_and_leave(qtbot, form.fines_ordered, "500")
    type_and_leave(qtbot, form.fines_paid, paid)
    return client_id


def test_a_blank_fines_paid_is_stored_unknown_and_the_checklist_asks(qtbot, window, repo):
    client_id = _open_with_fines(qtbot, window, repo, "")
    assert window.client_view.record.case_form.fines_paid.placeholderText() == "not known"
    stored = repo.get_client(client_id)
    assert (stored.cases[0].money.fines_ordered, stored.cases[0].money.fines_paid) == (500, None)
    lines = _checklist_lines(window)
    assert "Fines: $500 ordered, payments not recorded - ask the client or the court" in lines
    assert not any("$0 of $500" in line for line in lines)
    assert outstanding(stored, TODAY) == ["fines: payments not recorded"]


def test_a_typed_0_stays_a_known_0(qtbot, window, repo):
    client_id = _open_with_fines(qtbot, window, repo, "0")
    stored = repo.get_client(client_id)
    assert stored.cases[0].money.fines_paid == 0
    assert "Fines: $0 of $500 paid - $500 to go" in _checklist_lines(window)
    assert outstanding(stored, TODAY) == ["fines $500"]


def test_intake_stores_a_blank_fines_paid_as_unknown(qtbot, repo):
    """At intake: "Fines $: 1800", "Fines paid $:" left blank (the client does not remember).
    The case's line had said "fines $1,800" owed."""
    from tests.gui.test_intake_custody_d48 import _dui_with_fines, _intake

    dialog = _intake(qtbot, repo)
    _dui_with_fines(qtbot, dialog, "1800", "")
    qtbot.keyClick(dialog.fines, Qt.Key.Key_Return)
    assert dialog.case_message.text().startswith("Case 1 added"), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert (case.money.fines_ordered, case.money.fines_paid) == (1800, None)
    assert "fines $1,800" not in dialog.best.text()
    assert "fines: payments not recorded" in dialog.best.text()


def test_u52_04_hours_done_left_blank_are_not_recorded_not_none_done(qtbot, window, repo):
    """Community service of 40 hours, "Done:" left blank: stored unknown; the Checklist said
    nothing but "0 of 40 hours" and the caseload "community service 0/40 h"."""
    from ui.forms import MessageLabel

    client_id, form = open_on_record(window, repo, probation_client("Horacio Sinhoras"))
    view = window.client_view
    qtbot.mouseClick(form.conditions.add_button, Qt.MouseButton.LeftButton)
    (row,) = form.conditions.rows
    row.kind.setCurrentIndex(row.kind.findData("community_service"))
    row.kind.activated.emit(row.kind.currentIndex())
    type_and_leave(qtbot, row.label, "Caltrans")
    type_and_leave(qtbot, row.required, "40")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    stored = repo.get_client(client_id)
    (condition,) = stored.cases[0].conditions
    assert (condition.kind, condition.required, condition.done) == ("community_service", 40, None)
    assert outstanding(stored, TODAY) == ["community service ?/40 h"]
    view.tabs.setCurrentWidget(view.checklist)
    said = [m.text() for m in view.checklist.findChildren(MessageLabel) if m.isVisible()]
    assert "Hours done not recorded: ask the client or the program" in said
    assert "0%" not in _checklist_lines(window)  # no bar saying none done
