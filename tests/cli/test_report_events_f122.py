"""F122-05: a funder asks how many people were served at which events; the whole caseload's
report said the people, not their events, and the director ran it once for each event to say
it.  The whole caseload's report now says the people of each clinic event, largest first, and
those with no event given; an event's own report does not."""

from __future__ import annotations

import json
import re

from db.repository import Repository
from tests.automatic_relief import arrest_relief_only, to_file
from tests.cli.test_cli import clinic_app

POMONA = "Arrest sealing night — Pomona, 2026-10-03"


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        clients = [arrest_relief_only(), arrest_relief_only("Berta Arresto"), to_file(), to_file("Walk In")]
        clients[0].event = clients[1].event = POMONA
        clients[2].event = "Compton dismissal day"
        repo.add_clients(clients)
    return db


def _count(text: str, title: str) -> int:
    return int(re.search(rf"^  {re.escape(title)} +(\d+)$", text, re.M).group(1))


def test_f122_05_the_whole_caseloads_report_says_the_people_of_each_event(tmp_path):
    text = clinic_app("report", "--db", _caseload(tmp_path)).stdout
    block = text[text.index("People by clinic event:\n"):text.index("Languages:")]
    assert (_count(block, POMONA), _count(block, "Compton dismissal day"), _count(block, "(no event given)")) == (2, 1, 1)
    assert block.index(POMONA) < block.index("Compton")  # largest first
    assert "Walk In" not in text and "Berta" not in text  # no client named
    counts = json.loads(clinic_app("report", "--db", _caseload(tmp_path / "again"), "--json").stdout)
    assert counts["events"] == {POMONA: 2, "Compton dismissal day": 1}


def test_f122_05_an_events_report_does_not_list_the_events(tmp_path):
    db = _caseload(tmp_path)
    assert "People by clinic event" not in clinic_app("report", "--db", db, "--event", POMONA).stdout
    assert json.loads(clinic_app("report", "--db", db, "--event", POMONA, "--json").stdout)["events"] is None
