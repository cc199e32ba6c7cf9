"""D140-04: a client who completed misdemeanor diversion (PC 1001.95) or deferred entry of
judgment read under "Applying for a job" only "An employer may not ask about an arrest that did
not lead to a conviction": an application asking "Have you ever taken part in a diversion
program?" had no answer on the page, though Lab. Code 432.7 bars asking about diversion too
(ca-rules.md 4.1 (2)).  The job lines of a client with a diversion completed now say so; an
arrest that ended otherwise reads as before.  Each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_petition_said_p123 import text_of  # the real PDF's words, one line

from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Person, Program


def arrested(outcome: str, program: Program | None = None) -> Client:
    case = Case(id="c1", case_number="21CR01234", outcome=outcome, arrest_date=date(2021, 3, 2),
                disposition_date=date(2022, 9, 15), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="484(a)", code="PC", level="misdemeanor")], program=program)
    return Client(name="Synthetic Client", person=Person(dob=date(1992, 5, 1), us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d140_04_a_diversion_completed_is_told_an_employer_may_not_ask_about_it(lang):
    note = load_texts(lang)["diversion_not_asked"]["note"]
    diversion = text_of(arrested("diversion_completed", Program(kind="misdemeanor", plea_entered=False,
                                                                completed_on=date(2022, 9, 15))), lang)
    assert diversion.count(note) == 2  # a private employer's and a government job's
    job = diversion.index(load_texts(lang)["situations"]["private_job"]["title"])
    assert job < diversion.index(note)
    dej = text_of(arrested("diversion_completed", Program(kind="dej", plea_entered=True)), lang)
    assert note in dej
    assert note not in text_of(arrested("no_charges_filed"), lang)
    assert note not in text_of(arrested("dismissed"), lang)
