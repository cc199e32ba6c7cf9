"""M140: a cannabis client under Prop 64, read on the real handout as the client would.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence


def marijuana_for_sale(lang: str, citizen: bool | None = True) -> Client:
    """HS 11359 (2012), a felony still, formal probation ended 2015: Prop 64 open now."""
    conv = Conviction(id="A1", code="HS", section="11359", level="felony", conviction_date=date(2012, 6, 14),
                      offense_date=date(2012, 2, 1))
    case = Case(id="A", case_number="BA390001", convictions=[conv],
                sentence=_probation(date(2012, 6, 14), date(2015, 6, 14), "completed", kind="formal"))
    return Client(name="Leo Park", language=lang, person=Person(dob=date(1988, 3, 10), us_citizen=citizen),
                  cases=[case])


# ---- M140-01: the automatic review (AB 1793) may already have changed it -----------------

ALREADY = {
    "en": "It may already have been done: after a 2018 law (AB 1793), the state sent old marijuana "
          "convictions to the courts to be changed without anyone asking. The clinic will check with the court "
          "before it files anything.",
    "es": "Puede que ya esté hecho: por una ley de 2018 (AB 1793), el estado envió las condenas viejas de "
          "marihuana a los tribunales para cambiarlas sin que nadie lo pidiera. La clínica lo verificará con el tribunal "
          "antes de presentar nada.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_m140_01_the_prop_64_card_says_the_automatic_review_may_have_done_it(lang):
    """The screening says of an old marijuana conviction that DOJ listed it for automatic review
    by 2019-07-01 (HS 11361.9, AB 1793; ca-rules.md 3.9 [M]) so "relief may already have been
    granted", and its step checks the court record first.  The client's card said only "You
    qualify now ... the judge must grant it": a client whose conviction the court had already
    changed in 2020 read that papers were still to file.  It now says, as a "may", that it may
    already be done and that the clinic checks with the court first."""
    text = pdf_text(marijuana_for_sale(lang), lang)
    assert ALREADY[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_m140_01_before_the_review_was_due_the_card_does_not_say_it(lang):
    """On a day before DOJ's list was due (2019-07-01) the screening says the review is to
    come, not that it may be done: the card says nothing of it."""
    text = pdf_text(marijuana_for_sale(lang), lang, as_of=date(2019, 3, 1))
    assert "AB 1793" not in text


# ---- M140-02: which Prop 64 relief the clinic asks for ---------------------------------------

def marijuana_transport(lang: str) -> Client:
    """HS 11360(a) (2009), a felony with a state prison term, parole ended 2012: the amount not
    recorded, so redesignation, or dismissal and sealing if it is now lawful."""
    conv = Conviction(id="C1", code="HS", section="11360(a)", level="felony", conviction_date=date(2009, 4, 2),
                      offense_date=date(2008, 12, 1))
    sentence = Sentence(type="state_prison", judgment_date=date(2009, 4, 2), completed=True,
                        custody=Custody(split=False, release_date=date(2011, 1, 15), supervision="parole",
                                        supervision_end=date(2012, 1, 15)))
    case = Case(id="C", case_number="BA350002", convictions=[conv], sentence=sentence)
    return Client(name="Ray Soto", language=lang, person=Person(dob=date(1980, 1, 20), us_citizen=True), cases=[case])


def small_possession(lang: str, grams: float | None = 20, citizen: bool | None = True) -> Client:
    """HS 11357 (2015), 20 g, at 22: now lawful, so dismissal and sealing."""
    conv = Conviction(id="E1", code="HS", section="11357", level="misdemeanor", conviction_date=date(2015, 5, 5),
                      offense_date=date(2015, 4, 1), cannabis_grams=grams)
    case = Case(id="E", case_number="5CA67890", convictions=[conv],
                sentence=_probation(date(2015, 5, 5), date(2017, 5, 5), "completed"))
    return Client(name="Ana Ruiz", language=lang, person=Person(dob=date(1992, 11, 11), us_citizen=citizen), cases=[case])


ASKED = {
    ("en", "redesignate_misdemeanor"): "The clinic can file papers to ask the court to make it a lesser offense "
                                       "(a misdemeanor).",
    ("en", "redesignate_infraction"): "The clinic can file papers to ask the court to make it a lesser offense "
                                      "(an infraction).",
    ("en", "dismiss"): "The clinic can file papers to ask the court to dismiss it and seal the record.",
    ("en", "either"): "The clinic can file papers to ask the court to dismiss it and seal the record if what you "
                      "did is now legal, or else to make it a lesser offense.",
    ("es", "redesignate_misdemeanor"): "La clínica puede presentar los papeles para pedir al tribunal que la cambie "
                                       "a un delito más leve (un delito menor).",
    ("es", "redesignate_infraction"): "La clínica puede presentar los papeles para pedir al tribunal que la cambie "
                                      "a un delito más leve (una infracción).",
    ("es", "dismiss"): "La clínica puede presentar los papeles para pedir al tribunal que la desestime y selle el "
                       "récord.",
    ("es", "either"): "La clínica puede presentar los papeles para pedir al tribunal que la desestime y selle el "
                      "récord si ahora es legal lo que usted hizo, o si no, que la cambie a un delito más leve.",
}
OLD_ACTION = {"en": "reduce or dismiss it", "es": "que la reduzca o la desestime"}
# P165-01: both lesser offenses offered, where the screening's reason names one.
BOTH_OFFERED = {"en": "(a misdemeanor or an infraction)", "es": "(un delito menor o una infracción)"}


def young_grower(lang: str) -> Client:
    """HS 11358 (2014), a misdemeanor, 4 plants, at 19, summary probation ended 2015: for a person
    under 21 growing 6 plants or fewer is now an infraction (HS 11358(b)), so redesignation."""
    conv = Conviction(id="G1", code="HS", section="11358", level="misdemeanor", conviction_date=date(2014, 9, 3),
                      offense_date=date(2014, 8, 1), cannabis_plants=4)
    case = Case(id="G", case_number="4CA11358", convictions=[conv],
                sentence=_probation(date(2014, 9, 3), date(2015, 9, 3), "completed"))
    return Client(name="Tomas Vega", language=lang, person=Person(dob=date(1995, 2, 2), us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("client", "relief"), [
    (marijuana_for_sale, "redesignate_misdemeanor"),  # possession for sale is a misdemeanor now: no dismissal
    (young_grower, "redesignate_infraction"),  # 4 plants at 19: an infraction now (P165-01)
    (small_possession, "dismiss"),  # 20 g at 22: lawful now
    (marijuana_transport, "either"),  # the amount not recorded
])
def test_m140_02_the_card_says_which_prop_64_relief_is_asked(lang, client, relief):
    """The screening's step names the relief to ask for (HS 11361.8(e)-(f): redesignate, or
    dismiss and seal where the conduct is now lawful), and the worksheet prints it; the
    client's card said "ask the court to reduce or dismiss it" of every one, so a client
    whose possession for sale can only be made a misdemeanor read that it could be dismissed
    under Prop 64.  The card now says the relief the screening names, and of a redesignation the
    lesser offense its reason names: "(a misdemeanor or an infraction)" offered a possession for
    sale an infraction HS 11359(b) rules out (P165-01)."""
    text = pdf_text(client(lang), lang)
    assert ASKED[lang, relief] in text
    assert OLD_ACTION[lang] not in text
    assert BOTH_OFFERED[lang] not in text


# ---- M140-03: forms that ask whatever the court does under Prop 64 ------------------------

FORMS_ASK = {
    "en": ("Once your conviction is changed under Prop 64: “Yes.” Then explain what the court did. "
           "This federal form asks even about changed records.",
           "Once your conviction is changed under Prop 64: “Yes.” Tell about it, even if the court changed it. "
           "That change may not help for immigration. Ask your immigration lawyer."),
    "es": ("Cuando le cambien la condena según la Proposición 64: «Sí». Luego explique lo que hizo el tribunal. "
           "Este formulario federal pregunta incluso por récords cambiados.",
           "Cuando le cambien la condena según la Proposición 64: «Sí». Declárela, aunque el tribunal la haya cambiado. "
           "Ese cambio puede no servir para inmigración. Pregunte a su abogado de inmigración."),
}
# Possession for sale, which Prop 64 can only make a misdemeanor, is told so (H434-01).
ASK_THE_CLINIC = {"en": "Ask the clinic what to say once it is a misdemeanor.",
                  "es": "Pregunte en la clínica qué decir cuando ya sea un delito menor."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_m140_03_a_security_clearance_and_immigration_forms_ask_whatever_prop_64_does(lang):
    """A non-citizen with a marijuana conviction Prop 64 can change read, under "Immigration
    forms" and "Federal security clearance", "Ask the clinic what to say then. It depends on
    what the court does under Prop 64." Those forms ask even about changed, dismissed and
    sealed records (ca-rules.md 4.8 [M], 4.9, 5: SF-86 and immigration "Disclose" in every
    column), so the answer does not wait on the court: "Yes", and for immigration that the
    change may not help (4.8 [L]: a change not based on a legal defect is disregarded).  The
    other situations still send the client to the clinic.  A possession for sale, which Prop 64
    only makes a lesser offense, is told of that change only (S148-02)."""
    sf86, immigration = FORMS_ASK[lang]
    text = pdf_text(marijuana_for_sale(lang, citizen=False), lang)
    assert sf86 in text and immigration in text
    assert text.count(ASK_THE_CLINIC[lang]) == 8  # the other eight situations, guns apart


# ---- M140-04: the amount Prop 64 waits on, asked in the client's words ---------------------

AMOUNT_ASKED = {
    ("en", "grams"): "A clinic lawyer will also check whether you qualify for relief under Prop 64 (marijuana). "
                     "First they must find out how much marijuana it was (in grams).",
    ("es", "grams"): "Un abogado de la clínica también revisará si usted califica para el alivio de la Proposición 64 "
                     "(marihuana). Primero el abogado tiene que averiguar cuánta marihuana era (en gramos).",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_m140_04_the_amount_prop_64_waits_on_is_asked_on_the_card(lang):
    """The screening's Prop 64 result for a marijuana possession whose amount is not recorded
    waits on that one fact (missing: the conviction's cannabis_grams; up to 28.5 g it is now
    lawful, HS 11362.1), and the client may know it or have the police report.  The card said
    only "A clinic lawyer will also check whether you qualify for relief under Prop 64": the
    amount was asked nowhere on the page.  It now names it, as the card names a missing
    conviction date or level."""
    # A non-citizen, as the brief's client (e): the amount is asked beside the motion to vacate.
    assert AMOUNT_ASKED[lang, "grams"] in pdf_text(small_possession(lang, grams=None, citizen=False), lang)


def possession_beside_probation(lang: str) -> Client:
    """P165-03: HS 11357(c) (2014), the amount not recorded, summary probation ended 2015, and a
    2019 HS 11360 whose summary probation runs to 2027: Prop 64 waits on the amount, automatic
    relief on a lawyer's question (whether that probation stops it, PC 1203.425 [L])."""
    old = Conviction(id="B1", code="HS", section="11357(c)", level="misdemeanor", conviction_date=date(2014, 6, 2),
                     offense_date=date(2014, 5, 20))
    new = Conviction(id="C1", code="HS", section="11360", level="misdemeanor", conviction_date=date(2019, 8, 15),
                     offense_date=date(2019, 7, 1))
    cases = [Case(id="B", case_number="4CJ01234", convictions=[old],
                  sentence=_probation(date(2014, 6, 2), date(2015, 6, 2), "completed")),
             Case(id="C", case_number="9CJ05678", convictions=[new],
                  sentence=_probation(date(2019, 8, 15), date(2027, 8, 15), "active"))]
    return Client(name="Dario Testruiz", language=lang, person=Person(dob=date(1988, 3, 14), us_citizen=True),
                  cases=cases)


