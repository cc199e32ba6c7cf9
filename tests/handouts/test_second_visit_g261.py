"""G261: the client's second visit, after the judge ruled.  Marisol Ejemplo's three cases: a
petty theft the judge dismissed (PC 1203.4), a burglary made a misdemeanor (PC 17(b)), and a
felony receiving stolen property whose Prop 47 petition the judge denied, PC 17(b) still open
for it.  Her English page is rendered once for this module (pypdf text of the real PDF); the
Spanish one is composed, not rendered, where only its words are read."""

from __future__ import annotations

from datetime import date
from functools import cache

from handout_clients import _probation, screened
from handout_render import rendered_for, squash

from clinic_app.handouts import compose
from clinic_app.handouts.document import RecordEntry, Task
from clinic_app.model import Case, Client, Conviction, Person, Petition, ReliefGranted

FILED, RULED = date(2026, 6, 1), date(2026, 10, 20)


def marisol(lang: str) -> Client:
    def ruled(remedy: str, count: str, ruling: str) -> list[Petition]:
        return [Petition(remedy, FILED, [count], hearing_on=RULED, ruling=ruling, ruling_on=RULED)]

    dismissed = Case(id="A", case_number="4CJ05511", convictions=[Conviction(
        id="A1", section="484(a)/488", conviction_date=date(2018, 3, 5),
        relief_granted=[ReliefGranted("pc1203_4", RULED)])],
        sentence=_probation(date(2018, 3, 5), date(2020, 3, 5), "completed"),
        petitions=ruled("pc1203_4", "A1", "granted"))
    reduced = Case(id="B", case_number="BA401122", convictions=[Conviction(
        id="B1", section="459", level="felony", conviction_date=date(2014, 6, 2),
        relief_granted=[ReliefGranted("pc17b", RULED)])],
        sentence=_probation(date(2014, 6, 2), date(2017, 6, 2), "completed", kind="formal"),
        petitions=ruled("pc17b", "B1", "granted"))
    denied = Case(id="C", case_number="BA388210", convictions=[Conviction(
        id="C1", section="496(a)", level="felony", conviction_date=date(2012, 1, 9), value_dollars=700)],
        sentence=_probation(date(2012, 1, 9), date(2015, 1, 9), "completed", kind="formal"),
        petitions=ruled("prop47", "C1", "denied"))
    return Client(name="Marisol Ejemplo", language=lang, person=Person(dob=date(1988, 4, 12), us_citizen=True),
                  cases=[dismissed, reduced, denied])


@cache
def english_text() -> str:
    return squash(" ".join(rendered_for(marisol("en"), "en").page_texts()))


def card_of(client: Client, lang: str, case: str) -> str:
    """The options' words on the card of the conviction of case `case` (its id: A, B or C)."""
    handout = compose(client, screened(client), lang=lang)
    (entry,) = [b for s in handout.sections for b in s.blocks if isinstance(b, RecordEntry) and b.case == case]
    return " ".join(o.text for o in entry.options)


def test_g261_01_a_prop_47_denied_points_to_the_other_way_still_open():
    """The judge said no to Prop 47; on the same card 17(b) read "You qualify now. The clinic can
    file papers to ask the judge to make it a misdemeanor", and the denial "A clinic lawyer will
    look at what can be done next": two lines she read as a no and a yes to one thing.  The
    denial now names the other way, and that the lawyer decides whether to ask for it."""
    assert ("The judge said no on October 20, 2026. A clinic lawyer will look at what can be done next. "
            "That “no” means the judge did not make this change.") in english_text()
    assert ("Another way to make this conviction a misdemeanor is listed with it: “Making it a "
            "misdemeanor”. A clinic lawyer will decide whether to ask for it.") in english_text()
    assert "«Reducirla a delito menor». Un abogado de la clínica decidirá" in card_of(marisol("es"), "es", "C")
    # Not on the cards the judge granted, nor said as a choice still to make between the two.
    for case in ("A", "B"):
        assert "Another way" not in card_of(marisol("en"), "en", case)
    assert "These two ways do the same thing" not in english_text()


