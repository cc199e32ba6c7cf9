"""R104-02: R103-01 read a day followed by a letter "o" as an ordinal, "1o de enero" for the
first of January, and took it after any day and in capitals: "3o de marzo de 1985", typed with
the letter for the zero of the 30th beside it on the keyboard, started the client born on 3
March, and a printout's "3O-MAR-1985" was the 3rd too, a date of birth stored wrong without a
word.  The "o" is the ordinal's after the 1 alone (the first of a month, which Spanish alone
writes so), in small; after any other day it is "Not a date", to be typed again."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import born_on
from tests.gui.test_date_of_birth_in_words_i98 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

A_ZERO_TYPED_AS_O = ["3o de marzo de 1985", "2o de marzo de 1985", "marzo 3o de 1985", "March 3o 1985",
                     "3O-MAR-1985", "1O de enero de 2000", "21o de marzo de 1985"]


@pytest.mark.parametrize("typed", A_ZERO_TYPED_AS_O)
def test_r104_02_a_letter_o_after_a_day_but_the_first_is_no_date(typed):
    assert born_on(typed) is None


def test_r104_02_the_first_of_a_month_and_the_other_endings_are_read_as_before():
    assert born_on("1o de enero de 2000") == born_on("enero 1o de 2000") == born_on("1o-ene-2000") == date(2000, 1, 1)
    assert born_on("3ro de marzo de 1985") == born_on("3º de marzo de 1985") == born_on("3rd March 1985") == date(1985, 3, 3)
    assert born_on("30 de marzo de 1985") == date(1985, 3, 30)


def test_r104_02_intake_says_not_a_date_and_starts_no_one_born_the_3rd(qtbot, intake):  # noqa: F811
    _start(qtbot, intake, "3o de marzo de 1985")
    assert intake.client is None and intake.dob.text() == "3o de marzo de 1985"
    assert intake.person_rows[1].message.text().startswith("Not a date")
