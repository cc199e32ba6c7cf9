"""U93: Escape on the caseload list, a search typed.

Escape in the search box clears the search (W28-09).  On the list itself, reached by Down or
Enter from the search, it did nothing: a paralegal who had found "Lopes" and gone down to the
line pressed Escape to get every client back, and the list stayed at the one match.  It now
clears the search there too, the line chosen kept and the focus on the list; with no search
typed it does what it did (nothing to the list or its filters)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.gui.test_caseload import _names, _seed


def _spanish_list(qtbot, window, repo):
    """W28-09's three clients on the list, Spanish chosen (María López and Ana Lopes shown);
    each client's id by name."""
    _seed(repo)
    ids = {row.name: row.id for row in repo.list_clients()}
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.language.setCurrentIndex(view.language.findData("es"))
    return view, ids


def test_escape_on_the_list_clears_the_search_and_keeps_the_line_chosen(qtbot, window, repo):
    view, ids = _spanish_list(qtbot, window, repo)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "Lopes")
    qtbot.waitUntil(lambda: _names(view) == ["Ana Lopes"])
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # to the list, on the one match
    assert view.table.hasFocus() and view.selected_client_id() == ids["Ana Lopes"]
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert sorted(_names(view)) == ["Ana Lopes", "María López"]  # Spanish still chosen
    assert view.table.hasFocus()
    assert view.selected_client_id() == ids["Ana Lopes"]  # the paralegal's place kept


def test_escape_on_the_list_with_no_search_changes_nothing(qtbot, window, repo):
    view, ids = _spanish_list(qtbot, window, repo)
    assert view.select_client(ids["María López"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert sorted(_names(view)) == ["Ana Lopes", "María López"]
    assert view.language.currentData() == "es"
    assert view.table.hasFocus() and view.selected_client_id() == ids["María López"]
