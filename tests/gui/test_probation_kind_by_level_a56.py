"""A56-05: a probation added on the Record tab started as "Summary (misdemeanor)" whatever the
case's count: a felony's probation (formal, which stops what summary probation only may) was
saved as summary, and a count of unknown level's as summary too, read by the screening as a
fact (X55).  It now starts as the count's level says, as intake does (X55-02): a felony's formal,
a misdemeanor's summary, a level not known "Not known"; and the kind follows the counts' level
until someone chooses it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Sentence, probation_kind_for
from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a56_the_kind_the_levels_say():
    assert probation_kind_for(["felony"]) == "formal"
    assert probation_kind_for(["misdemeanor"]) == "summary" == probation_kind_for(["infraction"])
    assert probation_kind_for([None]) is None and probation_kind_for([]) is None
    assert probation_kind_for(["misdemeanor", "felony"]) == "formal"  # felony probation is formal
    assert probation_kind_for(["misdemeanor", None]) is None  # the other may be a felony


def _open(window, repo, level: str | None):
    client = probation_client("Fidel Felonia")
    client.cases[0].convictions[0].level = level
    client.cases[0].sentence = Sentence(type="no_probation", judgment_date=date(2021, 5, 1))
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    return client_id, window.client_view.record.case_form


def _choose_probation(qtbot, form) -> None:
    """Sentence: Probation, by key, as a user chooses it."""
    box = form.sentence_type
    box.setFocus()
    while box.currentData() != "probation":
        qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


@pytest.mark.parametrize("level, kind, shown", [
    ("felony", "formal", "Formal (felony)"),
    (None, None, "Not known"),
    ("misdemeanor", "summary", "Summary (misdemeanor)"),
])
def test_a56_a_probation_added_starts_as_the_count_level_says(qtbot, window, repo, level, kind, shown):
    client_id, form = _open(window, repo, level)
    _choose_probation(qtbot, form)
    assert form.probation_kind.currentText() == shown
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].sentence.probation.kind == kind


def test_a56_the_kind_follows_the_level_until_chosen(qtbot, window, repo):
    client_id, form = _open(window, repo, None)
    _choose_probation(qtbot, form)
    assert form.probation_kind.currentData() is None
    level = form.convictions.rows[0].level
    level.setCurrentIndex(level.findData("felony"))
    level.activated.emit(level.currentIndex())  # as a click in its list
    assert form.probation_kind.currentData() == "formal"
    # Chosen by the paralegal (the court's order says summary): kept, whatever the level.
    box = form.probation_kind
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.currentData() == "summary"
    level.setCurrentIndex(level.findData("misdemeanor"))
    level.activated.emit(level.currentIndex())
    level.setCurrentIndex(level.findData("felony"))
    level.activated.emit(level.currentIndex())
    assert box.currentData() == "summary"
    window.save_action.trigger()
    stored = repo.get_client(client_id).cases[0]
    assert (stored.convictions[0].level, stored.sentence.probation.kind) == ("felony", "summary")


def test_a56_a_stored_probation_keeps_its_kind(qtbot, window, repo):
    """A probation stored is the record's: its kind is not put to the level's on opening, nor
    when the level is changed (a misdemeanor put right to a felony keeps its summary probation)."""
    client = probation_client("Sara Summaria")  # a misdemeanor, summary probation stored
    client.cases[0].convictions[0].level = "felony"
    client_id, form = open_on_record(window, repo, client)
    assert form.probation_kind.currentData() == "summary"
    level = form.convictions.rows[0].level
    level.setCurrentIndex(level.findData("misdemeanor"))
    level.activated.emit(level.currentIndex())
    level.setCurrentIndex(level.findData("felony"))
    level.activated.emit(level.currentIndex())
    assert form.probation_kind.currentData() == "summary"


def test_a56_add_case_starts_not_known_then_follows_the_count_typed(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Nadia Nueva"))
    view = window.client_view
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    assert form.sentence_type.currentData() == "probation"
    assert form.probation_kind.currentText() == "Not known"  # no count typed: no level
    qtbot.keyClicks(form.case_number, "LA424242")
    row = form.convictions.rows[0]
    row.offense.setFocus()
    qtbot.keyClicks(row.offense, "HS 11359")  # a felony, by the catalog
    qtbot.keyClick(row.offense, Qt.Key.Key_Escape)
    qtbot.keyClick(row.offense, Qt.Key.Key_Tab)
    assert row.level.currentData() is None  # no date yet: HS 11359's level turns on it (I78-01)
    qtbot.keyClicks(row.date, "2015-05-01")  # before Prop 64: a felony then
    assert row.level.currentData() == "felony"
    assert form.probation_kind.currentText() == "Formal (felony)"
    view.record.cases.setCurrentRow(0)  # leave the new case: it is saved
    assert repo.get_client(client_id).cases[1].sentence.probation.kind == "formal"
