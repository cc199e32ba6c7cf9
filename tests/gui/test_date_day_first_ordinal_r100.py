"""R100-03: a date with its day first written as an ordinal ("2nd March 1985", "2nd of March
1985", "1º de enero de 1985", "1ro de enero de 1985") was "Not a date" in every date field and
found nobody in the search, where "March 2nd 1985" was read (I98-02 reads the month's name as
the search does, and only the month-first form took the day's "nd"); so was a day written as a
court's or an agency's printout writes it, "02-MAR-1985".

R103-01: a US keyboard has no "º", and the first of a month is written there "1ero de enero",
"1er de enero" or "1o de enero", and as the Real Academia writes it, "1.º de enero": each was
still "Not a date" and found nobody."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import born_on, month_named
from tests.gui.test_date_of_birth_in_words_i98 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

WRITTEN = ["2nd March 1985", "2nd of March 1985", "2nd of March, 1985", "2 of March 1985", "2º de marzo de 1985",
           "2° de marzo de 1985", "02-MAR-1985", "2-mar-1985", "Mar-02-1985"]


# The first of a month on a US keyboard, and as the Real Academia writes it (R103-01).
FIRST_WRITTEN = ["1ero de enero de 2000", "1er de enero de 2000", "1o de enero de 2000", "1.º de enero de 2000",
                 "1.° de enero de 2000", "1ERO DE ENERO DE 2000", "enero 1ero de 2000"]


def _started_born(qtbot, intake, repo, born: str, day: date) -> None:  # noqa: F811
    _start(qtbot, intake, born)
    assert intake.client is not None and intake.person_rows[1].message.text() == ""
    assert repo.get_client(intake.client.id).person.dob == day
    assert intake.dob.text() == day.isoformat()


@pytest.mark.parametrize("born", WRITTEN)
def test_r100_03_a_day_written_first_as_an_ordinal_starts_the_client_born_that_day(qtbot, intake, repo, born):  # noqa: F811
    _started_born(qtbot, intake, repo, born, date(1985, 3, 2))


@pytest.mark.parametrize("born", FIRST_WRITTEN)
def test_r103_01_the_first_of_the_month_typed_without_a_degree_sign_starts_the_client(qtbot, intake, repo, born):  # noqa: F811
    _started_born(qtbot, intake, repo, born, date(2000, 1, 1))


def test_r100_03_the_search_reads_them_too_and_no_more_than_them():
    for text in WRITTEN:
        assert born_on(text) == date(1985, 3, 2), text
    assert born_on("1ro de enero de 2000") == born_on("1º de enero de 2000") == date(2000, 1, 1)
    assert born_on("1st January 2000") == date(2000, 1, 1)
    # Still no date: a name, a month and a year alone, a day's suffix set apart from it.
    for text in ("April Jones", "March 1985", "2 nd March 1985", "2-March 1985", "2 March-1985", "2x March 1985"):
        assert month_named(text) is None, text


def test_r103_01_the_search_reads_the_first_of_the_month_too_and_no_looser_forms():
    for text in FIRST_WRITTEN:
        assert born_on(text) == date(2000, 1, 1), text
    # A suffix set apart from its day, or one no ordinal has, is still no date.
    for text in ("1 ero de enero de 2000", "1x de enero de 2000", "1.de enero de 2000", "1eros de enero de 2000"):
        assert month_named(text) is None, text
