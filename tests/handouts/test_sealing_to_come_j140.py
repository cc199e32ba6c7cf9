"""J140: a client whose misdemeanor came before 18, told on page 1 that the court may seal it
under PC 1203.45, reads "What you may say".  Each test opens the real PDF of a synthetic client."""

from __future__ import annotations

import io
from datetime import date

from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 6)


def petty_theft_at(dob: date, lang: str) -> Client:
    """A PC 488 misdemeanor of 2017-06-01 tried in adult court, summary probation ended 2019."""
    case = Case(id="A", case_number="7CJ01234",
                convictions=[Conviction(id="A1", section="488", level="misdemeanor",
                                        conviction_date=date(2017, 9, 1), offense_date=date(2017, 6, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2017, 9, 1), imposition_suspended=True,
                                  completed=True,
                                  probation=Probation(kind="summary", start=date(2017, 9, 1),
                                                      end=date(2019, 9, 1), status="completed")))
    return Client(name="Test Client", language=lang, person=Person(dob=dob, us_citizen=True), cases=[case])


def handout_text(client: Client, lang: str) -> str:
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
    return " ".join(squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_j140_01_a_client_offered_sealing_is_told_what_to_say_once_it_is_sealed():
    """Born 2000-03-10, 17 at the offense: page 1 offers "Sealing (offense before age 18): You
    qualify now".  "What you may say" told only "Once your conviction is dismissed": on a license,
    public-office or Lottery form "Yes, but it was dismissed under Penal Code 1203.4", never that
    once sealed the conviction is deemed not to have occurred and "No." may be said (PC 1203.45(a);
    ca-rules.md 3.13), nor what a sealing does not do (federal forms still ask).  Now it says both,
    in English and Spanish."""
    english = handout_text(petty_theft_at(date(2000, 3, 10), "en"), "en")
    assert "Sealing (offense before age 18): You qualify now" in english
    assert "If the judge seals your conviction: “No.” The law treats a sealed conviction as if it never happened. You may answer that way on any license form" in english
    assert english.count("If the judge seals your conviction") >= 8
    assert "A sealed conviction, its arrest and its records are treated as if they never happened, for most purposes. Federal forms, like immigration forms and form SF-86, still ask about sealed records." in english
    spanish = handout_text(petty_theft_at(date(2000, 3, 10), "es"), "es")
    assert spanish.count("Si el juez sella la condena") >= 8


def test_j140_01_a_client_18_at_the_offense_is_not_told_of_sealing():
    """Born 1999-06-01: 18 on the offense day, the birthday itself.  PC 1203.45 is not for them,
    and nothing of a sealing is said."""
    english = handout_text(petty_theft_at(date(1999, 6, 1), "en"), "en")
    assert "Sealing (offense before age 18)" not in english
    assert "seals your conviction" not in english and "A sealed conviction" not in english
