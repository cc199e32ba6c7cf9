"""S156-02: a client whose 2017 DUI's dismissal waits on his probation in a 2025 theft case
(to 2027-01-10) was opened on a header that said "· Eligible on 2027-01-11: PC 1203.4
dismissal" and no more, the day read as fixed, while his Eligibility tab had "PC 1203.3 end
probation early: Eligible now" and the dismissal's own step asked the court to end that probation
early.  The header now says that the day can come sooner, and how; a wait that is no probation's
(a PC 1203.4a's year from the conviction) reads as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.conftest import TODAY, open_on_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _header(window) -> str:
    return window.client_view.outcome.text().replace("\u00a0", " ")


def _dui_2017() -> Case:
    return Case(id="c1", case_number="7MT01234", convictions=[
        Conviction(id="c1-1", section="23152(a)", code="VC", level="misdemeanor", conviction_date=date(2017, 5, 2))],
        sentence=Sentence(type="probation", judgment_date=date(2017, 5, 2), completed=True,
                          probation=Probation(kind="summary", start=date(2017, 5, 2), end=date(2020, 5, 1))))


def _theft_on_probation() -> Case:
    return Case(id="c2", case_number="25CJCM01234", convictions=[
        Conviction(id="c2-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2025, 1, 10))],
        sentence=Sentence(type="probation", judgment_date=date(2025, 1, 10),
                          probation=Probation(kind="summary", start=date(2025, 1, 10), end=date(2027, 1, 10))))


def test_s156_02_a_dismissal_waiting_on_a_probation_says_it_can_be_sooner(qtbot, window, repo):
    client = Client(name="Rafael Pruebatemprano", person=Person(dob=date(1980, 4, 4), us_citizen=True),
                    cases=[_dui_2017(), _theft_on_probation()])
    open_on_record(window, repo, client)
    qtbot.waitUntil(lambda: "Eligible on" in _header(window))
    assert _header(window) == ("· Eligible on 2027-01-11: PC 1203.4 dismissal, PC 1203.425 automatic relief · "
                               "Can be sooner: PC 1203.3 end probation early, open now")


def test_s156_02_a_wait_that_is_no_probations_reads_as_before(qtbot, window, repo):
    # Judgment a month before the screening, no probation: PC 1203.4a waits a year from it.
    fine_only = Case(id="c1", case_number="26CJCM00555", convictions=[
        Conviction(id="c1-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2026, 10, 1))],
        sentence=Sentence(type="no_probation", judgment_date=date(2026, 10, 1), completed=True))
    open_on_record(window, repo, Client(name="Lena Pruebaespera", person=Person(dob=date(1990, 2, 2), us_citizen=True),
                                        cases=[fine_only]))
    qtbot.waitUntil(lambda: "Eligible on" in _header(window))
    assert "sooner" not in _header(window) and "1203.3" not in _header(window), _header(window)
    assert TODAY < date(2027, 10, 1)
