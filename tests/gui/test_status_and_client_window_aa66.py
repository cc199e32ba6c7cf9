"""AA66: the client window and the status bar on a 1366 x 768 laptop at 200% (683 x 384 for
Qt, less the window's frame: 667 x 344), by the keyboard and a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette

from tests.gui.conftest import probation_client
from tests.gui.test_accessibility import _contrast

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

# 1366 x 768 at 200%, less the window's frame and title bar (ui.screen_fit.FRAME).
LAPTOP_200_WIDTH = 683 - 16


def test_the_eligibility_tab_s_top_row_wraps_so_the_client_window_fits_a_laptop_at_200_percent(qtbot, window, repo):
    """As of, Today, Showing, "Show remedies that do not apply" and the rules version stood on
    one line that never wrapped: the client window could not be narrower than 692 pixels, and
    once the Eligibility tab had been shown (its rules version set), 847, on a screen 683 wide:
    its right part, the Mark reviewed button with it, was past the screen's edge."""
    client_id = repo.add_client(probation_client("Alejandra Castañeda Peña de la Fuente"))
    window.load()
    window.open_client(client_id)
    tabs = window.client_view.tabs
    panel = window.client_view.eligibility
    tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.rules.text().startswith("Rules version"))
    assert window.minimumSizeHint().width() <= LAPTOP_200_WIDTH
    window.resize(LAPTOP_200_WIDTH, 600)
    qtbot.waitUntil(lambda: window.width() == LAPTOP_200_WIDTH)
    for widget in (panel.as_of, panel.today_button, panel.showing, panel.show_all, panel.rules, panel.review_button):
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert widget.isVisible() and right < window.width(), widget.accessibleName() or widget.text()
    # Where there is room it is one line, as before.
    window.resize(1200, 600)
    qtbot.waitUntil(lambda: window.width() == 1200)
    middle = panel.as_of.geometry().center().y()
    assert all(abs(widget.geometry().center().y() - middle) <= 2 for widget in (panel.show_all, panel.rules))


def test_a_screen_reader_reads_the_status_bar_s_message_itself_not_the_word_message(qtbot, window, repo):
    """The status bar's message is said by a label (B65-02), which was named "Message": a
    screen reader that reads the status bar's items (NVDA's Insert+End, Orca's status bar
    command) heard "Message" and nothing of what it said ("Saved: ...", the search box's
    hint, "2 clients match ...").  The label's name is now the message."""
    repo.add_client(probation_client("Ana Peña"))
    window.load()
    bar = window.statusBar()
    search = window.caseload.search
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.currentMessage() == search.toolTip())
    said = QAccessible.queryAccessibleInterface(bar.message)
    assert said.text(QAccessible.Text.Name) == search.toolTip()
    assert not said.state().invisible
    bar.showMessage("Saved: Ana Peña, phone")
    assert said.text(QAccessible.Text.Name) == "Saved: Ana Peña, phone"
    bar.clearMessage()
    assert said.state().invisible  # no empty item left to read


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_list_s_current_cell_is_seen_in_its_selected_row_on_either_palette(qtbot, window, repo, dark):
    """Right and Left in the caseload list move the keyboard from cell to cell (a screen reader
    reads the one it is on: to the Outstanding column, scrolled to at 200%), but Fusion rings
    the current cell in a shade of the selection's own blue: 1.2 times its lightness, unseen,
    and Right seemed to do nothing.  The ring is now in the selected text's colour, as clear as
    the row's words (WCAG 2.4.7, 1.4.11's 3)."""
    from ui.models.caseload_model import COL_OUTSTANDING

    for name in ("Ana Peña", "Bo Chen"):
        repo.add_client(probation_client(name))
    window.dark_action.trigger()  # the program's own look, light or dark (make_app applies it)
    if not dark:
        window.dark_action.trigger()
    try:
        window.load()
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow)
        table = window.caseload.table
        table.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(table.hasFocus)
        table.setCurrentIndex(table.model().index(0, 0))
        for _ in range(COL_OUTSTANDING):
            qtbot.keyClick(table, Qt.Key.Key_Right)
        assert table.currentIndex().column() == COL_OUTSTANDING
        highlight = table.palette().color(QPalette.ColorRole.Highlight)
        picture = table.viewport().grab().toImage()
        scale = picture.devicePixelRatio()

        def edge(column: int):
            cell = table.visualRect(table.model().index(0, column))
            return picture.pixelColor(int((cell.left() + 1) * scale), int(cell.center().y() * scale))

        assert _contrast(edge(COL_OUTSTANDING), highlight) >= 3, edge(COL_OUTSTANDING).name()
        assert _contrast(edge(COL_OUTSTANDING - 1), highlight) < 1.5  # only the current cell ringed
    finally:
        if dark:
            window.dark_action.trigger()


def test_a_screen_reader_reads_an_outstanding_cell_cut_to_more_whole(qtbot, window, repo):
    """An Outstanding cell too narrow for its labels shows "probation to 2027-03-02, +4 more"
    (B65-02); a screen reader on that cell reads all five labels, not the count.  A guard: it
    held before (the delegate changes what is painted, not the cell's text)."""
    from tests.gui.test_read_whole_at_200_b65 import TODAY, _cell_text, _crowded, screen_and_store
    from ui.models.caseload_model import COL_NAME, COL_NEXT, COL_OUTSTANDING

    client = _crowded("Ana Crowded")
    client.id = repo.add_client(client)
    screen_and_store(repo, client, TODAY)
    window.load()
    view = window.caseload
    (row,) = [r for r in range(view.proxy.rowCount()) if view.proxy.index(r, COL_NAME).data() == "Ana Crowded"]
    header, metrics = view.table.horizontalHeader(), view.table.fontMetrics()
    width = metrics.horizontalAdvance("probation to 2027-03-02, +4 more") + 16
    others = sum(header.sectionSize(column) for column in range(COL_OUTSTANDING) if column != COL_NEXT)
    header.resizeSection(COL_NEXT, view.table.viewport().width() - others - width)
    qtbot.waitUntil(lambda: header.sectionSize(COL_OUTSTANDING) == width)
    assert _cell_text(view, row)[0] == "probation to 2027-03-02, +4 more"
    cell = view.table.visualRect(view.proxy.index(row, COL_OUTSTANDING))
    at = view.table.viewport().mapToGlobal(cell.center())
    read = QAccessible.queryAccessibleInterface(view.table).childAt(at.x(), at.y())
    assert read.role() == QAccessible.Role.Cell
    assert read.text(QAccessible.Text.Name) == ("probation to 2027-03-02, class 30/52 (2 cases), class 31/52 (2 cases), "
                                                "fines $1,412 (2 cases), probation to 2028-01-05")
