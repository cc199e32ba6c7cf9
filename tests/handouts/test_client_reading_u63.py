"""U63: the client's pages read after round 63's changes, as a client with an 8th-grade reading
level would, in English and Spanish.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation, eligible_now
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person

pytestmark = pytest.mark.pdf


# ---- U63-01: "have their own rules: tell them." -------------------------------------------

def nevada_only(lang: str) -> Client:
    """One Nevada misdemeanor: nothing a California court can clear (A63-02's words)."""
    nevada = Case(id="N", jurisdiction="NV", convictions=[Conviction(
        id="N1", code="NRS", section="205.240", level="misdemeanor", conviction_date=date(2016, 3, 1))],
        sentence=_probation(date(2016, 3, 1), date(2017, 3, 1), "completed"))
    return Client(name="Nora Vega", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True),
                  cases=[nevada])


def two_out_of_state(lang: str) -> Client:
    client = nevada_only(lang)
    client.cases.append(Case(id="F", jurisdiction="federal", convictions=[Conviction(
        id="F1", code="other", section="18 USC 641", level="felony", conviction_date=date(2014, 3, 1))],
        sentence=_probation(date(2014, 3, 1), date(2016, 3, 1), "completed", kind="formal")))
    return client


LICENSE_END = {  # one conviction with no dismissal, several, one a dismissal can reach
    "en": ("have their own rules. Tell those offices about your conviction. B&P 480(f)(2)",
           "have their own rules. Tell those offices about your convictions. B&P 480(f)(2)",
           "have their own rules. Tell those offices about your conviction, and say if it was dismissed."),
    "es": ("tienen sus propias reglas. Hable de su condena con esas oficinas. B&P 480(f)(2)",
           "tienen sus propias reglas. Hable de sus condenas con esas oficinas. B&P 480(f)(2)",
           "tienen sus propias reglas. Hable de su condena con esas oficinas y dígales si fue desestimada."),
}
BARE = {"en": "rules: tell them", "es": "reglas: dígales"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_u63_01_the_licensing_intro_says_what_to_tell_them(lang):
    """'Other licenses ... have their own rules: tell them.' (A63-02's words for a record no
    California court can clear) said neither what to tell nor, 'them' following 'licenses',
    quite whom; 'dígales.' alone reads in Spanish as a sentence cut short. It now says whom
    (those offices) and what (the conviction, in its number), in a sentence of its own (the
    one sentence measured Flesch-Kincaid grade 12.3; the two, 8.7), as the intro for a
    conviction that can be dismissed does."""
    one, many, dismissible = LICENSE_END[lang]
    text = pdf_text(nevada_only(lang), lang)
    assert one in text and BARE[lang] not in text
    text = pdf_text(two_out_of_state(lang), lang)
    assert many in text and BARE[lang] not in text
    assert dismissible in pdf_text(eligible_now(lang), lang)
