"""Q191: a client who has carried marijuana convictions since the 1990s, read on the real
handout as she would (and as the attorney who files).

Her record: HS 11357(b) (1996), HS 11359 with a prison term (2001), HS 11360(a) on probation
(2008), HS 11357(c) (2014) and a DUI (2016).  Each language's PDF is rendered once for the
module and opened with pypdf; the tests read it.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import handout_for, rendered_for

from clinic_app.eligibility.dates import anniversary
from clinic_app.handouts.document import RecordEntry
from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Custody, Person, Petition, Sentence


def old_marijuana_record(lang: str) -> Client:
    """The Q191 client: four marijuana convictions before Prop 64 and a DUI, every sentence done."""
    def case(cid: str, number: str, conv: Conviction, sentence: Sentence) -> Case:
        return Case(id=cid, case_number=number, convictions=[conv], sentence=sentence)

    prison = Sentence(type="state_prison", judgment_date=date(2001, 9, 12), completed=True,
                      custody=Custody(split=False, release_date=date(2002, 6, 1), supervision="parole",
                                      supervision_end=date(2003, 6, 1)))
    cases = [
        case("A", "6CA01357", Conviction(id="A1", code="HS", section="11357(b)", level="misdemeanor",
                                         conviction_date=date(1996, 5, 10), offense_date=date(1996, 3, 2),
                                         cannabis_grams=40),
             _probation(date(1996, 5, 10), date(1997, 5, 10), "completed")),
        case("B", "BA211359", Conviction(id="B1", code="HS", section="11359", level="felony",
                                         conviction_date=date(2001, 9, 12), offense_date=date(2001, 4, 20)), prison),
        case("C", "BA341360", Conviction(id="C1", code="HS", section="11360(a)", level="felony",
                                         conviction_date=date(2008, 7, 15), offense_date=date(2008, 2, 10)),
             _probation(date(2008, 7, 15), date(2011, 7, 15), "completed", kind="formal")),
        case("D", "4CA11357", Conviction(id="D1", code="HS", section="11357(c)", level="misdemeanor",
                                         conviction_date=date(2014, 10, 1), offense_date=date(2014, 8, 20)),
             _probation(date(2014, 10, 1), date(2015, 10, 1), "completed")),
        case("E", "6VY23152", Conviction(id="E1", code="VC", section="23152(a)", level="misdemeanor",
                                         conviction_date=date(2016, 3, 1), offense_date=date(2016, 1, 15)),
             _probation(date(2016, 3, 1), date(2019, 3, 1), "completed")),
    ]
    return Client(name="Rosa Delgado", language=lang, person=Person(dob=date(1974, 6, 1), us_citizen=True), cases=cases)


@pytest.fixture(scope="module", params=["en", "es"])
def handout(request):
    return rendered_for(old_marijuana_record(request.param), request.param)


# ---- Q191-01: a 2014 HS 11357(c) is named by the law of 2014 ---------------------------------

TITLE_2014 = {"en": "Possession of more than 28.5 g of marijuana", "es": "Posesión de más de 28.5 g de marihuana"}


def test_q191_01_a_2014_11357c_is_named_by_the_law_of_its_day(handout):
    """Prop 64 made HS 11357(c) possession on school grounds on 2016-11-09; before, it was
    possession of more than 28.5 g.  The card and the RAP-sheet task named her 2014 conviction
    "Possession of more than 28.5 g of marijuana (before 2016-11-09; on school grounds since)":
    a date and a law that were never hers.  It is named by the law of the offense's day."""
    lang = handout.client.language
    text = handout.text()
    assert f"{TITLE_2014[lang]} {'Misdemeanor' if lang == 'en' else 'Delito menor'}" in text
    assert "2016-11-09" not in text
    assert "school grounds since" not in text and "desde entonces, posesión en una escuela" not in text


# ---- Q191-02: the Prop 64 change is asked first, the dismissal after it ---------------------

