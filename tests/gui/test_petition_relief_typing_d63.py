"""D63-01: on a case with a petition filed, the day typed into a count's date fields (the relief
granted the ruling asks to record, "Granted 2026-11-20: record the relief on the count", or
the conviction date) raised ValueError at every key until the date was whole: each petition's
count boxes read the whole count, dates too, to learn its citation, and "2", "20", "2026-"
... are no dates.  The program showed its crash dialog at each key.  The boxes now read only
each count's citation; the date is saved when the field is left, as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.line_action import next_action
from clinic_app.model import Petition, ReliefGranted
from tests.gui.conftest import TODAY, list_line, open_on_record, type_and_leave
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _granted(window, repo):
    client = two_counts("Graciela Concedida")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 2), ruling="granted", ruling_on=date(2026, 11, 20))]
    return open_on_record(window, repo, client)


def test_d63_01_the_relief_granted_is_typed_day_by_key_on_a_case_with_a_petition(qtbot, window, repo):
    client_id, form = _granted(window, repo)
    assert next_action(list_line(repo, client_id), TODAY)[0] == "Granted 2026-11-20: record the relief on the count"
    count = form.convictions.rows[0]
    qtbot.mouseClick(count.relief.add_button, Qt.MouseButton.LeftButton)
    (relief,) = count.relief.rows
    relief.remedy.setCurrentIndex(relief.remedy.findData("pc1203_4"))
    type_and_leave(qtbot, relief.date, "2026-11-20")  # pytest-qt fails the test on an error in a slot
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].convictions[0].relief_granted != [])
    assert repo.get_client(client_id).cases[0].convictions[0].relief_granted == [ReliefGranted("pc1203_4", date(2026, 11, 20))]
    # The petition's counts are as they were: both, the whole case.
    (petition,) = form.petitions.rows
    assert {key: box.isChecked() for key, box in petition.count_boxes.items()} == {"c1-1": True, "c1-2": True}
    assert repo.get_client(client_id).cases[0].petitions[0].convictions == []


def test_d63_01_a_conviction_date_typed_over_key_by_key_beside_a_petition(qtbot, window, repo):
    client_id, form = _granted(window, repo)
    second = form.convictions.rows[1]
    type_and_leave(qtbot, second.date, "5/2/2021")
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].convictions[1].conviction_date == date(2021, 5, 2))
    assert second.date.text() == "2021-05-02"
    (petition,) = form.petitions.rows
    assert [box.text() for box in petition.count_boxes.values()] == ["PC 459", "VC 23152(a)"]
