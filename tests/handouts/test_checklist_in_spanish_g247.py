"""G247: a Spanish-speaking paralegal reads the checklist ("What you still need to do") of a
survivor of trafficking beside its English.  Rosa Ejemplo was convicted three times of PC 647(b),
two of them marked a result of being trafficked; fines are still owed in two cases, and
restitution in two; a protective order stands to 2029.  The Spanish page is rendered once for this module (pypdf text of the real
PDF); the English one is composed, not rendered, where only its words are compared."""

from __future__ import annotations

from datetime import date
from functools import cache

from handout_clients import _probation, screened
from handout_render import rendered_for

from clinic_app.handouts import compose
from clinic_app.handouts.document import Task
from clinic_app.model import Case, Client, Conviction, Money, Person, Petition


def rosa(lang: str, cases: int = 3, marked: int = 2) -> Client:
    """Summary probation done in each case; the first `marked` counts a result of trafficking.
    With `cases` fewer than three, only the first cases."""
    cases_ = [Case(id=cid, case_number=number, convictions=[Conviction(
                 id=f"{cid}1", code="PC", section="647(b)", level="misdemeanor", conviction_date=day,
                 trafficking_related=i < marked)],
                 sentence=_probation(day, date(day.year + 2, day.month, day.day), "completed"),
                 money=money)
             for i, (cid, number, day, money) in enumerate((
                 ("A", "2VN01234", date(2012, 6, 14), Money(fines_ordered=300, fines_paid=100)),
                 ("B", "3VN05678", date(2013, 9, 3), Money(fines_ordered=250, fines_paid=50,
                                                           restitution_ordered=400, restitution_paid=100)),
                 ("C", "5VN04321", date(2015, 2, 20), Money(restitution_ordered=600, restitution_paid=200)))[:cases])]
    if cases == 3:
        cases_[2].protective_order_until = date(2029, 3, 17)  # a stay-away order outlasting the rest
    return Client(name="Rosa Ejemplo", language=lang,
                  person=Person(dob=date(1992, 3, 8), us_citizen=True, trafficking_survivor=True), cases=cases_)


@cache
def spanish_text() -> str:
    return rendered_for(rosa("es"), "es").text()


def checklist(client: Client, lang: str) -> list[str]:
    handout = compose(client, screened(client), lang=lang)
    return [block.text for section in handout.sections if section.key == "checklist"
            for block in section.blocks if isinstance(block, Task)]


def test_g247_01_a_survivor_with_several_convictions_proves_the_cause_of_each():
    """The proof step said «y de que esa fue la causa de su condena», one conviction, to a woman
    the page offers to clear three (G239).  Said of her convictions; the English "why you were
    convicted" holds for any number and is as it was."""
    spanish = spanish_text()
    assert "y de que sus condenas fueron consecuencia de eso. La clínica le dirá qué sirve." in spanish
    assert "su condena fue" not in spanish
    assert ("Gather proof for the judge that you were a victim of human trafficking, and that this is why you "
            "were convicted. The clinic will tell you what helps.") in checklist(rosa("en"), "en")


def test_g247_01_a_survivor_with_one_conviction_is_asked_of_it_as_before():
    """One conviction the proof of trafficking is for: «su condena», also where she has a second,
    a petty theft in the same case, that proof is not for (the plural is the proof's, not her
    record's)."""
    one = ("Junte pruebas para el juez de que usted fue víctima de trata de personas y de que su condena fue "
           "consecuencia de eso. La clínica le dirá qué sirve.")
    assert one in checklist(rosa("es", cases=1), "es")
    client = rosa("es", cases=1)
    client.cases[0].convictions.append(Conviction(id="A2", code="PC", section="484(a)", level="misdemeanor",
                                                  conviction_date=date(2012, 6, 14)))
    assert one in checklist(client, "es")


def test_g247_02_fines_in_two_cases_are_paid_to_each_court_for_the_case_there():
    """«Pague a cada tribunal lo que debe en su caso», said to «usted», read "in your case", one,
    over the list of her two cases; the English says "what its case owes"."""
    spanish = spanish_text()
    assert ("Pague las multas que todavía debe, $400 en total. Pague a cada tribunal lo que debe en el caso de ese "
            "tribunal: • Caso 2VN01234: $200 • Caso 3VN05678: $200") in spanish
    assert "en su caso" not in spanish


def test_g247_03_restitution_owed_is_what_does_not_stop_a_dismissal():
    """«Todavía tiene que pagarla, pero no impide la desestimación» kept «usted» as the subject of
    «impide»: "but you do not stop the dismissal".  «pero eso no impide», as the page's other
    restitution lines say it, and the English "but it does not stop a dismissal"."""
    assert ("Restitución (dinero para la víctima) que todavía debe: $700. Todavía tiene que pagarla, pero eso no "
            "impide la desestimación. Lo que debe en cada caso: • Caso 3VN05678: $300 • Caso 5VN04321: $400") in spanish_text()


def test_g247_04_the_protective_order_is_obeyed_to_its_last_day():
    """«Cumpla la orden de protección hasta que termine» read "until you finish", as «Avísele a la
    clínica cuando termine» on the same list means; the English says "until it ends".  Said as
    the page's note on what a dismissal does not change says it: «hasta su fecha final»."""
    spanish = spanish_text()
    assert "Cumpla la orden de protección hasta su fecha final. 17 de marzo de 2029" in spanish
    assert "hasta que termine" not in spanish


def test_r251_01_a_survivor_whose_petition_is_filed_still_proves_the_trafficking():
    """With the clinic's PC 1203.49 petition filed in one case, the list asked for "proof of your
    good conduct for the judge: letters, pay stubs, class papers", what H31-01 took away, and
    with it filed in both, said nothing of the trafficking the judge weighs.  The proof is of
    trafficking for the filed and the unfiled alike, so of both convictions: «sus condenas»."""
    for filed in (1, 2):
        for lang, trafficking, good_conduct in (
                ("en", "you were a victim of human trafficking, and that this is why you were convicted",
                 "good conduct"),
                ("es", "víctima de trata de personas y de que sus condenas fueron consecuencia de eso",
                 "buena conducta")):
            client = rosa(lang, cases=2)
            for case in client.cases[:filed]:
                case.petitions.append(Petition(remedy="pc1203_49", filed_on=date(2026, 11, 2)))
            tasks = checklist(client, lang)
            assert any(trafficking in task for task in tasks), (filed, lang, tasks)
            assert not any(good_conduct in task for task in tasks), (filed, lang, tasks)


def test_g266_02_the_proof_of_trafficking_says_it_in_the_cards_words():
    """Read beside her cards' «Usted tiene que mostrar con claridad que esta condena fue
    consecuencia de ser víctima de trata de personas», the list's «..., y de que esa fue la causa de
    sus condenas» said the same proof in other words, a comma before «y» and «esa» for a fact.
    Now in the card's word, «consecuencia»."""
    spanish = spanish_text()
    assert "esta condena fue consecuencia de ser víctima de trata de personas" in spanish
    assert ("Junte pruebas para el juez de que usted fue víctima de trata de personas y de que sus condenas "
            "fueron consecuencia de eso. La clínica le dirá qué sirve.") in spanish
    assert "esa fue la causa" not in spanish and "trata de personas, y de que" not in spanish
