"""K170-01: `clinic-app list --hearing-within DAYS` listed the clients with a hearing soon by
name, so the attorney covering tomorrow's hearings read a week's in alphabetical order.  They
are listed by their first hearing to come (a hearing held already counts for nothing), the
name among those heard on one day, in the text and --json forms alike."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from clinic_app.model import Petition
from clinic_app.worksheet.command import hearing_clients
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app

AS_OF = "2026-12-06"


IN_ORDER = ["Beto Baca", "Cora Campos", "Dina Duarte", "Eva Estrada", "Ana Alvarez"]


@pytest.fixture(scope="module")
def hearings(tmp_path_factory) -> Path:
    """A caseload of five clients heard in the week from AS_OF, re-screened for it."""
    db = tmp_path_factory.mktemp("k170") / "caseload.sqlite"
    with Repository.open(db) as repo:
        # Each client's hearings, one case each: Cora's second case is heard first, Eva's
        # hearing of 12-05 was held (no ruling entered yet) and her next is on 12-08.
        for name, hearings in (("Ana Alvarez", (date(2026, 12, 9),)), ("Beto Baca", (date(2026, 12, 7),)),
                               ("Cora Campos", (date(2026, 12, 10), date(2026, 12, 7))),
                               ("Dina Duarte", (date(2026, 12, 7),)), ("Eva Estrada", (date(2026, 12, 5), date(2026, 12, 8)))):
            client = to_file(name)
            for number, hearing in enumerate(hearings):
                if number:
                    other = copy.deepcopy(client.cases[0])
                    other.id, other.case_number, other.petitions = f"c{number}", f"LA10030{number}", []
                    client.cases.append(other)
                client.cases[-1].petitions.append(Petition("pc1203_4", date(2026, 10, 20), hearing_on=hearing))
            repo.add_client(client)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", AS_OF).returncode == 0
    return db


def test_k170_01_hearings_soonest_first_then_by_name(hearings):
    def listed(*options: str) -> list[str]:
        result = clinic_app("list", "--db", str(hearings), "--as-of", AS_OF, "--hearing-within", "7", *options)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    assert [line.split("\t")[1] for line in listed()] == IN_ORDER
    assert [json.loads(line)["name"] for line in listed("--json")] == IN_ORDER


def test_c171_02_the_worksheets_of_the_hearings_come_in_the_lists_order(hearings):
    """C171-02: `worksheet --hearing-within` wrote (and, stopped, said "the first in the list's
    order" of) its worksheets by client name while `list --hearing-within` lists by hearing: the
    clients it writes for come in the list's order, found by the list's own code (court.heard_within)."""
    with Repository.open(hearings) as repo:
        clients, skipped = hearing_clients(repo, date.fromisoformat(AS_OF), 7)
    assert [client.name for client in clients] == IN_ORDER and not skipped
