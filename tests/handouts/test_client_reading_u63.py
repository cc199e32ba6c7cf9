"""U63: the client's pages read after round 63's changes, as a client with an 8th-grade reading
level would, in English and Spanish.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from handout_clients import _probation, eligible_now
from test_client_reading_a63 import burglary_filed_for_dismissal
from handout_render import pdf_text

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Petition

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


# ---- U63-02: "Condena según other 39-14-103(b)(ii)" on a Spanish page ---------------------

def other_code(lang: str) -> Client:
    """A Tennessee felony typed with code "other" before a bare section (R63-02 keeps "other"),
    and an arrest there charged the same way."""
    conviction = Case(id="T", jurisdiction="TN", convictions=[Conviction(
        id="T1", code="other", section="39-14-103(b)(ii)", level="felony", conviction_date=date(2015, 1, 1))],
        sentence=_probation(date(2015, 1, 1), date(2017, 1, 1), "completed", kind="formal"))
    arrest = Case(id="R", outcome="no_charges_filed", arrest_date=date(2019, 7, 4), arrest_level="misdemeanor",
                  arrest_offenses=[ArrestOffense(section="39-17-418", code="other", level="misdemeanor")])
    return Client(name="Otto Otero", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True),
                  cases=[conviction, arrest])


def test_u63_02_a_spanish_page_says_another_code_in_spanish():
    """The code box's "other" was printed as typed, in English, on the Spanish page: the card's
    title "Condena según other 39-14-103(b)(ii)", its line and the checklist; the Spanish page
    now says "otro código" there, the English page "other" as R63-02 keeps it."""
    text = pdf_text(other_code("es"), "es")
    assert "Condena según otro código 39-14-103(b)(ii)" in text
    assert "(felony), 2015 · otro código 39-14-103(b)(ii)" in text
    assert "otro código 39-17-418" in text  # the arrest's card
    assert not re.search(r"\bother\b", text)
    text = pdf_text(other_code("en"), "en")
    assert "Conviction under other 39-14-103(b)(ii)" in text and "other 39-17-418" in text


# ---- U63-03: a hearing's day gone by, on the checklist ------------------------------------

ASK_WHAT_HAPPENED = {
    "en": ("Ask the clinic what happened at the court hearing on November 10, 2026 about: {what}",
           "Go to the court hearing if the court sets one.",
           "If the court sets a hearing on other papers the clinic files, the clinic will tell you the date."),
    "es": ("Pregunte en la clínica qué pasó en la audiencia del 10 de noviembre de 2026 sobre: {what}",
           "Vaya a la audiencia si el tribunal la programa.",
           "Si el tribunal fija una audiencia sobre otros papeles que presente la clínica, la clínica le avisará la fecha."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_u63_03_the_checklist_asks_what_happened_at_a_hearing_gone_by(lang):
    """Filed 2026-11-02, hearing 2026-11-10, no ruling entered on 2026-11-15: the card says the
    day has passed and to ask the clinic what happened (A63-04), but the checklist read "Go to
    the court hearing if the court sets one. The clinic will tell you the date." (for the 17(b)
    still to file), as if none had been set, and, with nothing else to file, said nothing of it.
    It now lists asking the clinic, and speaks of a hearing on the other papers only."""
    ask, generic, more = ASK_WHAT_HAPPENED[lang]
    client = burglary_filed_for_dismissal(lang)
    client.cases[0].petitions[0].hearing_on = date(2026, 11, 10)
    text = pdf_text(client, lang)
    burglary = {"en": "Second-degree (commercial) burglary", "es": "Robo con allanamiento de local comercial"}[lang]
    assert ask.format(what=burglary) in text
    assert more in text and generic not in text
    client = eligible_now(lang)  # a petty theft: the dismissal filed, nothing else to file
    client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2026, 11, 10)))
    text = pdf_text(client, lang)
    assert ask.format(what={"en": "Petty theft", "es": "Hurto menor"}[lang]) in text
    assert generic not in text and more not in text


# ---- U63-04: «Esta hoja todavía no lo muestra» -------------------------------------------

def test_u63_04_a_grant_not_recorded_says_in_spanish_what_the_page_does_not_show():
    """A petition granted for one count and denied for the other (H63-01's two petitions),
    the relief not recorded on the count yet: the granted count's card read «Cómo está: Esta
    hoja todavía no lo muestra.», "it" standing for nothing named before it (the English says
    "Not cleared on this page yet."); it now says the page does not show the conviction
    cleared yet."""
    client = burglary_filed_for_dismissal("es")
    client.cases[0].convictions.append(Conviction(id="A2", code="VC", section="23152(a)", level="misdemeanor",
                                                  conviction_date=date(2014, 5, 20)))
    client.cases[0].petitions = [
        Petition("pc1203_4", date(2026, 9, 1), ["A1"], ruling="granted", ruling_on=date(2026, 11, 10)),
        Petition("pc1203_4", date(2026, 9, 1), ["A2"], ruling="denied", ruling_on=date(2026, 11, 10))]
    text = pdf_text(client, "es")
    assert ("Cómo está: Esta hoja todavía no la muestra limpia. El juez dijo que sí: pida una hoja nueva a "
            "la clínica.") in text
    assert "no lo muestra" not in text
    assert "El juez dijo que no el 10 de noviembre de 2026" in text  # the count denied, on its own card
