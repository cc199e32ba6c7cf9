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


def test_r167_01_on_probation_in_one_case_the_line_still_says_immigration_counsel_first(tmp_path):
    # Armando's 2020 theft still on probation, and a 2024 arrest with no charge filed: sealing
    # the arrest is to file now, but that probation (custody) takes the motion to vacate out of
    # the remedies open ("blocked" for it, for an attorney for the others), and the line read
    # "File now" under a text report, worksheet and Eligibility tab saying "First: ...".
    from db.repository import Repository
    from clinic_app.eligibility.immigration import immigration_first
    from clinic_app.model import ArrestOffense, Case
    from ui.services import screen_and_store

    client = armando()
    client.cases[2].sentence.probation.end = date(2027, 9, 1)
    client.cases.append(Case(id="c4", case_number="24CJCM00417", outcome="no_charges", arrest_date=date(2024, 2, 3),
                             arrest_level="misdemeanor", arrest_offenses=[ArrestOffense("647(f)", "PC", "misdemeanor")]))
    repo = Repository.open(tmp_path / "caseload.sqlite")
    client.id = repo.add_client(client)
    screened = screen_and_store(repo, client, TODAY)
    assert "pc1473_7" not in remedies_open(screened.screening).split()
    assert immigration_first(client.person, screened.screening.results)  # the tab's "First: ..."
    saved = client_row(client, screened.summary, remedies=remedies_open(screened.screening) or "")
    (listed,) = repo.client_rows([client.id])  # the caseload's list, read from the file
    for row in (saved, listed):
        assert row.best == "eligible_now"
        said, _day = next_action_said(row, TODAY)
        assert (said.full, said.short) == ("Immigration counsel first, then file now", "Immigration first")
    # Told since that he is a citizen: "File now", on both lines.
    client.person.us_citizen = True
    repo.save_client(client)
    screened = screen_and_store(repo, client, TODAY)
    (listed,) = repo.client_rows([client.id])
    assert next_action_said(listed, TODAY)[0].full == next_action_said(client_row(client, screened.summary), TODAY)[0].full == "File now"
