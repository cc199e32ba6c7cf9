"""B65-02: at 200% (a 1080p screen: the window 944 x 500 for Qt; a 1366 x 768 laptop: 683 x 384)
the status bar's message and the Outstanding column were cut.  QStatusBar painted a message on
one line, cut at the window's edge with no "..." ("Saved: ... Best outcome now: ... automatic
arres"), and the caseload's own line ran past it too; the Outstanding column read "probation to
..." and "fines $260 (2...", the day and the sum lost, nothing saying that more followed (AA64).
The message and the line now wrap; the column says the labels that fit whole, and how many more."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from clinic_app.model import Condition, Money
from tests.gui.conftest import TODAY, probation_client
from ui.models.caseload_model import COL_NAME, COL_NEXT, COL_OUTSTANDING
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _narrow(qtbot, window, width: int, height: int = 500) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)


def _whole(label) -> bool:
    """`label`'s text is all inside it: as tall as its wrapped lines, and inside the window."""
    window = label.window()
    return (label.isVisible() and label.height() >= label.heightForWidth(label.width())
            and label.mapTo(window, label.rect().bottomRight()).x() <= window.width()
            and label.mapTo(window, label.rect().bottomRight()).y() <= window.height())


def test_b65_02_a_message_too_long_for_the_window_wraps_in_the_status_bar(qtbot, window, repo):
    for n in range(2):
        repo.add_client(probation_client(f"Zoë Zamora {n}", case_number=f"BA{n}"))
    window.load()
    _narrow(qtbot, window, 472)  # a 944-wide window at 200%, as Qt lays it out at 100%
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.caseload
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, "Zamora")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # two match: the list is chosen, and said so
    bar = window.statusBar()
    said = bar.currentMessage()
    assert said.startswith("2 clients match “Zamora”: choose one with the arrow keys, then Enter opens it")
    shown = [label for label in bar.findChildren(type(window.status)) if label.isVisible() and label.text() == said]
    assert len(shown) == 1, "the message is said by a label in the status bar"
    (label,) = shown
    line = label.fontMetrics().height()
    qtbot.waitUntil(lambda: _whole(label))
    assert label.height() >= 2 * line  # wrapped, not cut at the edge
    assert not window.status.isVisible()  # the message stands in for the caseload's line, as before
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    bar.clearMessage()
    qtbot.waitUntil(lambda: not label.isVisible() and window.status.isVisible())
    assert window.status.text().startswith("Caseload")


def test_b65_02_the_caseload_s_own_line_wraps_too(qtbot, window, repo):
    repo.add_client(probation_client("Ana Line"))
    window.load()
    _narrow(qtbot, window, 472)
    status = window.status
    status.setText(status.text() + "; 12 clients screened by older rules (2026.12.15e); 3 clients whose date has come "
                   "since the last screening")  # as _show_status says it, a caseload from an older version
    qtbot.waitUntil(lambda: _whole(status))
    assert status.height() >= 2 * status.fontMetrics().height()
    assert window.minimumSizeHint().width() <= 472


def _crowded(name: str, *, classes: int = 2):
    """A client with a probation to come and classes still to do in two cases, and fines."""
    client = probation_client(name, case_number="BA1", probation_end=date(2027, 3, 2))
    client.cases[0].money = Money(fines_ordered=706, fines_paid=0)
    client.cases[0].conditions = [Condition(kind="class", label=f"Class {n}", required=52, done=30 + n) for n in range(classes)]
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA2"
    second.convictions[0].id = "c2-1"
    second.sentence.probation.end = date(2028, 1, 5)
    client.cases.append(second)
    return client


def _cell_text(view, row: int) -> tuple[str, int]:
    """What the Outstanding cell of `row` paints, as its delegate lays it out, and its room."""
    table = view.table
    index = view.proxy.index(row, COL_OUTSTANDING)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text, option.rect.width()


def test_b65_02_an_outstanding_cell_too_narrow_says_whole_labels_and_how_many_more(qtbot, window, repo):
    client = _crowded("Ana Crowded")
    client.id = repo.add_client(client)
    screen_and_store(repo, client, TODAY)
    window.load()
    view = window.caseload
    (row,) = [r for r in range(view.proxy.rowCount()) if view.proxy.index(r, COL_NAME).data() == "Ana Crowded"]
    labels = ["probation to 2027-03-02", "class 30/52 (2 cases)", "class 31/52 (2 cases)", "fines $1,412 (2 cases)",
              "probation to 2028-01-05"]
    assert view.proxy.index(row, COL_OUTSTANDING).data() == ", ".join(labels)
    assert view.proxy.index(row, COL_OUTSTANDING).data(Qt.ItemDataRole.ToolTipRole) == "\n".join(labels)
    header, metrics = view.table.horizontalHeader(), view.table.fontMetrics()

    def cut_to(width: int) -> tuple[str, int]:
        # The Next action's divider dragged, as by the mouse: the Outstanding column, the last,
        # takes what the list's width leaves it.
        others = sum(header.sectionSize(column) for column in range(COL_OUTSTANDING) if column != COL_NEXT)
        header.resizeSection(COL_NEXT, view.table.viewport().width() - others - width)
        qtbot.waitUntil(lambda: header.sectionSize(COL_OUTSTANDING) == width)
        text, room = _cell_text(view, row)
        assert metrics.horizontalAdvance(text) <= room, text
        return text, room

    # Room for one label and the count of the rest: that label whole, its day too.
    text, _room = cut_to(metrics.horizontalAdvance("probation to 2027-03-02, +4 more") + 16)
    assert text == "probation to 2027-03-02, +4 more"
    text, _room = cut_to(metrics.horizontalAdvance("probation to 2027-03-02 +4") + 16)
    assert text == "probation to 2027-03-02 +4"
    text, _room = cut_to(metrics.horizontalAdvance(", ".join(labels[:2]) + ", +3 more") + 16)
    assert text == ", ".join(labels[:2]) + ", +3 more"
    text, _room = cut_to(metrics.horizontalAdvance("probation to 2027") + 16)  # not even one label: cut before the count
    assert text.startswith("probation") and "…" in text and text.endswith(" +4"), text
