"""E58-01: "Newly eligible" counted among those to file a client who became eligible now and
whose every petition to file was filed already ("Newly eligible: 2" for one filing to make);
the button now counts them apart ("Newly eligible: 1 + 1 filed"), its tooltip and spoken name
say so, the re-screen's status line too, and the list it shows still holds them, as
`clinic-app list --newly-eligible-since` does, said by where the court stands."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from db.rescreen import rescreen_caseload
from tests.gui.conftest import probation_client
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _newly_eligible_pair(repo) -> None:
    bea = probation_client("Bea To-File", case_number="BA2", probation_end=date(2026, 11, 18))
    dora = probation_client("Dora Filed", case_number="BA3", probation_end=date(2026, 11, 18))
    dora.cases[0].petitions.append(Petition(remedy="pc1203_4", filed_on=date(2026, 11, 19), hearing_on=date(2027, 1, 10)))
    ana = probation_client("Ana Long-Ago", case_number="BA1")  # eligible for years: not newly
    for client in (ana, bea, dora):
        client.id = repo.add_client(client)
        screen_and_store(repo, client, date(2026, 11, 15))  # on probation: not eligible yet
    rescreen_caseload(repo, date(2026, 11, 20), workers=1)  # the week's re-screen finds both eligible now


def test_e58_01_the_newly_eligible_button_counts_apart_those_already_filed(qtbot, window, repo):
    _newly_eligible_pair(repo)
    window.load()
    caseload = window.caseload
    button = caseload.newly_eligible_button
    assert caseload.newly_eligible_counts() == (1, 0, 0)
    assert caseload.newly_eligible_filed() == 1
    assert button.text().replace("&", "") == "Newly eligible: 1 + 1 filed"
    assert button.accessibleName().endswith(
        ": 1 client to file, 1 with every petition to file already filed (awaiting the court or ruled on)")
    assert ("1 client with a petition to file, and 1 with every petition to file already filed (awaiting the court or "
            "ruled on) (listed by where the court stands).") in button.toolTip()
    # Shown, both are listed, as by clinic-app list --newly-eligible-since: the filed one by the court's words.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    model = caseload.model
    assert model.rowCount() == 2
    assert sorted(model.index(row, 0).data() for row in range(2)) == ["Bea To-File", "Dora Filed"]


def test_e58_01_the_rescreen_status_line_says_apart_those_already_filed(window):
    window._say_rescreened(date(2026, 11, 20), 2, [], None, 1, 0, 0, 1)
    assert ("Re-screened 2 clients as of 2026-11-20. 1 client became eligible now, and 1 with every petition to file "
            "already filed: “Newly eligible” above the list shows them.") in window.statusBar().currentMessage()
    window._say_rescreened(date(2026, 11, 20), 2, [], None, 0, 0, 0, 1)
    assert ("1 client became eligible now with every petition to file already filed: "
            in window.statusBar().currentMessage())