AFTER_PROP_64 = {
    "en": "The clinic will ask for the Prop 64 change first. If the court does not dismiss it then, the clinic "
          "will ask for this dismissal.",
    "es": "La clínica pedirá primero el cambio de la Proposición 64. Si el tribunal no la desestima con ese "
          "cambio, la clínica pedirá esta desestimación.",
}


def test_q191_02_the_dismissal_of_a_prop_64_conviction_comes_after_the_change(handout):
    """Her 2008 HS 11360(a), on probation, has Prop 64 (dismiss and seal, or make it a
    misdemeanor) and PC 1203.4 both open: two "You qualify now" lines read as two filings at
    once, and the dismissal as needed even where Prop 64 dismisses and seals it.  Proposition
    relief comes first (ca-rules.md 7), as the worksheet files it: the dismissal's line says so,
    on that card only: not on the 1996 and 2014 cards (Prop 64 to review) nor beside the 2001
    prison term's PC 1203.41 (which dismissal follows a redesignated prison term is unsettled)."""
    lang = handout.client.language
    record = next(s for s in handout.handout.sections if s.key == "record")
    cards = {e.conviction: " ".join(o.text for o in e.options) for e in record.blocks if isinstance(e, RecordEntry)}
    assert AFTER_PROP_64[lang] in cards["C1"]
    assert [c for c, text in cards.items() if AFTER_PROP_64[lang] in text] == ["C1"]
    assert AFTER_PROP_64[lang] in handout.text()


# ---- Q191-03: an amount the record gives but the screening doubts is said as asked -----------

AMOUNT_ASKED = {
    "en": "A clinic lawyer will also check whether you qualify for relief under Prop 64 (marijuana). First they "
          "must find out how much marijuana it was (in grams).",
    "es": "Un abogado de la clínica también revisará si usted califica para el alivio de la Proposición 64 "
          "(marihuana). Primero el abogado tiene que averiguar cuánta marihuana era (en gramos).",
}


def test_q191_03_a_doubted_amount_is_what_the_lawyer_must_find_out(handout):
    """Her 1996 HS 11357(b) is recorded with 40 g, though former 11357(b) was 28.5 g or less:
    the screening leaves Prop 64 to review and checks the amount (dismissal or nothing turns on
    it).  The card said only that a lawyer "will also check" Prop 64, as for the 2014 count whose
    amount is missing it names the amount: now it does for both."""
    lang = handout.client.language
    record = next(s for s in handout.handout.sections if s.key == "record")
    cards = {e.conviction: " ".join(o.text for o in e.options) for e in record.blocks if isinstance(e, RecordEntry)}
    assert AMOUNT_ASKED[lang] in cards["A1"]
    assert AMOUNT_ASKED[lang] in cards["D1"]


# ---- Q191-04: two marijuana felonies are said as two -----------------------------------------

FELONIES = {"en": "changing your marijuana felonies under Prop 64", "es": "cambiar sus delitos graves de marihuana"}


def test_q191_04_two_marijuana_felonies_are_said_as_two(handout):
    """Her 2001 HS 11359 and 2008 HS 11360(a) are both felonies Prop 64 may change: the gun note
    asked her to ask "whether changing your marijuana felony under Prop 64 would give it back",
    one felony of two, not said which."""
    lang = handout.client.language
    assert FELONIES[lang] in handout.text()


# ---- R195-01: a Prop 64 petition filed speaks for its own count only --------------------------

PROP_64_FIRST = {"en": "The clinic will ask for the Prop 64 change first",
                 "es": "La clínica pedirá primero el cambio de la Proposición 64"}


