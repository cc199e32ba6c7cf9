"""V71-04: a felony whose PC 17(b) reduction the screening leaves to a lawyer was told, under
"What relief does and does not do", "Making it a misdemeanor (PC 17(b)) can end the California
ban", while its card said "A clinic lawyer will also check whether you qualify for reducing it
to a misdemeanor".  A conspiracy to sell narcotics (PC 182(a)(1)/HS 11352) cannot be reduced at
all if its target is a straight felony, as HS 11352 is; a former PC 12021 only if it was under
(c) or (d).  The note now says a clinic lawyer will check whether it can be made a misdemeanor,
which would end the ban; a felony 17(b) reaches now keeps "can end the California ban"."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from handout_clients import CLINIC
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 4)
SAID = {
    "en": ("A clinic lawyer will check whether it can be made a misdemeanor (PC 17(b)). That would end the California ban.",
           "Making it a misdemeanor (PC 17(b)) can end the California ban."),
    "es": ("Un abogado de la clínica revisará si se puede reducir a delito menor (PC 17(b)). Eso terminaría la prohibición "
           "de California.", "Reducirlo a delito menor (PC 17(b)) puede terminar la prohibición de California."),
}


def _client(code: str, section: str, lang: str) -> Client:
    case = Case(id="A", case_number="RIF300208", county="Riverside", disposition_date=date(2012, 5, 1),
                convictions=[Conviction(id="A1", code=code, section=section, level="felony", conviction_date=date(2012, 5, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1), status="completed")))
    return Client(name="Carla Conspiración", person=Person(dob=date(1975, 3, 3), us_citizen=True), cases=[case], language=lang)


def _text(client: Client, lang: str) -> str:
    result = screen(client.person, client.cases, AS_OF)
    pdf = render_bytes(compose(client, result, CLINIC, lang=lang, as_of=AS_OF))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    # A note may go on over a page's foot: read it without the footer between its sentences.
    return re.sub(r" ?(This handout is general information|Esta hoja es información general)\..*?"
                  r"(Page|Página) \d+ (of|de) \d+ Carla Conspiración", "", text)


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_v71_04_a_reduction_a_lawyer_checks_is_not_said_to_end_the_ban(lang):
    client = _client("HS", "182(a)(1)/11352", lang)
    assert {d.status for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc17b"} == {"needs_review"}
    text = _text(client, lang)
    checks, settled = SAID[lang]
    assert checks in text
    assert settled not in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_v71_04_a_felony_17b_reaches_keeps_can_end_the_ban(lang):
    client = _client("PC", "459/460(b)", lang)
    assert {d.status for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc17b"} == {"eligible"}
    text = _text(client, lang)
    checks, settled = SAID[lang]
    assert settled in text
    assert checks not in text
