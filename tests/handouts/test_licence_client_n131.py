"""N131: clients who want a licence or a job the law watches read their handouts, English and
Spanish, beside ca-rules.md 4.3 (B&P 480), 4.4 (peace officers), 2.5 and 4.11 (public office)
and the disclosure table (5).  Each test opens the real PDF.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf


def would_be_nurse() -> Client:
    """A 2018 petty theft, probation over, not cleared; a 2016 felony HS 11378 made a
    misdemeanor under PC 17(b) in 2021."""
    theft = Case(id="A", case_number="8CR01234",
                 convictions=[Conviction(id="A1", section="484(a)", level="misdemeanor", conviction_date=date(2018, 6, 1))],
                 sentence=_probation(date(2018, 6, 1), date(2020, 6, 1), "completed"))
    sale = Case(id="B", case_number="BA400111",
                convictions=[Conviction(id="B1", section="11378", code="HS", level="felony",
                                        conviction_date=date(2016, 2, 10),
                                        relief_granted=[ReliefGranted("pc17b", date(2021, 4, 1))])],
                sentence=_probation(date(2016, 2, 10), date(2019, 2, 10), "completed", kind="formal"))
    return Client(name="Synthetic Nurse", person=Person(dob=date(1990, 3, 4), us_citizen=True), cases=[theft, sale])


def _cell(lang: str, situation: str, column: str) -> dict:
    return load_texts(lang)["situations"][situation][column]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n131_01_a_felony_made_a_misdemeanor_is_not_said_to_open_a_peace_officer_job(lang):
    """The would-be nurse, asked also about police work, read under "Applying to be a police
    officer" for her HS 11378 felony made a misdemeanor only "“Yes, a misdemeanor.” Tell about
    everything.": nothing of the felony bar (Gov. Code 1029), so the job read as open to her,
    where ca-rules.md 4.4 and 5 (Reduced, [L]) and the screening's own consequence say whether
    the bar still holds after a 17(b) reduction is unsettled.  The line now says so and sends
    her to a lawyer before she applies."""
    text = pdf_text(would_be_nurse(), lang)
    cell = _cell(lang, "peace_officer", "reduced")
    assert cell["say"] in text
    assert cell["note"] in text
    said = {"en": "The law does not say for sure whether it still keeps you from this job. Ask a lawyer before you apply.",
            "es": "La ley no dice con certeza si esa condena todavía le impide tener este trabajo. Consulte a un abogado antes de presentar la solicitud."}
    assert said[lang] in text


def would_be_contractor() -> Client:
    """A 2012 felony PC 459 (a wobbler), probation completed, not yet reduced or dismissed."""
    burglary = Case(id="A", case_number="BA390001",
                    convictions=[Conviction(id="A1", section="459", level="felony", conviction_date=date(2012, 9, 14))],
                    sentence=_probation(date(2012, 9, 14), date(2015, 9, 14), "completed", kind="formal"))
    return Client(name="Synthetic Contractor", person=Person(dob=date(1982, 7, 12), us_citizen=True), cases=[burglary])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n131_02_the_board_s_seven_years_count_from_release_from_custody(lang):
    """The would-be contractor read "A Consumer Affairs board may say no only if the conviction is
    tied to the work and is less than 7 years old, with some exceptions": so would a client let
    out of prison three years ago for a ten-year-old conviction, and take the board to be barred,
    where B&P 480(a) counts the 7 years from release for a person locked up for it (ca-rules.md
    4.3 [H]).  The note now says the 7 years count from the day they got out."""
    text = pdf_text(would_be_contractor(), lang)
    assert _cell(lang, "license", "not_cleared")["note"] in text
    said = {"en": "If you were in jail or prison for it, the 7 years count from the day you got out.",
            "es": "Si estuvo en la cárcel o en prisión por ella, los 7 años se cuentan desde el día en que salió."}
    assert said[lang] in text


def dismissed_trespass() -> Client:
    """A 2015 misdemeanor dismissed under PC 1203.4 in 2018: the client asks about a teaching
    credential, a peace-officer job, a real-estate licence (and so about public office too)."""
    trespass = Case(id="A", case_number="5CR07777",
                    convictions=[Conviction(id="A1", section="602", level="misdemeanor", conviction_date=date(2015, 8, 20),
                                            relief_granted=[ReliefGranted("pc1203_4", date(2018, 3, 1))])],
                    sentence=_probation(date(2015, 8, 20), date(2016, 8, 20), "completed"))
    return Client(name="Synthetic Teacher", person=Person(dob=date(1988, 11, 2), us_citizen=True), cases=[trespass])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n131_03_a_dismissal_does_not_open_an_office_the_law_closes(lang):
    """Under "Running for or being named to a public office" a dismissed conviction was told only
    to be told ("The law says you must still tell about it"): nothing said that the dismissal
    leaves a bar to holding office where it was (ca-rules.md 2.5 and 4.11 [M]; 5, Public office,
    Dismissed [H]: "It does not lift office bars"), so "dismissed" read as the way in.  The note
    now says a dismissal does not change a bar the law puts on such a conviction."""
    text = pdf_text(dismissed_trespass(), lang)
    assert _cell(lang, "public_office", "dismissed")["note"] in text
    said = {"en": "If the law keeps people with such a conviction out of an office, a dismissal does not change that.",
            "es": "Si la ley no deja ocupar un cargo a quien tiene una condena así, la desestimación no cambia eso."}
    assert said[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n131_04_schools_and_police_still_see_a_dismissed_conviction(lang):
    """The client with a dismissed trespass, asking about a teaching credential and a police job,
    read "Most job and license checks will show it as dismissed" and nothing of the checks that
    see more: ca-rules.md 2.5 [M] says DOJ limits what it releases for most job and licence checks
    and "Schools and law enforcement still see it".  The line now says so."""
    text = pdf_text(dismissed_trespass(), lang)
    said = {"en": "Most job and license checks will show it as dismissed. Schools and police can still see it.",
            "es": "mostrarán el caso como desestimado. Las escuelas y la policía todavía pueden verlo."}
    assert said[lang] in text
