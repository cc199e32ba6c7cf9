"""S161-03: the supervising attorney worked through the review queue and ran `clinic-app report`
to see that it was done: the report said "(with any result to review)", reviewed or not, and of
the caseload window's "Attorney review" count, of those still waiting, only its name.  Under
that line the report now counts "(still waiting for review)", as the window and `clinic-app list
--review` count them, 0 once every result is reviewed; the spreadsheet has it as a row.  The
JSON is as it was (docs/screening-format.md)."""

from __future__ import annotations

import json
import re

from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF, clean_slate_only, to_file
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _number, _rows
from tests.handouts.test_reviewed_result_said_a160 import _review

ANY = "(with any result to review)"
WAITING = "(waiting for the attorney: results or denials)"  # K164-02
ROW = ("Attorney review (clients)",
       "Waiting for the attorney: results or denials (the caseload window's Attorney review count)")


def _count(text: str, words: str) -> int:
    # A title longer than the column is cut between words, its number on its last line (S165-03).
    title = r"\s+".join(map(re.escape, words.split()))
    return int(re.search(rf"^  {title} +(\d+)$", text, re.M).group(1))


def _reports(db) -> tuple[str, list, dict]:
    args = ("report", "--db", db, "--as-of", AS_OF.isoformat())
    return (clinic_app(*args).stdout, _rows(clinic_app(*args, "--csv").stdout), json.loads(clinic_app(*args, "--json").stdout))


def test_s161_03_the_report_counts_the_clients_still_waiting_for_review(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        first = repo.add_client(clean_slate_only("Rosa Revisada"))
        repo.add_client(clean_slate_only("Rita Pendiente"))
        repo.add_client(to_file("Fernanda Lista"))  # nothing to review
        rescreen_caseload(repo, AS_OF, workers=1)
    text, rows, before = _reports(db)
    assert _count(text, ANY) == 2 and _count(text, WAITING) == 2
    assert _number(rows, *ROW) == 2
    waiting_line = text.splitlines().index(f"    {'results or denials)':<28} {2:>6}")  # its last line (S165-03)
    assert waiting_line > text.splitlines().index(f"  {ANY:<30} {2:>6}")
    listed = clinic_app("list", "--db", db, "--review").stdout.splitlines()
    assert len(listed) == 2  # as `list --review` counts them

    with Repository.open(db, user="attorney") as repo:
        _review(repo, first, lambda d: True)  # every result of Rosa's reviewed on these facts
    text, rows, after = _reports(db)
    assert _count(text, ANY) == 2 and _count(text, WAITING) == 1
    assert _number(rows, *ROW) == 1
    with Repository.open(db, user="attorney") as repo:
        second = next(row.id for row in repo.list_clients() if row.name == "Rita Pendiente")
        _review(repo, second, lambda d: True)
    text, rows, done = _reports(db)
    assert _count(text, WAITING) == 0 and _number(rows, *ROW) == 0  # the queue is done
    assert _count(text, ANY) == 2  # reviewed or not, as before
    assert set(before) == set(done)  # the JSON's keys as they were
