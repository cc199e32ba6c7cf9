"""Q54-02: the client's header said "Eligible now: PC 1203.4 dismissal" and nothing of the
petition filed, so it read as still to file; it now says where the petitions stand in the
caseload line's words ("filed <day>; hearing <day>", "denied <day>: attorney to review",
"hearing <day> held: record the ruling"), and a screen reader hears it too.  The days are
counted from the window's day (TODAY), never written out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinic_app.model import Petition
from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

FILED = TODAY - timedelta(days=20)


def _header(qtbot, window, repo, petitions):
    client = to_file("Elena Encabezado")
    client.cases[0].petitions = petitions
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    return view.outcome.text(), view.outcome.accessibleName()


@pytest.mark.parametrize(("petition", "said"), [
    (Petition("pc1203_4", FILED, ["a1"], hearing_on=TODAY + timedelta(days=30)),
     f"filed {FILED.isoformat()}; hearing {(TODAY + timedelta(days=30)).isoformat()}"),
    (Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=TODAY - timedelta(days=2)),
     f"denied {(TODAY - timedelta(days=2)).isoformat()}: attorney to review"),
    (Petition("pc1203_4", FILED, ["a1"], hearing_on=TODAY - timedelta(days=5)),
     f"hearing {(TODAY - timedelta(days=5)).isoformat()} held: record the ruling"),
])
def test_q54_the_header_says_where_the_petition_stands(qtbot, window, repo, petition, said):
    text, spoken = _header(qtbot, window, repo, [petition])
    assert text.startswith("· Eligible now: PC 1203.4")
    assert text.replace("\u00a0", " ").endswith(f"; {said}")
    assert spoken.endswith(f"; {said}")  # said whole to a screen reader, plain spaces


def test_q54_nothing_filed_the_header_is_as_before(qtbot, window, repo):
    text, _spoken = _header(qtbot, window, repo, [])
    assert "filed" not in text and "hearing" not in text


def test_q54_the_header_keeps_each_day_with_its_word(qtbot, window, repo):
    text, _spoken = _header(qtbot, window, repo, [Petition("pc1203_4", FILED, ["a1"], hearing_on=TODAY + timedelta(days=30))])
    assert f"hearing\u00a0{(TODAY + timedelta(days=30)).isoformat()}" in text
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.client_view.outcome.isVisible()
