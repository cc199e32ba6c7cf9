"""K417: intake's box 3 named a returning client's two cases of one court number alike; each is
told apart by what its record holds, as the Eligibility table's Case column tells them (K396-04),
and a case whose number is its own reads as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture
from tests.test_two_cases_one_number_k413 import two_of_one_number

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k417_02_intake_s_box_3_tells_a_returning_client_s_two_cases_of_one_number_apart(qtbot, repo, intake):
    stored = repo.add_client(two_of_one_number())
    _start(qtbot, intake, "Rita Testsinsentencia", "4/12/1980")
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)
    assert intake.client.id == stored
    listed = [intake.results.item(i).text() for i in range(intake.results.count())]
    for day in ("2024-03-01", "2020-01-06"):
        assert any(line.startswith(f"24CR042 (convicted {day}, PC 459, Los Angeles County): ") for line in listed), listed
    assert not any(line.startswith("24CR042 PC 459") for line in listed), listed
    assert any(line.startswith("24CR777 PC 459: ") for line in listed), listed


def test_k417_02_the_second_case_s_question_is_not_said_as_above_of_the_first(qtbot, repo, intake):
    client = two_of_one_number()
    for case in client.cases[:2]:  # whether either 24CR042's probation has ended is not known
        case.sentence.probation.end = None
    repo.add_client(client)
    _start(qtbot, intake, "Rita Testsinsentencia", "4/12/1980")
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)
    listed = [intake.results.item(i).text() for i in range(intake.results.count())]
    assert ("24CR042 (convicted 2020-01-06, PC 459, Los Angeles County): Dismissal after probation (PC 1203.4): "
            "Needs review: On what date does (or did) probation end?") in listed, listed
