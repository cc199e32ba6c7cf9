"""V132-05 at the table: a section retyped to one the catalog does not read kept the wobbler flag
the catalog had given the section typed before: "PC 459-460(B)" (a wobbler: Yes), then "PC
12345.6(z)" typed over it, saved the unknown count as a wobbler, a fact nobody gave.  The flag
goes back to Unknown; one the attorney chose stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_and_leave, type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _count(repo, dialog):
    (case,) = repo.get_client(dialog.client.id).cases
    (count,) = case.convictions
    return count


def test_v132_05_an_unread_section_keeps_no_wobbler_flag_of_the_one_before(qtbot, repo, started_intake):
    dialog = started_intake
    type_intake_case(qtbot, dialog, "LA012345-01", "03-14-2012", offense="PC 459-460(B)", enter=False)
    row = dialog.conviction
    assert row.wobbler.currentData() is True
    type_and_leave(qtbot, row.offense, "PC 12345.6(z)")
    row.settle_offense()
    assert row.wobbler.currentData() is None
    row.date.setFocus()
    qtbot.keyClick(row.date, Qt.Key.Key_Return)
    count = _count(repo, dialog)
    assert (count.section, count.wobbler) == ("12345.6(z)", None)


def test_v132_05_a_flag_the_attorney_chose_stays(qtbot, repo, started_intake):
    dialog = started_intake
    type_intake_case(qtbot, dialog, "BA123456", "03-14-2012", offense="PC 459-460(B)", enter=False)
    row = dialog.conviction
    row.wobbler.setFocus()
    qtbot.keyClick(row.wobbler, Qt.Key.Key_Down)  # Yes -> No, chosen
    assert row.wobbler.currentData() is False
    type_and_leave(qtbot, row.offense, "PC 12345.6(z)")
    row.settle_offense()
    assert row.wobbler.currentData() is False
