"""H49-02: at intake, an arrest that ended without a conviction was still asked the count's own
facts (wobbler, offense date, Prop 47 value and shop hours, Prop 64 amounts, trafficking,
relief already granted), which its case stores none of: typed in, they were dropped unsaid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_first_clinic_event_e29 import _choose, _intake_with_a_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _facts(dialog):
    row = dialog.conviction
    return (row.wobbler, row.offense_date, row.value_dollars, row.open_hours, row.cannabis_grams, row.cannabis_plants,
            row.trafficking, row.relief.add_button)


def test_h49_02_an_arrest_at_intake_is_not_asked_the_convictions_facts(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Ari Testarrest")
    assert all(field.isVisibleTo(dialog) for field in _facts(dialog))
    _choose(qtbot, dialog.sentence, "No conviction: case dismissed")
    assert not any(field.isVisibleTo(dialog) for field in _facts(dialog))
    assert dialog.conviction.offense.isVisibleTo(dialog) and dialog.conviction.level.isVisibleTo(dialog)
    assert dialog.conviction.date.isVisibleTo(dialog)  # "Arrested:"
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."  # the wobbler flag the section gave is no refusal
    assert repo.get_client(dialog.client.id).cases[0].outcome == "dismissed"


def test_h49_02_a_fact_typed_before_choosing_an_arrest_stays_and_is_refused_with_why(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Bea Testarrest")
    qtbot.keyClicks(dialog.conviction.value_dollars, "700")
    _choose(qtbot, dialog.sentence, "No conviction: case dismissed")
    assert dialog.conviction.value_dollars.isVisibleTo(dialog)  # not hidden with its value
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text().startswith("Value: only a conviction's, not kept for an arrest")
    assert repo.get_client(dialog.client.id).cases == []  # not added with the value dropped
    dialog.conviction.value_dollars.clear()
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
