"""H36: handout leftovers a client trips on, each checked on the real PDF, English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import screened
from handout_render import pdf_text, render_scenario

from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

pytestmark = pytest.mark.pdf

COME_BACK = {"en": "Who does it: You come back; the clinic files",
             "es": "Quién lo hace: Usted vuelve; la clínica presenta los papeles"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("key, remedy, status", [("blocked", "pc1203_4", "blocked"),
                                                 ("eligible_on", "pc1203_4a", "eligible_on")])
def test_h36_01_who_does_it_says_the_client_comes_back_and_the_clinic_files(key, remedy, status, lang):
    """"Dismissal: This has to wait ... Then come back to the clinic on or after ..." over
    "Who does it: You" read as "you file the papers yourself".  Where the client's part is to
    wait and come back and the clinic files, "Who does it" says so."""
    rendered = render_scenario(key, lang)
    options = [o for e in rendered.handout.section("record").blocks for o in getattr(e, "options", ())]
    waiting = [o for o in options if o.remedy == remedy and o.status == status]
    assert waiting, f"{key} no longer has a {status} {remedy}"
    who = COME_BACK[lang].split(": ", 1)[1]
    assert {o.who for o in waiting} == {who}
    # Each on the page, under its option.
    assert rendered.text().count(COME_BACK[lang]) == sum(o.who == who for o in options)


def _fines_client(lang: str):
    """Two old petty thefts, each with fines still owed, one with a court number, and a DUI
    with nothing owed."""
    def case(id, section, year, number=None, fines=0, paid=0, code="PC"):
        start = date(year, 3, 2)
        return Case(id=id, case_number=number,
                    convictions=[Conviction(id=f"{id}1", section=section, code=code, conviction_date=start)],
                    sentence=Sentence(type="probation", judgment_date=start, imposition_suspended=True, probation=Probation(
                        kind="summary", start=start, end=date(year + 1, 3, 2), status="completed")),
                    money=Money(fines_ordered=fines, fines_paid=paid, fines_condition_of_probation=True) if fines else None)
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1980, 1, 1)),
                  cases=[case("A", "484(a)/488", 2012, number="4CJ01234", fines=500, paid=200),
                         case("B", "23152(a)", 2014, code="VC"),
                         case("C", "242", 2016, fines=600)])


FINES = {"en": "Pay the fines you still owe, $900 in all. Pay each court what its case owes: "
               "• Case 4CJ01234: $300 • Battery: $600",
         "es": "Pague las multas que todavía debe, $900 en total. Pague a cada tribunal lo que debe en el caso de ese tribunal: "
               "• Caso 4CJ01234: $300 • Agresión física (battery): $600"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h36_02_fines_owed_in_several_cases_name_each_case_with_its_amount(lang):
    """"Pay the fines you still owe: $900." covered two cases without naming them: the client
    could not tell which court to pay what.  Each case is named (its court number, or its
    offense where it has none) with what it owes, under the total."""
    assert FINES[lang] in pdf_text(_fines_client(lang), lang)


VACATE = {"en": ("Cancelling the conviction (vacate): A lawyer can ask the court to cancel this conviction only once "
                 "you are no longer in custody for it, and probation, parole and supervision count as custody: not "
                 "before January 10, 2027. Even then, the judge decides at a hearing.",
                 "Who does it: A lawyer the clinic helps you find"),
          "es": ("Anular la condena (vacate): Un abogado puede pedir al tribunal que anule esta condena solo cuando usted ya no "
                 "esté bajo custodia por ella. La libertad condicional (probation), la libertad bajo palabra (parole) "  # S37-08
                 "y la supervisión cuentan como custodia: no antes del 10 de enero de 2027. Aun entonces, el juez "
                 "decide en una audiencia.",
                 "Quién lo hace: Un abogado que la clínica le ayuda a encontrar")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h36_03_a_motion_to_vacate_while_on_probation_says_what_the_engine_says(lang):
    """A client who is not a citizen, on probation in the case: the PC 1473.7 option read
    "This has to wait until this changes: your probation must end (it ends on January 9,
    2027). Then come back to the clinic on or after January 10, 2027.", as if the conviction
    could be cancelled once probation ended.  The engine says: blocked while in custody for it
    (probation counts, ca-rules.md 3.15) until that day, a motion the judge decides even then,
    immigration counsel now, habeas meanwhile.  The option says that, and who brings it."""
    start = date(2025, 1, 9)
    case = Case(id="A", convictions=[Conviction(id="A1", section="11377(a)", code="HS", conviction_date=start)],
                sentence=Sentence(type="probation", judgment_date=start, imposition_suspended=True, probation=Probation(
                    kind="summary", start=start, end=date(2027, 1, 9), status="active")))
    client = Client(name="Synthetic Client", language=lang, person=Person(dob=date(1986, 12, 1), us_citizen=False),
                    cases=[case])
    (d,) = [d for d in screened(client).results if d.remedy == "pc1473_7"]
    assert (d.status, d.date) == ("blocked", date(2027, 1, 10))
    text = pdf_text(client, lang)
    line, who = VACATE[lang]
    assert line in text and who in text[text.index(line):]
