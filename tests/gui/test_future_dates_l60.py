"""L60-02: I59-02 refused a conviction, arrest, judgment or disposition day typed after today,
but a count's relief granted and a probation violation, days gone by as well, were saved
"2042" for "2024" without a word (a violation to come read as one that happened).  They are
refused now in the same words, naming the field, in the Record tab, at intake, and on import
(tests/cli/test_import_future_dates_l60.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import ReliefGranted, Violation
from tests.gui.conftest import TODAY, probation_client, type_intake_case
from tests.gui.test_client_record import _open, _type
from tests.gui.test_future_dates_i59 import _intake, no_sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LATER = f"after today ({TODAY.isoformat()}); a day gone by, check the year"


def test_l60_record_tab_refuses_relief_granted_after_today(qtbot, window, repo):
    client = no_sentence("Rosa Reducida")
    client.cases[0].convictions[0].relief_granted = [ReliefGranted("pc17b", date(2024, 6, 1))]
    client_id = _open(window, repo, client)
    view = window.client_view
    relief = view.record.case_form.convictions.rows[0].relief.rows[0]
    _type(qtbot, relief.date, "2042-06-01")
    said = f"Relief granted: {LATER}"
    assert relief.message.text() == said
    assert not view.save_button.isEnabled() and said in view.save_button.toolTip()
    qtbot.wait(200)
    assert repo.get_client(client_id).cases[0].convictions[0].relief_granted[0].date == date(2024, 6, 1)
    _type(qtbot, relief.date, TODAY.isoformat())  # today is no mistake
    assert view.problems() == []
    assert repo.get_client(client_id).cases[0].convictions[0].relief_granted[0].date == TODAY


def test_l60_record_tab_refuses_a_violation_after_today(qtbot, window, repo):
    client = probation_client("Victor Violacion")
    client.cases[0].sentence.probation.violations = [Violation(date(2023, 5, 2), "reinstated")]
    client_id = _open(window, repo, client)
    view = window.client_view
    violation = view.record.case_form.violations.rows[0]
    _type(qtbot, violation.date, "2043-05-02")
    said = f"Violation: {LATER}"
    assert violation.message.text() == said
    assert not view.save_button.isEnabled() and said in view.save_button.toolTip()
    assert repo.get_client(client_id).cases[0].sentence.probation.violations[0].date == date(2023, 5, 2)


def test_l60_intake_refuses_relief_granted_after_today(qtbot, repo):
    dialog = _intake(qtbot, repo)
    type_intake_case(qtbot, dialog, "24CR045", "2024-03-01", enter=False)
    dialog.conviction.relief.add_button.click()
    relief = dialog.conviction.relief.rows[0]
    relief.date.setFocus()
    qtbot.keyClicks(relief.date, "2042-06-01")
    qtbot.keyClick(relief.date, Qt.Key.Key_Return)
    assert relief.message.text() == dialog.case_message.text() == f"Relief granted: {LATER}"
    assert repo.get_client(dialog.client.id).cases == []
    qtbot.wait(200)
