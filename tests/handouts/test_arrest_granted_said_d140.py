"""D140-02: a client whose DEJ plea the court let them withdraw (PC 1203.43), or whose arrest the
court sealed (PC 851.91), the petition entered as granted, read on the arrest's card "Not
cleared on this page yet. The judge said yes: ask the clinic for a new page" and "This page
does not show the change yet. Ask the clinic for a new one"; a client not a citizen was still
told the plea "may still count as a conviction until the court lets you take it back".  A new
page said the same: the record keeps granted relief on a conviction's counts (FORMAT.md), and an
arrest has none, so the grant entered on the petition is all the record will ever hold.  Now a
granted petition on an arrest is said as done ("The judge said yes on ... Keep a copy of the
court order."), a sealing granted answers as a sealed arrest, and the plea's immigration
warning goes once its withdrawal is granted.  Each test opens the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_petition_said_p123 import text_of  # the real PDF's words, one line

from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Person, Petition, Program

RULED = date(2019, 3, 1)


def dej_client(*petitions: Petition, citizen: bool | None = True) -> Client:
    case = Case(id="c1", case_number="16CR05555", outcome="diversion_completed", arrest_date=date(2016, 4, 2),
                disposition_date=date(2018, 2, 1), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="11350(a)", code="HS", level="misdemeanor")],
                program=Program(kind="dej", plea_entered=True, completed_on=date(2018, 2, 1)), petitions=list(petitions))
    return Client(name="Synthetic Client", person=Person(dob=date(1988, 5, 1), us_citizen=citizen), cases=[case])


# The card's old line, "Not cleared on this page yet. The judge said yes: ask the clinic for a new
# page.", and the option's "This page does not show the change yet. Ask the clinic for a new one."
NEW_PAGE = {"en": "ask the clinic for a new page", "es": "pida una hoja nueva a la clínica"}


def _new_page_asked(texts: dict, text: str, lang: str) -> bool:
    return NEW_PAGE[lang] in text or texts["court"]["granted_on"].format(date="").split(". ", 2)[-1] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d140_02_a_dej_plea_withdrawn_is_said_done_not_asked_for_on_a_new_page(lang):
    texts = load_texts(lang)
    granted = text_of(dej_client(Petition("pc1203_43", date(2019, 1, 5), ruling="granted", ruling_on=RULED),
                                 citizen=False), lang)
    assert not _new_page_asked(texts, granted, lang)
    assert texts["state"]["dej_plea_immigration"] not in granted  # the plea is withdrawn
    done = texts["court"]["granted_kept_on"].format(date="")
    assert done.split(" . ")[1] in granted  # "Keep a copy of the court order."
    assert f'{done.split(" . ")[1]} {texts["labels"]["who"]}: {texts["who"]["nobody"]}' in granted
    # The arrest's sealing, still open, heads the card.
    assert texts["state"]["arrest_eligible"] in granted
    # Before the ruling, as before: the plea may still count, for a client not a citizen.
    filed = text_of(dej_client(Petition("pc1203_43", date(2019, 1, 5)), citizen=False), lang)
    assert texts["state"]["dej_plea_immigration"] in filed


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d140_02_an_arrest_the_court_sealed_answers_as_sealed(lang):
    texts = load_texts(lang)
    sealed = text_of(dej_client(Petition("pc851_91", date(2019, 1, 5), ruling="granted", ruling_on=RULED)), lang)
    assert not _new_page_asked(texts, sealed, lang)
    assert texts["state"]["arrest_sealed_on"].format(date="March 1, 2019" if lang == "en" else "1 de marzo de 2019") in sealed
    assert texts["columns"]["arrest"] in sealed and texts["columns"]["arrest_not_sealed"] not in sealed
    # Denied, it is not sealed.
    denied = text_of(dej_client(Petition("pc851_91", date(2019, 1, 5), ruling="denied", ruling_on=RULED)), lang)
    assert texts["state"]["arrest_sealed"] not in denied
    assert texts["columns"]["arrest_not_sealed"] in denied
