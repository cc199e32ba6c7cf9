"""X64-03 in the window: the Outstanding column of a client with two cases says a label the
two cases share once, with their count, where it read "restitution $800, restitution $400"
(and "probation end date, probation end date") as if typed twice."""

from __future__ import annotations

import copy

from tests.gui.conftest import TODAY, probation_client
from ui.models.caseload_model import COL_NAME, COL_OUTSTANDING
from ui.services import screen_and_store


def test_x64_03_the_outstanding_column_says_two_cases_alike_once(window, repo):
    client = probation_client("Dora Doscasos", case_number="BA1", restitution_ordered=900, restitution_paid=100)
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA2"
    second.convictions[0].id = "c2-1"
    second.money.restitution_ordered, second.money.restitution_paid = 500, 100
    client.cases.append(second)
    for case in client.cases:
        case.sentence.probation.end = None  # "probation ended sometime": not typed
    repo.add_client(client)
    screen_and_store(repo, client, TODAY)
    window.load()
    proxy = window.caseload.proxy
    (row,) = [r for r in range(proxy.rowCount()) if proxy.index(r, COL_NAME).data() == "Dora Doscasos"]
    cell = proxy.index(row, COL_OUTSTANDING)
    assert cell.data() == "probation end date (2 cases), restitution $1,200 (2 cases)"
