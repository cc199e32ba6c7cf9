"""K374-01: the caseload list's search box, "Carmen Gómez" typed, listed "Carmen Cruz Gómez"
above the client of that very name (by name, as the list is sorted); the terminal listed her
last of five.  Both now list the clients of exactly the name searched first, the rest in the
list's own order (matching.named_as_searched_first)."""

from __future__ import annotations

import pytest

from clinic_app.model import Client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _shown(window) -> list[str]:
    model = window.caseload.model
    return [model.row_at(n).name for n in range(model.rowCount())]


def test_k374_01_a_whole_name_searched_lists_that_name_first_in_the_window(qtbot, window, repo):
    for name in ("Carmen Gómez López", "Carmen Cruz Gómez", "Carmen Gómez", "Carmen Cruz", "Ana Gómez"):
        repo.add_client(Client(name=name))
    window.load()
    window.caseload.search.setText("CARMEN gomez")
    window.caseload.apply_filters()
    assert _shown(window) == ["Carmen Gómez", "Carmen Cruz Gómez", "Carmen Gómez López"]
    window.caseload.search.setText("carmen gom")  # the same clients found, no whole name: by name
    window.caseload.apply_filters()
    assert _shown(window) == ["Carmen Cruz Gómez", "Carmen Gómez", "Carmen Gómez López"]


def test_k374_05_a_name_copied_surname_first_lists_that_name_first_in_the_window(qtbot, window, repo):
    for name in ("Carmen Cruz Gómez", "Carmen Gómez"):
        repo.add_client(Client(name=name))
    window.load()
    window.caseload.search.setText("GOMEZ, CARMEN")
    window.caseload.apply_filters()
    assert _shown(window) == ["Carmen Gómez", "Carmen Cruz Gómez"]
