"""R56-01: a petition names the counts it asks relief for by their keys (Y55-03).  A count
removed from the case leaves its key in the petition ("c1-2 (no longer on the case)"); a
count added later took the first key no stored screening or review named, that same "c1-2",
and the petition filed for the count removed silently asked relief for the new one (the
caseload line read it filed).  A key a petition of the case names is no longer given again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r56_a_count_added_does_not_take_the_key_a_petition_names(qtbot, window, repo):
    # A petition for count c1-2, a count since removed from the case (its screenings pruned,
    # or the record brought in so from a laptop): only c1-1 is left.
    client = probation_client("Nicanor Nombrado")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 2), ["c1-2"])]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    form = window.client_view.record.case_form
    (row,) = form.petitions.rows
    assert {key: box.text() for key, box in row.count_boxes.items()} == {
        "c1-1": "PC 459", "c1-2": "c1-2 (no longer on the case)"}

    qtbot.mouseClick(form.convictions.add_button, Qt.MouseButton.LeftButton)
    added = form.convictions.rows[-1]
    assert added.conviction.id not in ("c1-1", "c1-2")
    added.offense.setFocus()
    qtbot.keyClicks(added.offense, "23152(a)")
    qtbot.keyClick(added.offense, Qt.Key.Key_Tab)
    window.save_action.trigger()
    stored = repo.get_client(client_id).cases[0]
    assert [c.id for c in stored.convictions] == ["c1-1", "c1-3"]
    # The petition still asks for the count removed, not for the one just added.
    assert stored.petitions[0].convictions == ["c1-2"]
    assert not stored.petitions[0].asks_for("pc1203_4", "c1-3")
