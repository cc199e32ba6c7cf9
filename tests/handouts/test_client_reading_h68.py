"""H68: three wording faults H66 saw on the client's pages (round 68).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_layout import squash
from test_review_s45 import old_gun_felony_client, rendered

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Probation, Program, Sentence


@pytest.mark.pdf
@pytest.mark.parametrize("lang, said, headings", [
    ("en", "A clinic lawyer will also check whether you qualify for a dismissal (expungement) or reducing it "
           "to a misdemeanor.", ("fits: Dismissal", "or Making it")),
    ("es", "Un abogado de la clínica también revisará si usted califica para la desestimación (expungement) o "
           "la reducción a delito menor.", ("para: Desestimación", "o Reducirla")),
])
def test_h68_01_the_relief_a_lawyer_will_also_check_is_said_in_the_sentence(lang, said, headings):
    """«... si usted califica para: Desestimación (expungement) o Reducirla a delito menor» and
    "... check if this fits: Dismissal (expungement) or Making it a misdemeanor": the cards'
    headings, capitals and all, a noun beside a verb, run into a sentence a client could not
    read as one.  Each relief is now said as a sentence says it."""
    text = squash(" ".join(rendered(old_gun_felony_client(), lang).page_texts()))
    assert squash(said) in text
    assert not any(heading in text for heading in headings)


def two_arrests(lang: str) -> Client:
    """Demo client 16, in short: an arrest for public intoxication and a DUI, never charged, and
    a petty theft arrest ended by diversion: both may be sealed by the DOJ."""
    first = Case(id="c1", outcome="no_charges_filed", arrest_date=date(2019, 12, 6), arrest_level="misdemeanor",
                 arrest_offenses=[ArrestOffense(section="647(f)", level="misdemeanor"),
                                  ArrestOffense(section="23152(a)", code="VC")])
    second = Case(id="c2", outcome="diversion_completed", case_number="2VY92370", disposition_date=date(2023, 5, 1),
                  arrest_date=date(2022, 7, 10), arrest_level="misdemeanor",
                  arrest_offenses=[ArrestOffense(section="484(a)/488", level="misdemeanor")],
                  program=Program(kind="mental_health", plea_entered=False, completed_on=date(2023, 5, 1)))
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1994, 7, 29), us_citizen=True),
                  cases=[first, second])


@pytest.mark.pdf
@pytest.mark.parametrize("lang, step, old", [
    ("en", "Check your record (RAP sheet) for “relief granted”: the arrest for public intoxication and driving "
           "under the influence of alcohol (DUI); the arrest for petty theft.",
     "“relief granted”: Arrest: Public intoxication; Driving under the influence of alcohol (DUI); Arrest:"),
    ("es", "Busque en su récord (RAP sheet) las palabras «relief granted» (alivio concedido) para: el arresto por "
           "embriaguez en público y manejar bajo los efectos del alcohol (DUI); el arresto por hurto menor.",
     "para: Arresto: Embriaguez en público; Manejar"),
])
def test_h68_02_a_step_tells_one_arrests_charges_from_another_arrest(lang, step, old):
    """"Check your record ...: Arrest: Public intoxication; Driving under the influence of alcohol
    (DUI); Arrest: Petty theft": a colon after a colon, and the same "; " between one arrest's two
    charges and between the two arrests, so a client could not tell the DUI was part of the first
    arrest.  Each arrest is now "the arrest for A and B", the arrests apart by "; "."""
    text = squash(" ".join(rendered(two_arrests(lang), lang).page_texts()))
    assert squash(step) in text
    assert squash(old) not in text
    # The cards keep their titles: the step names the arrest as its card does.
    assert ("Arrest: Public intoxication; Driving under the influence of alcohol (DUI)" if lang == "en"
            else "Arresto: Embriaguez en público; Manejar bajo los efectos del alcohol (DUI)") in text


def test_h68_02_spanish_says_e_before_the_sound_i():
    """«el arresto por hurto menor y incendio provocado» is said «e incendio»."""
    case = Case(id="c1", outcome="no_charges_filed", arrest_date=date(2019, 12, 6), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section="484(a)/488", level="misdemeanor"),
                                 ArrestOffense(section="451(d)", level="felony")])
    client = Client(name="Synthetic Client", language="es", person=Person(dob=date(1994, 7, 29), us_citizen=True),
                    cases=[case])
    text = squash(" ".join(rendered(client, "es").page_texts()))
    assert "para: el arresto por hurto menor e incendio provocado de bienes" in text


def conspiracy(lang: str, code: str = "HS", section: str = "182(a)(1)/11352") -> Client:
    """H66's client 203, in short: a felony conspiracy typed "HS 182(a)(1)/11352" (the engine reads
    it as PC 182 to commit HS 11352: E65-03), formal probation completed."""
    case = Case(id="A", case_number="BA300208", disposition_date=date(2012, 5, 1),
                convictions=[Conviction(id="A1", code=code, section=section, level="felony",
                                        conviction_date=date(2012, 5, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True,
                                  completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1),
                                                      status="completed")))
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True),
                  cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang, title, line", [
    ("en", "Conspiracy to commit sale or transportation of narcotics", "Felony, 2012 · PC 182(a)(1)/HS 11352"),
    ("es", "Ponerse de acuerdo para cometer el delito de venta o transporte de narcóticos (conspiración)",
     "Delito grave (felony), 2012 · PC 182(a)(1)/HS 11352"),
])
def test_h68_03_a_conspiracy_card_names_the_crime_it_was_to_commit(lang, title, line):
    """The card read "Conspiracy" / «Conspiración (ponerse de acuerdo para cometer un delito)» over
    "HS 182(a)(1)/11352", a section the Health and Safety Code does not have: no crime a client
    would know as theirs.  It now names the crime, and the law as the engine reads it."""
    text = squash(" ".join(rendered(conspiracy(lang), lang).page_texts()))
    assert f"{title} {line}" in text
    assert "HS 182" not in text


@pytest.mark.pdf
@pytest.mark.parametrize("code, section, title, cite", [
    ("PC", "182/211", "Conspiracy to commit robbery", "PC 182/211"),  # typed under PC: as written
    ("PC", "182/9999", "Conspiracy to commit a crime under PC 9999", "PC 182/9999"),  # a crime the catalog lacks
    ("PC", "182(a)(1)", "Conspiracy", "PC 182(a)(1)"),  # no crime written: as before
])
def test_h68_03_other_conspiracies(code, section, title, cite):
    text = squash(" ".join(rendered(conspiracy("en", code, section), "en").page_texts()))
    assert f"{title} Felony, 2012 · {cite}" in text
