"""L60-02: an import took a count's relief granted or a probation violation dated after today
(a year typed wrong on a laptop), which I59-02 left unchecked; refused by its place now, as
the Record tab and intake refuse it, and nothing is added."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Probation, ReliefGranted, Sentence, Violation
from clinic_app.screening_format import FormatError, client_and_reviews_from_request
from tests.cli.test_import_future_dates_i59 import LATER, TODAY, _with


def _relief_later(case: Case) -> None:
    case.convictions[0].relief_granted = [ReliefGranted("pc17b", LATER)]


def _violated_later(case: Case) -> None:
    case.sentence = Sentence(type="probation", judgment_date=date(2024, 3, 1),
                             probation=Probation(kind="summary", start=date(2024, 3, 1), end=date(2025, 3, 1),
                                                 violations=[Violation(LATER, "reinstated")]))


@pytest.mark.parametrize("change, field", [
    (_relief_later, "convictions[0].relief_granted[0].date"),
    (_violated_later, "sentence.probation.violations[0].date"),
])
def test_l60_relief_or_a_violation_after_today_is_refused_on_import(change, field):
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(_with(change), today=TODAY)
    assert (refused.value.path, refused.value.problem) == (
        f"cases[0].{field}", "2042-03-01 is after today (2026-12-03): it is a day gone by; check the year")
    client_and_reviews_from_request(_with(change))  # a screening request reads no today: unchanged
