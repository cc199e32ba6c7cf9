"""K217-02: a client told intake his probation ended in 2019 (a year alone: the day left blank,
the year kept in the notes, E70-03); once the day was typed on the Record tab from his papers the
filing worksheet still said under the case "Known at intake: probation end 2019, the year alone
(the day was not known at intake)" beside the day, as if the year were still all that was known.
The Checklist says the day alone (O207-04, R210-01); the worksheet now does too, for each date
intake notes (a count's day, an arrest's, a release, a probation's or supervision's end)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence
from clinic_app.worksheet.compose import compose

AS_OF = date(2026, 12, 7)
NOTES = "\n".join(f"Case {number}: {what} {year}, the year alone (the day was not known at intake)."
                  for number, what, year in (("21M05678", "probation end", 2019), ("21M05678", "conviction date", 2016),
                                             ("19F00042", "release day", 2020), ("19F00042", "supervision end", 2021),
                                             ("19F00042", "arrest date", 2018)))


def client(*, days_typed: bool) -> Client:
    theft = Case(id="a", case_number="21M05678", county="Los Angeles",
                 convictions=[Conviction(id="a1", section="484(a)", level="misdemeanor",
                                         conviction_date=date(2016, 4, 1) if days_typed else None)],
                 sentence=Sentence(type="probation",
                                   probation=Probation(kind="summary", end=date(2019, 6, 1) if days_typed else None)))
    custody = Custody(split=True, supervision="mandatory_supervision", release_date=date(2020, 2, 3),
                      supervision_end=date(2021, 8, 9) if days_typed else None)
    burglary = Case(id="b", case_number="19F00042", county="Los Angeles",
                    arrest_date=date(2018, 10, 2) if days_typed else None,
                    convictions=[Conviction(id="b1", section="459", level="felony", conviction_date=date(2019, 1, 7))],
                    sentence=Sentence(type="county_jail_1170h", judgment_date=date(2019, 1, 7), custody=custody))
    return Client(name="Tomas Told (synthetic)", person=Person(dob=date(1960, 1, 1)), notes=NOTES,
                  cases=[theft, burglary])


def known_at_intake(c: Client) -> list[list[str]]:
    sheet = compose(c, screen(c.person, c.cases, AS_OF))
    return [[f.value for f in case.facts if f.label == "Known at intake"] for case in sheet.cases]


def test_k217_02_a_day_typed_since_is_said_not_the_year_told():
    said = "{} {}, the year alone (the day was not known at intake)"
    # Before the days are typed: each year told, under its case; the release day typed at intake.
    assert known_at_intake(client(days_typed=False)) == [
        [said.format("probation end", 2019), said.format("conviction date", 2016)],
        [said.format("supervision end", 2021), said.format("arrest date", 2018)]]
    # Typed from the papers since: the days are the record's, the years told history.
    typed = client(days_typed=True)
    assert known_at_intake(typed) == [[], []]
    # A count's day may be the judgment's, as the worksheet's count line gives it.
    typed.cases[0].convictions[0] = replace(typed.cases[0].convictions[0], conviction_date=None)
    typed.cases[0].sentence.judgment_date = date(2016, 4, 1)
    assert known_at_intake(typed) == [[], []]
