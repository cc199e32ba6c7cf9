"""O118-01: a paralegal records what the court did: the petition ruled granted, and the relief
on the count's Granted box.  The Eligibility tab (its remedies that do not apply shown) then
said of that count "At the court: Petition filed 2026-06-01, granted 2026-09-15: record the
relief on the count (Record tab)", a task already done, right above "... was already granted on
2026-09-15".  Once the relief is on the count it says so; until then, the task as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition, ReliefGranted
from tests.gui.test_eligibility_at_the_court_d63 import _details
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

FILED, RULED = date(2026, 6, 1), date(2026, 9, 15)


def _granted_on_the_first_count(window, repo, name: str, recorded: bool) -> None:
    client = two_counts(name)
    client.cases[0].petitions = [Petition("pc1203_4", FILED, ["c1-1"], hearing_on=RULED, ruling="granted", ruling_on=RULED)]
    if recorded:
        client.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_4", RULED)]
    window.load()
    window.open_client(repo.add_client(client))
    window.client_view.eligibility.show_all.setChecked(True)


def test_o118_01_a_grant_recorded_on_the_count_is_not_asked_for_again(qtbot, window, repo):
    _granted_on_the_first_count(window, repo, "Graciela Otorgada", recorded=True)
    text = _details(qtbot, window, "pc1203_4", "c1-1")
    assert "At the court: Petition filed 2026-06-01, granted 2026-09-15; the relief is recorded on the count. Not to file again." in text
    assert "record the relief" not in text


def test_o118_01_a_grant_not_yet_recorded_still_asks_for_it(qtbot, window, repo):
    _granted_on_the_first_count(window, repo, "Gonzalo Pendiente", recorded=False)
    text = _details(qtbot, window, "pc1203_4", "c1-1")
    assert "At the court: Petition filed 2026-06-01, granted 2026-09-15: record the relief on the count (Record tab). Not to file again." in text
