"""R56-01: a petition names the counts it asks relief for by their keys (Y55-03).  A count
removed from the case leaves its key in the petition ("c1-2 (no longer on the case)"); a
count added later took the first key no stored screening or review named, that same "c1-2",
and the petition filed for the count removed silently asked relief for the new one (the
caseload line read it filed).  A key a petition of the case names is no longer given again."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r56_a_count_added_does_not_take_the_key_a_petition_names(qtbot, window, repo):
    # A petition for count c1-2, a count since removed from the case (its screenings pruned,
    # or the record brought in so from a laptop): only c1-1 is left.
    client = probation_client("Nicanor Nombrado")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 2), ["c1-2"])]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    assert {key: box.text() for key, box in row.count_boxes.items()} == {
        "c1-1": "PC 459", "c1-2": "a count no longer on the case"}  # its key said nothing (C57-05)

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


def _remove_count(qtbot, form, n: int) -> None:
    row = form.convictions.rows[n]
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)


def test_r56_a_count_removed_leaves_a_whole_case_petition_the_whole_case(qtbot, window, repo):
    """R56-02: the petition's boxes were the case's counts when the row was made.  A count
    removed on the Record tab stayed a box, ticked, and the next save made a petition for the
    whole case (none named) one naming both counts, the removed one too: a count added after
    was no longer asked for, and the caseload line read "File now" for it."""
    from tests.gui.test_petition_counts_y55 import two_counts

    client = two_counts("Benita Borrada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2))]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    qtbot.waitUntil(row.counts_box.isVisible)
    _remove_count(qtbot, form, 1)
    window.save_action.trigger()
    assert [c.id for c in repo.get_client(client_id).cases[0].convictions] == ["c1-1"]
    (row,) = form.petitions.rows
    assert list(row.count_boxes) == ["c1-1"] and row.counts_box.isHidden()  # one count: no choice
    row.note.setFocus()
    qtbot.keyClicks(row.note, "clerk stamped")
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == [
        Petition("pc1203_4", date(2026, 11, 2), [], note="clerk stamped")]

    # A count added to it is one more box, ticked as every count is: the whole case still.
    qtbot.mouseClick(form.convictions.add_button, Qt.MouseButton.LeftButton)
    added = form.convictions.rows[-1]
    added.offense.setFocus()
    qtbot.keyClicks(added.offense, "23152(a)")
    qtbot.keyClick(added.offense, Qt.Key.Key_Tab)
    (row,) = form.petitions.rows
    assert {key: (box.text(), box.isChecked()) for key, box in row.count_boxes.items()} == {
        "c1-1": ("PC 459", True), "c1-3": ("VC 23152(a)", True)}
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].convictions == []


def test_r56_a_count_removed_a_petition_did_not_name_is_no_longer_a_box(qtbot, window, repo):
    from tests.gui.test_petition_counts_y55 import two_counts

    client = two_counts("Teodoro Tachado")
    third = copy.deepcopy(client.cases[0].convictions[1])
    third.id, third.section, third.code = "c1-3", "484(a)", "PC"
    client.cases[0].convictions.append(third)
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-2"])]
    client_id, form = open_on_record(window, repo, client)
    _remove_count(qtbot, form, 2)  # PC 484(a), not asked for
    (row,) = form.petitions.rows
    assert {key: box.isChecked() for key, box in row.count_boxes.items()} == {"c1-1": True, "c1-2": True}
    window.save_action.trigger()
    # Both counts left, named one by one as kept: the petition as it was filed.
    assert repo.get_client(client_id).cases[0].petitions[0].convictions == ["c1-1", "c1-2"]


def test_r56_a_count_removed_and_put_back_by_undo_is_a_box_again(qtbot, window, repo):
    from tests.gui.test_petition_counts_y55 import two_counts

    client = two_counts("Ursula Deshecha")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-2"])]
    client_id, form = open_on_record(window, repo, client)
    _remove_count(qtbot, form, 0)  # PC 459, not asked for
    window.save_action.trigger()
    (row,) = form.petitions.rows
    assert list(row.count_boxes) == ["c1-2"]
    window.undo_action.trigger()
    assert [c.id for c in repo.get_client(client_id).cases[0].convictions] == ["c1-1", "c1-2"]
    (row,) = window.client_view.record.case_form.petitions.rows
    assert {key: box.isChecked() for key, box in row.count_boxes.items()} == {"c1-1": False, "c1-2": True}
    assert repo.get_client(client_id).cases[0].petitions[0].convictions == ["c1-2"]


def test_r56_the_boxes_that_follow_a_count_removed_keep_their_place_in_the_tab_order(qtbot, window, repo):
    from PySide6.QtWidgets import QApplication

    from tests.gui.test_petition_counts_y55 import two_counts

    client = two_counts("Tabita Orden")
    third = copy.deepcopy(client.cases[0].convictions[1])
    third.id, third.section, third.code = "c1-3", "484(a)", "PC"
    client.cases[0].convictions.append(third)
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1"])]
    client_id, form = open_on_record(window, repo, client)
    _remove_count(qtbot, form, 2)
    (row,) = form.petitions.rows
    row.remove.setFocus()
    qtbot.waitUntil(row.remove.hasFocus)
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*row.count_boxes.values(), form.petitions.add_button]
    assert list(row.count_boxes) == ["c1-1", "c1-2"]
