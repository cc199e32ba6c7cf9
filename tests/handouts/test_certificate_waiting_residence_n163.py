"""N163-03: a certificate of rehabilitation that waits ("This has to wait until ...": parole whose
end the record lacks) or that a clinic lawyer must check on its own line of the card ("A clinic
lawyer must check some facts first") said nothing of the California residence it needs
(ca-rules.md 3.17 [H]), which O155-02 says where it is open now or later and S159-02 where a
lawyer will also check it under "Other relief": a client moving away read it as theirs.  Those
lines now say it too, once on the page.  Ramón is synthetic.  Real PDFs."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

IN_CALIFORNIA = {
    "en": "To ask for the certificate, you must live in California. If you move to another state, ask the clinic first.",
    "es": "Para pedir el certificado, debe vivir en California. Si se muda a otro estado, pregunte primero en la clínica.",
}
CERTIFICATE = {"en": "Certificate of Rehabilitation:", "es": "Certificado de Rehabilitación:"}


def _burglary(lang: str, custody: Custody, resident_since: date | None) -> Client:
    """A 2012 felony burglary served in state prison."""
    case = Case(id="P", case_number="BA391200", convictions=[
        Conviction(id="P1", section="459", level="felony", conviction_date=date(2012, 1, 5))],
        sentence=Sentence(type="state_prison", judgment_date=date(2012, 1, 5), custody=custody))
    return Client(name="Ramón Testcert", language=lang,
                  person=Person(dob=date(1980, 1, 1), us_citizen=True, ca_resident_since=resident_since), cases=[case])


def _line(text: str, lang: str) -> str:
    """The card's certificate line, up to the next one."""
    start = text.index(CERTIFICATE[lang])
    return text[start:text.index("•", start) if "•" in text[start:] else None]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n163_03_a_certificate_that_waits_says_it_needs_california_residence(lang):
    # On parole since 2023, its end not in the record: the certificate waits for it.
    waiting = _burglary(lang, Custody(release_date=date(2023, 3, 1), supervision="parole"), date(1980, 1, 1))
    text = pdf_text(waiting, lang)
    assert ("This has to wait" if lang == "en" else "Esto tiene que esperar") in _line(text, lang)
    assert IN_CALIFORNIA[lang] in _line(text, lang) and text.count(IN_CALIFORNIA[lang]) == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n163_03_a_certificate_a_lawyer_must_check_says_it_too(lang):
    # On parole since 2014, its end not in the record ten years on: a lawyer must check.
    text = pdf_text(_burglary(lang, Custody(release_date=date(2014, 6, 1), supervision="parole"), date(1980, 1, 1)), lang)
    assert ("A clinic lawyer must check" if lang == "en" else "Un abogado de la clínica tiene que revisar") in _line(text, lang)
    assert IN_CALIFORNIA[lang] in _line(text, lang) and text.count(IN_CALIFORNIA[lang]) == 1
