"""V132-01 at the table: an attorney typing a RAP sheet's "PC 459-460(B)" at intake is told the
second-degree burglary it is, and the case is saved as PC 459/460(b); the field said "not
written as the offense catalog reads it" and the count went to attorney review, degree lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_v132_01_a_hyphened_burglary_typed_at_intake_is_its_degree(qtbot, repo, started_intake):
    dialog = started_intake
    type_intake_case(qtbot, dialog, "LA012345-01", "03-14-2012", offense="PC 459-460(B)", enter=False)
    said = dialog.conviction.message.text()
    assert "Second-degree (commercial) burglary" in said
    assert "not written as the offense catalog reads it" not in said
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    (case,) = repo.get_client(dialog.client.id).cases
    assert [(count.code, count.section) for count in case.convictions] == [("PC", "459/460(b)")]
