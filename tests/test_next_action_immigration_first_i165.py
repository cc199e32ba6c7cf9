"""I165-02: Armando (synthetic), not a US citizen, eligible now to dismiss three convictions, read
"File now" on his caseload line, the words a paralegal going down thousands of lines acts on;
the Eligibility tab, the worksheet and the text report each say first that immigration counsel
comes before anything is filed (ca-rules.md 4.8; 5: "Get an immigration-law consult before
anything else").  His line now says so, and a citizen's reads as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.line_action import next_action_in_full, next_action_said
from clinic_app.summary import summarize
from db.records import remedies_open
from tests.immigrant_client import armando
from ui.services import client_row

TODAY = date(2026, 12, 6)


def _line(us_citizen: bool | None):
    client = armando(us_citizen=us_citizen)
    client.id = 1
    screening = screen(client.person, client.cases, TODAY)
    return client_row(client, summarize(client, screening, TODAY), remedies=remedies_open(screening) or "")


def test_i165_02_a_client_not_a_citizen_reads_immigration_counsel_first():
    row = _line(False)
    said, day = next_action_said(row, TODAY)
    assert (said.full, said.short, day) == ("Immigration counsel first, then file now", "Immigration first", date.min)
    assert next_action_in_full(row, TODAY) == "Immigration counsel first, then file now"


@pytest.mark.parametrize("us_citizen", [True, None])
def test_i165_02_a_citizen_or_one_not_asked_reads_file_now_as_before(us_citizen):
    # Not known: the motion to vacate waits on the question (needs review), so the attorney's
    # queue has the client, and the line says "File now" as it did.
    said, _day = next_action_said(_line(us_citizen), TODAY)
    assert said.full == "File now"
