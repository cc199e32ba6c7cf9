"""O118-02: months after a clinic event a paralegal recorded what the court did: PC 1203.4
granted on one count of two (the relief on its Granted box).  The Eligibility tab, as it opens
("Show remedies that do not apply" not ticked), then showed nothing of it: the row of the relief
granted read "Does not apply", hidden with the dozens that do not, and the count's automatic
relief row said "already cleared by petition (see the other results)", results not shown.  The
text report lists relief already granted; the tab now shows its row too, "Already granted",
whether or not the box is ticked; a remedy that does not apply for any other reason stays hidden."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition, ReliefGranted
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

RULED = date(2026, 9, 15)


def _rows(panel) -> dict[tuple, str]:
    """What each row shown says in its Status column, by count and remedy."""
    rows = {}
    for row in range(panel.proxy.rowCount()):
        d = panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row())
        rows[(d.conviction, d.remedy)] = panel.proxy.index(row, 3).data()
    return rows


def test_o118_02_relief_granted_is_shown_as_the_tab_opens(qtbot, window, repo):
    client = two_counts("Olga Otorgada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 6, 1), ["c1-1"], ruling="granted", ruling_on=RULED),
                                 Petition("pc1203_4", date(2026, 6, 1), ["c1-2"], ruling="denied", ruling_on=RULED)]
    client.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_4", RULED)]
    window.load()
    window.open_client(repo.add_client(client))
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    assert not panel.show_all.isChecked()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0)
    shown = _rows(panel)
    assert shown[("c1-1", "pc1203_4")] == "Already granted"  # the count the court granted
    assert shown[("c1-2", "pc1203_4")] == "Eligible now"  # the count it denied: to file again, after review
    assert "Does not apply" not in shown.values()  # the rest that do not apply stay hidden
    panel.show_all.setChecked(True)
    assert "Does not apply" in _rows(panel).values()
    assert _rows(panel)[("c1-1", "pc1203_4")] == "Already granted"
