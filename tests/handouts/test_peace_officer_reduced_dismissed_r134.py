"""R134: a would-be peace officer whose felony was made a misdemeanor (PC 17(b), Prop 47) and
then dismissed read under "Applying to be a police officer" only "“Yes, but it was dismissed
under Penal Code 1203.4.”": the felony bar's note was dropped as for a misdemeanor, and N131-01's
"the law does not say for sure" was said only while the reduced felony was not yet dismissed.
ca-rules.md 4.4 (a dismissal does not lift Gov. Code 1029; a 17(b) reduction's reach is not
verified [L]) and the screening's own consequence ("whether the felony bar ... still applies
is unsettled") hold after the dismissal too.  Each test opens the real PDF.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf


def officer(*relief: ReliefGranted, level: str = "felony", section: str = "459") -> Client:
    """A 2012 PC 459 (a wobbler), formal probation completed in 2015, with `relief` granted."""
    burglary = Case(id="A", case_number="BA390001",
                    convictions=[Conviction(id="A1", section=section, level=level, conviction_date=date(2012, 9, 14),
                                            relief_granted=list(relief))],
                    sentence=_probation(date(2012, 9, 14), date(2015, 9, 14), "completed", kind="formal"))
    return Client(name="Synthetic Officer", person=Person(dob=date(1982, 7, 12), us_citizen=True), cases=[burglary])


def _unsure(lang: str) -> str:
    return load_texts(lang)["situations"]["peace_officer"]["reduced_dismissed"]["note"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_felony_made_a_misdemeanor_then_dismissed_is_not_read_as_open_to_police_work(lang):
    text = pdf_text(officer(ReliefGranted("pc17b", date(2016, 1, 4)), ReliefGranted("pc1203_4", date(2016, 6, 1))), lang)
    assert load_texts(lang)["situations"]["peace_officer"]["dismissed"]["say"].replace("{law}", "1203.4") in text
    assert _unsure(lang) in text
    said = {"en": "A felony made a misdemeanor may still keep you from this job, even after a dismissal: "
                  "the law does not say for sure. Ask a lawyer before you apply.",
            "es": "Un delito grave (felony) reducido a delito menor puede seguir impidiéndole tener este trabajo, "
                  "aun después de la desestimación: la ley no lo dice con certeza."}
    assert said[lang] in text


def test_prop_47_then_dismissed_too():
    """Prop 47's misdemeanor is one "for all purposes" but guns (PC 1170.18(k)): the bar's reach
    is as unsettled as after 17(b) (V63-05; the screening's consequence says so)."""
    text = pdf_text(officer(ReliefGranted("prop47", date(2016, 1, 4)), ReliefGranted("pc1203_4", date(2016, 6, 1)),
                            section="496(a)"), "en")
    assert _unsure("en") in text


def test_a_misdemeanor_or_a_felony_dismissed_says_as_before():
    """A misdemeanor dismissed is told nothing of the felony bar (H21-43); a felony dismissed,
    not reduced, still bars the job (Adams): neither hears the unsure line."""
    misdemeanor = pdf_text(officer(ReliefGranted("pc1203_4", date(2016, 6, 1)), level="misdemeanor"), "en")
    felony = pdf_text(officer(ReliefGranted("pc1203_4", date(2016, 6, 1))), "en")
    assert _unsure("en") not in misdemeanor and "A felony still bars this job" not in misdemeanor
    assert _unsure("en") not in felony and "A felony still bars this job after a dismissal." in felony


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s137_05_a_felony_made_a_misdemeanor_its_dismissal_to_come_asks_for_a_lawyer_once(lang):
    """S137-05: made a misdemeanor (PC 17(b)), its dismissal still to come, the police job's
    two lines (once dismissed; made a misdemeanor) each ended "Ask a lawyer before you apply."."""
    texts = load_texts(lang)["situations"]
    text = " ".join(pdf_text(officer(ReliefGranted("pc17b", date(2016, 1, 4))), lang).split())
    section = text[text.index(texts["peace_officer"]["title"]):text.index(texts["security_clearance"]["title"])]
    ask = texts["peace_officer"]["reduced"]["note"].rsplit(". ", 1)[1]  # "Ask a lawyer before you apply."
    assert section.count(ask) == 1, section
    # Both lines still say the law is unsure; the lawyer asked after the last of them.
    reduced = texts["peace_officer"]["reduced"]["note"].removesuffix(" " + ask)
    assert _unsure(lang).removesuffix(" " + ask) in section and reduced in section
    assert section.index(ask) > section.index(reduced)
