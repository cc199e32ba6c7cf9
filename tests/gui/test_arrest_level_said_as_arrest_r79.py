"""R79-01: intake's arrest (a case that ended without a conviction) for HS 11350 dated before
Prop 47 took the catalog's Felony (I78-01), and its line and the level box's tooltip said
"- felony (convicted before Prop 47 took effect on 2014-11-05)": the client was never
convicted, and the row's date is labelled "Arrested:".  The reason now names the arrest,
also where the outcome is set to an arrest after the section and the date were typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_level_on_the_day_i78 import _intake, _type

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _outcome(dialog, arrest: bool) -> int:
    from ui.intake import ARREST_OUTCOMES

    return next(i for i in range(dialog.sentence.count())
                if (dialog.sentence.itemData(i) in ARREST_OUTCOMES) == arrest and dialog.sentence.itemData(i))


def _typed(qtbot, dialog, arrested: str) -> None:
    qtbot.keyClicks(dialog.case_number, "BA790001")
    _type(qtbot, dialog.conviction.offense, "11350")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    _type(qtbot, dialog.conviction.date, arrested)


def test_an_arrest_before_prop_47_is_said_arrested_not_convicted(qtbot, repo):
    dialog = _intake(qtbot, repo)
    dialog.sentence.setCurrentIndex(_outcome(dialog, arrest=True))
    _typed(qtbot, dialog, "8/5/2012")
    row = dialog.conviction
    assert row.level.currentData() == "felony"
    assert "(arrested before Prop 47 took effect on 2014-11-05)" in row.message.text()
    assert "convicted" not in row.message.text()
    assert "Arrested before Prop 47" in row.level.toolTip() and "onvicted" not in row.level.toolTip()
    assert dialog.add_current_case(), dialog.case_message.text()
    assert repo.get_client(dialog.client.id).cases[0].arrest_level == "felony"


def test_the_outcome_set_to_an_arrest_after_the_date_renames_the_reason_both_ways(qtbot, repo):
    dialog = _intake(qtbot, repo)
    dialog.sentence.setCurrentIndex(_outcome(dialog, arrest=False))
    _typed(qtbot, dialog, "8/5/2012")
    row = dialog.conviction
    assert "(convicted before Prop 47 took effect on 2014-11-05)" in row.message.text()
    dialog.sentence.setCurrentIndex(_outcome(dialog, arrest=True))
    assert "(arrested before Prop 47 took effect on 2014-11-05)" in row.message.text()
    assert "Arrested before Prop 47" in row.level.toolTip()
    dialog.sentence.setCurrentIndex(_outcome(dialog, arrest=False))
    assert "(convicted before Prop 47 took effect on 2014-11-05)" in row.message.text()
    assert row.level.currentData() == "felony"


def test_an_arrest_with_no_date_yet_waits_for_the_arrest_date(qtbot, repo):
    dialog = _intake(qtbot, repo)
    dialog.sentence.setCurrentIndex(_outcome(dialog, arrest=True))
    _typed(qtbot, dialog, "")
    row = dialog.conviction
    assert row.level.currentData() is None
    assert "depends on the arrest date" in row.level.toolTip()
    assert "conviction date" not in row.level.toolTip()
