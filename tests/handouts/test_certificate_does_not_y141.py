"""Y141-01: a PC 290 registrant whose 2005 prison term no dismissal reaches, asking for a certificate
of rehabilitation (the one relief the screening offers him), read under "What relief does and does
not do" only what a dismissal does: "A dismissal does not erase your record ... Your record will say
it was dismissed", "A dismissed conviction can still count against you", "Most job and license checks
will show it as dismissed", none of which will ever be so of his conviction; and nowhere what a
certificate does not do.  ca-rules.md 3.17: the certificate is forwarded to the Governor as a pardon
application, and only a full pardon may give back gun rights (PC 4854).  The page now says, where a
certificate is on a card, that it neither erases nor dismisses the conviction, gives back no gun
right by itself, and that the Governor decides a pardon and may say no; and what a dismissal does
only where a card offers one.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, ReliefGranted, Sentence

CERTIFICATE_DOES_NOT = {
    "en": ("A Certificate of Rehabilitation does not erase your conviction or dismiss it.",
           "A certificate alone does not give back the right to have a gun.",
           "The Governor decides whether to grant a pardon, and may say no."),
    "es": ("El Certificado de Rehabilitación no borra su condena ni la desestima.",
           "El certificado por sí solo no le devuelve el derecho a tener armas.",
           "El gobernador decide si le da un perdón, y puede decir que no."),
}
DISMISSAL_SAYS = {"en": "A dismissal does not erase your record.",
                  "es": "La desestimación no borra su récord."}


def _prison_term(code: str, section: str, convicted: date, released: date, relief=()) -> Case:
    return Case(id="A", case_number="BA200003",
                convictions=[Conviction(id="A1", code=code, section=section, level="felony", conviction_date=convicted,
                                        relief_granted=list(relief))],
                sentence=Sentence(type="state_prison", judgment_date=convicted, completed=True,
                                  custody=Custody(release_date=released, supervision="parole",
                                                  supervision_end=date(released.year + 3, released.month, released.day))))


def _registrant(lang: str) -> Client:
    """PC 261(a)(2), prison, released 2011: a certificate is open (10 years), no dismissal is."""
    person = Person(dob=date(1970, 6, 1), us_citizen=True, registrant_290=True, ca_resident_since=date(1990, 1, 1),
                    on_supervision="none")
    return Client(name="Prueba Registro", language=lang, person=person,
                  cases=[_prison_term("PC", "261(a)(2)", date(2005, 2, 10), date(2011, 1, 10))])


def _drug_sale(lang: str, relief=(), resident_since: date | None = date(1995, 1, 1)) -> Client:
    """HS 11352(a), prison 2008, released 2012: 1203.41 and 1203.42 open, and a certificate
    (to be checked by a lawyer where the client's residence is not recorded)."""
    person = Person(dob=date(1975, 6, 1), us_citizen=True, ca_resident_since=resident_since, on_supervision="none")
    return Client(name="Prueba Certificado", language=lang, person=person,
                  cases=[_prison_term("HS", "11352(a)", date(2008, 2, 10), date(2012, 1, 10), relief)])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_y141_01_a_certificate_alone_is_not_told_what_a_dismissal_does(lang):
    text = pdf_text(_registrant(lang), lang)
    for line in CERTIFICATE_DOES_NOT[lang]:
        assert line in text
    assert DISMISSAL_SAYS[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_y141_01_a_dismissal_beside_a_certificate_keeps_both(lang):
    text = pdf_text(_drug_sale(lang), lang)
    assert DISMISSAL_SAYS[lang] in text
    for line in CERTIFICATE_DOES_NOT[lang]:
        assert line in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_y141_01_a_certificate_a_lawyer_will_check_is_told_what_it_does_not_do(lang):
    """Residence not recorded: the certificate is in "A clinic lawyer will also check"."""
    text = pdf_text(_drug_sale(lang, resident_since=None), lang)
    for line in CERTIFICATE_DOES_NOT[lang]:
        assert line in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_y141_01_a_certificate_granted_is_told_what_it_does_not_do(lang):
    text = pdf_text(_drug_sale(lang, [ReliefGranted("cor", date(2021, 6, 1))]), lang)
    for line in CERTIFICATE_DOES_NOT[lang]:
        assert line in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_y141_01_no_certificate_no_certificate_line(lang):
    """A misdemeanor on probation: no certificate on any card, so nothing said of one."""
    from clinic_app.model import Probation

    case = Case(id="A", convictions=[Conviction(id="A1", section="484(a)", level="misdemeanor", conviction_date=date(2019, 1, 10))],
                sentence=Sentence(type="probation", judgment_date=date(2019, 1, 10), imposition_suspended=True, completed=True,
                                  probation=Probation(kind="summary", start=date(2019, 1, 10), end=date(2021, 1, 10), status="completed")))
    text = pdf_text(Client(name="Prueba Hurto", language=lang, person=Person(dob=date(1990, 1, 1), us_citizen=True), cases=[case]), lang)
    assert DISMISSAL_SAYS[lang] in text
    assert CERTIFICATE_DOES_NOT[lang][0] not in text
