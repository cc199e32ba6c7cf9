"""V102-01: the attorney's next (and previous) result to review on the Eligibility tab, by a key.

A client with six results to review among eleven rows (an eligible case, then cases whose
sentence is not entered) took Ctrl+Down and Ctrl+Space to go from one to the next, said only
as "Shift or Ctrl" in the Mark reviewed button's tip; the rows between (eligible now, does not
apply) were passed by eye.  View > Next result to review (F8) goes to the next row awaiting the
attorney, from any tab of the open client, and says which of how many; Shift+F8 (View >
Previous result to review) goes back; past the last, it starts again from the first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from clinic_app.model import Case, Conviction
from tests.gui.conftest import probation_client, show_active
from tests.gui.menus import menu_item
from ui.client_view import TAB_ELIGIBILITY, TAB_RECORD
from ui.help_menu import shortcut_rows


def _partly_reviewed(qtbot, window, repo, monkeypatch, name: str):
    """A client with three cases, two without a sentence entered: eleven results needing
    review, four of them (rows 1, 3, 4 and 7) reviewed with one note; the client open on the
    Record tab, the Eligibility tab on its first row.  Seven wait for the attorney, between
    rows that do not."""
    from ui.eligibility_view import ReviewDialog

    def accept(dialog):
        dialog.note.setPlainText("Docket checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    client = probation_client(name)
    for n, section in ((2, "484"), (3, "23152")):
        client.cases.append(Case(id=f"c{n}", case_number=f"BA{n}00002", disposition_date=date(2022, 6, 1),
                                 convictions=[Conviction(id=f"c{n}-1", section=section, level="misdemeanor",
                                                         conviction_date=date(2022, 6, 1))]))
    view = _opened(qtbot, window, repo, client)
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    panel = view.eligibility
    assert _awaiting(panel) == list(range(11))
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for row in (0, 2, 3, 6):
        selection.select(panel.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _awaiting(panel) == [1, 4, 5, 7, 8, 9, 10])
    panel.table.selectRow(0)
    view.tabs.setCurrentIndex(TAB_RECORD)
    show_active(qtbot, window)
    return view


def _awaiting(panel) -> list[int]:
    return [row for row in range(panel.proxy.rowCount())
            if panel.model.awaits_review(panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()))]


def _opened(qtbot, window, repo, client) -> object:
    client_id = repo.add_client(client)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    return window.client_view


def _press(qtbot, window, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F8, modifier)


def test_v102_01_f8_goes_from_result_to_review_to_the_next_skipping_the_rest(qtbot, window, repo, monkeypatch):
    view = _partly_reviewed(qtbot, window, repo, monkeypatch, "Alejandra Orozco")
    panel = view.eligibility
    awaiting = [1, 4, 5, 7, 8, 9, 10]

    # From the Record tab: to the Eligibility tab, on the first result to review, the keyboard there.
    _press(qtbot, window)
    assert view.tabs.currentIndex() == TAB_ELIGIBILITY
    assert panel.table.currentIndex().row() == 1
    assert panel.table.selectionModel().isRowSelected(1)
    assert panel.table.hasFocus()
    said = window.statusBar().currentMessage()
    assert said.startswith("Result to review 1 of 7: row 2 of 11, Case BA100001") and "Needs review" in said

    # F8 again: the next one to review, not the row below it.
    for n, row in enumerate(awaiting[1:], start=2):
        _press(qtbot, window)
        assert panel.table.currentIndex().row() == row
        assert window.statusBar().currentMessage().startswith(f"Result to review {n} of 7: row {row + 1} of 11")
    # Past the last: from the first again, said so.
    _press(qtbot, window)
    assert panel.table.currentIndex().row() == 1
    assert "from the first again" in window.statusBar().currentMessage()

    # Shift+F8: the previous one; before the first, the last.
    _press(qtbot, window, shift=True)
    assert panel.table.currentIndex().row() == 10
    assert "from the last again" in window.statusBar().currentMessage()
    _press(qtbot, window, shift=True)
    assert panel.table.currentIndex().row() == 9
    _press(qtbot, window, shift=True)
    _press(qtbot, window, shift=True)
    assert panel.table.currentIndex().row() == 7
    _press(qtbot, window, shift=True)
    assert panel.table.currentIndex().row() == 5
    # One row chosen, not those between (Shift held): Mark reviewed marks that one alone.
    assert [index.row() for index in panel.table.selectionModel().selectedRows()] == [5]


def test_v102_01_a_result_marked_reviewed_is_passed_by(qtbot, window, repo, monkeypatch):
    view = _partly_reviewed(qtbot, window, repo, monkeypatch, "Bruno Ramos")
    panel = view.eligibility
    _press(qtbot, window)
    _press(qtbot, window)
    assert panel.table.currentIndex().row() == 4
    qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Mark reviewed
    qtbot.waitUntil(lambda: 4 not in _awaiting(panel))
    show_active(qtbot, window)  # the review dialog's, made and closed by the test, took it
    _press(qtbot, window, shift=True)
    assert panel.table.currentIndex().row() == 1
    _press(qtbot, window)
    assert panel.table.currentIndex().row() == 5  # the one just reviewed passed by
    assert window.statusBar().currentMessage().startswith("Result to review 2 of 6")


def test_v102_01_with_none_to_review_it_says_so_and_stays(qtbot, window, repo):
    view = _opened(qtbot, window, repo, probation_client("Carmen Eligible"))
    panel = view.eligibility
    _press(qtbot, window)
    assert panel.proxy.rowCount() > 0 and _awaiting(panel) == []
    assert "No result of Carmen Eligible awaits" in window.statusBar().currentMessage()
    assert view.tabs.currentIndex() == TAB_ELIGIBILITY  # where the answers are


def test_v102_01_with_no_client_open_it_says_what_it_is_for(qtbot, window, repo):
    repo.add_client(probation_client("Dora Listed"))
    window.load()
    show_active(qtbot, window)
    _press(qtbot, window)
    assert window.pages.currentWidget() is window.caseload
    assert "open client" in window.statusBar().currentMessage()


def test_v102_01_said_in_the_view_menu_and_the_shortcuts_list(qtbot, window):
    assert menu_item(window, "View", "Next result to review").shortcut().toString() == "F8"
    assert menu_item(window, "View", "Previous result to review").shortcut().toString() == "Shift+F8"
    rows = dict((what, keys) for keys, what in shortcut_rows(window.menuBar()))
    # One row for the two (the list's room is short on a small screen, F63-01).
    assert rows["View > Next / Previous result to review"] == "F8, Shift+F8"
    assert not any(what.startswith(("View > Next result", "View > Previous result")) for what in rows)
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    assert "F8, Shift+F8" in box.text()
    box.close()
