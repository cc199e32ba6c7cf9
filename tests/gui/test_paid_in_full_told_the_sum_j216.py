"""J216-03: a volunteer's printout said of a 2019 case "fines paid", no sum.  "paid in full" typed
in the Record tab's Fines paid was told "is no amount: type it in dollars (300), or leave it blank
if it is not known": it was known, and nothing said how to write it.  It is told the sum ordered
to type (or, none typed, to type it there and here), as intake's Fines paid is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record, probation_client, type_intake_case, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_paid_in_full_on_the_record_tab_is_told_the_sum_ordered(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Pia Paid", restitution_ordered=1200))
    type_over(qtbot, form.fines_paid, "Paid in full")
    qtbot.keyClick(form.fines_paid, Qt.Key.Key_Tab)
    assert form.rows["fines_paid"].message.text() == ("“Paid in full” is no amount: type the sum ordered in Fines ordered "
                                                      "and the same sum here, or leave both blank if the papers give none")
    type_over(qtbot, form.fines_ordered, "450")  # the words beside the field follow the sum typed (K235-01)
    assert form.rows["fines_paid"].message.text() == "“Paid in full” is no amount: type 450, the sum ordered, if all of it was paid"
    type_over(qtbot, form.restitution_paid, "paid")
    qtbot.keyClick(form.restitution_paid, Qt.Key.Key_Tab)
    assert form.rows["restitution_paid"].message.text() == "“paid” is no amount: type 1200, the sum ordered, if all of it was paid"
    # Another word is told as before, and nothing typed wrong is saved.
    type_over(qtbot, form.fines_paid, "FINE")
    qtbot.keyClick(form.fines_paid, Qt.Key.Key_Tab)
    assert form.rows["fines_paid"].message.text() == "“FINE” is no amount: type it in dollars (300), or leave it blank if it is not known"
    assert repo.get_client(client_id).cases[0].money.restitution_paid is None


def test_paid_in_full_at_intake_is_told_the_sum_ordered(qtbot, repo, started_intake):
    dialog = started_intake
    type_intake_case(qtbot, dialog, "BA123457", "06-02-2019", offense="PC 484(a)", enter=False)
    type_over(qtbot, dialog.fines, "450")
    type_over(qtbot, dialog.fines_paid, "in full")
    qtbot.keyClick(dialog.fines_paid, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Fines paid: “in full” is no amount: type 450, the sum ordered, if all of it was paid"
    # K235-01: the sum ordered put right, or taken away, is the one said, not the 450 of the Enter
    # (R223: the words stood until Enter was pressed again), as the Record tab's words follow it.
    type_over(qtbot, dialog.fines, "600")
    assert dialog.case_message.text() == "Fines paid: “in full” is no amount: type 600, the sum ordered, if all of it was paid"
    type_over(qtbot, dialog.fines, "")
    qtbot.keyClick(dialog.fines, Qt.Key.Key_Backspace)
    assert dialog.case_message.text() == ("Fines paid: “in full” is no amount: type the sum ordered in Fines ordered and the "
                                          "same sum here, or leave both blank if the papers give none")
