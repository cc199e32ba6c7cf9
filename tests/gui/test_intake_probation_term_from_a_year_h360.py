"""H360-02: on the phone, "I did probation, three years? ... around 2012": `2012` in Convicted:
(a year alone is taken, E70-03) and "PROB 3 YRS" in Until: was refused, "End date: 3 years is
counted from the conviction date: type that date, or the day probation ends", two things the
client did not know; the paralegal cleared Until: and the three years told were kept nowhere.
A term of whole years from a conviction year ends in one year: it is written in Until: as that
year alone ("2015"), said, and kept as intake keeps a year told (the day blank, for the
screening to ask, the year in the notes); from a month and year, that month and year.  A term
that could end in either of two years (18 months from 2012) is still refused, saying so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app import years_alone

from tests.gui.conftest import type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _term_typed(qtbot, dialog, convicted: str, term: str) -> None:
    type_intake_case(qtbot, dialog, "", convicted, offense="PC 148(A)(1)", enter=False)
    until = dialog.probation_end
    until.setFocus()
    qtbot.keyClicks(until, term)
    qtbot.keyClick(until, Qt.Key.Key_Tab)


def test_h360_02_a_term_of_years_from_a_year_told_is_the_year_probation_ends(qtbot, repo, started_intake):
    _term_typed(qtbot, started_intake, "2012", "PROB 3 YRS")
    assert started_intake.probation_end.text() == "2015"
    assert started_intake.case_message.text().startswith("Until: 3 years from a conviction in 2012, so 2015")
    started_intake.probation_end.setFocus()
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    (case,) = repo.get_client(started_intake.client.id).cases
    assert case.sentence.probation.end is None  # no day made up
    notes = repo.get_client(started_intake.client.id).notes
    assert "probation end 2015, the year alone" in notes and "conviction date 2012, the year alone" in notes


def test_h360_02_from_a_month_and_year_the_month_and_year_it_ends(qtbot, repo, started_intake):
    _term_typed(qtbot, started_intake, "3/2012", "36 mos")
    assert started_intake.probation_end.text() == "3/2015"
    started_intake.probation_end.setFocus()
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    assert "probation end March 2015, the month and year alone" in repo.get_client(started_intake.client.id).notes


def test_h360_02_a_term_that_may_end_in_two_years_is_refused_saying_so(qtbot, repo, started_intake):
    _term_typed(qtbot, started_intake, "2012", "18 mos")
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    assert repo.get_client(started_intake.client.id).cases == []
    assert started_intake.probation_end.text() == "18 mos"
    assert started_intake.case_message.text() == (
        "Probation end: 18 months from a conviction in 2012 ends in 2013 or 2014: type the year probation ends, "
        "or clear Until: for the screening to ask")


@pytest.mark.parametrize(("convicted", "term", "noted"), [
    ("2012", "3 yrs", "probation end 2015, the year alone"),
    ("3/2012", "18 mos", "probation end September 2013, the month and year alone"),
])
def test_h360_02_enter_straight_from_the_term_adds_the_case_with_its_year(qtbot, repo, started_intake, convicted, term,
                                                                           noted):
    type_intake_case(qtbot, started_intake, "", convicted, offense="PC 148(A)(1)", enter=False)
    started_intake.probation_end.setFocus()
    qtbot.keyClicks(started_intake.probation_end, term)
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    assert noted in repo.get_client(started_intake.client.id).notes


COUNTED = ("Case 1 (no case number): probation end 2015, the year alone (the day was not known at intake; counted "
           "from “PROB 3 YRS”, 3 years from a conviction in 2012: the client did not give this year).")


def test_r362_01_the_term_told_is_kept_in_the_line_of_the_year_counted_from_it(qtbot, repo, started_intake):
    """R362-01: "2015" was counted from "around 2012" and "three years"; the notes kept only
    "probation end 2015, the year alone", as if the client had said 2015, and the three years
    she did say were kept nowhere.  The line says the year was counted, and from what."""
    _term_typed(qtbot, started_intake, "2012", "PROB 3 YRS")
    started_intake.probation_end.setFocus()
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    client = repo.get_client(started_intake.client.id)
    assert COUNTED in client.notes.splitlines()
    # Read as intake's line still: the worksheet prints it, and the year is the card's.
    (case,) = client.cases
    assert years_alone.said_of(client, case) == ["conviction date 2012, the year alone (the day was not known at intake)",
                                                 COUNTED.removeprefix("Case 1 (no case number): ").removesuffix(".")]
    assert years_alone.year_given(client, case, "probation end") == 2015


def test_r362_01_a_year_typed_in_until_alone_is_noted_as_before(qtbot, repo, started_intake):
    _term_typed(qtbot, started_intake, "2012", "2015")
    started_intake.probation_end.setFocus()
    qtbot.keyClick(started_intake.probation_end, Qt.Key.Key_Return)
    notes = repo.get_client(started_intake.client.id).notes
    assert "Case 1 (no case number): probation end 2015, the year alone (the day was not known at intake)." in notes
    assert "counted" not in notes
