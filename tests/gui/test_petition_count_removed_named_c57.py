"""C57-05: a petition naming a count no longer on the case showed it by its bare key, "c1-2 (no
longer on the case)", a word of the program's, not the clinic's.  It is now said by the citation
the count had, where the case as stored (a count removed on the form, not saved yet) or its
history (the audit log, once saved) says it, "VC 23152(a) (no longer on the case)"; where
nothing says it, "a count no longer on the case", without the key."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _labels(form) -> dict[str, str]:
    (row,) = form.petitions.rows
    return {key: box.text() for key, box in row.count_boxes.items()}


def test_c57_a_count_removed_is_said_by_its_citation_before_and_after_the_save(qtbot, window, repo, tmp_path):
    client = two_counts("Remedios Retirada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-2"])]
    client_id, form = open_on_record(window, repo, client)
    qtbot.mouseClick(form.convictions.rows[1].remove, Qt.MouseButton.LeftButton)
    removed = {"c1-1": "PC 459", "c1-2": "VC 23152(a) (no longer on the case)"}
    assert _labels(form) == removed  # removed on the form: the case as stored says it
    window.save_action.trigger()
    assert [c.id for c in repo.get_client(client_id).cases[0].convictions] == ["c1-1"]
    assert _labels(form) == removed  # saved: the history says it
    window.open_client(client_id)  # opened again, the same
    form = window.client_view.record.case_form
    assert _labels(form) == removed
    (row,) = form.petitions.rows
    assert row.count_boxes["c1-2"].accessibleName() == "Count VC 23152(a) (no longer on the case): asked for in this petition"
    form.grab().save(str(tmp_path / "removed.png"))


def test_c57_a_count_nothing_names_is_said_without_its_key(qtbot, window, repo):
    # Brought in so (or its history gone): nothing says what count c1-2 was.
    client = probation_client("Nicanor Nombrado")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 2), ["c1-2"])]
    client_id, form = open_on_record(window, repo, client)
    assert _labels(form) == {"c1-1": "PC 459", "c1-2": "a count no longer on the case"}
    (row,) = form.petitions.rows
    assert row.count_boxes["c1-2"].toolTip() == "Tick if the petition asks relief for a count no longer on the case"
