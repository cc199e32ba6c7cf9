"""K410: a client's two cases of one court number (a case typed twice, a number two courts gave)
read alike on her handout, where the window, the worksheet and the refusals tell them apart
(K396-04, K408): "Pay each court what its case owes: • Case 24CR042: $400 • Case 24CR042: $400",
and the two cases' identical tasks "Case 24CR042: Finish probation." merged into one line, as if
one case's were all.  Each such case is named by the day of its conviction, in the handout's own
date style; a case whose number is its own reads as before."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from handout_clients import CLINIC, screened

from clinic_app.handouts import compose
from clinic_app.handouts.document import Task
from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

AS_OF = date(2026, 12, 7)


def two_of_one_number() -> Client:
    """As K408's test client: Rita's 24CR042 (PC 459, convicted 2024-03-01) typed twice, the
    second convicted 2020-01-06, and 24CR777, a number of its own; on probation to 2027-03-01
    in each, $400 of fines unpaid in both 24CR042 (none a condition)."""
    first = Case(id="c1", case_number="24CR042", disposition_date=date(2024, 3, 1),
                 convictions=[Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2024, 3, 1))])
    twin = copy.deepcopy(first)
    twin.id, twin.disposition_date = "c2", date(2020, 1, 6)
    twin.convictions[0].id, twin.convictions[0].conviction_date = "c2-1", date(2020, 1, 6)
    own = copy.deepcopy(first)
    own.id, own.case_number, own.convictions[0].id = "c3", "24CR777", "c3-1"
    for case in (first, twin, own):
        case.sentence = Sentence(type="probation", probation=Probation(kind="summary", start=case.disposition_date,
                                                                       end=date(2027, 3, 1)))
    first.money = Money(fines_ordered=500, fines_paid=100)
    twin.money = Money(fines_ordered=500, fines_paid=100)
    return Client(name="Rita Sinsentencia", person=Person(dob=date(1980, 4, 4)), cases=[first, twin, own])


def tasks(client: Client, lang: str) -> list[str]:
    """The words of each line of the client's "What you still need to do", in `lang`."""
    handout = compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF)
    return [block.text for block in handout.section("checklist").blocks if isinstance(block, Task)]


SAID = {
    "en": {"fines": "Pay each court what its case owes:\n• Case 24CR042 (convicted March 1, 2024): $400"
                    "\n• Case 24CR042 (convicted January 6, 2020): $400",
           "first": "Case 24CR042 (convicted March 1, 2024): ", "twin": "Case 24CR042 (convicted January 6, 2020): ",
           "own": "Case 24CR777: ", "probation": "Finish probation.", "ab1950": "A clinic lawyer will check"},
    "es": {"fines": "Pague a cada tribunal lo que debe en el caso de ese tribunal:\n• Caso 24CR042 (condena del 1 de "
                    "marzo de 2024): $400\n• Caso 24CR042 (condena del 6 de enero de 2020): $400",
           "first": "Caso 24CR042 (condena del 1 de marzo de 2024): ",
           "twin": "Caso 24CR042 (condena del 6 de enero de 2020): ",
           "own": "Caso 24CR777: ", "probation": "Cumpla toda su libertad condicional.",
           "ab1950": "Un abogado de la clínica revisará"},
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k410_01_the_handout_s_lines_tell_two_cases_of_one_number_apart(lang):
    said = SAID[lang]
    lines = tasks(two_of_one_number(), lang)
    assert any(said["fines"] in line for line in lines), lines
    for case in ("first", "twin", "own"):
        for task in ("probation", "ab1950"):
            named = [line for line in lines if line.startswith(said[case] + said[task])]
            assert len(named) == 1, (case, task, lines)
    # A number of its own reads as before: "Case 24CR777: ", no day.
    assert not any(line.startswith(said["own"][:-2] + " (") for line in lines), lines


def one_year() -> Client:
    """`two_of_one_number` with the second 24CR042 a petty theft of the same year, June 5, 2024:
    the cards' "Misdemeanor, 2024" no longer tells the two apart by the day the tasks name."""
    client = two_of_one_number()
    twin = client.cases[1]
    twin.disposition_date = twin.sentence.probation.start = date(2024, 6, 5)
    twin.convictions[0] = Conviction(id="c2-1", section="484", level="misdemeanor", conviction_date=date(2024, 6, 5))
    return client


CARDS = {
    "en": ["Misdemeanor, convicted on March 1, 2024 · PC 459 · Case 24CR042",
           "Misdemeanor, convicted on June 5, 2024 · PC 484 · Case 24CR042", "Misdemeanor, 2024 · PC 459 · Case 24CR777"],
    "es": ["Delito menor (misdemeanor), condena del 1 de marzo de 2024 · PC 459 · Caso 24CR042",
           "Delito menor (misdemeanor), condena del 5 de junio de 2024 · PC 484 · Caso 24CR042",
           "Delito menor (misdemeanor), 2024 · PC 459 · Caso 24CR777"],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k410_02_a_card_gives_the_day_its_tasks_name_it_by(lang):
    from clinic_app.handouts.document import RecordEntry

    def cards(client: Client) -> list[str]:
        handout = compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF)
        return [block.detail for block in handout.section("record").blocks if isinstance(block, RecordEntry)]

    assert cards(one_year()) == CARDS[lang]
    lines = tasks(one_year(), lang)
    assert any(line.startswith(SAID[lang]["first"]) for line in lines), lines
    assert any(line.startswith(SAID[lang]["twin"].replace("6 de enero de 2020", "5 de junio de 2024")
                               .replace("January 6, 2020", "June 5, 2024")) for line in lines), lines
    # Convicted in years apart, the year tells them apart, as it did: each card as before.
    assert [card.split(" · ")[0] for card in cards(two_of_one_number())] == [
        CARDS[lang][2].split(" · ")[0], CARDS[lang][2].split(" · ")[0].replace("2024", "2020"), CARDS[lang][2].split(" · ")[0]]


def one_day_two_courts() -> Client:
    """`two_of_one_number` with the second 24CR042 given by another court, Kern County's, on the
    same day, March 1, 2024: by the day alone the two read alike again."""
    client = two_of_one_number()
    twin = client.cases[1]
    twin.county, twin.disposition_date = "Kern", date(2024, 3, 1)
    twin.convictions[0].conviction_date = twin.sentence.probation.start = date(2024, 3, 1)
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k410_03_two_courts_numbers_of_one_day_are_told_by_their_county(lang):
    first, twin = {"en": ("Case 24CR042 (convicted March 1, 2024, Los Angeles County): ",
                          "Case 24CR042 (convicted March 1, 2024, Kern County): "),
                   "es": ("Caso 24CR042 (condena del 1 de marzo de 2024, Condado de Los Angeles): ",
                          "Caso 24CR042 (condena del 1 de marzo de 2024, Condado de Kern): ")}[lang]
    lines = tasks(one_day_two_courts(), lang)
    for case in (first, twin):
        for task in ("probation", "ab1950"):
            assert len([line for line in lines if line.startswith(case + SAID[lang][task])]) == 1, (case, lines)
        assert any(f"\n• {case[:-2]}: $400" in line for line in lines), lines
    assert len([line for line in lines if line.startswith(SAID[lang]["own"] + SAID[lang]["probation"])]) == 1, lines
