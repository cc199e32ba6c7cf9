"""A141-05: on the Checklist a paralegal types a payment's amount and presses Enter in it, as the
form asks ("Enter in the amount, or Alt+P").  Typed "5000" for 500 on a fine with $1,100 still
owed, the form showed in amber "More than the $1,100 still owed on the fine: check the amount",
but a screen reader heard it only as the fields' description, on a field arrived at: typing in
the amount and pressing Enter, the reader heard the digits and then "Saved: Payment of $5,000",
the note never.  The note is said as it comes, once, while the keyboard is in the form; nothing
is said where no note is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_checklist_all_done_heard_a104 import _opened
from tests.long_record import long_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

OVER = "Note: More than the $1,100 still owed on the fine: check the amount"


def _amount(qtbot, window, repo):
    client = long_record()
    client.cases = client.cases[3:]  # the DUI alone: fines $2,000 ordered, $900 paid
    view = _opened(qtbot, window, repo, client)
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    amount = view.checklist.payment_forms["c4"].amount
    amount.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(amount.hasFocus)
    return amount


def _said(announcements) -> list[str]:
    return [message for _object, message, _politeness in announcements]


def test_a141_05_more_than_is_owed_is_said_as_it_is_typed(qtbot, window, repo, announcements):
    amount = _amount(qtbot, window, repo)
    del announcements[:]
    qtbot.keyClicks(amount, "500")
    assert _said(announcements) == []  # no note: nothing said
    qtbot.keyClicks(amount, "0")
    assert _said(announcements) == [OVER]
    qtbot.keyClicks(amount, "0")  # the same note still: not said again
    assert _said(announcements) == [OVER]
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert any(message.startswith("Saved: Payment of $50,000") for message in _said(announcements))