def _cards_with_prop64_filed_for_one_count(lang: str, petitions: bool = True) -> dict[str, dict[str, str]]:
    """A 2008 case of two marijuana felonies on probation, Prop 64 filed for the first count only
    (`petitions`): each card's lines by relief (composed, not rendered: the words are the test)."""
    counts = [Conviction(id=cid, code="HS", section=section, level="felony", conviction_date=date(2008, 7, 15),
                         offense_date=date(2008, 2, 10)) for cid, section in (("A1", "11360(a)"), ("A2", "11359"))]
    case = Case(id="A", case_number="BA341360", convictions=counts,
                sentence=_probation(date(2008, 7, 15), date(2011, 7, 15), "completed", kind="formal"),
                petitions=[Petition("prop64", date(2026, 10, 1), convictions=["A1"])] if petitions else [])
    client = Client(name="Rosa Delgado", language=lang, person=Person(dob=date(1974, 6, 1), us_citizen=True), cases=[case])
    record = next(s for s in handout_for(client, lang).sections if s.key == "record")
    return {e.conviction: {o.remedy: o.text for o in e.options} for e in record.blocks if isinstance(e, RecordEntry)}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r195_01_a_prop_64_petition_for_one_count_leaves_the_other_to_ask_first(lang):
    """The clinic filed Prop 64 for her 11360(a) only.  Her 11359's dismissal line lost "The
    clinic will ask for the Prop 64 change first", though its change was still to ask for; and
    the 11360(a)'s Prop 64 line read "The clinic filed papers ..." and then "The clinic will
    check with the court before it files anything"."""
    cards = _cards_with_prop64_filed_for_one_count(lang)
    assert PROP_64_FIRST[lang] in cards["A2"]["pc1203_4"]
    assert PROP_64_FIRST[lang] not in cards["A1"]["pc1203_4"]
    reviewed = load_texts(lang)["option"]["prop64_reviewed"]
    assert reviewed in cards["A2"]["prop64"] and reviewed not in cards["A1"]["prop64"]


# ---- R195-02: HS 11357(a) and (b) are named by the law of the offense's day too ---------------

