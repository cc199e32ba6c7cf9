"""K396-04 (R376): two cases of one client with the same court number ("BA100001": a case typed
twice, or a number two courts gave) read alike: the Eligibility tab's questions asked "Case
BA100001: On what date does (or did) probation end?" twice, and the filing worksheet headed
both "Case BA100001".  Each is now said by what its record holds too, as a case without a
number is: "Case BA100001 (PC 459, convicted 2015-05-01, Los Angeles County): ...", the tab's
questions the worksheet's words still.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import cases_called
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.worksheet.compose import compose, questions_to_ask

AS_OF = date(2026, 12, 7)


def _on_probation(key: str, day: date, section: str, number: str = "BA100001") -> Case:
    return Case(id=key, case_number=number, disposition_date=day,
                convictions=[Conviction(id=f"{key}-1", section=section, level="misdemeanor", conviction_date=day)],
                sentence=Sentence(type="probation", probation=Probation(kind="summary", start=day)))


def twice_numbered(name: str = "Rita Twice Test") -> Client:
    """Two cases numbered BA100001, each's probation end and status not recorded."""
    return Client(name=name, person=Person(dob=date(1985, 3, 14)),
                  cases=[_on_probation("c1", date(2015, 5, 1), "459"), _on_probation("c5", date(2019, 8, 2), "484(a)")])


def test_k396_04_two_cases_of_one_number_are_asked_about_apart():
    client = twice_numbered()
    screening = screen(client.person, client.cases, AS_OF)
    asked = [q.asked for q in questions_to_ask(client, screening)]
    assert len(asked) == len(set(asked)) == 4
    first = "Case BA100001 (PC 459, convicted 2015-05-01, Los Angeles County): "
    second = "Case BA100001 (PC 484(a), convicted 2019-08-02, Los Angeles County): "
    assert [a.startswith(first) for a in asked] == [True, True, False, False]
    assert [a.startswith(second) for a in asked] == [False, False, True, True]
    # The worksheet heads each case as its questions name it, so the tab says the sheet's words.
    sheets = compose(client, screening).cases
    assert [f"Case {sheet.label}: " for sheet in sheets] == [first, second]
    assert [f"Case {s.label}: {a}" for s in sheets for a in s.to_find_out] == asked
    # The text report names them by their keys beside such headings, as before.
    assert cases_called(client.cases) == {}


def test_k396_04_a_number_of_its_own_reads_as_before():
    client = twice_numbered()
    client.cases[1].case_number = "BA100002"
    screening = screen(client.person, client.cases, AS_OF)
    assert [sheet.label for sheet in compose(client, screening).cases] == ["BA100001", "BA100002"]
    assert {q.asked.split(":")[0] for q in questions_to_ask(client, screening)} == {"Case BA100001", "Case BA100002"}
