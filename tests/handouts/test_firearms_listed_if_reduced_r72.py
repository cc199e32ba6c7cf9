"""R72-01: V71-04 told a felony whose PC 17(b) reduction the screening leaves to a lawyer that
a clinic lawyer will check whether it can be made a misdemeanor, but only where the offense
bans no guns as a misdemeanor.  A felony PC 245(a)(1), 422 or 273.5 (before 2019) whose
probation was revoked (a prison term then imposed closes 17(b): the card says a lawyer will
check) was still told "Making it a misdemeanor (PC 17(b)) ends the felony ban", as settled.
It now says the lawyer will check, then what the misdemeanor would still ban."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from handout_clients import CLINIC
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence, Violation

AS_OF = date(2026, 12, 4)
# Convicted in 2012: as misdemeanors their ten years have run, and the line says so (Z81).
SAID = {  # (the lawyer checks, said as settled)
    "en": ("A clinic lawyer will check whether it can be made a misdemeanor (PC 17(b)). That would end the felony ban. "
           "As a misdemeanor, this conviction would also have banned guns",
           "Making it a misdemeanor (PC 17(b)) ends the felony ban."),
    "es": ("Un abogado de la clínica revisará si se puede reducir a delito menor (PC 17(b)). Eso terminaría esa prohibición. "
           "Como delito menor, esta condena también le habría prohibido tener armas",
           "Reducirlo a delito menor (PC 17(b)) termina esa prohibición."),
}
SAID_MANY = {
    "en": ("A clinic lawyer will check whether they can be made misdemeanors (PC 17(b)). That would end the felony ban. "
           "As misdemeanors, these convictions would also have banned guns",
           "Making it a misdemeanor (PC 17(b)) ends the felony ban."),
    "es": ("Un abogado de la clínica revisará si se pueden reducir a delitos menores (PC 17(b)). Eso terminaría esa "
           "prohibición. Como delitos menores, estas condenas también le habrían prohibido tener armas",
           "Reducirlo a delito menor (PC 17(b)) termina esa prohibición."),
}


def _client(sections: list[str], lang: str, *, revoked: bool) -> Client:
    probation = (Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1), status="revoked",
                           violations=[Violation(date(2013, 1, 1), "revoked")]) if revoked
                 else Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1), status="completed"))
    case = Case(id="A", case_number="RIF300208", county="Riverside", disposition_date=date(2012, 5, 1),
                convictions=[Conviction(id=f"A{n}", code="PC", section=section, level="felony", conviction_date=date(2012, 5, 1))
                             for n, section in enumerate(sections, start=1)],
                sentence=Sentence(type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True, completed=True,
                                  probation=probation))
    return Client(name="Rita Revocada", person=Person(dob=date(1975, 3, 3), us_citizen=True), cases=[case], language=lang)


def _text(client: Client, lang: str) -> str:
    result = screen(client.person, client.cases, AS_OF)
    pdf = render_bytes(compose(client, result, CLINIC, lang=lang, as_of=AS_OF))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    # A note may go on over a page's foot: read it without the footer between its sentences.
    return re.sub(r" ?(This handout is general information|Esta hoja es información general)\..*?"
                  r"(Page|Página) \d+ (of|de) \d+ Rita Revocada", "", text)


def _17b(client: Client) -> set[str]:
    return {d.status for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc17b"}


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("section", ["245(a)(1)", "422"])
def test_r72_01_a_listed_felony_whose_reduction_a_lawyer_checks_is_not_said_to_end_the_ban(lang, section):
    client = _client([section], lang, revoked=True)
    assert _17b(client) == {"needs_review"}
    text = _text(client, lang)
    checks, settled = SAID[lang]
    assert checks in text
    assert settled not in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_r72_01_listed_felonies_whose_reduction_a_lawyer_checks(lang):
    client = _client(["245(a)(1)", "422"], lang, revoked=True)
    assert _17b(client) == {"needs_review"}
    text = _text(client, lang)
    checks, _settled = SAID_MANY[lang]
    assert checks in text
    assert "(PC 17(b)) ends the felony ban" not in text and "(PC 17(b)) termina esa prohibición" not in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_r72_01_a_listed_felony_17b_reaches_keeps_ends_the_ban(lang):
    client = _client(["245(a)(4)"], lang, revoked=False)
    assert _17b(client) == {"eligible"}
    text = _text(client, lang)
    checks, settled = SAID[lang]
    assert settled in text
    assert checks not in text
