"""E248-02: a RAP sheet's whole count line pasted into a count's Offense field on the Record tab
was saved as the section "496(a)pc-receive/etcknownstolenproperty" (the earlier offense gone,
the count sent to the attorney as "names two offenses").  Now the line's section is read: the
field shows the citation stored, and the catalog's words under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_count_line_pasted_over_the_offense_is_stored_as_its_section(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Lee Pastedline"))
    (row,) = form.convictions.rows
    row.offense.setFocus()
    row.offense.selectAll()
    QApplication.clipboard().setText("CNT 01 496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY")
    qtbot.keyClick(row.offense, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(row.offense, Qt.Key.Key_Tab)
    (count,) = repo.get_client(client_id).cases[0].convictions
    assert (count.code, count.section) == ("PC", "496(a)")
    assert row.offense.text() == "PC 496(a)"
    assert row.message.text().startswith("PC 496(a) Receiving stolen property")
