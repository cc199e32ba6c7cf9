"""M103-04: a day written as an ordinal before a dashed Spanish month, as a Mexican consular
card or a form filled by hand writes it ("1º-ene-1985", "2°-mar-1985", "1ro-ene-1985"), was
"Not a date" in every date field and found nobody in the search, where "1º de enero de 1985"
and "02-MAR-1985" were read (R100-03).  The dashed day takes its ordinal as the spaced one does."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.matching import born_on, month_named
from tests.gui.test_date_of_birth_in_words_i98 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

WRITTEN = {"1º-ene-1985": date(1985, 1, 1), "1°-ene-1985": date(1985, 1, 1), "1ro-ene-1985": date(1985, 1, 1),
           "2º-mar-1985": date(1985, 3, 2), "2nd-Mar-1985": date(1985, 3, 2), "30º-SEPT-1985": date(1985, 9, 30)}


@pytest.mark.parametrize("born", WRITTEN)
def test_m103_04_an_ordinal_day_before_a_dashed_month_starts_the_client_born_that_day(qtbot, intake, repo, born):  # noqa: F811
    _start(qtbot, intake, born)
    assert intake.client is not None and intake.person_rows[1].message.text() == ""
    assert repo.get_client(intake.client.id).person.dob == WRITTEN[born]
    assert intake.dob.text() == WRITTEN[born].isoformat()


def test_m103_04_the_search_reads_them_too_and_no_more_than_them():
    for text, day in WRITTEN.items():
        assert born_on(text) == day, text
    # Still no date: the suffix set apart from its day, a suffix not a day's, a month and year alone.
    for text in ("1 º-ene-1985", "1º -ene-1985", "1x-ene-1985", "º-ene-1985", "ene-1985"):
        assert month_named(text) is None, text
