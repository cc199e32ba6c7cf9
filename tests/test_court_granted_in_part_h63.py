"""H63-02: a petition granted in part is two (H63-01), one ruled granted for one count and one
ruled denied for the other.  The line read "Denied <day>: attorney to review" alone: the relief
granted, a person's to record on the count, was never said, as A56-01 found it hidden beside a
filing.  It now reads "Denied <day>: attorney to review; granted <day>: record the relief on the
count" until the relief is recorded, then the denial alone."""

from __future__ import annotations

from datetime import date

from clinic_app.court import court_from_json, court_json
from clinic_app.eligibility import screen
from clinic_app.line_action import next_action, next_action_said, shorter_samples
from clinic_app.model import Petition, ReliefGranted
from clinic_app.summary import summarize
from tests.gui.test_petition_counts_y55 import two_counts
from ui.services import client_row

TODAY, FILED, RULED = date(2026, 12, 3), date(2026, 9, 1), date(2026, 11, 20)


def _row(relief_recorded: bool):
    client = two_counts("Parcial Otorgada")
    client.id = 1
    client.cases[0].petitions = [Petition("pc1203_4", FILED, ["c1-1"], ruling="granted", ruling_on=RULED),
                                 Petition("pc1203_4", FILED, ["c1-2"], ruling="denied", ruling_on=RULED)]
    if relief_recorded:
        client.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_4", RULED)]
    return client_row(client, summarize(client, screen(client.person, client.cases, TODAY), TODAY))


def test_h63_02_granted_in_part_says_the_relief_to_record_beside_the_denial():
    row = _row(relief_recorded=False)
    assert next_action(row, TODAY) == (
        "Denied 2026-11-20: attorney to review; granted 2026-11-20: record the relief on the count", date.min)
    assert next_action_said(row, TODAY)[0].short == "Denied; enter relief"
    assert "Denied; enter relief" in shorter_samples(TODAY)  # the list keeps room for it
    assert court_from_json(court_json(row.court)) == row.court  # stored on the client row so


def test_h63_02_the_relief_recorded_leaves_the_denial_alone():
    assert next_action(_row(relief_recorded=True), TODAY) == ("Denied 2026-11-20: attorney to review", date.min)
