"""K30-02: on the Checklist tab, a probation the engine flags under AB 1950's cap has the
flag, in the engine's words, right under its probation line (it was on the Eligibility tab
and the handout only); the caseload line does not take it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.gui.conftest import TODAY
from tests.test_probation_cap_k30 import AS_OF, CAP, capped_client
from ui.models.caseload_model import COL_OUTSTANDING

PROBATION = "Probation ends 2027-03-03 (101 days left) - early termination possible (PC 1203.3)"


def test_k30_02_the_cap_flag_is_under_the_probation_line(qtbot, window, repo):
    assert TODAY == AS_OF
    client_id = repo.add_client(capped_client())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    labels = [label.text() for label in view.checklist.page.findChildren(QLabel)]
    at = labels.index(PROBATION)
    # The probation line and its percentage, then the flag, marked to do (to raise with the court).
    assert labels[at + 1].endswith("%") and labels[at + 2:at + 4] == ["•", CAP]

    window.load()
    model = window.caseload.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).best is not None)
    assert model.index(0, COL_OUTSTANDING).data() == "probation to 2027-03-03"
