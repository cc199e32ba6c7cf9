"""O112: a case from another state, as the County filter and intake's kept county see it.

O112-02: intake keeps the county for the next case ("Los Angeles" at a Los Angeles clinic), and a
Nevada case typed there (X110-02's "State or court:" box) was stored with it: the County filter
and `clinic-app list --county` then listed the client under Los Angeles, for a case no California
court heard.  A case marked another state's stores no California county; the box keeps it for the
next case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case, type_over
from tests.gui.test_intake_county_e70 import intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_o112_02_intake_stores_no_california_county_for_a_nevada_case_and_keeps_it_for_the_next(qtbot, repo, intake):  # noqa: F811
    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    assert intake.client is not None and intake.county.text() == "Los Angeles"
    type_intake_case(qtbot, intake, "NV08-50005", "3/2/2008", offense="NRS 205.240", enter=False)
    type_over(qtbot, intake.jurisdiction, "NV")
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484")
    cases = repo.get_client(intake.client.id).cases
    assert [(c.case_number, c.jurisdiction, c.county) for c in cases] == [("NV08-50005", "NV", None), ("BA100001", "CA", "Los Angeles")]
    assert intake.county.text() == "Los Angeles"  # kept for the next case all along
    assert repo.counties_of(intake.client.id) == ["Los Angeles"]

