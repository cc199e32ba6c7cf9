"""D63-04: the Eligibility tab said nothing of a petition filed.  An attorney reviewing a client
whose PC 1203.4 petition the court had denied (the list: "Denied 2026-10-17: attorney to review")
read "Dismissal after probation (PC 1203.4): Eligible now ... Next steps: File form CR-180",
as if nothing had been filed.  The selected result now says where its petition stands, before
its reasons and steps; a result no petition asks for says nothing more."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _details(qtbot, window, remedy: str, count: str) -> str:
    view = window.client_view
    view.tabs.setCurrentIndex(2)
    panel = view.eligibility
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0)
    for row in range(panel.proxy.rowCount()):
        d = panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row())
        if d.remedy == remedy and d.conviction == count:
            panel.table.selectRow(row)
            return panel.details.toPlainText()
    raise AssertionError(f"no {remedy} row for {count}")


def test_d63_04_a_denial_is_said_beside_the_result_it_was_filed_for(qtbot, window, repo):
    client = two_counts("Dalia Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 7, 18), ["c1-1"], hearing_on=date(2026, 10, 17),
                                          ruling="denied", ruling_on=date(2026, 10, 17))]
    window.load()
    window.open_client(repo.add_client(client))
    text = _details(qtbot, window, "pc1203_4", "c1-1")
    said = "At the court: Petition filed 2026-07-18, denied 2026-10-17: an attorney reviews before it is filed again."
    assert said in text
    assert text.index(said) < text.index("Next steps")
    # The other count: the petition named the first alone.
    assert "At the court" not in _details(qtbot, window, "pc1203_4", "c1-2")


def test_d63_04_a_petition_awaiting_its_hearing_is_said(qtbot, window, repo):
    client = probation_client("Esperanza Audiencia")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2027, 1, 10))]
    window.load()
    window.open_client(repo.add_client(client))
    text = _details(qtbot, window, "pc1203_4", "c1-1")
    assert "At the court: Petition already filed 2026-11-02; hearing 2027-01-10. Not to file again." in text
