"""L135-01: on the Checklist of a client with fines, at 200% with large text (15 pt) in the
window a 1366 x 768 laptop gives (667 wide), the payment ledger's "Enter a payment" form needed
1,041 pixels on its one line (the date field alone 279, as wide as a date in words) where the
page had 631: the page scrolled sideways, "Still to do" at its top, the bars and counts of each
line partly out of sight at its right edge (at 12 pt: 872 of 631).  Where its line lacks the
room, the form's fields go on two lines (what the payment is and its date; then the amount, the
receipt and Add payment), its note under them; Tab goes through them in the order they read.
With the room, one line, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from clinic_app.model import Money, Payment
from tests.gui.test_checklist_finish_by_b118 import on_probation
from tests.gui.test_checklist_fits_667_l125 import _place, all_in_sight
from tests.gui.test_checklist_percent_in_sight_w122 import _checklist
from tests.gui.test_intake_county_alt_letter_u82 import _shows_whole
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _with_fines():
    client = on_probation()
    client.cases[0].money = Money(fines_ordered=500, restitution_ordered=300, fines_paid=100,
                                  payments=[Payment("fine", date(2026, 3, 1), 100, "R-1")])
    return client


@pytest.mark.parametrize("points", [15, 12])
def test_l135_01_at_667_wide_the_payment_form_fits_on_two_lines(qtbot, window, repo, monkeypatch, points):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        checklist = _checklist(qtbot, window, repo, LAPTOP_200.width(), _with_fines())
        page, port = checklist.page, checklist.viewport()
        all_in_sight(checklist)
        form = checklist.payment_forms["c1"]
        kind, day, amount, receipt, add = form.kind, form.date, form.amount, form.receipt, form.button
        # Two lines: what and when, then how much, the receipt and the button.
        assert abs(_place(day, port).center().y() - _place(kind, port).center().y()) < 4
        assert _place(amount, port).top() > _place(day, port).bottom()
        for later in (receipt, add):
            assert abs(_place(later, port).center().y() - _place(amount, port).center().y()) < 4
        assert _place(amount, port).left() < _place(receipt, port).left() < _place(add, port).left()
        # Each field still shows whole what it takes: the date as wide as a date in words.
        assert day.width() >= day.minimumWidth()
        # And what it asks for: the receipt's "receipt number" showed "receipt nu..." (S137-04).
        for field in (amount, receipt):
            assert _shows_whole(field, field.placeholderText()), (field.placeholderText(), field.width())
        # A note says itself under the fields, as wide as the form, not in a column beside the button.
        checklist.ensureWidgetVisible(add)
        qtbot.wait(10)
        amount.setText("5000")
        assert form.message.isVisible() and form.message.text().startswith("More than")
        qtbot.wait(30)
        assert _place(form.message, port).top() > _place(add, port).bottom()
        assert form.message.height() <= 2 * form.message.fontMetrics().lineSpacing() + 4, form.message.height()
        # Each line as tall as its words: the ledger no taller than it asks, and the words
        # under a condition's tick under its count, not drawn over it.
        ledger = form.parentWidget()
        assert ledger.height() == ledger.heightForWidth(ledger.width()), (ledger.height(), ledger.heightForWidth(ledger.width()))
        count = checklist.control("c1", "count", 1)
        words = next(label for label in page.findChildren(QLabel) if label.text().startswith("60 hours to go"))
        assert _place(words, port).top() > _place(count, port).bottom(), (_place(words, port), _place(count, port))
        # Tab in the order the eye reads.
        kind.setFocus(Qt.FocusReason.TabFocusReason)
        reached = [QApplication.focusWidget()]
        for _ in range(3):  # Add payment waits for an amount
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        assert reached == [kind, day, amount, receipt]


def test_l135_01_with_room_the_payment_form_stays_on_one_line(qtbot, window, repo):
    checklist = _checklist(qtbot, window, repo, 1280, _with_fines())
    port = checklist.viewport()
    form = checklist.payment_forms["c1"]
    middle = _place(form.kind, port).center().y()
    for field in (form.date, form.amount, form.receipt, form.button):
        assert abs(_place(field, port).center().y() - middle) < 4, field
    form.amount.setText("5000")
    qtbot.wait(20)
    note, add = _place(form.message, port), _place(form.button, port)
    assert note.left() > add.right() and note.top() < add.bottom()  # beside the button, as before
