"""S102-01: the caseload on a 1366 x 768 laptop at 200% scaling (the window 667 x 344 for Qt)
with a larger font (12 pt, Windows' "Make text bigger"): the filters wrap onto five lines and
the page has not the height for them and the list; the Remedy and County row was drawn over the
list (S100's Left alone), at 15 pt the filter lines over each other.  The filters now scroll in
a pane of their own where the page is short, the list under them; with room, as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_intake_large_font_s100 import LAPTOP_200

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture(params=[12, 15])
def large_font(qapp, request):
    was = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(request.param)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(was)


def _window(qtbot, repo, size):
    from ui.main_window import MainWindow

    for n in range(30):
        repo.add_client(probation_client(f"Client Number{n:02d}"))
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    qtbot.wait(200)
    return window


def _place(widget, page) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def _seen(widget, page) -> QRect:
    """The part of `widget` drawn on the page: none of a filter scrolled out of sight."""
    seen = widget.visibleRegion().boundingRect()
    return QRect() if seen.isEmpty() else seen.translated(widget.mapTo(page, seen.topLeft()) - seen.topLeft())


def _filters(view) -> list[QWidget]:
    """The filters the user sees or can scroll to, each a control or its label."""
    widgets = [view.search, view.outcome, view.event, view.language, view.remedy, view.county,
               view.outstanding, view.review, view.shown_label, *view.count_buttons.values()]
    widgets += [label for label in view.findChildren(QLabel) if label.buddy() in widgets]
    return [w for w in widgets if not w.isHidden()]


def test_s102_01_the_caseload_filters_never_lie_over_the_list_or_each_other_at_200_percent(qtbot, repo, large_font, monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    window = _window(qtbot, repo, LAPTOP_200)
    view = window.caseload
    assert window.height() <= LAPTOP_200.height(), window.height()
    table = _place(view.table, view)
    assert view.rect().contains(table), (table, view.rect())
    # The list keeps a few rows in sight under the filters.
    assert view.table.viewport().height() >= 3 * view.table.verticalHeader().defaultSectionSize(), view.table.viewport().height()
    filters = _filters(view)
    for widget in filters:
        assert not _seen(widget, view).intersects(table), (widget, _seen(widget, view), table)
    # Where they are among themselves (a filter scrolled out of sight included).
    places = {w: _place(w, view) for w in filters}
    shown = list(places.items())
    for i, (a, place_a) in enumerate(shown):
        for b, place_b in shown[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            assert not place_a.intersects(place_b), (a, place_a, b, place_b)
    # Each filter reached: on the page, or scrolled to when the keyboard comes to it.
    for widget in filters:
        if isinstance(widget, QLabel):
            continue
        widget.setFocus()
        qtbot.wait(20)
        place = _place(widget, view)
        visible = widget.visibleRegion().boundingRect()
        assert view.rect().contains(place.topLeft()) and visible.height() == widget.height(), (widget, place, visible)
        assert not _seen(widget, view).intersects(table), widget


def test_s102_01_with_room_the_filters_take_their_height_and_do_not_scroll(qtbot, repo):
    window = _window(qtbot, repo, QSize(1360, 820))
    view = window.caseload
    pane = view.filters_pane
    assert not pane.verticalScrollBar().isVisible()
    assert pane.height() == pane.widget().height() == pane.widget().heightForWidth(pane.width())
    # Every filter whole on the page, the list straight under them.
    for widget in _filters(view):
        assert _seen(widget, view) == _place(widget, view), widget
    assert _place(view.table, view).top() == pane.geometry().bottom() + 1 + view.layout().spacing()
    # The search box keeps the window's first focus, and Tab goes from it to the filters as before.
    assert QApplication.focusWidget() is view.search
    assert view.search.nextInFocusChain() is not pane
