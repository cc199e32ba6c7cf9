"""Z112: small mends to a case from another state."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtWidgets import QGroupBox

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_ledger_k29 import open_on_checklist


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
