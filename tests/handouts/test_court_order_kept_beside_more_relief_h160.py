"""H160-03: a client whose 2018 grand theft felony and 2021 petty theft were both dismissed under
PC 1203.4, the felony's PC 17(b) reduction still open, read under "What you still need to do"
"Keep a copy of the court order: Theft (petty theft)." and nothing of the felony's order: the
step was given only where nothing more was open (G150), though the felony's dismissal is what
she may be asked to show a housing authority's Section 8 form (F134-01) or a licensing board
("Bring a copy of each court order").  Every conviction the court gave relief on is now named
there, in English and Spanish; relief from the DOJ alone (PC 1203.425), with no order, is not.
Opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_petition_said_p123 import text_of

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, Probation, ReliefGranted, Sentence

NAMES = {"en": ("Grand theft of property worth more than $950", "Theft (petty theft)"),
         "es": ("Hurto mayor de bienes de más de $950", "Hurto (hurto menor)")}


def _probation_done(start: date, years: int, kind: str) -> Sentence:
    end = start.replace(year=start.year + years)
    return Sentence(type="probation", judgment_date=start, imposition_suspended=True, completed=True,
                    probation=Probation(kind=kind, start=start, end=end, status="completed"))


def rosa(lang: str, felony_relief: str = "pc1203_4") -> Client:
    granted = [ReliefGranted(felony_relief, date(2024, 5, 1))]
    felony = Case(id="A", case_number="BA470112", sentence=_probation_done(date(2018, 3, 12), 3, "formal"),
                  convictions=[Conviction(id="A1", section="487(a)", level="felony", conviction_date=date(2018, 3, 12),
                                          relief_granted=granted)])
    petty = Case(id="B", case_number="21CJCM04411", sentence=_probation_done(date(2021, 9, 20), 2, "summary"),
                 convictions=[Conviction(id="B1", section="484(a)", level="misdemeanor", conviction_date=date(2021, 9, 20),
                                         relief_granted=[ReliefGranted("pc1203_4", date(2024, 5, 1))])])
    return Client(name="Rosa Prueba", language=lang, person=Person(dob=date(1990, 5, 14), us_citizen=True),
                  cases=[felony, petty])


def _kept(page: str, lang: str, key: str = "court_granted_kept") -> str:
    keep = load_texts(lang)["tasks"][key].split("{what}")[0]
    assert page.count(keep) == 1
    said = page[page.index(keep):]
    return said[:said.index(".", len(keep) + 1) + 1] if "." in said[len(keep):] else said


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h160_03_both_dismissals_orders_are_kept_though_the_felony_may_still_be_reduced(lang):
    # Two cases, an order each: "the court orders" (K164-01).
    line = _kept(text_of(rosa(lang), lang), lang, "court_granted_kept_cases")
    felony, petty = NAMES[lang]
    assert felony in line and petty in line


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h160_03_the_dojs_own_relief_has_no_order_to_keep(lang):
    line = _kept(text_of(rosa(lang, felony_relief="pc1203_425"), lang), lang)
    felony, petty = NAMES[lang]
    assert petty in line and felony not in line


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h160_03_beside_a_grant_not_recorded_yet_the_order_is_said_once(lang):
    from clinic_app.model import Petition

    client = rosa(lang)
    client.cases[0].petitions = [Petition("pc17b", date(2026, 6, 1), ruling="granted", ruling_on=date(2026, 9, 1))]
    page = text_of(client, lang)
    line = _kept(page, lang)
    felony, petty = NAMES[lang]
    assert petty in line and felony not in line
    assert load_texts(lang)["tasks"]["court_granted"].split("{what}")[0] + felony in page
