"""A client's cases are said in the record's order after a save that kept some of them (R321).

Since a save writes only the cases that changed (P316-01), a case edited gets a row id after the
others'.  What read a client's cases in row-id order then said them in the order they were last
edited: "probation ended" named the second of two grants ending the same day, and the list's
"convictions of case ... not entered" swapped.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def _case(key: str, number: str, probation_end: date | None = None, *, counts: bool = True) -> Case:
    day = date(2023, 1, 10)
    if not counts:  # convicted, its counts not typed yet
        return Case(key, case_number=number)
    return Case(key, case_number=number, disposition_date=day, convictions=[Conviction(f"{key}-1", "484", conviction_date=day)],
                sentence=Sentence("probation", day, True, None, Probation("formal", day, probation_end)))


def _said(repo, client_id: int):
    ended = repo.probation_ended(date(2026, 11, 1), date(2026, 11, 30))
    running = repo.probation_running_on(ended, date(2026, 12, 7))
    (row,) = repo.client_rows([client_id])
    return ended[client_id][1], running[client_id].no_end, row.outstanding


def test_r321_01_a_save_keeping_some_cases_leaves_the_lines_in_the_records_order(repo):
    client = Client(name="Rosa Quintero", person=Person(dob=date(1990, 1, 1)), cases=[
        _case("c1", "BA111111", date(2026, 11, 15)), _case("c2", "BA222222", date(2026, 11, 15)),
        _case("c3", "BA333333"), _case("c4", "BA444444"),
        _case("c5", "LA555555", counts=False), _case("c6", "LA666666", counts=False)])
    client_id = repo.add_client(client)
    as_added = _said(repo, client_id)
    assert as_added == ("BA111111", ("BA333333", "BA444444"),
                        ["convictions of case LA555555 not entered", "convictions of case LA666666 not entered"])

    stored = repo.get_client(client_id)
    edited = copy.deepcopy(stored)
    for case in edited.cases[0], edited.cases[2], edited.cases[4]:  # the first of each pair, written again
        case.county = "Orange"
    repo.save_client(edited, expected=stored)

    assert _said(repo, client_id) == as_added
