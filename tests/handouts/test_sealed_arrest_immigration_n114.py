"""N114-04: a client who is not a US citizen (or whose citizenship is unknown), with a DEJ
possession arrest of 2010 to seal, read under "What relief does and does not do" that "A sealed
arrest is treated as if it never happened, for most purposes", with no word of immigration,
where USCIS forms ask about sealed arrests too and the DEJ plea may still count as a conviction
(ca-rules.md 3.12, 4.8).  The line says it is not so for immigration, in both languages; a
citizen's line is as it was (H31-07's test).  Each test opens the real PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.screening_format import client_from_request

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 5)
NOT_FOR_IMMIGRATION = {
    "en": "A sealed arrest is treated as if it never happened, for most purposes, but not for immigration: "
          "immigration forms ask about sealed arrests too.",
    "es": "Un arresto sellado se trata, para casi todo, como si nunca hubiera pasado, pero no para inmigración: "
          "los formularios de inmigración también preguntan por los arrestos sellados.",
}
AS_BEFORE = {
    "en": "A sealed arrest is treated as if it never happened, for most purposes. It can still be used",
    "es": "Un arresto sellado se trata, para casi todo, como si nunca hubiera pasado. Todavía se puede usar",
}


def _text(citizen, lang: str) -> str:
    client = client_from_request({
        "as_of": AS_OF.isoformat(),
        "person": {"dob": "1985-03-02", "us_citizen": citizen},
        "cases": [{"id": "A", "case_number": "LA10M00001", "outcome": "diversion_completed",
                   "disposition_date": "2011-09-01", "arrest_date": "2010-02-01", "arrest_level": "misdemeanor",
                   "arrest_offenses": [{"code": "HS", "section": "11377(a)", "level": "misdemeanor"}],
                   "program": {"kind": "dej", "plea_entered": True, "completed_on": "2011-09-01"}}],
    })
    client.name, client.language = "Synthetic Client", lang
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("citizen", [False, None])
def test_n114_04_a_sealed_arrest_is_not_as_if_it_never_happened_for_immigration(citizen, lang):
    text = _text(citizen, lang)
    assert NOT_FOR_IMMIGRATION[lang] in text
    assert AS_BEFORE[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_n114_04_a_citizen_reads_the_line_as_before(lang):
    text = _text(True, lang)
    assert AS_BEFORE[lang] in text
    assert NOT_FOR_IMMIGRATION[lang] not in text
