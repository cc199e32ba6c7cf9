"""S122: a client on probation in two cases read the handout's to-do beside its cards.

S122-01: behind the case its to-do line names (T122-01), a condition read "Case 6MT00002:
Finish: “Theft awareness class” ...", two colons, not a sentence; a stay-away "Case BA200001:
Obey the court's stay-away order until March 1, 2028: “...”" the same.  The verb now takes
its quoted label as its object, the day after it."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_condition_tasks_name_their_case_t122 import two_grants
from test_restitution_of_each_case_t122 import owing

from clinic_app.model import Condition

pytestmark = pytest.mark.pdf


def _with_stay_away(lang: str):
    client = two_grants(lang)
    client.cases[0].conditions.append(Condition(kind="stay_away", label="Stay away from the victim"))
    return client


SENTENCES = {
    "en": ["Case 6MT00002: Finish “Theft awareness class” (as written in your papers).",
           "Case BA200001: Obey the court's stay-away order, “Stay away from the victim” (as written in your papers),"
           " until March 1, 2028."],
    "es": ["Caso 6MT00002: Termine «Theft awareness class» (así dice en sus papeles).",
           "Caso BA200001: Cumpla la orden de alejamiento del tribunal, «Stay away from the victim» (así dice en sus"
           " papeles), hasta el 1 de marzo de 2028."],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s122_01_a_condition_named_by_its_case_reads_as_one_sentence(lang):
    text = pdf_text(_with_stay_away(lang), lang)
    for line in SENTENCES[lang]:
        assert line in text, (line, text[text.find("BA200001: "):][:1500])
    assert "Case 6MT00002: Finish:" not in text and "Caso 6MT00002: Termine:" not in text


# S122-02: "Done so far: 26 of 52" and "You have done 40 of 100 hours" said what was done, where
# the Checklist and worksheet say "26 to go; finish by 2028-03-01, probation's last day": what is
# left and by when, from the same count (checklist.left_to_do), the day as the handout writes it:
# under "By when", after the row's words, and not in them too (E155-05).
LEFT = {
    "en": ["Case BA200001: Finish “52-week batterer program” (as written in your papers). You have 26 of 52 left to do."
           " March 1, 2028",
           "Case BA200001: Finish your community service. You have 30 of 40 hours left to do. March 1, 2028",
           "Case 6MT00002: Finish “Theft awareness class” (as written in your papers). You have 6 of 8 left to do."
           " June 15, 2027"],
    "es": ["Caso BA200001: Termine «52-week batterer program» (así dice en sus papeles). Le faltan 26 de 52."
           " 1 de marzo de 2028",
           "Caso BA200001: Termine el servicio comunitario. Le faltan 30 de 40 horas. 1 de marzo de 2028",
           "Caso 6MT00002: Termine «Theft awareness class» (así dice en sus papeles). Le faltan 6 de 8. 15 de junio de 2027"],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s122_02_a_counted_condition_says_what_is_left_and_by_when(lang):
    text = pdf_text(two_grants(lang), lang)
    for line in LEFT[lang]:
        assert line in text, (line, text[text.find("BA200001: "):][:1500])
    assert "Done so far" not in text and "Lo que ya hizo" not in text


# S122-03: the to-do names each case's lines by its number ("Case 6MT00002: Finish probation."),
# while the cards said only "Misdemeanor, 2025 · PC 484 · Orange County": the client could not
# tell which card a line was about.  Each card of a client with two cases ends with its number.
CARDS = {
    "en": ["Felony, 2024 · PC 273.5 · Los Angeles County · Case BA200001",
           "Misdemeanor, 2025 · PC 484 · Orange County · Case 6MT00002"],
    "es": ["Delito grave (felony), 2024 · PC 273.5 · Condado de Los Angeles · Caso BA200001",
           "Delito menor (misdemeanor), 2025 · PC 484 · Condado de Orange · Caso 6MT00002"],
}


def _in_two_counties(lang: str, theft_number: str | None = "6MT00002"):
    client = two_grants(lang, theft_number=theft_number)
    client.cases[0].county, client.cases[1].county = "Los Angeles", "Orange"
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s122_03_each_card_says_the_number_its_to_do_lines_name(lang):
    text = pdf_text(_in_two_counties(lang), lang)
    for line in CARDS[lang]:
        assert line in text, (line, text[:2500])
    assert f"{CARDS[lang][1].split(' · ')[-1]}: " in text  # the to-do's own name for the case


def test_s122_03_one_case_and_a_case_with_no_number_are_carded_as_before():
    text = pdf_text(_in_two_counties("en", theft_number=None), "en")
    assert "Felony, 2024 · PC 273.5 · Los Angeles County · Case BA200001" in text
    assert "Misdemeanor, 2025 · PC 484 · Orange County Where it stands" in text
    client = two_grants("en")
    client.cases = client.cases[:1]
    assert "Case BA200001" not in pdf_text(client, "en")


# S122-04: a step broken at a page's foot just after its opening sentence left "Lo que debe en
# cada caso:" ending page 7 with nothing under it, and page 8 said the whole sentence again,
# "(continuación):", above the list.  The step moves whole, and is said once.
def test_s122_04_a_list_heading_does_not_end_a_page_alone():
    text = pdf_text(owing("es"), "es")
    assert text.count("Lo que debe en cada caso") == 1, text[text.find("$1,050") - 100:][:800]
    assert "Lo que debe en cada caso: • Caso BA200001: $800 • Caso 6MT00002: $250" in text