AMOUNT_ASKED_OF_PROP_64 = {
    "en": "A clinic lawyer will also check whether you qualify for automatic relief or relief under Prop 64 "
          "(marijuana). For relief under Prop 64 (marijuana), they must first find out how much marijuana it was "
          "(in grams).",
    "es": "Un abogado de la clínica también revisará si usted califica para el alivio automático o el alivio de la "
          "Proposición 64 (marihuana). Para el alivio de la Proposición 64 (marihuana), primero el abogado tiene que "
          "averiguar cuánta marihuana era (en gramos).",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p165_03_the_amount_is_asked_beside_a_review_that_waits_on_no_fact(lang):
    """M140-04 asks the amount where every relief a lawyer will check waits on it; beside
    automatic relief, which waits on a lawyer's question alone, the card said only "A clinic
    lawyer will also check whether you qualify for automatic relief or relief under Prop 64",
    and the amount the client may know, or find in the police report, was asked nowhere on
    the page.  It is now said, of Prop 64."""
    assert AMOUNT_ASKED_OF_PROP_64[lang] in pdf_text(possession_beside_probation(lang), lang)


# ---- S143-01: the relief asked, said again once the papers are filed ------------------------

# The same relief, as filed: the card's "can file papers" said as done (P61-03).
FILED_ASKED = {(lang, relief): said.replace("The clinic can file", "The clinic filed").replace(
    "La clínica puede presentar", "La clínica presentó") for (lang, relief), said in ASKED.items()}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("client", "relief"), [
    (marijuana_for_sale, "redesignate_misdemeanor"), (small_possession, "dismiss"), (marijuana_transport, "either")])
