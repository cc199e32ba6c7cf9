"""R79-03: at intake, the conviction date 8/5/2016 typed first, then "11350" in the offense
field: while the field was not yet left, the count's line said "HS 11350 Possession of a
controlled substance (narcotics) - felony" (R54-04 says the catalog's level while typing,
because the box takes it on leaving), though on leaving the box stays at "Choose level"
(I78-01, left alone 4).  The line now says, while typing, what leaving will do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_level_on_the_day_i78 import _intake, _type

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _date_then_section(qtbot, repo, convicted: str, section: str):
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "BA790003")
    _type(qtbot, dialog.conviction.date, convicted)
    _type(qtbot, dialog.conviction.offense, section)  # the field not left
    return dialog, dialog.conviction  # the dialog held: intake is the row's parent


def test_a_section_typed_after_a_2016_date_is_not_said_a_felony_while_typed(qtbot, repo):
    _dialog, row = _date_then_section(qtbot, repo, "8/5/2016", "11350")
    assert row.offense.hasFocus() and row.level.currentData() is None
    said = row.message.text()
    assert "- felony" not in said  # was "HS 11350 Possession of a controlled substance (narcotics) - felony (read as ...)"
    assert said.startswith("HS 11350 Possession of a controlled substance (narcotics): its level changed with Prop 47 on 2014-11-05")
    qtbot.keyClick(row.offense, Qt.Key.Key_Tab)  # left: the same words, the box unchanged
    assert row.message.text() == said and row.level.currentData() is None


@pytest.mark.parametrize("convicted, section, said", [
    ("8/5/2012", "11350", "HS 11350 Possession of a controlled substance (narcotics) - felony"),  # the catalog's, then
    ("8/5/2016", "211", "PC 211 Robbery - felony"),  # a section the law did not change
])
def test_where_leaving_fills_the_catalog_s_level_the_line_says_it_while_typed(qtbot, repo, convicted, section, said):
    _dialog, row = _date_then_section(qtbot, repo, convicted, section)
    assert row.message.text().startswith(said)
    qtbot.keyClick(row.offense, Qt.Key.Key_Tab)
    assert row.message.text().startswith(said) and row.level.currentData() == "felony"
