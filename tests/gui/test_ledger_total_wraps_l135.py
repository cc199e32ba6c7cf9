"""L135-02: a case whose fines were paid as a total (the case's "Fines paid", typed or imported)
says under "Payment ledger": "No payments entered one by one; $500 of the fines paid as a total
(the case's “Fines paid”, typed or imported)."  On one line that can not wrap, at 200% with
15 pt text in a 667-wide window, it needed 1,118 pixels, and the Checklist of a four-case client
was 1,160 wide in a tab of 631 (12 pt: 937): "Still to do" at its top, the bars and the percentages
out of sight at its right edge.  The words wrap to the page's width; with the room, one line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from clinic_app.model import Condition, Money
from tests.gui.test_checklist_fits_667_l125 import all_in_sight
from tests.gui.test_checklist_percent_in_sight_w122 import _checklist
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from tests.long_record import long_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _four_cases():
    client = long_record()
    client.cases[1].money = Money(fines_ordered=300, fines_paid=300)  # paid up: its form folded
    dui = client.cases[3]
    dui.money = Money(fines_ordered=2000, fines_paid=500)
    dui.conditions = [Condition(kind="community_service", label="Community service", required=80, done=40)]
    return client


def _totals(page) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.text().startswith("No payments entered one by one")]


@pytest.mark.parametrize("points", [15, 12])
def test_l135_02_a_total_paid_wraps_and_the_checklist_fits_667(qtbot, window, repo, monkeypatch, points):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        checklist = _checklist(qtbot, window, repo, LAPTOP_200.width(), _four_cases())
        for fold in checklist.folded_payments():
            fold.click()  # the paid-up case's form open too
        qtbot.wait(50)
        all_in_sight(checklist)
        assert checklist.where_left.text().startswith("Still to do: 3 items, in case 24M08080")
        totals = _totals(checklist.page)
        assert len(totals) == 2
        for label in totals:  # each word in sight, on more than one line
            assert label.height() >= 2 * label.fontMetrics().lineSpacing(), label.height()
            assert label.height() == label.heightForWidth(label.width())


def test_l135_02_with_room_a_total_paid_is_one_line(qtbot, window, repo):
    checklist = _checklist(qtbot, window, repo, 1280, _four_cases())
    for label in _totals(checklist.page):
        assert label.height() < 2 * label.fontMetrics().lineSpacing(), label.height()
