"""H113-02: a RAP sheet's "probation violated, reinstated and extended" typed on the Record tab:
the violation (2017-11-01, Reinstated) went in beside the probation end the sentence line gave
(2017-09-10) without a word, and the screening read "Probation ended on 2017-09-10" while the
court had kept it running past the violation.  A violation dated after the probation's end is
now said beside it: if the court extended probation, type its new end in Probation end (the
early end's own words, "if it was extended, enter the new end").  A note, not a refusal: a
violation found after the term may be heard late; nothing is kept from saving, and the
violation is saved as typed.  The note goes once the new end is typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.conftest import add_row_by_keyboard, open_on_record, show_active, type_and_leave

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _attempt_on_probation() -> Client:
    return Client(name="Dana Okafor", person=Person(dob=date(1988, 3, 14)), cases=[Case(
        id="c1", case_number="14NM05555", county="Orange", disposition_date=date(2014, 9, 10),
        convictions=[Conviction(id="c1-1", section="664/459", level="misdemeanor", conviction_date=date(2014, 9, 10))],
        sentence=Sentence(type="probation", judgment_date=date(2014, 9, 10), probation=Probation(
            kind="summary", start=date(2014, 9, 10), end=date(2017, 9, 10))))])


def _violation_typed(qtbot, window, repo, day: str):
    client_id, form = open_on_record(window, repo, _attempt_on_probation())
    show_active(qtbot, window)
    row = add_row_by_keyboard(qtbot, form.violations)
    assert row.date.hasFocus()
    qtbot.keyClicks(row.date, day)
    qtbot.keyClick(row.date, Qt.Key.Key_Tab)
    qtbot.keyClick(row.outcome, Qt.Key.Key_Down)  # Reinstated
    qtbot.keyClick(row.outcome, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return client_id, form, row


def test_h113_02_a_violation_after_the_probation_end_says_to_type_the_new_end(qtbot, window, repo):
    client_id, form, row = _violation_typed(qtbot, window, repo, "11/1/2017")
    assert row.message.text() == ("After the probation's end (2017-09-10): if the court extended probation, type its "
                                  "new end in Probation end")  # was nothing
    assert row.message.kind == "note"
    qtbot.waitUntil(row.message.isVisible)
    assert row.validate() == [] and window.client_view.save_reason.text() == ""  # said, not refused
    probation = repo.get_client(client_id).cases[0].sentence.probation
    assert [(v.date, v.outcome) for v in probation.violations] == [(date(2017, 11, 1), "reinstated")]
    type_and_leave(qtbot, form.probation_end, "9/10/2018")  # the end as extended
    assert row.message.text() == ""
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2018, 9, 10)


def test_h113_02_a_violation_during_probation_says_nothing(qtbot, window, repo):
    _client_id, form, row = _violation_typed(qtbot, window, repo, "5/5/2016")
    assert row.message.text() == ""
    type_and_leave(qtbot, form.probation_end, "2016-01-01")  # an end typed wrong, before the violation
    assert row.message.text().startswith("After the probation's end (2016-01-01)")