def test_s143_01_a_filed_prop_64_petition_says_the_relief_asked(lang, client, relief):
    """M140-02's card names the relief the screening asks for while the papers are still to
    file; once a Prop 64 petition is recorded as filed, the card read "The clinic can file
    papers to ..." unchanged (or, were the words matched, "reduce or dismiss it") beside "Your
    papers were filed".  It now says the same relief, as filed."""
    from clinic_app.model import Petition

    someone = client(lang)
    someone.cases[0].petitions = [Petition("prop64", date(2026, 10, 1), [], hearing_on=date(2027, 1, 12))]
    text = pdf_text(someone, lang)
    assert FILED_ASKED[lang, relief] in text
    assert ASKED[lang, relief] not in text and OLD_ACTION[lang] not in text


# ---- G166-01: the Spanish title of HS 11357 names concentrated cannabis, as the English does ----

def test_g166_01_the_spanish_card_of_hs_11357_names_concentrated_cannabis():
    """HS 11357 is "Possession of marijuana or concentrated cannabis" in English (the catalog's
    title), and the Spanish card headed it «Posesión de marihuana» alone: concentrated cannabis,
    a wobbler before 2016 (former 11357(a)), was left out.  It now says both, with the words
    HS 11357(a)'s own title uses («marihuana concentrada»)."""
    text = pdf_text(small_possession("es"), "es")
    assert " Posesión de marihuana o marihuana concentrada Delito menor (misdemeanor), 2015 · HS 11357 " in f" {text} "
