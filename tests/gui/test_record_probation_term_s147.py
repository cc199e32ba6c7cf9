"""S147-01: the Record tab's "Probation end" refused "PROB 3 YRS" / "36 MOS" with "Not a date",
where intake's "Until:" reads a RAP sheet's term (V132-03): the paralegal counted the day by
head.  The term is read there too (clinic_app.probation_term, one reading for both), counted
from the probation's start, else the judgment date, else the conviction date, and written as
the day it is, saved so."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_a_term_typed_in_probation_end_is_written_as_its_last_day_and_saved(qtbot, window, repo, announcements):
    client_id, form = open_on_record(window, repo, probation_client("Teo Term"))  # start 2021-05-01
    type_over(qtbot, form.probation_end, "PROB 3 YRS")
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)  # left: saved

    assert form.probation_end.text() == "2024-05-01"
    said = "3 years from the probation start 2021-05-01, so 2024-05-01; if the court set another end, type that day"
    assert form.rows["probation_end"].message.text() == said
    assert f"Probation end: {said}" in [message for _source, message, _politeness in announcements]
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 5, 1)


def test_with_no_start_the_term_counts_from_the_conviction_date(qtbot, window, repo):
    client = probation_client("Cora Count")
    client.cases[0].sentence.probation.start = None
    client.cases[0].disposition_date = date(2020, 2, 29)
    client.cases[0].convictions[0].conviction_date = date(2020, 2, 29)
    client_id, form = open_on_record(window, repo, client)
    type_over(qtbot, form.probation_end, "36 mos")
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)

    assert form.probation_end.text() == "2023-02-28"
    assert form.rows["probation_end"].message.text().startswith("3 years from the conviction date 2020-02-29, so 2023-02-28")
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2023, 2, 28)


def test_a_term_with_no_day_to_count_from_says_what_to_type(qtbot, window, repo):
    client = probation_client("Noa Nodate")
    client.cases[0].sentence.probation.start = None
    client.cases[0].disposition_date = None
    client.cases[0].convictions[0].conviction_date = None
    _, form = open_on_record(window, repo, client)
    type_over(qtbot, form.probation_end, "PROB 3 YRS")
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)

    assert form.probation_end.text() == "PROB 3 YRS"
    assert form.rows["probation_end"].message.text() == ("3 years is counted from the probation start, the judgment or "
                                                        "the conviction date: type one of them, or the day probation ends")
