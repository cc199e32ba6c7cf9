"""P97-02: "Hakobian" typed for a caller named Hakobyan: the empty list now says the name spelled
close to it, and its button searches that, so the caller is found without going through the H's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client
from ui.models.caseload_model import ClientIdRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_p97_02_a_misspelled_surname_is_offered_as_the_caseload_spells_it(qtbot, window, repo):
    keisha = repo.add_client(Client(name="Keisha Hakobyan"))
    repo.add_client(Client(name="Rosa Paz"))
    window.load()
    view = window.caseload
    qtbot.keyClicks(view.search, "Hakobian")
    view.apply_filters()
    assert view.proxy.rowCount() == 0
    assert "“Hakobyan”" in view.empty_label.text()
    assert view.close_spelling.isVisibleTo(view) and view.close_spelling.text() == "Search “Hakobyan”"
    qtbot.mouseClick(view.close_spelling, Qt.MouseButton.LeftButton)
    assert view.search.text() == "Hakobyan"
    assert [view.proxy.index(row, 0).data(ClientIdRole) for row in range(view.proxy.rowCount())] == [keisha]
    assert not view.empty.isVisibleTo(view)


def test_p97_02_no_spelling_offered_where_none_is_close(qtbot, window, repo):
    repo.add_client(Client(name="Rosa Paz"))
    window.load()
    view = window.caseload
    view.search.setText("Zzyzx")
    view.apply_filters()
    assert view.proxy.rowCount() == 0
    assert "close to it" not in view.empty_label.text()
    assert not view.close_spelling.isVisibleTo(view)
