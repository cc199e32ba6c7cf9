"""H328-02: a probation whose end has passed, marked active, is confirmed where the Checklist says so.

A client back a year after her screening: the Checklist's probation line read "Probation was to
end 2026-06-01: confirm with the court that it ended", a bullet with nothing to click and no
word of where the court's answer goes; every result stayed "Needs review" until the case's
probation Status, on the Record tab under the sentence, below the fold, said Completed.  The
line now has a button that takes the keyboard to that Status, on her case.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from clinic_app.model import Case, Conviction, Probation, Sentence
from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _came_back():
    client = probation_client("Rosa Delgado Ortiz", case_number="9CJ01234", probation_end=date(2023, 5, 1))
    client.cases.append(Case(
        id="c2", case_number="3CJ05678", disposition_date=date(2023, 6, 1),
        convictions=[Conviction(id="c2-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2023, 6, 1))],
        sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2023, 6, 1), end=date(2026, 6, 1),
                                                                status="active"))))
    return client


def test_h328_02_the_checklist_takes_the_keyboard_to_the_probation_status_to_confirm(qtbot, window, repo):
    open_on_record(window, repo, _came_back())
    view = window.client_view
    view.tabs.setCurrentWidget(view.checklist)
    line = "Probation was to end 2026-06-01: confirm with the court that it ended"
    buttons = [b for b in view.checklist.findChildren(QPushButton) if b.text().replace("&", "") == "Set its status (Record tab)"]
    assert len(buttons) == 1, "one button, on the case whose probation end is to confirm"
    button = buttons[0]
    assert line in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    form = view.record.case_form
    qtbot.waitUntil(lambda: form.probation_status.hasFocus())
    assert view.tabs.currentWidget() is view.record
    assert view.record.shown_case == 1  # her 2023 case, not the first one listed
    assert form.case_number.text() == "3CJ05678"
    form.probation_status.setCurrentIndex(form.probation_status.findData("completed"))
    view.save_button.click()
    view.tabs.setCurrentWidget(view.checklist)
    qtbot.waitUntil(lambda: "Probation completed 2026-06-01" in view.checklist.words())
    assert not [b for b in view.checklist.findChildren(QPushButton) if b.text().replace("&", "") == "Set its status (Record tab)"]


def _status_buttons(checklist):
    return [b for b in checklist.findChildren(QPushButton) if b.text().replace("&", "") == "Set its status (Record tab)"]


@pytest.mark.parametrize("early", [False, True])
def test_r331_02_a_probations_last_day_offers_no_status_to_confirm(qtbot, window, repo, early):
    """R331-02: on a probation's last day the line reads "Probation ends 2026-06-01 (this is its
    last day)", with nothing to confirm yet, and it had "Set its status (Record tab)", its name
    "Probation ends ...: set its status": a paralegal marked it Completed a day early, which the
    Checklist has refused to tick since O23-03.  The day after, the line and its button."""
    open_on_record(window, repo, _came_back())
    view = window.client_view
    client = view.client
    if early:  # the court ended it early on that day (O23-21)
        client.cases[1].sentence.probation.early_termination = date(2026, 3, 2)
    last = date(2026, 3, 2) if early else date(2026, 6, 1)
    view.checklist.show_client(client, last)
    assert "this is its last day" in view.checklist.words()
    assert not _status_buttons(view.checklist)
    view.checklist.show_client(client, date(2026, 6, 2))
    assert len(_status_buttons(view.checklist)) == (0 if early else 1)
