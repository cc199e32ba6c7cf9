"""S148: handout words seen and left at stop 63 (J140, M140, D140), read on the real PDF of a
synthetic client screened by the real engine, in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from test_sealing_to_come_j140 import handout_text, petty_theft_at

from clinic_app.handouts.texts import load_texts


def _section(text: str, texts: dict, key: str, next_key: str) -> str:
    situations = texts["situations"]
    return text[text.index(situations[key]["title"]):text.index(situations[next_key]["title"])]


# ---- S148-01: the SF-86 note said once for an under-18 client ---------------------------

@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_01_the_sf86_note_is_said_once_under_dismissed_and_sealed(lang):
    """Under 18 at the offense, PC 1203.45 open beside a dismissal: "Federal security clearance
    (form SF-86)" printed "This federal form asks even about dismissed and sealed records." under
    "Once your conviction is dismissed" and again under "If the judge seals your conviction".
    It is said once, after the last of the two lines it speaks for."""
    texts = load_texts(lang)
    note = texts["situations"]["security_clearance"]["dismissed"]["note"]
    assert note == texts["situations"]["security_clearance"]["sealed"]["note"]
    section = _section(handout_text(petty_theft_at(date(2000, 3, 10), lang), lang), texts,
                       "security_clearance", "firearm")
    assert section.count(note) == 1, section
    columns = texts["columns"]
    assert section.index(columns["after_dismissal"]) < section.index(columns["after_sealing"]) < section.index(note)


# ---- S148-02: Prop 64's immigration and SF-86 lines say only the relief asked -------------

# What a Prop 64 card's forms said of every conviction Prop 64 may change, whichever relief it asks.
DISMISSED_AND_SEALED = {"en": "or dismissed and sealed", "es": "o desestimado y sellado"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_02_a_possession_for_sale_is_not_told_prop_64_may_dismiss_and_seal_it(lang):
    """HS 11359 (possession for sale): Prop 64's step asks the court to redesignate it as a
    misdemeanor or infraction (prop64.RELIEF_ASKED["redesignate"]; HS 11359(b)), never to dismiss
    and seal it, and the card says so (M140-02).  Its immigration line read "Tell about it, even
    if the court changed it, or dismissed and sealed it, under Prop 64. The forms ask even about
    sealed records." and the SF-86 note "asks even about changed, dismissed and sealed records":
    a dismissal and sealing the court will not give.  Both now speak of the change only."""
    from test_prop64_client_m140 import marijuana_for_sale
    from handout_render import pdf_text

    texts = load_texts(lang)
    text = pdf_text(marijuana_for_sale(lang, citizen=False), lang)
    immigration = _section(text, texts, "immigration", "firearm")
    sf86 = _section(text, texts, "security_clearance", "immigration")
    assert texts["columns"]["after_prop64"] in immigration and texts["columns"]["after_prop64"] in sf86
    assert texts["situations"]["immigration"]["prop64_redesignate"]["say"] in immigration
    assert texts["situations"]["security_clearance"]["prop64_redesignate"]["note"] in sf86
    sealed = {"en": "sealed", "es": "sellad"}[lang]
    for section in (immigration, sf86):
        assert sealed not in section.split(texts["columns"]["after_prop64"])[1], section


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_02_a_small_possession_now_lawful_is_told_of_dismissal_and_sealing_only(lang):
    """HS 11357, 20 g at 22: lawful now, so the step asks to dismiss and seal it: the forms'
    lines name that, not a change to a lesser offense."""
    from test_prop64_client_m140 import small_possession
    from handout_render import pdf_text

    texts = load_texts(lang)
    text = pdf_text(small_possession(lang, citizen=False), lang)
    immigration = _section(text, texts, "immigration", "firearm")
    assert texts["situations"]["immigration"]["prop64_dismiss"]["say"] in immigration
    assert DISMISSED_AND_SEALED[lang] not in immigration


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_02_where_either_relief_may_be_asked_both_are_said(lang):
    """HS 11360(a), amount not recorded: dismissal and sealing if lawful now, else a lesser
    offense; the lines say both, as before."""
    from test_prop64_client_m140 import marijuana_transport
    from handout_render import pdf_text

    someone = marijuana_transport(lang)
    someone.person.us_citizen = False
    texts = load_texts(lang)
    immigration = _section(pdf_text(someone, lang), texts, "immigration", "firearm")
    assert texts["situations"]["immigration"]["prop64"]["say"] in immigration


# ---- S148-03: the law's name said once a line, in its label -----------------------------

PROP64 = {"en": "Prop 64", "es": "Proposición 64"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("granted", [False, True])
def test_s148_03_a_prop_64_line_names_the_law_in_its_label_only(lang, granted):
    """Every "What you may say" line of a conviction Prop 64 may change read, in Spanish,
    "Cuando le cambien la condena según la Proposición 64: Pregunte en la clínica qué decir
    entonces. Depende de lo que haga el tribunal según la Proposición 64." (the immigration line
    three times; M140 saw it), and the English "under Prop 64" as often.  The label names the
    law; the answer after it does not again."""
    from test_prop64_client_m140 import marijuana_for_sale
    from handout_render import pdf_text

    from clinic_app.model import ReliefGranted

    someone = marijuana_for_sale(lang, citizen=False)
    if granted:
        someone.cases[0].convictions[0].relief_granted = [ReliefGranted("prop64", date(2020, 3, 2))]
    texts = load_texts(lang)
    label = texts["columns"]["prop64" if granted else "after_prop64"]
    text = pdf_text(someone, lang)
    answers = [said.split("HS 11361.8")[0] for said in text.split(label + ":")[1:]]
    assert len(answers) >= 8, text
    for answer in answers:
        assert PROP64[lang] not in answer, answer


# ---- S148-04: a conviction sealed under PC 1203.45 headed as the sealed record it is ------

def _sealed_before_18(lang: str, also_adult: bool = False):
    from clinic_app.model import Case, Conviction, ReliefGranted

    client = petty_theft_at(date(2000, 3, 10), lang)
    client.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_45", date(2025, 5, 1))]
    if also_adult:
        later = client.cases[0].sentence
        client.cases.append(Case(id="B", case_number="9CJ04321", sentence=later, convictions=[
            Conviction(id="B1", section="488", level="misdemeanor", conviction_date=date(2021, 3, 1),
                       offense_date=date(2021, 1, 5))]))
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_04_a_record_all_sealed_before_18_is_headed_sealed_convictions(lang):
    """Sealed under PC 1203.45 (offense before 18): "the law treats this conviction as if it never
    happened", the card and "What you may say" say ("For a sealed conviction: “No.”"), but the
    card stood under "Your convictions", the heading of convictions that stand (J140 saw it).
    Where every conviction on the page is sealed, it is headed as the page speaks of them
    elsewhere, "Your sealed convictions"."""
    texts = load_texts(lang)
    text = handout_text(_sealed_before_18(lang), lang)
    assert texts["headings"]["record_sealed"] in text
    assert texts["headings"]["record"] + " " not in text.replace(texts["headings"]["record_sealed"], "")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_04_beside_a_conviction_that_stands_the_heading_stays(lang):
    texts = load_texts(lang)
    text = handout_text(_sealed_before_18(lang, also_adult=True), lang)
    assert texts["headings"]["record"] + " " in text and texts["headings"]["record_sealed"] not in text


# ---- S148-05: an arrest the court sealed: the order to keep, not a RAP sheet to get -------

def _arrest_sealed_by_the_court(*also):
    from test_arrest_granted_said_d140 import RULED, dej_client

    from clinic_app.model import Petition

    return dej_client(*also, Petition("pc851_91", date(2019, 1, 5), ruling="granted", ruling_on=RULED))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s148_05_an_arrest_the_court_sealed_asks_to_keep_the_order(lang):
    """An arrest the court sealed on a petition (PC 851.91) read "The court sealed this arrest on
    March 1, 2019." and, under "What you still need to do", "Nothing for now. Keep this page with
    your papers.": the order that proves the sealing (PC 851.92), which a grant on the plea's
    withdrawal asks the client to keep (R142-02), was asked nowhere.  It is now, once; and, as
    before, the page sends the client for no RAP sheet (no check of the DOJ's own sealing, PC
    851.93, is left to do once the court has sealed it)."""
    from test_arrest_granted_said_d140 import RULED
    from test_arrest_grant_to_do_r142 import _step
    from test_arrest_petition_said_p123 import text_of

    from clinic_app.model import Petition

    texts = load_texts(lang)
    keep, get_rap = _step(texts, "court_granted_kept"), texts["tasks"]["get_rap"].split(".")[0]
    sealed = text_of(_arrest_sealed_by_the_court(), lang)
    assert texts["tasks"]["nothing"] not in sealed
    assert sealed.count(keep) == 1 and get_rap not in sealed
    # The plea's withdrawal granted too: the one order line, not two.
    both = text_of(_arrest_sealed_by_the_court(Petition("pc1203_43", date(2019, 1, 5), ruling="granted",
                                                        ruling_on=RULED)), lang)
    assert both.count(keep) == 1 and get_rap not in both


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_conviction_sealed_asks_in_the_to_do_list_to_keep_its_order(lang):
    """A conviction sealed before 18, nothing else open, read on its card "Nothing more is needed.
    Keep a copy of the court order." and, under "What you still need to do", "Nothing for now"
    (G150 saw it): the order that proves the sealing is asked for there too, once, naming it."""
    from test_arrest_grant_to_do_r142 import _step

    texts = load_texts(lang)
    text = handout_text(_sealed_before_18(lang), lang)
    keep = _step(texts, "court_granted_kept")
    assert texts["option"]["granted"] in text
    assert texts["tasks"]["nothing"] not in text
    assert text.count(keep) == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_dismissed_convictions_beside_an_arrest_the_court_sealed_ask_for_the_order_once(lang):
    """Convictions dismissed long ago beside an arrest the court sealed: the list read "Keep a
    copy of the court order: Petty theft; Trespass." and, under it, "Keep a copy of the court
    order: the arrest for possession ...": one thing to do, said twice (R152).  One line names
    them all, the arrest last and named as an arrest."""
    from test_arrest_grant_to_do_r142 import _step

    from clinic_app.model import ReliefGranted

    texts = load_texts(lang)
    client = _arrest_sealed_by_the_court()
    for number, section in (("7CJ01234", "488"), ("8CJ05678", "602")):
        dismissed = petty_theft_at(date(1980, 3, 10), lang).cases[0]
        dismissed.id, dismissed.case_number = number, number
        dismissed.convictions[0].section = section
        dismissed.convictions[0].relief_granted = [ReliefGranted("pc1203_4", date(2015, 5, 1))]
        client.cases.append(dismissed)
    client.language = lang
    text = handout_text(client, lang)
    keep = _step(texts, "court_granted_kept_cases")  # three cases, an order each (K164-01)
    assert text.count(keep) == 1, text
    line = text[text.index(keep):]
    line = line[:line.index(" " + texts["who"]["you"] + " ")]  # up to its "Who does it" cell
    assert {"en": "the arrest for possession", "es": "el arresto por posesión"}[lang] in line, line


@pytest.mark.parametrize("lang", ["en", "es"])
def test_relief_the_doj_gave_on_its_own_asks_for_no_court_order(lang):
    """PC 1203.425 relief recorded on a conviction: the DOJ gives it with no petition, so no
    court order (ca-rules.md 3.5), yet the card read "Nothing more is needed. Keep a copy of the
    court order." and the to-do list "Keep a copy of the court order: Petty theft." (R152).  The
    card says the record shows it; the list asks nothing.  A dismissal the court ordered still
    asks for its order."""
    from test_arrest_grant_to_do_r142 import _step

    from clinic_app.model import ReliefGranted

    texts = load_texts(lang)
    keep = _step(texts, "court_granted_kept")
    for remedy, ordered in (("pc1203_425", False), ("pc1203_4", True)):
        client = petty_theft_at(date(1980, 3, 10), lang)
        client.cases[0].convictions[0].relief_granted = [ReliefGranted(remedy, date(2023, 5, 1))]
        text = handout_text(client, lang)
        assert (texts["option"]["granted"] in text) is ordered, remedy
        assert (texts["option"]["granted_automatic"] in text) is not ordered, remedy
        assert (keep in text) is ordered, remedy
        assert (texts["tasks"]["nothing"] in text) is not ordered, remedy
