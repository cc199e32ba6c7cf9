"""A felony already made a misdemeanor, its dismissal still to come: which job answer is for now."""
from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf


def reduced_awaiting_dismissal(lang: str) -> Client:
    """A burglary wobbler the court made a misdemeanor in 2024, probation done: 1203.4 open now."""
    case = Case(id="A", convictions=[Conviction(
        id="A1", section="459/460(b)", level="felony", conviction_date=date(2016, 5, 20),
        relief_granted=[ReliefGranted("pc17b", date(2024, 1, 10))])],
        sentence=_probation(date(2016, 5, 20), date(2019, 5, 20), "completed", kind="formal"))
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1985, 7, 30), us_citizen=True),
                  cases=[case])


def test_m59_01_a_reduced_felony_awaiting_dismissal_is_told_which_job_answer_is_for_now():
    """E114-02 made the private-job intro say which answer to give before relief to come is done,
    but only beside a conviction "not cleared": a client whose felony the court already made a
    misdemeanor, its dismissal still to file, read "Once your conviction is dismissed: “No.”" and
    "For a conviction made a misdemeanor: To a felony question: “No.” ..." and nothing said which
    was for an interview next week.  The intro now names the reduction's label, as printed."""
    for lang, said, label in (
            ("en", "Your interview may come before your record is cleared. Until then, give the answer "
                   "“For a conviction made a misdemeanor”.", "For a conviction made a misdemeanor:"),
            ("es", "Puede que su entrevista sea antes de que limpien sus antecedentes. Hasta entonces, dé la respuesta "
                   "«Si la condena se redujo a delito menor».", "Si la condena se redujo a delito menor:")):
        text = pdf_text(reduced_awaiting_dismissal(lang), lang)
        start = text.index(said)
        assert text.count(said) == 1, text
        assert text.index(label, start) - start < 800, text[start:start + 1000]  # the label follows the intro


def test_m59_01_a_prop64_change_awaiting_dismissal_names_no_answer_for_now():
    """Prop 64's line is no answer ("Ask the clinic what to say here"): the intro names none."""
    case = Case(id="A", convictions=[Conviction(
        id="A1", section="11359", code="HS", level="felony", conviction_date=date(2014, 5, 20),
        relief_granted=[ReliefGranted("prop64", date(2023, 1, 10))])],
        sentence=_probation(date(2014, 5, 20), date(2017, 5, 20), "completed", kind="formal"))
    client = Client(name="Synthetic Client", language="en", person=Person(dob=date(1985, 7, 30), us_citizen=True),
                    cases=[case])
    text = pdf_text(client, "en")
    assert "For a conviction changed under Prop 64: Ask the clinic what to say here." in text
    assert "Until then, give the answer" not in text
