"""N228-01: a real-estate applicant whose 2012 felony PC 487 the court made a misdemeanor (PC 17(b))
and then dismissed (PC 1203.4) read under "Applying for a state or local license" only “Yes, but
it was dismissed under Penal Code 1203.4.”, beside a card headed "Felony, 2012": nothing told him
it is a misdemeanor now, so he would tell the board of a felony; so under a public office and a
Lottery contract.  ca-rules.md 5 (State license, Other licensing, Public office, Lottery; Reduced
17(b): "Disclose as a misdemeanor"; 3.7: a misdemeanor for all purposes).  The real PDFs, each rendered once for the module.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import re

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf


def _case(id: str, section: str, level: str, relief) -> Case:
    return Case(id=id, case_number=f"BA40012{id}",
                convictions=[Conviction(id=f"{id}1", section=section, level=level, conviction_date=date(2012, 6, 18),
                                        value_dollars=2400, relief_granted=list(relief))],
                sentence=_probation(date(2012, 6, 18), date(2015, 6, 17), "completed", kind="formal"))


def applicant(*relief: ReliefGranted, petty_theft_dismissed: bool = False) -> Client:
    """A 2012 felony PC 487(a) (a wobbler), formal probation completed in 2015, with `relief`
    granted; beside it, where asked, a misdemeanor PC 484(a) dismissed (one line for both)."""
    cases = [_case("A", "487(a)", "felony", relief)]
    if petty_theft_dismissed:
        cases.append(_case("B", "484(a)", "misdemeanor", [ReliefGranted("pc1203_4", date(2020, 3, 2))]))
    return Client(name="Synthetic Applicant", person=Person(dob=date(1984, 8, 30), us_citizen=True), cases=cases)


REDUCED_THEN_DISMISSED = (ReliefGranted("pc17b", date(2020, 3, 2)), ReliefGranted("pc1203_4", date(2020, 3, 2)))


def _part(text: str, lang: str, situation: str, next_one: str) -> str:
    """The part of a handout's text under `situation`'s heading, read across a page break: the
    footer and the heading said again "(continued)" at the next page's top left out (E271-01's
    longer page broke the license part between two of G232-02's sentences)."""
    texts = load_texts(lang)
    part = text[text.index(texts["situations"][situation]["title"]):text.index(texts["situations"][next_one]["title"])]
    page = re.escape(texts["doc"]["page"]).replace(r"\{page\}", r"\d+").replace(r"\{pages\}", r"\d+")
    title, again = re.escape(texts["situations"][situation]["title"]), re.escape(texts["labels"]["continued"])
    return re.sub(rf" ?{re.escape(texts['doc']['notice'])} {page} .*? {title} {again}", "", part)


@pytest.fixture(scope="module")
def handouts():
    """Each client's handout text (whitespace squashed), by language: each PDF rendered once."""
    clients = {"reduced": applicant(*REDUCED_THEN_DISMISSED), "felony": applicant(REDUCED_THEN_DISMISSED[1])}
    two = applicant(*REDUCED_THEN_DISMISSED, petty_theft_dismissed=True)
    return {(who, lang): pdf_text(client, lang) for who, client in clients.items() for lang in ("en", "es")} | {
        ("two", lang): pdf_text(two, lang) for lang in ("en", "es")}


@pytest.fixture(scope="module")
def license_part(handouts):
    """The license part of each handout."""
    return {key: _part(text, key[1], "license", "public_office") for key, text in handouts.items()}


