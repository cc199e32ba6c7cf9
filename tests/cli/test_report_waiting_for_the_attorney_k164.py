"""K164-02: `clinic-app report` read "(with any result to review) 1" and, on the line under it,
"(still waiting for review) 2": the second counts too a client with only a court's denial to
review (the window's "Attorney review" count), and a reader took it for a part of the first.
The second line now says what it counts, "(waiting for the attorney: results or denials)",
and the note under the first says the window's count also counts denials; the CSV's row alike,
the JSON's keys as they were."""

from __future__ import annotations

import json
import re
from datetime import date

from db.repository import Repository
from db.rescreen import rescreen_caseload
from clinic_app.model import Petition
from tests.automatic_relief import AS_OF, clean_slate_only, to_file
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _number, _rows

ANY = "(with any result to review)"
WAITING = "(waiting for the attorney: results or denials)"
ROW = ("Attorney review (clients)",
       "Waiting for the attorney: results or denials (the caseload window's Attorney review count)")


def _count(text: str, words: str) -> int:
    # A title longer than the column is cut between words, its number on its last line (S165-03).
    title = r"\s+".join(map(re.escape, words.split()))
    return int(re.search(rf"^  {title} +(\d+)$", text, re.M).group(1))


def test_k164_02_a_denial_to_review_is_said_beside_the_results(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    denied = to_file("Delia Denegada")
    denied.cases[0].petitions.append(Petition("pc1203_4", date(2026, 6, 1), ruling="denied", ruling_on=date(2026, 9, 1)))
    with Repository.open(db, user="paralegal") as repo:
        repo.add_client(clean_slate_only("Rita Pendiente"))
        repo.add_client(denied)
        rescreen_caseload(repo, AS_OF, workers=1)
    args = ("report", "--db", db, "--as-of", AS_OF.isoformat())
    text = clinic_app(*args).stdout
    assert _count(text, ANY) == 1 and _count(text, WAITING) == 2  # the second is no part of the first
    assert "also counts court denials to review" in " ".join(text.split())
    assert "(still waiting for review)" not in text
    assert _number(_rows(clinic_app(*args, "--csv").stdout), *ROW) == 2
    said = json.loads(clinic_app(*args, "--json").stdout)
    assert "needs_review" in said and not any("waiting_for_the_attorney" in key for key in said)
