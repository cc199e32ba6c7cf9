"""R74-02: intake's year-alone line names a case by its number, and "unknown" (or "pending",
"N/A") typed where a walk-in did not know the number is no number (R46-06).  Two cases of one
client both "unknown" (typed on the Record tab: intake refuses a second one), each with a year
alone, were named alike ("Case unknown: probation end 2019, ..." and "Case unknown: probation
end 2012, ..."), and the filing worksheet printed both years under both cases; removing one left
its year under the other.  Such a case is now named by its place, as a case with no number is;
a line written before that, naming a case "unknown", is still read."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.worksheet.compose import compose
from clinic_app.years_alone import year_alone_line, years_alone_kept

SAID = "probation end {}, the year alone (the day was not known at intake)"


def _case(key: str, section: str, number: str | None) -> Case:
    convicted = date(2016, 4, 1)
    return Case(id=key, case_number=number, county="Orange", disposition_date=convicted,
                convictions=[Conviction(id=f"{key}-1", code="PC", section=section, level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted,
                                  probation=Probation(kind="summary", start=convicted, end=None)))


def _walk_in(first: str | None, second: str | None) -> Client:
    """A client whose two cases have these numbers, each end of probation a year alone, noted as intake notes it."""
    client = Client(id=1, name="Rosa Nadie", person=Person(dob=date(1980, 1, 2), us_citizen=True), cases=[])
    lines = []
    for place, (section, number, year) in enumerate((("484(a)", first, 2019), ("647(f)", second, 2012)), start=1):
        client.cases.append(_case(f"c{place}", section, number))
        lines.append(year_alone_line(client.cases[-1], place, "probation end", year))
    client.notes = "\n".join(lines)
    return client


def _known_at_intake(client: Client) -> dict[str, list[str]]:
    sheet = compose(client, screen(client.person, client.cases, date(2026, 12, 4)))
    return {case.convictions[0].section: [f.value for f in said.facts if f.label == "Known at intake"]
            for case, said in zip(client.cases, sheet.cases)}


def test_r74_02_two_cases_unknown_each_keep_their_own_year():
    client = _walk_in("unknown", "Unknown")
    assert client.notes.splitlines()[1].startswith("Case 2 (no case number): probation end 2012")
    assert _known_at_intake(client) == {"484(a)": [SAID.format(2019)], "647(f)": [SAID.format(2012)]}
    # The first removed: its year goes with it, the other's stays with the other.
    after = copy.deepcopy(client)
    del after.cases[0]
    after = years_alone_kept(client, after)
    assert after.notes == "Case 1 (no case number): " + SAID.format(2012) + "."
    assert _known_at_intake(after) == {"647(f)": [SAID.format(2012)]}


def test_r74_02_a_line_written_before_naming_unknown_is_still_read():
    client = _walk_in("unknown", "BA123")
    client.notes = "\n".join(["Case unknown: " + SAID.format(2019) + ".", "Case BA123: " + SAID.format(2012) + "."])
    assert _known_at_intake(client) == {"484(a)": [SAID.format(2019)], "647(f)": [SAID.format(2012)]}
    # A save that leaves the case as it was leaves the line as written; its number typed, it follows.
    same = copy.deepcopy(client)
    same.phone = "555-0100"
    assert years_alone_kept(client, same) is same
    numbered = copy.deepcopy(client)
    numbered.cases[0].case_number = "30CR04321"
    numbered = years_alone_kept(client, numbered)
    assert numbered.notes.splitlines()[0] == "Case 30CR04321: " + SAID.format(2019) + "."
    assert _known_at_intake(numbered) == {"484(a)": [SAID.format(2019)], "647(f)": [SAID.format(2012)]}
