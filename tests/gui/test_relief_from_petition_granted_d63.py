"""D63-03: "Granted 2026-11-20: record the relief on the count" sent the paralegal to the count's
"Add relief already granted", which gave a row reading "Dismissal after probation (PC 1203.4)"
and no day, whatever the court had granted: a PC 1203.4a dismissal left so was recorded as a
1203.4 one, and the client's handout then named the wrong section to say ("dismissed under Penal
Code 1203.4").  A new relief row now starts as the relief a petition granted for that count asks
for, dated the ruling's day; the next one as the next such relief; with none granted, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.line_action import next_action
from clinic_app.model import Petition, ReliefGranted
from tests.gui.conftest import TODAY, list_line, open_on_record, probation_client
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_d63_03_the_relief_a_granted_petition_asked_for_is_the_new_rows(qtbot, window, repo):
    client = two_counts("Renata Reducida")
    client.cases[0].petitions = [
        Petition("pc17b", date(2026, 9, 1), ["c1-1"], ruling="granted", ruling_on=date(2026, 11, 20)),
        Petition("pc1203_4", date(2026, 9, 1), ruling="granted", ruling_on=date(2026, 11, 21))]
    client_id, form = open_on_record(window, repo, client)
    first, second = form.convictions.rows
    qtbot.mouseClick(first.relief.add_button, Qt.MouseButton.LeftButton)
    (relief,) = first.relief.rows
    assert (relief.remedy.currentData(), relief.date.value()) == ("pc17b", date(2026, 11, 20))
    assert relief.remedy.hasFocus()
    window.save_action.trigger()  # Ctrl+S: as shown (nothing typed, so leaving a field saves nothing yet)
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].convictions[0].relief_granted != [])
    assert repo.get_client(client_id).cases[0].convictions[0].relief_granted == [ReliefGranted("pc17b", date(2026, 11, 20))]
    # The next: the dismissal the other petition, for the whole case, was granted.
    first = form.convictions.rows[0]
    qtbot.mouseClick(first.relief.add_button, Qt.MouseButton.LeftButton)
    assert (first.relief.rows[1].remedy.currentData(), first.relief.rows[1].date.value()) == ("pc1203_4", date(2026, 11, 21))
    # The second count: 17(b) was asked for the first alone.
    second = form.convictions.rows[1]
    qtbot.mouseClick(second.relief.add_button, Qt.MouseButton.LeftButton)
    assert (second.relief.rows[0].remedy.currentData(), second.relief.rows[0].date.value()) == ("pc1203_4", date(2026, 11, 21))


def test_d63_03_a_1203_4a_grant_is_recorded_as_1203_4a_and_the_line_moves_on(qtbot, window, repo):
    client = probation_client("Amparo Sinprobatoria")
    client.cases[0].sentence.type, client.cases[0].sentence.probation = "no_probation", None
    client.cases[0].sentence.completed = True
    client.cases[0].petitions = [Petition("pc1203_4a", date(2026, 9, 1), ruling="granted", ruling_on=date(2026, 11, 20))]
    client_id, form = open_on_record(window, repo, client)
    assert next_action(list_line(repo, client_id), TODAY)[0] == "Granted 2026-11-20: record the relief on the count"
    count = form.convictions.rows[0]
    qtbot.mouseClick(count.relief.add_button, Qt.MouseButton.LeftButton)
    window.save_action.trigger()
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].convictions[0].relief_granted != [])
    assert repo.get_client(client_id).cases[0].convictions[0].relief_granted == [ReliefGranted("pc1203_4a", date(2026, 11, 20))]
    assert not next_action(list_line(repo, client_id), TODAY)[0].startswith("Granted")


def test_d63_03_with_no_petition_granted_a_new_relief_row_is_as_before(qtbot, window, repo):
    client = probation_client("Dolores Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20))]
    _client_id, form = open_on_record(window, repo, client)
    count = form.convictions.rows[0]
    qtbot.mouseClick(count.relief.add_button, Qt.MouseButton.LeftButton)
    (relief,) = count.relief.rows
    assert (relief.remedy.currentIndex(), relief.date.text()) == (0, "")