SAID = {"en": "It was a felony, but the court made it a misdemeanor. Say that too: “It is a misdemeanor now.”",
        # «lo redujo», of «un delito grave» just before it, not «la» of a conviction unnamed (G232-01).
        "es": "Era un delito grave (felony), pero el tribunal lo redujo a delito menor. "
              "Dígalo también: «Ahora es un delito menor»."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_felony_made_a_misdemeanor_then_dismissed_is_told_as_a_misdemeanor_to_a_board(license_part, lang):
    part = license_part["reduced", lang]
    spec = load_texts(lang)["situations"]["license"]
    assert spec["dismissed"]["say"].replace("{law}", "1203.4") in part  # the dismissal's answer stays
    assert SAID[lang] in part
    # Said straight after the answer it goes with, before the board's rules.
    assert part.index(SAID[lang]) < part.index(spec["dismissed"]["note"][:40])
    assert "PC 17(b)" in part  # cited by the law that made it one


def test_a_felony_dismissed_not_reduced_hears_nothing_of_a_misdemeanor(license_part):
    assert "misdemeanor now" not in license_part["felony", "en"]
    assert "Ahora es un delito menor" not in license_part["felony", "es"]


def test_one_line_for_a_reduced_felony_and_a_misdemeanor_says_which(license_part):
    """Both dismissed, one answer in the plural: "It was a felony" would speak of either."""
    part = license_part["two", "en"]
    assert ("Where the court made a felony of yours a misdemeanor, say that too: “It is a misdemeanor now.”"
            in part)
    assert "It was a felony, but" not in part


def test_a_public_office_and_a_lottery_contract_are_told_it_is_a_misdemeanor_too(handouts):
    """The same forms PC 1203.4(a)(1) names; the police job keeps its own note (R134-01)."""
    text = handouts["reduced", "en"]
    assert SAID["en"] in _part(text, "en", "public_office", "lottery")
    assert SAID["en"] in _part(text, "en", "lottery", "peace_officer")
    assert SAID["en"] not in _part(text, "en", "peace_officer", "security_clearance")
    two = handouts["two", "en"]
    assert "Where the court made a felony of yours a misdemeanor" in _part(two, "en", "lottery", "peace_officer")


def test_g232_02_the_board_may_not_deny_a_license_for_the_dismissal_said_after_the_misdemeanor(license_part):
    """«Ahora es un delito menor». Una junta ... no puede negarle la licencia por eso.»: said
    straight after the misdemeanor, «por eso» read as "because it is a misdemeanor now"; B&P 480(c)
    bars a denial for the dismissed conviction (the English "for it": the conviction)."""
    one, many = license_part["reduced", "es"], license_part["two", "es"]
    assert ("«Ahora es un delito menor». Una junta de Asuntos del Consumidor no puede negarle la licencia por una "
            "condena desestimada. Otras oficinas de licencias") in one
    assert ("«Ahora es un delito menor». Una junta de Asuntos del Consumidor no puede negarle la licencia por condenas "
            "desestimadas. Otras oficinas de licencias (Colegio de Abogados, maestros, seguros, centros de cuidado) "
            "todavía pueden tomarlas en cuenta.") in many
    assert "licencia por eso" not in one + many


SF86 = {"en": ("“Yes.” Then explain that it was dismissed, and that the court made it a misdemeanor.",
               "“Yes.” Then explain that they were dismissed, and which of them the court made a misdemeanor."),
        "es": ("«Sí». Luego explique que fue desestimada y que el tribunal la redujo a delito menor.",)}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r233_01_the_sf86_answer_of_a_felony_made_a_misdemeanor_then_dismissed_explains_both(handouts, lang):
    """ca-rules.md 5, SF-86: Dismissed "Disclose" [H]; Reduced 17(b) "Disclose the offense and
    explain the reduction" [H].  Reduced and dismissed, the applicant read only "Then explain that
    it was dismissed" (R233-01)."""
    part = _part(handouts["reduced", lang], lang, "security_clearance", "firearm")
    assert SF86[lang][0] in part
    spec = load_texts(lang)["situations"]["security_clearance"]
    assert spec["dismissed"]["note"] in part  # the form asks even about dismissed records: still said
    assert SF86[lang][0] not in _part(handouts["felony", lang], lang, "security_clearance", "firearm")
    assert spec["dismissed"]["say"] in _part(handouts["felony", lang], lang, "security_clearance", "firearm")


def test_r233_01_one_sf86_answer_for_a_reduced_felony_and_a_misdemeanor_says_which(handouts):
    part = _part(handouts["two", "en"], "en", "security_clearance", "firearm")
    assert SF86["en"][1] in part


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r233_02_a_job_that_must_be_told_of_the_dismissal_is_told_it_is_a_misdemeanor_too(handouts, lang):
    """ca-rules.md 5, jobs, Reduced 17(b): "It is now a misdemeanor" [H/M]; 3.7, Employment:
    answer felony questions "no" [H].  Reduced and dismissed, the jobs that must still be told
    (a gun, a check the law requires, a job the law closes) were told only "Yes, but it was
    dismissed", under a card headed "Felony, 2012" (R233-02)."""
    for job, next_one in (("private_job", "government_job"), ("government_job", "license")):
        part = _part(handouts["reduced", lang], lang, job, next_one)
        spec = load_texts(lang)["situations"][job]["dismissed"]
        assert spec["say"] in part  # "No." to the others stays the answer
        assert SAID[lang] in part, job
        # After the jobs that must be told, whose answer it goes on from.
        assert part.index(spec["note"].split("{law}")[0][-40:]) < part.index(SAID[lang])
        assert SAID[lang] not in _part(handouts["felony", lang], lang, job, next_one)


def test_g239_03_two_felonies_both_made_misdemeanors_are_not_asked_which():
    """A 2012 PC 487(a) and a PC 459, both made misdemeanors (PC 17(b)) and then dismissed: the
    SF-86 line read "Then explain that they were dismissed, and which of them the court made a
    misdemeanor" («y cuál de ellas redujo el tribunal», one of them), which has no answer where
    the court made both misdemeanors.  Now it says so of them all; beside a misdemeanor never a
    felony (the module's "two") "which of them" stays."""
    for lang, all_said, which in (
        ("en", "“Yes.” Then explain that they were dismissed, and that the court made them misdemeanors.",
         "which of them the court made a misdemeanor"),
        ("es", "«Sí». Luego explique que fueron desestimadas y que el tribunal las redujo a delito menor.",
         "cuál de ellas redujo el tribunal"),
    ):
        both = applicant(*REDUCED_THEN_DISMISSED)
        both.cases.append(_case("C", "459", "felony", REDUCED_THEN_DISMISSED))
        part = _part(pdf_text(both, lang), lang, "security_clearance", "firearm")
        assert all_said in part, lang
        assert which not in part, lang


def test_k243_03_two_felonies_made_misdemeanors_beside_a_misdemeanor_are_asked_which_in_the_plural(handouts):
    """The module's "two" (a felony made a misdemeanor, then dismissed, beside a misdemeanor
    dismissed) with a second such felony, PC 459: the Spanish SF-86 line read «y cuál de ellas
    redujo el tribunal» (one of them) where the court made two of the three misdemeanors; it says
    «cuáles» now.  With one reduced, «cuál» stays.  So in English: "which of them the court made a
    misdemeanor" asked of one, "made misdemeanors" now (R244)."""
    three = applicant(*REDUCED_THEN_DISMISSED, petty_theft_dismissed=True)
    three.cases.append(_case("C", "459", "felony", REDUCED_THEN_DISMISSED))
    part = _part(pdf_text(three, "es"), "es", "security_clearance", "firearm")
    assert ("«Sí». Luego explique que fueron desestimadas, y cuáles de ellas redujo el tribunal a delito menor."
            in part)
    assert "cuál de ellas" not in part
    part = _part(pdf_text(three, "en"), "en", "security_clearance", "firearm")
    assert "“Yes.” Then explain that they were dismissed, and which of them the court made misdemeanors." in part
    assert "made a misdemeanor" not in part
    one = _part(handouts["two", "es"], "es", "security_clearance", "firearm")
    assert "«Sí». Luego explique que fueron desestimadas, y cuál de ellas redujo el tribunal a delito menor." in one
