"""D63-05: a felony burglary on completed probation, imposition suspended: PC 1203.4 and 17(b)
both to file now (one CR-180 asks both; the Record tab keeps a petition a remedy).  The
paralegal clicked "Add petition filed" twice; the second row read "Dismissal after probation
(PC 1203.4)" again, the remedy just recorded, and left so the caseload line stayed "File now"
for the 17(b) filed the same day.  A new petition now starts with the first remedy to file that
no petition on the case asks for yet (a denied or withdrawn one does not count: filing again is
the next step); with every one asked for, with the first, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.line_action import next_action
from clinic_app.model import Petition
from tests.gui.conftest import TODAY, list_line, open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _reduction_and_dismissal(name: str):
    client = probation_client(name, section="459/460(b)")
    count = client.cases[0].convictions[0]
    count.level, count.value_dollars, count.open_business_hours = "felony", 900, False
    sentence = client.cases[0].sentence
    sentence.probation.kind, sentence.imposition_suspended, sentence.completed = "formal", True, True
    return client


def test_d63_05_the_second_petition_starts_with_the_remedy_not_yet_asked_for(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _reduction_and_dismissal("Segunda Peticion"))
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    assert form.petitions.rows[0].remedy.currentData() == "pc1203_4"
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    second = form.petitions.rows[1]
    assert second.remedy.currentData() == "pc17b"
    window.save_action.trigger()
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases[0].petitions) == 2)
    assert [p.remedy for p in repo.get_client(client_id).cases[0].petitions] == ["pc1203_4", "pc17b"]
    assert next_action(list_line(repo, client_id), TODAY)[0] == "Filed 2026-11-22; awaiting ruling"
    # Every remedy asked for: the first again, as before.
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    assert form.petitions.rows[2].remedy.currentData() == "pc1203_4"


def test_d63_05_a_remedy_denied_is_offered_first_again(qtbot, window, repo):
    client = _reduction_and_dismissal("Otra Vez")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 7, 1), ruling="denied", ruling_on=date(2026, 9, 1))]
    _client_id, form = open_on_record(window, repo, client)
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    assert form.petitions.rows[1].remedy.currentData() == "pc1203_4"
