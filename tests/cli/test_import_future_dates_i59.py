"""I59-02: an import took a conviction, arrest, judgment or disposition day after today (a year
typed wrong on a laptop, "2042"), and the client was screened "No remedy fits".  It is refused
by its place now, as the Record tab and intake refuse it, and nothing is added."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinic_app.model import Case, Probation, Sentence
from clinic_app.screening_format import FormatError, client_and_reviews_from_request, client_to_request_dict
from tests.cli.test_cli import assert_import_refused
from tests.gui.test_future_dates_i59 import no_sentence

TODAY = date(2026, 12, 3)
LATER = date(2042, 3, 1)


def _with(change) -> dict:
    client = no_sentence()
    change(client.cases[0])
    return client_to_request_dict(client)


def _convicted_later(case: Case) -> None:
    case.convictions[0].conviction_date = case.disposition_date = LATER


def _judged_later(case: Case) -> None:
    case.sentence = Sentence(type="probation", judgment_date=LATER,
                             probation=Probation(kind="summary", start=date(2024, 3, 1), end=date(2025, 3, 1)))


def _offense_later(case: Case) -> None:
    """An offense day alone (after a conviction day it is refused as such already)."""
    case.convictions[0].conviction_date = case.disposition_date = None
    case.convictions[0].offense_date = LATER


def _arrested_later(case: Case) -> None:
    """An arrest that ended in no charges, its day typed wrong."""
    case.outcome, case.convictions, case.disposition_date, case.arrest_date = "no_charges_filed", [], None, LATER


@pytest.mark.parametrize("change, field", [
    (_convicted_later, "disposition_date"),  # the case's own day is read first
    (lambda case: setattr(case.convictions[0], "conviction_date", LATER), "convictions[0].conviction_date"),
    (_offense_later, "convictions[0].offense_date"),
    (_arrested_later, "arrest_date"),
    (_judged_later, "sentence.judgment_date"),
])
def test_i59_a_day_gone_by_dated_after_today_is_refused_on_import(change, field):
    written = _with(change)
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(written, today=TODAY)
    assert (refused.value.path, refused.value.problem) == (
        f"cases[0].{field}", "2042-03-01 is after today (2026-12-03): it is a day gone by; check the year")


def test_i59_days_to_come_and_today_are_taken():
    """A probation's end, a protective order's, and a conviction today are no mistake."""
    def change(case: Case) -> None:
        case.convictions[0].conviction_date = case.disposition_date = TODAY
        case.protective_order_until = LATER
        case.sentence = Sentence(type="probation", judgment_date=TODAY,
                                 probation=Probation(kind="summary", start=TODAY, end=TODAY + timedelta(days=365)))

    client = client_and_reviews_from_request(_with(change), today=TODAY)[0]
    assert client.cases[0].convictions[0].conviction_date == TODAY
    # A screening request reads no "today": `clinic-app screen` of a day planned ahead is unchanged.
    client_and_reviews_from_request(_with(_convicted_later))


def test_i59_clinic_app_import_refuses_the_file_and_adds_nothing(tmp_path):
    good = client_to_request_dict(no_sentence("Gloria Good"))
    bad = _with(lambda case: setattr(case.convictions[0], "conviction_date", date.today() + timedelta(days=5000)))
    assert_import_refused(tmp_path, [good, bad], "line 2: cases[0].convictions[0].conviction_date: ", "is after today")
