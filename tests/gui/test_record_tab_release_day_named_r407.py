"""R407-03: A403-01 named an end by its Record tab label in "Cannot save", as merge and export do,
for the three ends K386 looked at.  The same check's other two dates still used the path's words:
a Release day typed before the Judgment date gave "Cannot save: Case 24CR042, custody release date:
...", and a completion before the arrest gave "program completed on".  The tab shows neither name
("Release day:", "Program completed:"), and a screen reader heard them the same way."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Custody, Program, Sentence
from clinic_app.record_said import named_in
from tests.gui.test_client_record import _open, _type
from tests.gui.test_future_dates_i59 import no_sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r407_03_a_release_day_refused_is_named_as_the_record_tab_labels_it(qtbot, window, repo):
    client = no_sentence()  # convicted 2024-03-01
    client.cases[0].sentence = Sentence(type="county_jail_1170h", custody=Custody(split=True))
    _open(window, repo, client)
    view, form = window.client_view, window.client_view.record.case_form
    _type(qtbot, form.rows["judgment"].field, "2024-03-05")
    _type(qtbot, form.rows["release"].field, "2024-03-02")
    assert view.save_reason.text() == "Cannot save: Case 24CR042, Release day: 2024-03-02 is before the judgment date 2024-03-05"
    assert form.rows["release"].message.text() == "2024-03-02 is before the judgment date 2024-03-05"


def test_r407_03_a_program_completed_is_named_as_the_record_tab_labels_it():
    case = Case(id="c1", case_number="24CR043", outcome="diversion_completed", arrest_date=date(2024, 3, 1),
                program=Program(kind="diversion", completed_on=date(2024, 2, 1)))
    assert named_in([case], "cases[0].program.completed_on") == "Case 24CR043, Program completed"
