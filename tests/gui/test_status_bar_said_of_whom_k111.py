"""K111: the status bar and a screen reader after V109's review of the attorney's queue.

K111-01: a client opened otherwise than from Review needed (Enter or a double-click on the list,
the search box's Enter, File > New client) still showed the last client's "1 result marked
reviewed by attorney. Edit > Undo takes the review back." (held 15 s) under their own name, as
if said of them: V109-01 replaced it on a client opened from the queue only.

K111-02: after Mark reviewed on a client's last result, V109-04's "None of Alejandra Orozco's
results is left to review. 1 client of the list still waits for one: ..." was in the status bar
only: a screen reader heard the review's first sentence and nothing of who was left.

K111-03: on the Eligibility tab at 200% with 12 pt text (E109's Left alone) the Remedy column is
cut to "…", and hovering it showed nothing, where the Case column's cells show their whole title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.gui.test_opened_from_review_queue_u93 import _open_with_enter, _stored
from tests.gui.test_review_queue_said_shown_v109 import _notes_accepted
from ui.client_view import TAB_ELIGIBILITY
from ui.models.caseload_model import COL_NAME

REVIEWED = "1 result marked reviewed by"


def _one_result_reviewed(qtbot, window, repo, monkeypatch) -> int:
    """Alejandra opened with Enter (Review needed not ticked), one of her results marked
    reviewed, Ctrl+L back to the list with the review's words still in the status bar; Bruno's id."""
    _notes_accepted(monkeypatch)
    first, second = (_stored(window, repo, name) for name in ("Alejandra Orozco", "Bruno Ramos"))
    window.load()
    show_active(qtbot, window)
    _open_with_enter(qtbot, window, first)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    panel = view.eligibility
    panel.table.selectRow(panel.rows_to_review()[0])
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # Mark reviewed...
    assert window.statusBar().currentMessage().startswith(REVIEWED)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload)
    assert window.statusBar().currentMessage().startswith(REVIEWED)  # still there, of the client just left
    return second


def _by_enter(qtbot, window, client_id: int) -> None:
    _open_with_enter(qtbot, window, client_id)


def _by_double_click(qtbot, window, client_id: int) -> None:
    caseload = window.caseload
    assert caseload.select_client(client_id)
    rect = caseload.table.visualRect(caseload.table.currentIndex().siblingAtColumn(COL_NAME))
    qtbot.mouseClick(caseload.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(caseload.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _by_search(qtbot, window, _client_id: int) -> None:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.caseload.search.hasFocus()
    qtbot.keyClicks(window.caseload.search, "bruno")
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)  # opens the one match


@pytest.mark.parametrize("way", [_by_enter, _by_double_click, _by_search], ids=["enter", "double-click", "search"])
def test_k111_01_the_next_client_opened_is_not_told_the_last_ones_review(qtbot, window, repo, monkeypatch, way):
    second = _one_result_reviewed(qtbot, window, repo, monkeypatch)
    way(qtbot, window, second)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.client_view)
    assert window.client_view.client.id == second
    said = window.statusBar().currentMessage()
    assert REVIEWED not in said, said


def test_k111_01_a_new_client_is_not_told_it_either(qtbot, window, repo, monkeypatch):
    _one_result_reviewed(qtbot, window, repo, monkeypatch)
    window.new_action.trigger()
    assert window.pages.currentWidget() is window.client_view
    assert REVIEWED not in window.statusBar().currentMessage()


def test_k111_01_the_same_client_opened_again_keeps_what_was_said_of_them(qtbot, window, repo, monkeypatch):
    """Said of her, it is not wrong under her name: it stays, as other messages (a re-screen's) do."""
    _one_result_reviewed(qtbot, window, repo, monkeypatch)
    _open_with_enter(qtbot, window, window.caseload.selected_client_id())
    assert window.client_view.client.name == "Alejandra Orozco"
    assert window.statusBar().currentMessage().startswith(REVIEWED)


def test_k111_02_a_screen_reader_hears_who_is_left_after_a_clients_last_review_once(qtbot, window, repo, monkeypatch,
                                                                                   announcements):
    second = _one_result_reviewed(qtbot, window, repo, monkeypatch)
    window.caseload.review.setChecked(True)
    _open_with_enter(qtbot, window, second)
    panel = window.client_view.eligibility
    panel.table.selectRow(panel.rows_to_review()[0])
    del announcements[:]
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # one of his: others left
    assert [(source, said) for source, said, _politeness in announcements] == [
        (panel.table, "1 result marked reviewed by paralegal-test. Edit > Undo takes the review back. "
                      "5 of Bruno Ramos's results are still to review: F8 goes to the next.")]  # as X30-05 said it, and H337-03
    panel.table.selectAll()
    del announcements[:]
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # the rest
    heard = [(source, said) for source, said, _politeness in announcements]
    shown = window.statusBar().currentMessage()
    assert shown.endswith("None of Bruno Ramos's results is left to review. 1 client of the list still waits for one: "
                          "Ctrl+L goes back to the list, where Enter opens the next."), shown
    assert heard == [(panel.table, shown)]  # the whole of it, once, from the table


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")  # the tooltip, offscreen
def test_k111_03_a_remedy_cut_at_200_percent_is_whole_on_hover(qtbot, repo, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from clinic_app.eligibility.registry import remedy_title
    from tests.gui.test_eligibility_large_font_e109 import _eligibility_of_a_client
    from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
    from ui.cell_in_full import shown_cut
    from ui.models.determination_model import COL_REMEDY

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(12):
        window, panel = _eligibility_of_a_client(qtbot, repo)
        table = panel.table
        qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(COL_REMEDY) > 0)
        cut = [row for row in range(panel.proxy.rowCount()) if shown_cut(table, panel.proxy.index(row, COL_REMEDY))]
        assert cut  # E109's screenshots: "…"
        row = cut[0]
        cell = table.visualRect(panel.proxy.index(row, COL_REMEDY)).center()
        QToolTip.hideText()
        try:
            QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell)))
            hovered = QToolTip.text() if QToolTip.isVisible() else ""
        finally:
            QToolTip.hideText()
        index = panel.proxy.index(row, COL_REMEDY)
        d = panel.model.determination(panel.proxy.mapToSource(index).row())
        assert hovered == index.data() == remedy_title(d.remedy)  # the whole name
