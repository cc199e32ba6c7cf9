"""F122-01: a clinic evening of arrest sealing (PC 851.91: arrests that ended in no conviction)
read "convictions screened: 0" in its report, as if nothing were done.  The report now says
each kind of record screened by its name: convictions, arrests with no conviction, and cases
still open, in the text and in `--json`."""

from __future__ import annotations

import json

from clinic_app.model import Case
from db.repository import Repository
from tests.automatic_relief import AS_OF, arrest_relief_only, to_file
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        sealing = arrest_relief_only()
        waiting = arrest_relief_only("Paula Pendiente")
        waiting.cases.append(Case(id="c9", outcome="pending", case_number="PA900009"))
        sealing.event = waiting.event = "Pomona sealing night"
        repo.add_clients([sealing, waiting, to_file()])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    with Repository.open(db) as repo:
        later = arrest_relief_only("Nora Not Screened")  # her arrest is not screened yet: not counted
        later.event = "Pomona sealing night"
        repo.add_client(later)
    return db


def test_f122_01_an_evening_of_arrests_says_the_arrests_screened(tmp_path):
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", db, "--event", "Pomona sealing night").stdout
    assert "convictions screened: 0" not in text
    assert "Screened: 0 convictions, 2 arrests with no conviction, 1 open case\n" in text
    counts = json.loads(clinic_app("report", "--db", db, "--event", "Pomona sealing night", "--json").stdout)
    assert (counts["convictions"], counts["arrests"], counts["open_cases"]) == (0, 2, 1)


def test_f122_01_the_whole_caseload_says_its_convictions_beside_its_arrests(tmp_path):
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", db).stdout
    assert "Screened: 1 conviction, 2 arrests with no conviction, 1 open case\n" in text
