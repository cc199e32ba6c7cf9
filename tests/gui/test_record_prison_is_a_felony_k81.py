"""K81-03: on the Record tab, a one-count case changed to "State prison" (or county jail under
PC 1170(h)) with its level at "Choose level" was saved of unknown level, and every remedy of the
case read "Needs review", where intake fills Felony since Z80-01 (PC 17(a): such a term is a
felony's alone).  The case form does the same now for a case with exactly one count, and says
why on the count's line; a level the user chose is never changed; several counts are left as
they are."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Conviction
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")  # the offense's suggestions


def _burglary_of_unknown_level(counts: int = 1):
    client = probation_client("Jaime Prision", section="PC 459")
    case = client.cases[0]
    case.convictions[0].level = None
    for n in range(2, counts + 1):
        case.convictions.append(Conviction(id=f"c1-{n}", section="PC 484(a)", level=None,
                                           conviction_date=case.convictions[0].conviction_date))
    return client


def _sentence(qtbot, form, kind: str) -> None:
    """Chosen from the keyboard: the box's letters, as the paralegal types them."""
    form.sentence_type.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(form.sentence_type.hasFocus)
    form.sentence_type.setCurrentIndex(form.sentence_type.findData(kind))


def _save(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_k81_03_a_one_count_case_sent_to_state_prison_saves_a_felony(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _burglary_of_unknown_level(), 0)
    form = view.record.case_form
    (row,) = form.convictions.rows
    assert row.level.currentData() is None
    _sentence(qtbot, form, "state_prison")
    assert row.level.currentData() == "felony"
    said = row.message.text()
    assert "state prison" in said and "PC 17(a)" in said, said
    assert "PC 17(a)" in row.level.toolTip()
    _save(qtbot)
    case = repo.get_client(client_id).cases[0]
    assert case.sentence.type == "state_prison" and case.convictions[0].level == "felony"
    # Back to probation before the save of another edit: the level it gave goes back too.
    _sentence(qtbot, form, "probation")
    assert row.level.currentData() is None and "PC 17(a)" not in row.message.text()


def test_k81_03_county_jail_under_1170h_too(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _burglary_of_unknown_level(), 0)
    form = view.record.case_form
    _sentence(qtbot, form, "county_jail_1170h")
    _save(qtbot)
    assert repo.get_client(client_id).cases[0].convictions[0].level == "felony"


def test_k81_03_a_level_the_user_chose_is_never_changed(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _burglary_of_unknown_level(), 0)
    form = view.record.case_form
    (row,) = form.convictions.rows
    # "Choose level" chosen by the user, on purpose: the level is not known to them.
    row.level.setFocus(Qt.FocusReason.TabFocusReason)
    row.level.setCurrentIndex(row.level.findData(None))
    row.level.activated.emit(row.level.currentIndex())
    _sentence(qtbot, form, "state_prison")
    assert row.level.currentData() is None
    # A level chosen stays whatever the sentence.
    row.level.setCurrentIndex(row.level.findData("misdemeanor"))
    row.level.activated.emit(row.level.currentIndex())
    _sentence(qtbot, form, "county_jail_1170h")
    assert row.level.currentData() == "misdemeanor"


def test_k81_03_a_stored_prison_case_is_not_changed_by_opening_it(qtbot, window, repo):
    client = _burglary_of_unknown_level()
    case = client.cases[0]
    case.sentence = copy.deepcopy(case.sentence)
    case.sentence.type, case.sentence.probation = "state_prison", None
    view, client_id = open_on_tab(qtbot, window, repo, client, 0)
    (row,) = view.record.case_form.convictions.rows
    assert row.level.currentData() is None  # as stored: the form changes nothing by itself


def test_k81_03_several_counts_are_left_as_they_are(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _burglary_of_unknown_level(counts=2), 0)
    form = view.record.case_form
    _sentence(qtbot, form, "state_prison")
    assert [row.level.currentData() for row in form.convictions.rows] == [None, None]
    _save(qtbot)
    assert [c.level for c in repo.get_client(client_id).cases[0].convictions] == [None, None]


def test_k81_03_a_count_typed_after_the_sentence_takes_felony_too(qtbot, window, repo):
    """A case added on the tab: the sentence chosen first, the count typed after, as at intake."""
    view, client_id = open_on_tab(qtbot, window, repo, _burglary_of_unknown_level(), 0)
    view.add_case()
    form = view.record.case_form
    (row,) = form.convictions.rows
    _sentence(qtbot, form, "state_prison")
    row.offense.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.offense.hasFocus)
    qtbot.keyClicks(row.offense, "PC 459")
    row.date.setFocus(Qt.FocusReason.TabFocusReason)  # the offense left, as Tab does
    qtbot.keyClicks(row.date, "5/3/2012")
    assert row.level.currentData() == "felony", row.message.text()
    assert "PC 17(a)" in row.message.text()
