"""H29: the handouts of demo caseloads (seeds 91 and 97) read as a Spanish-speaking client
would, and leftovers of earlier rounds.  Each test opens the real PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC, screened
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 2)


def pdf_text(client: Client, lang: str) -> str:
    pdf = render_bytes(compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def on_probation(*conditions: Condition) -> Client:
    case = Case(id="A", convictions=[Conviction(id="A1", section="243(e)(1)", conviction_date=date(2026, 5, 15))],
                sentence=Sentence(type="probation", judgment_date=date(2026, 5, 15), imposition_suspended=True,
                                  probation=Probation(kind="summary", start=date(2026, 5, 15), end=date(2027, 5, 15),
                                                      status="active")),
                conditions=list(conditions))
    return Client(name="Synthetic Client", person=Person(dob=date(1990, 1, 1), us_citizen=True), cases=[case])


# ---- H29-01: what the clinic typed is quoted as written, in both languages -----------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, expected", [
    ("es", ["Termine: «52-week batterer's intervention program» (así dice en sus papeles). Ya lleva 23 de 52.",
            "Termine: «Victim impact panel» (así dice en sus papeles).",
            "Cumpla hasta el 15 de mayo de 2027 la orden de alejamiento del tribunal: "
            "«Stay away from the protected person» (así dice en sus papeles).",
            "Cumpla hasta el 15 de mayo de 2027: «No contact with the victim» (así dice en sus papeles).",
            "Termine el servicio comunitario. Ya lleva 66 de 200 horas."]),
    ("en", ["Finish: “52-week batterer's intervention program” (as written in your papers). You have done 23 of 52.",
            "Finish: “Victim impact panel” (as written in your papers).",
            "Obey the court's stay-away order until May 15, 2027: "
            "“Stay away from the protected person” (as written in your papers).",
            "Obey until May 15, 2027: “No contact with the victim” (as written in your papers).",
            "Finish your community service. You have done 66 of 200 hours."]),
])
def test_h29_01_a_typed_label_is_quoted_as_written_in_your_papers(lang, expected):
    """A Spanish page had printed the clinic's English as if it were the handout's own words,
    mid-sentence: "Termine: 52-week batterer's intervention program (lleva 35 de 52)." (demo
    seed 91), "Termine: Outpatient drug program (lleva 10 de 26).", "Cumpla: No contact ...
    (hasta el ...)".  Free text cannot be translated: it is now always quoted and said to be
    as written in the client's papers, the same way in English, and its progress is a
    sentence of its own rather than a second bracket after the first."""
    client = on_probation(
        Condition(kind="class", label="52-week batterer's intervention program", required=52, done=23),
        Condition(kind="other", label="Victim impact panel"),
        Condition(kind="stay_away", label="Stay away from the protected person"),
        Condition(kind="other", label="No contact with the victim"),
        Condition(kind="community_service", label="Community service (200 hours)", required=200, done=66),
    )
    text = pdf_text(client, lang)
    for line in expected:
        assert line in text, line
    # No label is left bare: each is inside the language's quotation marks.
    for label in ("52-week batterer's intervention program", "Victim impact panel", "No contact with the victim"):
        assert text.count(label) == text.count({"es": "«", "en": "“"}[lang] + label)
