"""T122-01: a client on probation in two cases, each with classes and community service left:
"What you still need to do" said "Finish: “Theft awareness class” ...", "Finish your community
service. You have done 10 of 40 hours." and "... 40 of 100 hours." under no case, where its
probation and fines lines each say theirs ("Case 6MT00002: Finish probation."); with both grants
ending the same day, the two cases' hours read as one line, and one was dropped.  Each condition
task names its case, in both languages, as the probation line does (`_of_case`)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _case(id_: str, number: str | None, section: str, level: str, day: date, end: date,
          conditions: list[Condition]) -> Case:
    return Case(id=id_, case_number=number, disposition_date=day,
                convictions=[Conviction(id=f"{id_}-1", section=section, level=level, conviction_date=day)],
                sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True,
                                  probation=Probation(kind="formal" if level == "felony" else "summary", start=day, end=end)),
                conditions=conditions)


def two_grants(lang: str, theft_end: date = date(2027, 6, 15), theft_number: str | None = "6MT00002") -> Client:
    return Client(name="Marisol Prueba", person=Person(dob=date(1990, 4, 2)), language=lang, cases=[
        _case("c1", "BA200001", "273.5", "felony", date(2024, 3, 1), date(2028, 3, 1),
              [Condition(kind="class", label="52-week batterer program", required=52, done=26),
               Condition(kind="community_service", label="Community service", required=40, done=10)]),
        _case("c2", theft_number, "484", "misdemeanor", date(2025, 6, 16), theft_end,
              [Condition(kind="class", label="Theft awareness class", required=8, done=2),
               Condition(kind="community_service", label="Community service", required=40, done=10)])])


NAMED = {
    "en": ["Case BA200001: Finish “52-week batterer program” (as written in your papers). You have 26 of 52 left to do.",
           "Case BA200001: Finish your community service. You have 30 of 40 hours left to do.",
           "Case 6MT00002: Finish “Theft awareness class” (as written in your papers). You have 6 of 8 left to do.",
           "Case 6MT00002: Finish your community service. You have 30 of 40 hours left to do."],
    "es": ["Caso BA200001: Termine «52-week batterer program» (así dice en sus papeles). Le faltan 26 de 52.",
           "Caso BA200001: Termine el servicio comunitario. Le faltan 30 de 40 horas.",
           "Caso 6MT00002: Termine «Theft awareness class» (así dice en sus papeles). Le faltan 6 de 8.",
           "Caso 6MT00002: Termine el servicio comunitario. Le faltan 30 de 40 horas."],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_t122_01_each_condition_task_names_its_case(lang):
    text = pdf_text(two_grants(lang), lang)
    for line in NAMED[lang]:
        assert line in text, (line, text[text.find("BA200001: "):][:1500])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_t122_01_two_cases_hours_alike_ending_the_same_day_are_both_said(lang):
    # Both grants to March 1, 2028, 10 of 40 hours each: one line had been dropped as the other's double.
    text = pdf_text(two_grants(lang, theft_end=date(2028, 3, 1)), lang)
    theft = NAMED[lang][3].replace("June 15, 2027", "March 1, 2028").replace("15 de junio de 2027", "1 de marzo de 2028")
    assert NAMED[lang][1] in text and theft in text


def test_t122_01_a_case_with_no_number_is_named_by_its_offense():
    text = pdf_text(two_grants("en", theft_number=None), "en")
    assert "Theft (petty theft): Finish “Theft awareness class” (as written in your papers). You have 6 of 8 left to do." in text


def test_t122_01_one_case_with_conditions_is_said_as_before():
    client = two_grants("en")
    client.cases[1].conditions = []
    text = pdf_text(client, "en")
    assert "Finish “52-week batterer program” (as written in your papers). You have 26 of 52 left to do." in text
    assert "Case BA200001: Finish “52-week" not in text
