"""F122-04: a funder asks how many clients still wait for relief, and why; the report said
"Eligible on a later date 35" and "Blocked for now 2", and not what for.  It now says, of those
clients, how many wait for each thing their caseload line lists as outstanding (probation to
end, fines to pay, an open case, ...), and how many for a waiting period only."""

from __future__ import annotations

import json
import re
from datetime import date

from clinic_app.model import Case, Condition, Money, Probation
from db.repository import Repository
from tests.automatic_relief import AS_OF, arrest_relief_later, clean_slate_later, to_file
from tests.cli.test_cli import clinic_app


def _on_probation(name: str):
    """A petty theft on probation to 2027-06-30, a class half done and $300 of fines unpaid."""
    client = to_file(name)
    case = client.cases[0]
    case.disposition_date = case.sentence.judgment_date = case.convictions[0].conviction_date = date(2025, 6, 30)
    case.sentence.completed = False
    case.sentence.probation = Probation(kind="summary", start=date(2025, 6, 30), end=date(2027, 6, 30), status="active")
    case.conditions = [Condition(kind="class", label="Theft class (8)", required=8, done=4)]
    case.money = Money(fines_ordered=500, fines_paid=200)
    return client


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        held_up = _on_probation("Olga Open Case")
        held_up.cases.append(Case(id="p", outcome="pending", case_number="PA777001"))
        repo.add_clients([_on_probation("Pablo Probation"), held_up, clean_slate_later(), arrest_relief_later(), to_file()])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    return db


def _count(text: str, words: str) -> int:
    return int(re.search(rf"^    {re.escape(words)} +(\d+)$", text, re.M).group(1))


def test_f122_04_the_report_says_what_those_still_waiting_wait_for(tmp_path):
    text = clinic_app("report", "--db", _caseload(tmp_path)).stdout
    assert "Still waiting (eligible on a later date, or blocked for now): 4 clients\n" in text
    assert _count(text, "probation to end") == 2
    assert _count(text, "fines to pay") == 2
    assert _count(text, "classes or other conditions") == 2
    assert _count(text, "an open case") == 1
    assert _count(text, "custody or supervision") == 1
    assert _count(text, "a waiting period only") == 1  # nothing left to do but wait


def test_f122_04_json_says_them_too(tmp_path):
    counts = json.loads(clinic_app("report", "--db", _caseload(tmp_path), "--json").stdout)
    assert counts["waiting_for"]["probation to end"] == 2
    assert counts["waiting_for"]["an open case"] == 1
    assert counts["waiting_period_only"] == 1


def test_f122_04_none_waiting_nothing_said(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(to_file())
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    assert "Still waiting" not in clinic_app("report", "--db", db).stdout


def test_f122_04_each_label_the_caseload_line_makes_is_told_its_kind():
    from clinic_app.checklist import CONDITIONS_WAITED_FOR, waiting_for

    assert waiting_for("probation end date (2 cases)") == "probation to end"
    assert waiting_for("confirm probation ended 2026-01-31") == "probation to end"
    assert waiting_for("prcs to 2029-05-13") == waiting_for("parole end date") == "custody or supervision"
    assert waiting_for("pending charge") == "an open case"
    assert waiting_for("fines: payments not recorded") == "fines to pay"
    assert waiting_for("probation revoked 2024-05-11: sentence after it") == "a revoked probation"
    assert waiting_for("stay away from the store") == CONDITIONS_WAITED_FOR


def test_m60_01_the_list_of_what_they_wait_for_is_headed_as_a_heading(tmp_path):
    """M60-01: the list was headed "  for (a client waiting for more than one thing is counted
    under each):", a line a funder reads as the end of a sentence cut off above it."""
    lines = clinic_app("report", "--db", _caseload(tmp_path)).stdout.splitlines()
    heading = lines[lines.index("Still waiting (eligible on a later date, or blocked for now): 4 clients") + 1]
    assert heading == "  What they wait for (a client may be counted under more than one):"
