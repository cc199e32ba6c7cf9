"""E109: the client window's Eligibility tab on a 1366 x 768 laptop at 200% (667 x 344 for the
window) at the usual font and with Windows' larger text (10.5 and 12 pt)."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QSize

from tests.gui.laid_out import laid_out
from tests.gui.test_advice_banner_after_tab_r84b import _resize
from tests.gui.test_client_header_large_font_s100 import _inside, laptop_window
from tests.gui.test_eligibility_large_font_s106 import _banner_and_margin_whole
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from tests.gui.test_new_client_opens_at_top_x76 import _with_a_hearing
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _eligibility_of_a_client(qtbot, repo):
    window = laptop_window(qtbot, repo)
    window.open_client(repo.add_client(_with_a_hearing("Beto Salas Núñez de la Fuente")))
    view = window.client_view
    view.tabs.setCurrentWidget(view.eligibility)
    laid_out()
    return window, view.eligibility


def _lines_asked(page) -> int:
    (scroll,) = page.findChildren(PageScroll)
    return scroll.minimumSizeHint().height() // scroll.line_height()


@pytest.mark.parametrize("points", [None, 10.5, 12])
def test_e109_01_the_window_asks_the_headers_lines_and_no_more_than_the_screens_room(qtbot, repo, monkeypatch, points):
    # At 12 pt the window asked 358 pixels where the laptop leaves 344: the status bar under
    # the screen's edge.  At the usual font it asked one line of the outcome's four beside the
    # name, and at its least height the page under it had 108 of its 147 pixels.
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points) if points else contextlib.nullcontext():
        window, page = _eligibility_of_a_client(qtbot, repo)
        assert window.minimumSizeHint().height() <= LAPTOP_200.height()
        assert window.height() <= LAPTOP_200.height()
        assert _inside(window.statusBar(), window)
        _resize(qtbot, window, (LAPTOP_200.width(), window.minimumSizeHint().height()))
        assert _banner_and_margin_whole(page)
        if points == 12:
            # Five lines do not fit under the header's two: four are asked, and the window is
            # as tall as the screen lets it be, the rest of the outcome's lines with it.
            assert _lines_asked(page) == 4
            assert window.height() == LAPTOP_200.height()
        else:
            # The outcome's lines counted: the page has its least under them, its five lines.
            assert _lines_asked(page) == 5
            assert page.height() >= page.minimumSizeHint().height()


def test_e109_01_with_the_room_the_page_keeps_its_five_lines_at_12_points(qtbot, repo, monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: QSize(1350, 730))
    with program_font(12):
        window, page = _eligibility_of_a_client(qtbot, repo)
        # Widened for the outcome beside the name (805 wide): opened at 667 it no longer widens
        # the window to it, but goes under the name's row (L125-02).
        _resize(qtbot, window, (805, window.height()))
        assert window.client_view._header.indexOf(window.client_view.outcome) >= 0
        _resize(qtbot, window, (window.width(), window.minimumSizeHint().height()))
        assert _lines_asked(page) == 5
        assert page.height() >= page.minimumSizeHint().height()


@pytest.mark.parametrize("points", [12, 15])
def test_e109_02_a_date_error_under_ruled_on_is_scrolled_into_sight(qtbot, monkeypatch, points):
    # Eight counts scroll over the buttons at 200% (S105-04): "Not a date" said as Ruled on is
    # left came under it, below the part in sight, and Record the ruling greyed without a word seen.
    from datetime import date

    from PySide6.QtCore import Qt

    from tests.gui.test_dialogs_large_font_s104 import opened_within_the_laptop
    from tests.gui.test_dialogs_large_font_s105 import COUNTS
    from ui.granted_in_part import GrantedInPartDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        dialog = opened_within_the_laptop(qtbot, GrantedInPartDialog(COUNTS, date(2025, 1, 2)))
        dialog.boxes["c1-1"].setChecked(True)
        assert dialog.message.isHidden()  # nothing wrong yet
        dialog.ruled.setFocus()
        qtbot.waitUntil(dialog.ruled.hasFocus)
        dialog.ruled.selectAll()
        qtbot.keyClicks(dialog.ruled, "13/45/2025")
        qtbot.keyClick(dialog.ruled, Qt.Key.Key_Tab)  # left: the error is said
        message = dialog.message
        qtbot.waitUntil(lambda: message.isVisible() and message.kind == "error")
        qtbot.waitUntil(lambda: message.visibleRegion().boundingRect().size() == message.size())
        assert message.height() >= message.heightForWidth(message.width())


def _drag_divider(qtbot, header, column: int, by: int) -> None:
    """The divider at the right of `column` dragged `by` pixels with the mouse."""
    from PySide6.QtCore import QPoint, Qt

    edge = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) - 1, header.height() // 2)
    qtbot.mouseMove(header.viewport(), edge)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    for step in range(1, 5):
        qtbot.mouseMove(header.viewport(), edge + QPoint(by * step // 4, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(by, 0))


def test_e109_03_a_column_dragged_wider_keeps_its_width_at_the_next_load(qtbot, window, repo):
    # The Case column dragged wider, to read a case's title (E83-02), went back to its fitted
    # width at the next load: the As of date moved, the record saved, the window resized.
    from datetime import date

    from PySide6.QtCore import Qt

    from tests.gui.conftest import show_active
    from tests.gui.test_review_note_beside_remedies_t103 import _remedies_whole, _two_cases
    from ui.models.determination_model import COL_CASE, COL_REVIEWED

    client_id = repo.add_client(_two_cases())
    window.resize(1366, 697)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentWidget(view.eligibility)
    panel = view.eligibility
    table, header = panel.table, panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(COL_CASE) > 0)
    fitted = header.sectionSize(COL_CASE)
    _drag_divider(qtbot, header, COL_CASE, 80)
    dragged = header.sectionSize(COL_CASE)
    assert dragged >= fitted + 60
    panel.as_of.setDate(date(2027, 3, 1))  # screened again for another day: the table loaded again
    qtbot.waitUntil(lambda: panel.as_of_date() == date(2027, 3, 1))
    qtbot.wait(50)
    assert header.sectionSize(COL_CASE) == dragged
    window.resize(1200, 697)
    qtbot.waitUntil(lambda: window.width() == 1200)
    qtbot.wait(50)
    assert header.sectionSize(COL_CASE) == dragged
    # The other fitted column still fitted by the program, the remedies whole beside it (T103-01).
    assert header.sectionSize(COL_REVIEWED) >= header.sectionSizeHint(COL_REVIEWED) and _remedies_whole(panel)
    # Another client opened and this one again: still the user's width, for the session.
    other = repo.add_client(_two_cases())
    window.open_client(other)
    window.open_client(client_id)
    view.tabs.setCurrentWidget(panel)
    qtbot.wait(50)
    assert header.sectionSize(COL_CASE) == dragged
    # Reset column widths (the Menu key's) puts it back as the program sizes it.
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    from tests.gui.test_column_widths_by_keyboard_k97 import _menu_opened

    menu = _menu_opened(qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: header.sectionSize(COL_CASE) < dragged)
    assert header.sectionSize(COL_CASE) == fitted
