"""A56-01: a client with two petitions to file now, one filed and granted, read only "File now"
(the list, `clinic-app list`, the header): the grant, whose relief a person must record on the
count, was hidden until every petition was filed, though a held hearing or a denial is said
beside the filing (Y55-01).  It is now said the same way, "File now; granted <day>: record the
relief on the count", "File; enter relief" where the list is narrow."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from clinic_app.cli import court_said
from clinic_app.court import court_from_json, court_json
from clinic_app.eligibility import screen
from clinic_app.line_action import next_action, next_action_said, shorter_samples
from clinic_app.model import Petition
from clinic_app.summary import summarize
from tests.automatic_relief import AS_OF
from tests.test_court_not_all_filed_y55 import two_cases
from ui.client_view import _court_said
from ui.services import client_row

FILED, HELD = AS_OF - timedelta(days=40), AS_OF - timedelta(days=6)
GRANTED_ON, DENIED_ON = AS_OF - timedelta(days=2), AS_OF - timedelta(days=3)
NBSP = "\u00a0"


def _client(*petitions: Petition):
    client = two_cases("Gina Granted", *petitions)
    client.id = 1
    return client


def _row(*petitions: Petition, on_b: tuple[Petition, ...] = ()):
    """The client's line; with `on_b`, a third case (c) still to file, `on_b` on the second."""
    client = _client(*petitions)
    if on_b:
        third = copy.deepcopy(client.cases[1])
        third.id, third.case_number = "c", "LA100400"
        third.convictions[0].id = "c1"
        client.cases.append(third)
        client.cases[1].petitions.extend(on_b)
    return client_row(client, summarize(client, screen(client.person, client.cases, AS_OF), AS_OF))


DENIED_B = Petition("pc1203_4", FILED, ["b1"], ruling="denied", ruling_on=DENIED_ON)


def granted(**more) -> Petition:
    return Petition("pc1203_4", FILED, ["a1"], ruling="granted", ruling_on=GRANTED_ON, **more)


def test_a56_a_grant_is_said_beside_the_filing_still_to_make():
    row = _row(granted())
    said = next_action(row, AS_OF)
    assert said == (f"File now; granted {GRANTED_ON.isoformat()}: record the relief on the count", date.min)
    assert next_action_said(row, AS_OF)[0].short == "File; enter relief"
    # A grant with no day typed is still said.
    row = _row(Petition("pc1203_4", FILED, ["a1"], ruling="granted"))
    assert next_action(row, AS_OF)[0] == "File now; granted: record the relief on the count"
    assert next_action_said(row, AS_OF)[0].short == "File; enter relief"


def test_a56_a_grant_beside_a_denial_and_a_hearing_held():
    # 1203.4 granted on the first case, denied on the second, a hearing held on another
    # petition (early termination); the third case still to file.
    row = _row(granted(), Petition("pc1203_3", FILED, ["a1"], hearing_on=HELD), on_b=(DENIED_B,))
    said = next_action(row, AS_OF)[0]
    assert said == (f"File now; denied {DENIED_ON.isoformat()}: attorney to review; "
                    f"granted {GRANTED_ON.isoformat()}: record the relief on the count; "
                    f"hearing {HELD.isoformat()} held: record the ruling")
    assert next_action_said(row, AS_OF)[0].short == "File; court: 3 to do"


def test_a56_granted_with_a_hearing_held_beside_the_filing():
    row = _row(granted(), Petition("pc1203_3", FILED, ["a1"], hearing_on=HELD))
    said = next_action(row, AS_OF)[0]
    assert said == (f"File now; granted {GRANTED_ON.isoformat()}: record the relief on the count; "
                    f"hearing {HELD.isoformat()} held: record the ruling")
    assert next_action_said(row, AS_OF)[0].short == "File; relief; ruling"
    row = _row(granted(), on_b=(DENIED_B,))
    said = next_action(row, AS_OF)[0]
    assert said == (f"File now; denied {DENIED_ON.isoformat()}: attorney to review; "
                    f"granted {GRANTED_ON.isoformat()}: record the relief on the count")
    assert next_action_said(row, AS_OF)[0].short == "File; attorney; relief"
    # The list keeps the Next action wide enough for each of the longer ones.
    assert {"File; attorney; relief", "File; relief; ruling", "File; court: 3 to do"} <= set(shorter_samples(AS_OF))


def test_a56_clinic_app_list_the_header_and_the_stored_line():
    row = _row(granted())
    assert court_said(row.court, AS_OF) == f"not all filed; granted {GRANTED_ON.isoformat()}: record the relief on the count"
    client = _client(granted())
    summary = summarize(client, screen(client.person, client.cases, AS_OF), AS_OF)
    assert _court_said(summary, AS_OF) == f"; not all filed; granted{NBSP}{GRANTED_ON.isoformat()}: record the relief on the count"
    line = row.court
    assert line.granted and court_from_json(court_json(line)) == line
    # A line stored before keeps reading as no grant.
    old = '{"state":null,"filed_on":null,"ruling_on":null,"hearings":[]}'
    assert not court_from_json(old).granted
