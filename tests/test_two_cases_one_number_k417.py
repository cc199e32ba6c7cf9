"""K417: a client's two cases of one court number (a case typed twice, a number two courts gave)
read alike on the Checklist's "Pending case" line and the caseload's columns; each is told apart
by what its record holds, through case_titles as the Checklist's boxes, History and the review
queue tell them (K408, K413), and a case whose number is its own reads as before."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person

AS_OF = date(2026, 12, 7)


def _two_pending() -> Client:
    """Rita's 24CR042 arrested 2025-03-01 and a second 24CR042 arrested 2025-06-02, both still
    open, and 24CR777, a number of its own, open too, beside a conviction (24CR100)."""
    return Client(name="Rita Testsinsentencia", person=Person(dob=date(1980, 4, 12)),
                  cases=[Case(id="c1", case_number="24CR042", outcome="pending", arrest_date=date(2025, 3, 1),
                              arrest_offenses=[ArrestOffense("459")]),
                         Case(id="c2", case_number="24CR042", outcome="pending", arrest_date=date(2025, 6, 2),
                              arrest_offenses=[ArrestOffense("459")]),
                         Case(id="c3", case_number="24CR777", outcome="pending", arrest_date=date(2025, 7, 3)),
                         Case(id="c4", case_number="24CR100", disposition_date=date(2020, 1, 6),
                              convictions=[Conviction(id="c4-1", section="484", level="misdemeanor",
                                                      conviction_date=date(2020, 1, 6))])])


def test_k417_01_the_pending_line_and_the_outstanding_column_tell_two_cases_of_one_number_apart():
    labels = [item.label for item in checklist(_two_pending(), AS_OF) if item.kind == "pending_case"]
    assert labels == ["Pending case 24CR042 (PC 459, arrested 2025-03-01, Los Angeles County) must be resolved first",
                      "Pending case 24CR042 (PC 459, arrested 2025-06-02, Los Angeles County) must be resolved first",
                      "Pending case 24CR777 must be resolved first"]
    # The caseload's Outstanding column (and so its Next action, "Wait for the pending case").
    assert outstanding(_two_pending(), AS_OF) == [
        "pending case 24CR042 (arrested 2025-03-01, PC 459, Los Angeles County)",
        "pending case 24CR042 (arrested 2025-06-02, PC 459, Los Angeles County)", "pending case 24CR777"]


def _one_of_two_not_entered() -> Client:
    """Rita's 24CR042 convicted 2024-03-01 with its count, a second 24CR042 marked convicted
    2020-01-06 whose count is not typed yet, and 24CR777, a number of its own, not typed either."""
    return Client(name="Rita Testsinsentencia", person=Person(dob=date(1980, 4, 12)),
                  cases=[Case(id="c1", case_number="24CR042", disposition_date=date(2024, 3, 1),
                              convictions=[Conviction(id="c1-1", section="459", level="misdemeanor",
                                                      conviction_date=date(2024, 3, 1))]),
                         Case(id="c2", case_number="24cr-042", disposition_date=date(2020, 1, 6),
                              arrest_offenses=[ArrestOffense("459")]),
                         Case(id="c3", case_number="24CR777", disposition_date=date(2021, 5, 1))])


def test_k417_03_a_case_whose_convictions_are_not_entered_is_told_from_another_of_its_number(tmp_path):
    from clinic_app.summary import still_to_enter
    from db.repository import Repository
    from db.rescreen import rescreen_caseload

    said = ["convictions of case 24cr-042 (convicted 2020-01-06, PC 459, Los Angeles County) not entered",
            "convictions of case 24CR777 not entered"]
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        repo.add_client(_one_of_two_not_entered())
        (line,) = repo.list_clients()  # not screened yet: the line's read names them (R86-04)
        assert line.outstanding == said and still_to_enter(line.case_count, line.outstanding)
        rescreen_caseload(repo, AS_OF, workers=1)
        (line,) = repo.list_clients()  # screened: the summary names them alike
        assert line.outstanding == said and still_to_enter(line.case_count, line.outstanding)