BY_DAY = {
    "en": {"A1": "Possession of concentrated cannabis", "B1": "Possession of more than 28.5 g of marijuana"},
    "es": {"A1": "Posesión de marihuana concentrada", "B1": "Posesión de más de 28.5 g de marihuana"},
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r195_02_11357a_and_b_are_named_by_the_law_of_their_day(lang):
    """Prop 64 renumbered HS 11357 on 2016-11-09: (b), 28.5 g or less before, is more than
    28.5 g since.  A 2018 HS 11357(b) recorded with 60 g was named "Possession of 28.5 g or less
    of marijuana"; a 2010 HS 11357(a) "Possession of concentrated cannabis (before 2016)"."""
    def case(cid: str, section: str, convicted: date, offense: date, grams: float | None = None) -> Case:
        conv = Conviction(id=f"{cid}1", code="HS", section=section, level="misdemeanor", conviction_date=convicted,
                          offense_date=offense, cannabis_grams=grams)
        return Case(id=cid, convictions=[conv], sentence=_probation(convicted, anniversary(convicted, 1), "completed"))

    cases = [case("A", "11357(a)", date(2010, 5, 3), date(2010, 2, 1)),
             case("B", "11357(b)", date(2019, 2, 1), date(2018, 12, 1), grams=60)]
    client = Client(name="Rosa Delgado", language=lang, person=Person(dob=date(1974, 6, 1), us_citizen=True), cases=cases)
    record = next(s for s in handout_for(client, lang).sections if s.key == "record")
    titles = {e.conviction: e.title for e in record.blocks if isinstance(e, RecordEntry)}
    assert {count: titles[count] for count in BY_DAY[lang]} == BY_DAY[lang]


# ---- R195-03: where Prop 64 only makes it a lesser offense, no dismissal is said to come of it --

AFTER_PROP_64_LESSER = {
    "en": "The clinic will ask for the Prop 64 change first, and then for this dismissal.",
    "es": "La clínica pedirá primero el cambio de la Proposición 64 y después esta desestimación.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r195_03_a_possession_for_sale_is_not_told_prop_64_may_dismiss_it(lang):
    """Prop 64 makes an HS 11359 a misdemeanor, never dismisses it (its card says "make it a
    lesser offense (a misdemeanor)"); its dismissal line read "If the court does not dismiss it
    then, the clinic will ask for this dismissal", a dismissal that change never gives.  The
    11360(a) beside it, which Prop 64 may dismiss and seal, keeps that sentence."""
    cards = _cards_with_prop64_filed_for_one_count(lang, petitions=False)
    assert AFTER_PROP_64_LESSER[lang] in cards["A2"]["pc1203_4"]
    assert AFTER_PROP_64[lang] not in cards["A2"]["pc1203_4"]
    assert AFTER_PROP_64[lang] in cards["A1"]["pc1203_4"]


# ---- K202-04, K205-01: HS 11357(a) and (b) whose day cannot tell the law are named by both ----

BOTH_LAWS = {
    "11357(a)": {
        "en": "Possession of concentrated cannabis (before November 9, 2016); since then, possession of 28.5 g or "
              "less of marijuana under age 21",
        "es": "Posesión de marihuana concentrada (antes del 9 de noviembre de 2016); desde entonces, posesión de "
              "28.5 g o menos de marihuana siendo menor de 21 años",
    },
    "11357(b)": {
        "en": "Possession of 28.5 g or less of marijuana (before November 9, 2016); since then, possession of more "
              "than 28.5 g",
        "es": "Posesión de 28.5 g o menos de marihuana (antes del 9 de noviembre de 2016); desde entonces, posesión "
              "de más de 28.5 g",
    },
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("section", ["11357(a)", "11357(b)"])
def test_k202_04_k205_01_11357_of_an_unknown_day_convicted_since_prop_64_names_both_laws(section, lang):
    """The offense's day not recorded, the conviction in 2019: the offense may have come before
    Prop 64 or after, when (a) became under-21 possession and (b) more than 28.5 g.  (b) was
    named "28.5 g or less" alone, the catalog's, and (a) "concentrated cannabis (before 2016)";
    each names both, as (c)'s title does.  Convicted before, it is the old law's."""
    def case(cid: str, convicted: date) -> Case:
        conv = Conviction(id=f"{cid}1", code="HS", section=section, level="misdemeanor", conviction_date=convicted)
        return Case(id=cid, convictions=[conv], sentence=_probation(convicted, anniversary(convicted, 1), "completed"))

    client = Client(name="Rosa Delgado", language=lang, person=Person(dob=date(1974, 6, 1), us_citizen=True),
                    cases=[case("A", date(2019, 2, 1)), case("B", date(2015, 2, 1))])
    record = next(s for s in handout_for(client, lang).sections if s.key == "record")
    titles = {e.conviction: e.title for e in record.blocks if isinstance(e, RecordEntry)}
    before = load_texts(lang)["offenses_by_day"][f"HS {section}"]["before"]
    assert titles == {"A1": BOTH_LAWS[section][lang], "B1": before}


# ---- G204-01: HS 11357(c) whose day cannot tell the law is named in words, as in Spanish ------

BOTH_LAWS_C = {
    "en": "Possession of more than 28.5 g of marijuana (before November 9, 2016); since then, possession on "
          "school grounds",
    "es": "Posesión de más de 28.5 g de marihuana (antes del 9 de noviembre de 2016); desde entonces, posesión en "
          "una escuela",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g204_01_11357c_of_an_unknown_day_names_both_laws_in_words(lang):
    """The offense's day not recorded, the conviction in 2019: the English card and RAP-sheet task
    read the catalog's "Possession of more than 28.5 g of marijuana (before 2016-11-09; on school
    grounds since)", a date a client does not read and words the Spanish beside it did not say
    ("(antes del 9 de noviembre de 2016); desde entonces, posesión en una escuela")."""
    conv = Conviction(id="A1", code="HS", section="11357(c)", level="misdemeanor", conviction_date=date(2019, 2, 1))
    case = Case(id="A", convictions=[conv], sentence=_probation(date(2019, 2, 1), date(2020, 2, 1), "completed"))
    client = Client(name="Rosa Delgado", language=lang, person=Person(dob=date(1974, 6, 1), us_citizen=True),
                    cases=[case])
    record = next(s for s in handout_for(client, lang).sections if s.key == "record")
    assert [e.title for e in record.blocks if isinstance(e, RecordEntry)] == [BOTH_LAWS_C[lang]]
