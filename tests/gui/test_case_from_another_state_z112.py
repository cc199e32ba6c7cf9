"""Z112: small mends to a case from another state."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from tests.gui.conftest import probation_client, type_intake_case, type_over
from tests.gui.test_checklist_ledger_k29 import open_on_checklist
from tests.gui.test_intake_county_e70 import intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_z112_02_the_checklists_case_heading_names_another_states_case(qtbot, window, repo):
    # "Case NV08-50005: NRS 205.240" read as a California case; the Record tab's list names the state
    # ("… · NV", U110-05), and the Checklist's heading now names it so.
    client = probation_client("Nora Nevada", probation_end=date(2027, 6, 1))
    nevada = copy.deepcopy(client.cases[0])
    nevada.id, nevada.case_number, nevada.jurisdiction = "c2", "NV08-50005", "NV"
    nevada.convictions[0].id, nevada.convictions[0].code, nevada.convictions[0].section = "c2-1", "NRS", "205.240"
    client.cases.append(nevada)
    view = open_on_checklist(window, repo, client)
    titles = [box.title() for box in view.checklist.findChildren(QGroupBox) if box.title().startswith("Case ")]
    california = f"Case {client.cases[0].case_number}: PC {client.cases[0].convictions[0].section}"
    assert titles == [california, "Case NV08-50005: NRS 205.240 · NV"], titles


def _box_3(intake) -> list[str]:
    return [intake.results.item(i).text() for i in range(intake.results.count())]


def test_z112_03_intakes_box_3_says_a_case_from_another_state_where_it_listed_nothing(qtbot, repo, intake):  # noqa: F811
    # The client's only case from Nevada: every remedy not applicable, box 3 was left empty under
    # "Case 1 added and screened.", as if the screening had said nothing.
    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    type_intake_case(qtbot, intake, "NV08-50005", "3/2/2008", offense="NRS 205.240", enter=False)
    type_over(qtbot, intake.jurisdiction, "NV")
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    assert [c.jurisdiction for c in repo.get_client(intake.client.id).cases] == ["NV"]
    assert _box_3(intake) == ["NV08-50005: from a court outside California (NV): no California remedy reaches it"]
    # A California case after it: box 3 lists its results as before, no line of the Nevada case.
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484")
    listed = _box_3(intake)
    assert listed and all(line.startswith("BA100001") for line in listed), listed
