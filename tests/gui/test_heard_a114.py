"""A114: a screen-reader user and a keyboard-only user on what stops 55 to 58 added: what Qt hands
a screen reader (a field's accessible description, an announcement) read off the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case, type_over
from tests.gui.test_intake_county_e70 import intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_a114_01_a_california_court_refused_at_intake_is_heard_on_the_state_or_court_box(qtbot, repo, intake):  # noqa: F811
    """Enter in intake's "State or court:" box holding "LA Superior Court": the case is not added
    and box 2 says why under the line, but the box the focus stays in was not among the fields
    that message describes, and a screen reader heard nothing at all."""
    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484", enter=False)
    type_over(qtbot, intake.jurisdiction, "LA Superior Court")
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)

    assert repo.get_client(intake.client.id).cases == []  # refused (M57-04)
    assert intake.jurisdiction.hasFocus()
    said = "Problem: State or court: a California court; leave it blank for a California case"
    assert intake.jurisdiction.accessibleDescription() == said
    # Cleared and Enter: the case is added and the box's own tip is heard again, not the problem.
    intake.jurisdiction.selectAll()
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Delete)
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    assert [c.jurisdiction for c in repo.get_client(intake.client.id).cases] == ["CA"]
    assert "Problem" not in intake.jurisdiction.accessibleDescription()
