"""P123-02: a client whose petition to seal an arrest (PC 851.91) the clinic had filed, or the
court had granted, read on the arrest's card "No conviction. You can ask the court to seal this
arrest now" and "You qualify now. The clinic can file papers to ask the court to seal the
arrest", as if nothing had been done: the card of a conviction said where its petition stood
(B56-01), an arrest's did not.  It now says it as a conviction's card does.  Each test opens the
real PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import AS_OF, CLINIC, screened
from handout_render import squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Person, Petition

FILED = date(2026, 11, 2)


def arrested(**court) -> Client:
    case = Case(id="c1", case_number="2CJ35478", outcome="dismissed", arrest_date=date(2012, 5, 4),
                disposition_date=date(2012, 8, 1), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="647(f)", code="PC", level="misdemeanor")],
                petitions=[Petition("pc851_91", FILED, **court)])
    return Client(name="Synthetic Client", person=Person(dob=date(1984, 6, 9), us_citizen=True), cases=[case])


def text_of(client: Client, lang: str) -> str:
    pdf = render_bytes(compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF))
    return " ".join(squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p123_02_an_arrest_s_card_says_its_petition_filed_and_granted(lang):
    texts = load_texts(lang)
    action = texts["remedies"]["pc851_91"]["action"]
    can_file = texts["option"]["eligible_petition"].format(action=action)
    # None filed: as before, the clinic can file.
    before = text_of(_none(), lang)
    assert texts["state"]["arrest_eligible"] in before and can_file in before

    filed = text_of(arrested(hearing_on=date(2027, 1, 10)), lang)
    assert texts["option"]["filed_petition"].format(action=action) in filed and can_file not in filed
    assert texts["state"]["arrest_filed"] in filed and texts["state"]["arrest_eligible"] not in filed
    assert texts["court"]["filed"].split("{")[0] in filed  # "Your papers were filed with the court on "

    granted = text_of(arrested(ruling="granted", ruling_on=date(2026, 11, 12)), lang)
    assert texts["state"]["arrest_eligible"] not in granted and can_file not in granted
    # Said sealed (D140-02): an arrest has no count to record the relief on, as a conviction's
    # is, so the grant a person entered on the petition is the record of it.
    # With the ruling's day (S143-04).
    assert texts["state"]["arrest_sealed_on"].format(date="November 12, 2026" if lang == "en" else "12 de noviembre de 2026") in granted


def _none() -> Client:
    client = arrested(hearing_on=None)
    client.cases[0].petitions = []
    return client
