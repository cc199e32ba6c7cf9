"""Z81: a felony PC 273.5 of 2013 that PC 17(b) can reduce: as a misdemeanor its ten-year
state gun ban (PC 29805(a)) counts from the conviction, so it ran out in 2023, as the
screening says ("the ten-year state ban ... ended on 2023-11-20"); the handout told the
client it "still bans guns for 10 years from the conviction"."""

from __future__ import annotations

from datetime import date

from handout_clients import CLINIC, screened
from test_compose import _one_count

from clinic_app.handouts.compose import compose
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def _gun_line(client: Client, lang: str) -> str:
    (line,) = [n.text for n in compose(client, screened(client), CLINIC, lang=lang).section("effects").blocks
               if "PC 17(b)" in n.text]
    return line


def test_z81_a_2013_felony_273_5_is_told_its_ten_years_as_a_misdemeanor_ended():
    client = _one_count("273.5", "felony", date(2013, 11, 20), wobbler=True)
    line = _gun_line(client, "en")
    assert "still bans guns for 10 years" not in line
    assert "ended on November 20, 2023" in line
    # The federal lifetime domestic-violence ban and the offense are still said.
    assert "ban guns for life under federal law if it was domestic violence: Corporal injury to a spouse" in line
    es = _gun_line(client, "es")
    assert "le prohíbe tener armas por 10 años" not in es
    assert "terminaron el 20 de noviembre de 2023" in es and "violencia doméstica" in es


def test_z81_ten_years_still_running_are_said_as_before():
    client = _one_count("273.5", "felony", date(2018, 6, 1), wobbler=True)
    assert "still bans guns for 10 years from the conviction" in _gun_line(client, "en")
    assert "le prohíbe tener armas por 10 años desde la condena" in _gun_line(client, "es")


def test_z81_two_felonies_one_still_in_its_ten_years_keep_the_running_words():
    def case(cid: str, convicted: date) -> Case:
        return Case(id=cid, convictions=[Conviction(id=f"{cid}1", section="273.5", level="felony",
                                                    conviction_date=convicted, wobbler=True)],
                    sentence=Sentence(type="probation", judgment_date=convicted, imposition_suspended=True,
                                      probation=Probation(kind="formal", start=convicted,
                                                          end=date(convicted.year + 3, convicted.month, convicted.day),
                                                          status="completed")))
    both = Client(name="Dee Vee", person=Person(dob=date(1980, 1, 1)),
                  cases=[case("A", date(2012, 3, 1)), case("B", date(2018, 3, 1))])
    assert "still ban guns for 10 years from each conviction" in _gun_line(both, "en")
    # Both ran out: said with the later day.
    both.cases[1].convictions[0].conviction_date = date(2014, 3, 1)
    both.cases[1].sentence.judgment_date = both.cases[1].sentence.probation.start = date(2014, 3, 1)
    both.cases[1].sentence.probation.end = date(2017, 3, 1)
    line = _gun_line(both, "en")
    assert "ended by March 1, 2024" in line and "still ban guns for 10 years" not in line
