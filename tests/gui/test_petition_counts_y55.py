"""Y55-03: the Record tab could not say which counts a petition asks relief for: a new one
covered the whole case, though a client may file for one count and not another.  A case of
more than one count now shows the petition's counts, each a box, those the screening weighs
its remedy for ticked at first; what is ticked is saved (a step of Undo), and an export carries
it to the clinic's caseload."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Conviction, Petition
from clinic_app.screening_format import client_from_request
from db.export import exported
from db.repository import Repository
from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def two_counts(name: str):
    """A felony PC 459 ($300, Prop 47 weighs it) and a misdemeanor VC 23152(a) (Prop 47 does
    not), on formal probation: PC 1203.4 is weighed for both."""
    client = probation_client(name)
    first = client.cases[0].convictions[0]
    first.level, first.value_dollars = "felony", 300
    client.cases[0].convictions.append(Conviction(id="c1-2", section="23152(a)", code="VC", level="misdemeanor",
                                                  conviction_date=date(2021, 5, 1)))
    client.cases[0].sentence.probation.kind = "formal"
    return client


def _added(qtbot, form):
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    return form.petitions.rows[-1]


def test_y55_a_petition_asks_for_the_counts_ticked_saved_and_undone(qtbot, window, repo, tmp_path):
    client_id, form = open_on_record(window, repo, two_counts("Conrado Cuentas"))
    row = _added(qtbot, form)
    assert row.remedy.currentData() == "pc1203_4"
    qtbot.waitUntil(row.counts_box.isVisible)
    boxes = row.count_boxes
    assert {key: (box.text(), box.isChecked()) for key, box in boxes.items()} == {
        "c1-1": ("PC 459", True), "c1-2": ("VC 23152(a)", True)}  # both weighed for 1203.4
    assert boxes["c1-2"].accessibleName() == "Count VC 23152(a): asked for in this petition"
    qtbot.mouseClick(boxes["c1-2"], Qt.MouseButton.LeftButton)  # this petition is for the burglary alone
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions != [])
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc1203_4", date(2026, 11, 22), ["c1-1"])]

    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == []
    window.redo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].convictions == ["c1-1"]
    (row,) = form.petitions.rows  # shown again as saved
    assert {key: box.isChecked() for key, box in row.count_boxes.items()} == {"c1-1": True, "c1-2": False}

    # The end-of-day export carries the counts to the clinic's caseload.
    with Repository.open(tmp_path / "clinic.sqlite") as clinic:
        result = clinic.import_clients([client_from_request(json.loads(json.dumps(exported(repo, client_id))))])
        assert clinic.get_client(result.ids[0]).cases[0].petitions[0].convictions == ["c1-1"]


def test_y55_a_new_petition_ticks_the_counts_screened_for_its_remedy(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, two_counts("Prisca Proposicion"))
    row = _added(qtbot, form)
    row.remedy.setFocus()
    row.remedy.setCurrentIndex(row.remedy.findData("prop47"))
    assert {key: box.isChecked() for key, box in row.count_boxes.items()} == {"c1-1": True, "c1-2": False}
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == [Petition("prop47", date(2026, 11, 22), ["c1-1"])]
    # Every count ticked is the whole case, as a petition kept before names it.
    qtbot.mouseClick(row.count_boxes["c1-2"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].convictions == [])
    # None ticked is refused in words, and not saved.
    qtbot.mouseClick(row.count_boxes["c1-2"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].convictions == ["c1-1"])
    qtbot.mouseClick(row.count_boxes["c1-1"], Qt.MouseButton.LeftButton)
    assert "Petition: Tick the counts the petition asks relief for" in form.validate()
    assert row.message.text() == "Tick the counts the petition asks relief for"
    assert repo.get_client(client_id).cases[0].petitions[0].convictions == ["c1-1"]


def test_y55_a_case_of_one_count_shows_no_counts(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Una Cuenta"))
    row = _added(qtbot, form)
    qtbot.waitUntil(row.remedy.isVisible)
    assert row.counts_box.isHidden()
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc1203_4", date(2026, 11, 22))]


def test_y55_a_petition_kept_names_its_counts_as_stored(qtbot, window, repo):
    client = two_counts("Kilian Kept")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-2"]), Petition("pc1203_4", date(2026, 10, 2))]
    client_id, form = open_on_record(window, repo, client)
    named, whole = form.petitions.rows
    assert {key: box.isChecked() for key, box in named.count_boxes.items()} == {"c1-1": False, "c1-2": True}
    assert all(box.isChecked() for box in whole.count_boxes.values())
    assert form.petitions.values() == client.cases[0].petitions  # opening it changes nothing