def seventeen_b_denied(lang: str) -> Client:
    """Marisol's receiving stolen property, the other way round: PC 17(b) denied, Prop 47 (past its
    deadline) still open, and PC 1203.4 granted."""
    client = marisol(lang)
    case = client.cases[2]
    case.convictions[0].relief_granted = [ReliefGranted("pc1203_4", RULED)]
    case.petitions = [Petition("pc17b", FILED, ["C1"], ruling="denied", ruling_on=RULED),
                      Petition("pc1203_4", FILED, ["C1"], ruling="granted", ruling_on=RULED)]
    client.cases = [case]
    return client


def checklist(client: Client, lang: str) -> list[str]:
    handout = compose(client, screened(client), lang=lang)
    return [block.text for section in handout.sections if section.key == "checklist"
            for block in section.blocks if isinstance(block, Task)]


def test_g261_02_proof_of_a_late_reason_waits_on_the_lawyers_choice():
    """After the judge said no to 17(b), the card says the lawyer decides whether to ask for Prop 47
    (G261-01), but the list told her outright to gather proof of why she asks after the deadline,
    for papers perhaps never filed.  It says it as it does where both are open (J125-03): if the
    lawyer chooses Prop 47."""
    assert "Another way to make this conviction a misdemeanor is listed with it: “Prop 47 (making it a misdemeanor)”." \
        in card_of(seventeen_b_denied("en"), "en", "C")
    english, spanish = checklist(seventeen_b_denied("en"), "en"), checklist(seventeen_b_denied("es"), "es")
    assert ("If a clinic lawyer chooses Prop 47, gather proof for the judge of why you are asking after the "
            "deadline. The clinic will tell you what helps.") in english
    assert not any(line.startswith("Gather proof for the judge of why") for line in english)
    assert any(line.startswith("Si un abogado de la clínica elige la Proposición 47") for line in spanish)


def test_g266_01_the_other_way_is_said_in_the_pages_words_and_asked_for_by_it():
    """Read in Spanish beside the denial's «tal vez la clínica pueda pedirlo otra vez», «Un abogado
    de la clínica decidirá si la pide» read as asking again for what the judge denied (or for «la
    forma», or «la condena»), and «otra forma» beside the page's «Estas dos vías»; «Con esta
    condena aparece» followed the English word for word.  Said either way round."""
    for client, name in ((marisol("es"), "Reducirla a delito menor"),
                         (seventeen_b_denied("es"), "Proposición 47 (reducirla a delito menor)")):
        card = card_of(client, "es", "C")
        assert (f"tal vez la clínica pueda pedirlo otra vez. Esta condena también se puede reducir a delito "
                f"menor por otra vía: «{name}». Un abogado de la clínica decidirá si se pide por esa vía.") in card
        assert "si la pide" not in card and "otra forma" not in card


def test_g266_03_the_late_reason_to_prove_is_the_clients_not_the_lawyers():
    """«Si un abogado de la clínica elige la Proposición 47, junte pruebas para el juez de por qué
    lo pide después del plazo»: the lawyer the last one named, «lo pide» read as why the lawyer
    asks late, where the judge weighs why she did, as her card says («usted tuvo una buena razón
    para pedirlo tarde»).  Said as hers."""
    client = seventeen_b_denied("es")
    assert "usted tuvo una buena razón para pedirlo tarde" in card_of(client, "es", "C")
    assert ("Si un abogado de la clínica elige la Proposición 47, junte pruebas para el juez de por qué usted no "
            "pidió a tiempo la reducción a delito menor. La clínica le dirá qué sirve.") in checklist(client, "es")


def test_k269_01_the_cards_proof_of_a_late_reason_waits_on_the_lawyers_choice_as_the_list_does():
    """After the judge said no to 17(b), the list says "If a clinic lawyer chooses Prop 47, gather
    proof ..." (G261-02) and the denial that the lawyer decides whether to ask for it, but the Prop
    47 line on the same card said outright "Bring proof of that reason".  The card says the list's
    "if"; in Spanish too."""
    for lang, bring, if_chosen in (
            ("en", "Bring proof of that reason.",
             "If a clinic lawyer chooses Prop 47, bring proof of why you are asking late."),
            ("es", "Traiga pruebas de esa razón.",
             "Un abogado de la clínica decidirá si pide la Proposición 47. Si la elige, traiga pruebas de por qué usted no pidió a "
             "tiempo la reducción a delito menor.")):
        card = card_of(seventeen_b_denied(lang), lang, "C")
        assert if_chosen in card
        assert bring not in card
