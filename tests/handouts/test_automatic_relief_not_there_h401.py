"""H401: a client who heard on the news that records are cleared automatically, reading at home
the handout of a conviction only the DOJ's automatic relief (PC 1203.425) can clear.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import flowing_text

from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf


def license_infraction(lang: str) -> Client:
    """Driving without a license (VC 12500(a)), an infraction, probation completed in 2016: no
    dismissal fits it (PC 1203.4 leaves out infractions, 1203.4a Vehicle Code ones), only the
    DOJ's automatic relief (client 21 of the demo)."""
    case = Case(id="A", case_number="3MP04871", sentence=_probation(date(2013, 8, 12), date(2016, 8, 11), "completed"),
                convictions=[Conviction(id="A1", code="VC", section="12500(a)", level="infraction",
                                        conviction_date=date(2013, 8, 12))])
    return Client(name="Héctor Gutiérrez", language=lang, person=Person(dob=date(1980, 4, 2), us_citizen=True),
                  cases=[case])


def arrest_not_charged(lang: str, arrested: date) -> Client:
    """A misdemeanor arrest no charge followed: automatic sealing (PC 851.93) a year after it."""
    case = Case(id="A", outcome="no_charges_filed", arrest_date=arrested, arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="647(f)", level="misdemeanor")])
    return Client(name="Ashley Walker-Simmons", language=lang, person=Person(dob=date(1995, 5, 15)), cases=[case])


NOT_THERE = {
    "en": "If your record does not say “relief granted”, tell the clinic. The state may have missed it, "
          "and the clinic can tell you what to do next.",
    "es": "Si su récord no dice «relief granted» (alivio concedido), dígaselo a la clínica. Puede que el "
          "estado no lo haya hecho, y la clínica le dirá qué hacer.",
}
CHECK = {"en": "Check your record (RAP sheet) for “relief granted”",
         "es": "Busque en su récord (RAP sheet) las palabras «relief granted»"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h401_01_the_list_says_what_to_do_if_relief_granted_is_not_there(lang):
    """Héctor read "No papers are needed. The DOJ may do it on its own" and, on his list, to check
    his RAP sheet for "relief granted", and nothing of what to do if it is not there: DOJ acts
    only where its records are complete (a missing disposition means no relief, ca-rules.md 3.5),
    and the window's next step says what then (here, no petition fits: ask the court's clerk to
    report the disposition). Read at home, the page told him he was done either way. The list
    now says, under the check, to tell the clinic if the words are not there; said once."""
    text = flowing_text(license_infraction(lang), lang)
    assert CHECK[lang] in text
    assert NOT_THERE[lang] in text and text.count(NOT_THERE[lang]) == 1
    assert text.index(NOT_THERE[lang]) > text.index(CHECK[lang])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h401_01_an_arrest_checked_later_is_told_the_same(lang):
    """An arrest the state may seal on its own after a day still to come (PC 851.93): "After
    ..., check your record" is followed by the same line."""
    text = flowing_text(arrest_not_charged(lang, date(2026, 6, 1)), lang)
    assert "relief granted" in text and NOT_THERE[lang] in text


def intoxication_registrant(lang: str) -> Client:
    """Public intoxication, probation completed in 2018, a client who must register (PC 290): the
    court's dismissal is open, DOJ's automatic relief is not (PC 1203.425(a)(1)(B)(i))."""
    case = Case(id="A", case_number="8CJ05555", sentence=_probation(date(2016, 5, 3), date(2018, 5, 3), "completed"),
                convictions=[Conviction(id="A1", section="647(f)", conviction_date=date(2016, 5, 3))])
    return Client(name="Ji-ho Okafor", language=lang,
                  person=Person(dob=date(1975, 1, 9), us_citizen=True, registrant_290=True), cases=[case])


AS_DISMISSED = {
    "en": "Automatic relief from the state (DOJ) counts as a dismissal. Once your record says “relief "
          "granted”, give the answers below for a dismissed conviction.",
    "es": "El alivio automático del estado (DOJ) cuenta como una desestimación. Cuando su récord diga "
          "«relief granted» (alivio concedido), dé las respuestas de abajo para una condena desestimada.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h401_02_automatic_relief_is_said_to_count_as_a_dismissal(lang):
    """Héctor's only relief is the state's, which his record will show as "relief granted", never
    as "dismissed"; every answer under "What you may say" is headed "Once your conviction is
    dismissed", and nothing told him that his relief, once there, is one (ca-rules.md 3.5:
    its effects are a 1203.4 dismissal's; 5: "relief granted" is read as dismissed). Said once,
    under "What relief does and does not do", for a conviction automatic relief may still reach;
    not for a registrant, whom it does not reach."""
    text = flowing_text(license_infraction(lang), lang)
    assert AS_DISMISSED[lang] in text and text.count(AS_DISMISSED[lang]) == 1
    headings = load_texts(lang)["headings"]
    assert text.index(headings["effects"]) < text.index(AS_DISMISSED[lang]) < text.index(headings["say"])
    assert AS_DISMISSED[lang] not in flowing_text(intoxication_registrant(lang), lang)


def petty_theft_reduced(lang: str) -> Client:
    """Petty theft with a prior (PC 666), a felony the court made a misdemeanor (PC 17(b)) in 2016,
    probation completed in 2015: the court's dismissal is open, and the DOJ may clear it on its own."""
    case = Case(id="A", case_number="BA100001", county="Los Angeles",
                sentence=_probation(date(2012, 3, 2), date(2015, 3, 2), "completed"),
                convictions=[Conviction(id="A1", section="666", level="felony", conviction_date=date(2012, 3, 2),
                                        relief_granted=[ReliefGranted("pc17b", date(2016, 1, 1))])])
    return Client(name="Rosa Delgado-Pérez", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True),
                  cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r411_01_a_conviction_made_a_misdemeanor_is_told_automatic_relief_counts_as_a_dismissal(lang):
    """Rosa's felony was made a misdemeanor (PC 17(b)); her card says "No papers are needed. The DOJ
    may do it on its own" and her list to check for "relief granted", and H401-02's line, that the
    state's relief counts as a dismissal, was left out: it looked for a conviction with no relief
    granted at all, and a reduction is relief that clears nothing.  It now follows the card."""
    text = flowing_text(petty_theft_reduced(lang), lang)
    assert CHECK[lang] in text
    assert AS_DISMISSED[lang] in text and text.count(AS_DISMISSED[lang]) == 1
