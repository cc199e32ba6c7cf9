"""Y55-01: a client with two petitions to file now, one filed whose hearing has passed with no
ruling entered (or which was denied), read only "File now": the held hearing, the denial, were
hidden until every petition was filed.  The line now says both, "File now; hearing <day> held:
record the ruling" (or "; denied <day>: attorney to review"), sorted with today's work, in
fewer words where the list is narrow; `clinic-app list` and the client's header say the same.
Every day is counted from AS_OF, never written out."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from clinic_app.cli import court_said
from clinic_app.court import court_besides_filing, court_from_json, court_json
from clinic_app.eligibility import screen
from clinic_app.line_action import next_action, next_action_said
from clinic_app.model import Petition
from clinic_app.summary import summarize
from tests.automatic_relief import AS_OF, to_file
from ui.models.caseload_model import COL_NEXT, _sort_key
from ui.services import client_row

FILED, HELD, COMING = AS_OF - timedelta(days=40), AS_OF - timedelta(days=6), AS_OF + timedelta(days=20)
DENIED_ON = AS_OF - timedelta(days=3)


def two_cases(name: str = "Dora Dos", *petitions: Petition):
    """Two 2015 petty thefts, each eligible now for PC 1203.4: two petitions to file; the
    `petitions` go on the first case (a), the second (b) has none."""
    client = to_file(name)
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "b", "LA100300"
    second.convictions[0].id = "b1"
    client.cases.append(second)
    client.cases[0].petitions.extend(petitions)
    return client


def _row(*petitions: Petition):
    client = two_cases("Dora Dos", *petitions)
    client.id = 1
    return client_row(client, summarize(client, screen(client.person, client.cases, AS_OF), AS_OF))


def test_y55_a_hearing_held_is_said_beside_the_filing_still_to_make():
    row = _row(Petition("pc1203_4", FILED, ["a1"], hearing_on=HELD))
    assert next_action(row, AS_OF) == (f"File now; hearing {HELD.isoformat()} held: record the ruling", date.min)
    # The day before the hearing, and on it, nothing is held yet: "File now", as before.
    assert next_action(row, HELD)[0] == "File now"
    assert next_action_said(row, AS_OF)[0].short == "File; record ruling"


def test_y55_a_denial_is_said_beside_the_filing_still_to_make():
    row = _row(Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=DENIED_ON))
    assert next_action(row, AS_OF) == (f"File now; denied {DENIED_ON.isoformat()}: attorney to review", date.min)
    assert next_action_said(row, AS_OF)[0].short == "File; to attorney"
    # Filed again after the denial: the one filed again stands, nothing denied is left to say.
    row = _row(Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=DENIED_ON),
               Petition("pc1203_4", AS_OF - timedelta(days=1), ["a1"]))
    assert next_action(row, AS_OF)[0] == "File now"


def test_y55_both_a_denial_and_a_hearing_held_are_said():
    # Both on the first case: 1203.4 denied, and a hearing held on another petition for it.
    row = _row(Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=DENIED_ON),
               Petition("pc17b", FILED, ["a1"], hearing_on=HELD))
    said = next_action(row, AS_OF)[0]
    assert said == (f"File now; denied {DENIED_ON.isoformat()}: attorney to review; "
                    f"hearing {HELD.isoformat()} held: record the ruling")
    assert next_action_said(row, AS_OF)[0].short == "File; attorney; ruling"


def test_y55_sorted_with_todays_work_before_a_hearing_to_come():
    held = _row(Petition("pc1203_4", FILED, ["a1"], hearing_on=HELD))
    filed = to_file("Cora Coming")  # all filed, its hearing to come: a later day's work
    filed.id = 2
    filed.cases[0].petitions.append(Petition("pc1203_4", FILED, hearing_on=COMING))
    coming = client_row(filed, summarize(filed, screen(filed.person, filed.cases, AS_OF), AS_OF))
    assert next_action(coming, AS_OF) == (f"Filed {FILED.isoformat()}; hearing {COMING.isoformat()}", COMING)
    key = _sort_key(COL_NEXT, AS_OF)
    assert key(held) < key(coming)


def test_y55_clinic_app_list_words_and_the_stored_line():
    row = _row(Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=DENIED_ON))
    assert court_said(row.court, AS_OF) == f"not all filed; denied {DENIED_ON.isoformat()}: attorney to review"
    row = _row(Petition("pc1203_4", FILED, ["a1"], hearing_on=HELD), Petition("pc17b", FILED, ["a1"], hearing_on=COMING))
    assert court_said(row.court, AS_OF) == (f"not all filed; hearing {HELD.isoformat()} held: record the ruling; "
                                            f"another hearing {COMING.isoformat()}")  # one day: R55-06
    # The denial is kept on the stored line (m010's text), and a line stored before reads as none.
    denied = _row(Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=DENIED_ON)).court
    assert court_from_json(court_json(denied)) == denied and denied.denied
    old = '{"state":null,"filed_on":null,"ruling_on":null,"hearings":[]}'
    assert court_besides_filing(court_from_json(old), AS_OF) is None
