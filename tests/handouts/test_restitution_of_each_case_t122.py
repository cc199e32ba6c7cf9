"""T122-03: restitution owed in two cases, $800 in Los Angeles (BA200001) and $250 in Orange County
(6MT00002), read "Restitution (money for the victim) you still owe: $1,050." and no more, where the
line above it, for fines, says what each case owes (H36-02): the client could not tell where to
pay what.  The total is said as before, then each case with its own, in both languages.

T122-04: an amount owed in one case beside another case's amount to find out (nothing recorded
paid) names its case, fines and restitution alike."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_condition_tasks_name_their_case_t122 import two_grants

from clinic_app.model import Money

pytestmark = pytest.mark.pdf

EACH = {
    "en": "Restitution (money for the victim) you still owe: $1,050. You must still pay it, but it does not stop a "
          "dismissal. What each case owes: • Case BA200001: $800 • Case 6MT00002: $250",
    "es": "Restitución (dinero para la víctima) que todavía debe: $1,050. Todavía tiene que pagarla, pero eso no impide la "
          "desestimación. Lo que debe en cada caso: • Caso BA200001: $800 • Caso 6MT00002: $250",
}


def owing(lang: str, theft_restitution: int = 250):
    client = two_grants(lang)
    client.cases[0].money = Money(restitution_ordered=1500, restitution_paid=700)
    client.cases[1].money = Money(restitution_ordered=theft_restitution, restitution_paid=0)
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_t122_03_restitution_owed_in_two_cases_says_what_each_owes(lang):
    text = pdf_text(owing(lang), lang)
    assert EACH[lang] in text, text[text.find("$1,050") - 100:][:600]


def test_t122_03_restitution_owed_in_one_case_is_said_as_before():
    client = owing("en")
    client.cases[1].money = None
    text = pdf_text(client, "en")
    assert ("Restitution (money for the victim) you still owe: $800. You must still pay it, but it does not stop a "
            "dismissal.") in text
    assert "What each case owes" not in text


NAMED = {
    "en": ["Case BA200001: Fines of $300 were ordered. Find out from the court how much you have paid",
           "Case 6MT00002: Pay the fines you still owe: $150.",
           "Case BA200001: Restitution (money for the victim) you still owe: $800.",
           "Case 6MT00002: Restitution (money for the victim) of $250 was ordered. Find out from the court how much "
           "you have paid"],
    "es": ["Caso BA200001: Se le ordenaron multas de $300. Averigüe en el tribunal cuánto ha pagado",
           "Caso 6MT00002: Pague las multas que todavía debe: $150.",
           "Caso BA200001: Restitución (dinero para la víctima) que todavía debe: $800.",
           "Caso 6MT00002: Se le ordenó una restitución (dinero para la víctima) de $250. Averigüe en el tribunal "
           "cuánto ha pagado"],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_t122_04_an_amount_owed_beside_another_case_s_amount_to_find_out_names_its_case(lang):
    # Case BA200001's fines with nothing recorded paid were named ("Case BA200001: Fines of $300
    # were ordered. Find out ..."), case 6MT00002's $150 owed not: "Pay the fines you still owe:
    # $150." read as the same fines, or as BA200001's.  Restitution the same, neither named.
    client = owing(lang)
    client.cases[0].money = Money(fines_ordered=300, restitution_ordered=1500, restitution_paid=700)
    client.cases[1].money = Money(fines_ordered=200, fines_paid=50, restitution_ordered=250)
    text = pdf_text(client, lang)
    for line in NAMED[lang]:
        assert line in text, (line, text[text.find("BA200001: "):][:2500])


def test_t122_04_two_cases_restitution_to_find_out_each_says_its_own():
    client = owing("en")
    client.cases[0].money = Money(restitution_ordered=1500)
    client.cases[1].money = Money(restitution_ordered=250)
    text = pdf_text(client, "en")
    assert "Case BA200001: Restitution (money for the victim) of $1,500 was ordered." in text
    assert "Case 6MT00002: Restitution (money for the victim) of $250 was ordered." in text
