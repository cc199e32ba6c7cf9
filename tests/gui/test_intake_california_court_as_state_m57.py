"""M57-04: intake's "State or court:" box (X110-02 today) took a California court typed there
("Los Angeles Superior Court", "Nevada County") as another state's: the case was stored out of
state, every remedy "does not apply", the handout saying no California court could clear it,
the harm U110-04 stopped on the Record tab's box.  Intake refuses it as that box does, in box 2's
words, and the count does not say "a court outside California" of it meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case, type_over
from tests.gui.test_intake_county_e70 import intake  # noqa: F401 - the fixture
from ui.case_rows import outside_california

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("typed", ["Los Angeles Superior Court", "Nevada County"])
def test_m57_04_intake_refuses_a_california_court_typed_as_the_state(qtbot, repo, intake, typed):  # noqa: F811
    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    assert intake.client is not None
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484", enter=False)
    type_over(qtbot, intake.jurisdiction, typed)
    assert "outside California" not in intake.conviction.message.text(), intake.conviction.message.text()
    assert outside_california(intake.jurisdiction) == ""  # what the count's row is told meanwhile
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    assert repo.get_client(intake.client.id).cases == []  # not added
    said = intake.case_message.text()
    assert said.startswith("State or court: a California court"), said
    # Cleared, the case is added as California's.
    intake.jurisdiction.selectAll()
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Delete)
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    assert [c.jurisdiction for c in repo.get_client(intake.client.id).cases] == ["CA"]
