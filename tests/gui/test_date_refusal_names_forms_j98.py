"""J98-02: a date field's refusal named only the numeric forms ("YYYY-MM-DD or month/day/year
(3/2/2021)") though the field reads "March 2 2021" too (I98-02).  It now names the forms it
takes, each a way of writing the same day, and each of them is read as that day."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_j98_02_the_refusal_names_the_month_in_words_and_each_form_named_is_read(qtbot, repo):
    from ui.forms import DateField
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 12, 5), events=[])
    show_active(qtbot, dialog)
    try:
        qtbot.keyClicks(dialog.name, "Rosa Paz")
        dialog.dob.setFocus()
        qtbot.keyClicks(dialog.dob, "the second of March, 1985")
        qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
        said = dialog.person_rows[1].message.text()
        assert said == "Not a date: write it as 2021-03-02, 3/2/2021 or March 2 2021"
    finally:
        dialog.name.clear()
        dialog.close()
        dialog.deleteLater()

    # What it names is what a field takes: each form typed is the day it stands for.
    forms = re.fullmatch(r"Not a date: write it as (.+), (.+) or (.+)", said).groups()
    field = DateField()
    for form in forms:
        field.setText(form)
        assert field.problem() is None and field.value() == date(2021, 3, 2), form


def test_the_date_fields_hover_tips_name_the_same_forms(qtbot):
    """A conviction's, a relief's and a petition's date field said in their hover tip that they
    take "YYYY-MM-DD or month/day/year" while their refusal (above) names the month in words
    too: the tip names the forms the refusal names."""
    from clinic_app.model import Conviction
    from ui.case_rows import ConvictionRow, PetitionRow, ReliefRow
    from clinic_app.typed_days import DATE_FORMS_TAKEN

    rows = [ConvictionRow(Conviction(id="c1", section="459")), ReliefRow(None), PetitionRow(None)]
    for row in rows:
        qtbot.addWidget(row)
    for field in (rows[0].date, rows[1].date, rows[2].filed):
        assert field.toolTip().endswith(f": {DATE_FORMS_TAKEN}"), field.toolTip()
        assert "March 2 2021" in field.toolTip()


def test_q289_03_a_rap_sheet_s_day_that_no_calendar_has_is_said_as_such(qtbot):
    """Q289-03: a RAP sheet prints a day as 20240229, and a date field takes it; "20230229" (no
    such day) was told "write it as 2021-03-02, 3/2/2021 or March 2 2021", as if its form were
    wrong, where "2/29/2023" is told the day is not in the calendar."""
    from ui.forms import DateField

    field = DateField()
    field.setText("20240229")
    assert field.problem() is None and field.value() == date(2024, 2, 29)
    for typed in ("20230229", "2/29/2023"):
        field.setText(typed)
        assert field.problem() == f"Not a date: there is no {typed} (February 2023 has 28 days)"
