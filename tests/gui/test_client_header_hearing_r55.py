"""R55-07: a client with a petition filed on one case, its hearing next week, and another case
still to file is listed under "Hearing within 7 days" and its line's tooltip says the day
(R54-03), but opened, the header said "Eligible now: PC 1203.4 dismissal" and no hearing: the
day to prepare for was nowhere on the client's pages.  The header now names the hearing days
to come it does not already say, as the list's tooltip does ("not all filed; hearing ...")."""

from __future__ import annotations

import copy
from datetime import timedelta

import pytest

from clinic_app.model import Petition
from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

FILED = TODAY - timedelta(days=20)
HEARING = TODAY + timedelta(days=4)


def _header(qtbot, window, repo, client):
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    return view.outcome.text().replace("\u00a0", " "), view.outcome.accessibleName()


def test_r55_07_a_hearing_with_another_case_still_to_file_is_in_the_header(qtbot, window, repo):
    client = to_file("Rosa Dos Casos")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "b", "LA100300"
    client.cases.append(second)
    client.cases[0].petitions = [Petition("pc1203_4", FILED, hearing_on=HEARING)]
    text, spoken = _header(qtbot, window, repo, client)
    assert text.startswith("· Eligible now: PC 1203.4")
    # Not all of it is filed (Y55-01's words), and the hearing to prepare for.
    assert text.endswith(f"; not all filed; hearing {HEARING.isoformat()}")
    assert spoken.endswith(f"; not all filed; hearing {HEARING.isoformat()}")


def test_r55_07_a_denial_with_another_hearing_to_come_says_both(qtbot, window, repo):
    client = to_file("Dana Denegada")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "b", "LA100300"
    client.cases.append(second)
    client.cases[0].petitions = [Petition("pc1203_4", FILED, ruling="denied", ruling_on=TODAY - timedelta(days=2))]
    client.cases[1].petitions = [Petition("pc1203_4", FILED, hearing_on=HEARING)]
    text, _spoken = _header(qtbot, window, repo, client)
    assert text.endswith(f"; denied {(TODAY - timedelta(days=2)).isoformat()}: attorney to review; hearing {HEARING.isoformat()}")
