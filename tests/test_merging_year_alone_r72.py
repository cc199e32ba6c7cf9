"""R72-03: intake keeps a date the client knew only by its year as a line in the notes, naming a
case without a number by its place ("Case 1 (no case number): probation end 2012, the year alone
(the day was not known at intake)."; E70-03), and the filing worksheet prints that line under the
case it names (V71-03).  Merging two records of one person, each made at intake with a case
without a number, joined the other record's notes below this one's while its case went after
this one's: its "Case 1" line then named this record's case 1, whose worksheet said both years
(2019, its own, and 2012, the other case's), and the other case's worksheet said none.  The
other record's lines are now renamed to the place its case has in the record merged."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.merging import merge_into
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.worksheet.compose import compose

LINE = "Case {case}: probation end {year}, the year alone (the day was not known at intake)."
PERSON = Person(dob=date(1980, 1, 2), us_citizen=True)


def _case(key: str, section: str, convicted: date, number: str | None = None) -> Case:
    return Case(id=key, case_number=number, county="Orange", disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", code="PC", section=section, level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted,
                                  probation=Probation(kind="summary", start=convicted, end=None)))


def _known_at_intake(client: Client) -> dict[str, list[str]]:
    sheet = compose(client, screen(client.person, client.cases, date(2026, 12, 4)))
    return {case.convictions[0].section: [f.value for f in said.facts if f.label == "Known at intake"]
            for case, said in zip(client.cases, sheet.cases)}


def test_r72_03_the_other_records_year_stays_with_its_case():
    here = Client(id=1, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1))],
                  notes=LINE.format(case="1 (no case number)", year=2019))
    there = Client(id=2, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "647(f)", date(2010, 6, 1))],
                   notes=LINE.format(case="1 (no case number)", year=2012))
    merged = merge_into(here, there).client
    assert [c.convictions[0].section for c in merged.cases] == ["484(a)", "647(f)"]
    assert merged.notes == (LINE.format(case="1 (no case number)", year=2019) + "\n\n"
                            + LINE.format(case="2 (no case number)", year=2012))
    assert _known_at_intake(merged) == {
        "484(a)": ["probation end 2019, the year alone (the day was not known at intake)"],
        "647(f)": ["probation end 2012, the year alone (the day was not known at intake)"],
    }


def test_r72_03_a_case_both_records_have_takes_the_line_by_this_records_name():
    # The other record's case without a number is this record's RIF123 (same facts): its line
    # names RIF123 in the record merged; the rest of the notes is joined as it was.
    here = Client(id=1, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1), "RIF123")],
                  notes="Prefers text messages.")
    there = Client(id=2, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1))],
                   notes="Left msg.\n" + LINE.format(case="1 (no case number)", year=2019))
    merged = merge_into(here, there).client
    assert len(merged.cases) == 1
    assert merged.notes == "Prefers text messages.\n\nLeft msg.\n" + LINE.format(case="RIF123", year=2019)
    assert _known_at_intake(merged) == {"484(a)": ["probation end 2019, the year alone (the day was not known at intake)"]}


# R74-01: a merge named intake's year-alone lines of the other record by their place only.  A case
# here without a number that takes the other record's number (the same case, by its facts) left
# this record's "Case 1 (no case number): ..." naming no case, and a line of the other record
# naming its number as written there ("CR12-3-45") named no case here, where the same case is
# "CR 12-3-45": the filing worksheet printed the year under no case.  Each record's lines now name
# their case as the record merged does.

SAID = "probation end {}, the year alone (the day was not known at intake)"


def test_r74_01_this_records_line_follows_the_number_its_case_takes():
    here = Client(id=1, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1))],
                  notes="Prefers text messages.\n" + LINE.format(case="1 (no case number)", year=2019))
    there = Client(id=2, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1), "RIF123")])
    merged = merge_into(here, there).client
    assert [c.case_number for c in merged.cases] == ["RIF123"]
    assert merged.notes == "Prefers text messages.\n" + LINE.format(case="RIF123", year=2019)
    assert _known_at_intake(merged) == {"484(a)": [SAID.format(2019)]}


def test_r74_01_unknown_typed_here_and_a_note_there_joined():
    # "unknown" is no number (R46-06): the case takes theirs, and both notes are joined.
    here = Client(id=1, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1), "unknown")],
                  notes=LINE.format(case="unknown", year=2019))
    there = Client(id=2, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1), "RIF123")],
                   notes="Left msg.")
    merged = merge_into(here, there).client
    assert merged.notes == LINE.format(case="RIF123", year=2019) + "\n\nLeft msg."
    assert _known_at_intake(merged) == {"484(a)": [SAID.format(2019)]}


def test_r74_01_the_other_records_number_written_otherwise_takes_this_records():
    here = Client(id=1, name="Ana Ruiz", person=PERSON, cases=[_case("c1", "484(a)", date(2016, 4, 1), "CR 12-3-45"),
                                                               _case("c2", "647(f)", date(2010, 6, 1))],
                  notes="Left msg.")
    there = Client(id=2, name="Ana Ruiz", person=PERSON, cases=[_case("c9", "484(a)", date(2016, 4, 1), "CR12-3-45")],
                   notes=LINE.format(case="CR12-3-45", year=2019))
    merged = merge_into(here, there).client
    assert [c.case_number for c in merged.cases] == ["CR 12-3-45", None]
    assert merged.notes == "Left msg.\n\n" + LINE.format(case="CR 12-3-45", year=2019)
    assert _known_at_intake(merged) == {"484(a)": [SAID.format(2019)], "647(f)": []}
