"""J119-03: a client whose record is arrests, four ended and sealable now, one still open.  The
Checklist (and the filing worksheet, which prints its lines) said "Pending case 26CJCF05555 must
be resolved first": first before what?  Nothing in the screening waits on it (an open case stops
relief of convictions, and there is none); only its own sealing does, once it ends.  On a record
with no conviction the line says so, in the engine's words for the case; beside a conviction it
reads as before.  The caseload line's short words are the same either way."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person

AS_OF = date(2026, 12, 5)


def _client(*, with_conviction: bool) -> Client:
    ended = Case(id="c1", outcome="dismissed", case_number="21CJCM01234", arrest_date=date(2021, 5, 14),
                 disposition_date=date(2021, 11, 2), arrest_offenses=[ArrestOffense("242", level="misdemeanor")])
    if with_conviction:
        ended = Case(id="c1", case_number="BA100001", convictions=[Conviction(id="c1-1", section="484", conviction_date=date(2015, 3, 2))])
    pending = Case(id="c2", outcome="pending", case_number="26CJCF05555", arrest_date=date(2026, 9, 1),
                   arrest_offenses=[ArrestOffense("594", level="felony")])
    return Client(name="Rosa Testarrest", person=Person(dob=date(1990, 4, 2)), cases=[ended, pending])


def _pending_line(client: Client) -> str:
    (item,) = [item for item in checklist(client, AS_OF) if item.kind == "pending_case"]
    return item.label


def test_j119_03_an_open_case_beside_arrests_only_is_not_said_to_come_first():
    assert _pending_line(_client(with_conviction=False)) == "Pending case 26CJCF05555 is still open: screen it again when it ends"


def test_j119_03_an_open_case_beside_a_conviction_still_comes_first():
    assert _pending_line(_client(with_conviction=True)) == "Pending case 26CJCF05555 must be resolved first"


def test_j119_03_the_caseload_lines_words_are_the_same_either_way():
    for with_conviction in (False, True):
        assert "pending case 26CJCF05555" in outstanding(_client(with_conviction=with_conviction), AS_OF)
