"""V53-02: the handout of a count whose level is not known (nobody chose it) says so, and does
not tell the client the conviction "does not by itself stop you from having a gun", which a
count nobody gave a level was told: an attempted robbery may be a felony, a ban for life."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def _client(level) -> Client:
    return Client(name="Nora Testlevel", person=Person(dob=date(1988, 2, 2), us_citizen=True), cases=[Case(
        id="c1", case_number="BA300301", disposition_date=date(2019, 4, 4),
        convictions=[Conviction(id="c1-1", section="664/211", level=level, conviction_date=date(2019, 4, 4))],
        sentence=Sentence(type="probation", judgment_date=date(2019, 4, 4), completed=True,
                          probation=Probation(start=date(2019, 4, 4), end=date(2021, 4, 4), status="completed")))])


@pytest.mark.parametrize("lang, said", [("en", "Level not known, 2019"), ("es", "Nivel desconocido, 2019")])
def test_a_count_of_unknown_level_is_said_so_and_told_no_gun_until_a_lawyer_says(lang, said):
    text = pdf_text(_client(None), lang)
    assert said in text
    if lang == "en":
        assert "does not by itself stop you from having a gun" not in text
        assert "Do not buy or hold a gun until a lawyer says you may." in text


def test_the_same_count_as_a_misdemeanor_reads_as_before():
    text = pdf_text(_client("misdemeanor"), "en")
    assert "Misdemeanor, 2019" in text and "does not by itself stop you from having a gun" in text
