"""K148-01: the Record tab read "PROB 3 YRS" into a day counted from the probation start (else
the judgment, else the conviction date; S147-01), but a start typed or put right after was not
counted again: the paralegal saw, and the caseload kept, an end from the old start.  While the
end is still the day the term gave, a day it counts from changed counts it again and says so;
a day the paralegal typed over it is theirs, left alone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _typed(qtbot, field, text: str) -> None:
    """`text` typed over what `field` holds, and the field left by Tab: read, and saved."""
    type_over(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_start_put_right_after_the_term_counts_the_end_again(qtbot, window, repo, announcements):
    client_id, form = open_on_record(window, repo, probation_client("Remy Recount"))  # start 2021-05-01
    _typed(qtbot, form.probation_end, "PROB 3 YRS")
    assert form.probation_end.text() == "2024-05-01"

    _typed(qtbot, form.probation_start, "2022-03-15")

    assert form.probation_end.text() == "2025-03-15"
    said = ("Counted again: 3 years from the probation start 2022-03-15, so 2025-03-15; "
            "if the court set another end, type that day")
    assert form.rows["probation_end"].message.text() == said
    assert f"Probation end: {said}" in [message for _source, message, _politeness in announcements]
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2025, 3, 15)


def test_a_term_with_no_day_to_count_from_is_counted_once_a_start_is_typed(qtbot, window, repo):
    client = probation_client("Nell Nostart")
    client.cases[0].sentence.probation.start = None
    client.cases[0].disposition_date = None
    client.cases[0].convictions[0].conviction_date = None
    client_id, form = open_on_record(window, repo, client)
    _typed(qtbot, form.probation_end, "36 mos")
    assert form.probation_end.text() == "36 mos"

    _typed(qtbot, form.probation_start, "2021-06-30")

    assert form.probation_end.text() == "2024-06-30"
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 6, 30)


def test_an_end_the_paralegal_typed_over_the_counted_day_is_left_alone(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Tess Typed"))
    _typed(qtbot, form.probation_end, "PROB 3 YRS")
    _typed(qtbot, form.probation_end, "2024-08-01")  # the court set another end

    _typed(qtbot, form.probation_start, "2022-03-15")

    assert form.probation_end.text() == "2024-08-01"
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 8, 1)


def test_a_judgment_date_typed_under_a_start_changes_nothing(qtbot, window, repo, announcements):
    _, form = open_on_record(window, repo, probation_client("Jude Judged"))
    _typed(qtbot, form.probation_end, "PROB 3 YRS")
    heard = len(announcements)

    _typed(qtbot, form.judgment, "2021-04-01")  # the start, typed, is still what counts

    assert form.probation_end.text() == "2024-05-01"
    assert not [m for _s, m, _p in announcements[heard:] if m.startswith("Probation end")]


def test_no_probation_chosen_after_a_date_changed_puts_no_term_back(qtbot, window, repo):
    client = probation_client("Nina Noprob")
    client.cases[0].sentence.probation.start = None  # counted from the conviction date
    _, form = open_on_record(window, repo, client)
    _typed(qtbot, form.probation_end, "PROB 3 YRS")
    form.sentence_type.setCurrentIndex(form.sentence_type.findData("no_probation"))  # chosen after all
    form.sentence_type.activated.emit(form.sentence_type.currentIndex())

    _typed(qtbot, form.disposition, "2021-06-01")

    assert form.probation_end.text() == "2024-05-01"  # the day written stays, not "PROB 3 YRS"
