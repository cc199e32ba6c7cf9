"""K66-03: the attorney's queue at the terminal.  The window's "Review needed" tick and its
"Attorney review" count list the clients an attorney has still to look at; `clinic-app list`
had no way to list them (`--outcome needs_review` is the best outcome: 191 of a demo caseload's
2,557 waiting), so a supervising attorney could not print the morning's queue.  `list --review`
lists the same clients as the tick, each with why: the results to review and what is open in
them (C70-01), a denial to review."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.gui.test_review_queue_a29 import unsentenced
from ui.models.caseload_model import CaseloadFilter


def test_k66_03_list_review_lists_the_attorneys_queue_as_the_window_does(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        denied = repo.add_client(to_file("Dora Denegada"))
        client = repo.get_client(denied)
        client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20)))
        repo.save_client(client)
        repo.add_client(unsentenced("Rosa Díaz"))
        repo.add_client(to_file("Nora Nada"))
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    result = clinic_app("list", "--db", str(db), "--review")
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[1:2] + line.split("\t")[3:] for line in result.stdout.splitlines()] == [
        ["Dora Denegada", "denied 2026-11-20: attorney to review"],
        # What is open in the results to review, in a few words (C70-01), not "results to review".
        ["Rosa Díaz", "to review: PC 1203.4 dismissal, PC 1203.4a dismissal, PC 1203.425 automatic relief for PC 459, "
                      "PC 484: What was the sentence (probation, county jail, state prison, or none)?"]]
    assert json.loads(clinic_app("list", "--db", str(db), "--review", "--json").stdout.splitlines()[0])["review"] == \
        "denied 2026-11-20: attorney to review"
    with Repository.open(db) as repo:
        rows = repo.list_clients()
    assert sorted(r.name for r in rows if CaseloadFilter(review=True).accepts(r)) == ["Dora Denegada", "Rosa Díaz"]

    nobody = clinic_app("list", "--db", str(db), "--review", "--search", "Nora")
    assert nobody.stdout == "" and "no client matches --search 'Nora' --review" in nobody.stderr
