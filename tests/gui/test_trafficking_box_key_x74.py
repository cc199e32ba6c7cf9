"""X74-02: each count's "Trafficking / IPV related" box had no key: it is on every count, so a
letter underlined on each would only move the focus from one box to the next, whichever count
the keyboard was in, and every letter of its words is taken on the Record page.  It was nine
Tabs from its count's offense.  Alt+X goes to the box of the count the keyboard is in (of the
first count from the case's other fields), again to the next count's, and ticks nothing."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from ui.help_menu import shortcut_rows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT = Qt.KeyboardModifier.AltModifier


def _three_counts():
    client = probation_client("Tera Tráfico")
    case = client.cases[0]
    for n, section in ((2, "647(b)"), (3, "653.22")):
        count = copy.deepcopy(case.convictions[0])
        count.id, count.section = f"c1-{n}", section
        case.convictions.append(count)
    return client


def _in_sight(widget, scroll) -> bool:
    port = scroll.viewport()
    return port.rect().contains(QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()))


def test_alt_x_goes_to_the_trafficking_box_of_the_count_the_keyboard_is_in_then_the_next(qtbot, window, repo):
    client_id = repo.add_client(_three_counts())
    window.load()
    window.open_client(client_id)
    window.resize(1024, 600)  # the counts below the fold of the case form
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    record = window.client_view.record
    rows = record.case_form.convictions.rows
    boxes = [row.trafficking for row in rows]
    assert len(boxes) == 3
    second = rows[1].offense
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(second.hasFocus)
    record.case_scroll.verticalScrollBar().setValue(0)
    assert not _in_sight(boxes[1], record.case_scroll)  # below the fold: Alt+X must scroll to it
    qtbot.keyClick(second, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(boxes[1].hasFocus)  # its own count's, not the first row's
    assert _in_sight(boxes[1], record.case_scroll)
    qtbot.keyClick(boxes[1], Qt.Key.Key_X, ALT)
    qtbot.waitUntil(boxes[2].hasFocus)
    assert _in_sight(boxes[2], record.case_scroll)
    qtbot.keyClick(boxes[2], Qt.Key.Key_X, ALT)
    qtbot.waitUntil(boxes[0].hasFocus)  # round again
    assert _in_sight(boxes[0], record.case_scroll)
    assert not any(box.isChecked() for box in boxes)  # going there ticks nothing
    qtbot.keyClick(boxes[0], Qt.Key.Key_Space)
    assert boxes[0].isChecked()
    # From the case's own fields, the first count's; the case number is at the top of the form.
    number = record.case_form.case_number
    number.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(number.hasFocus)
    qtbot.keyClick(number, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(boxes[0].hasFocus)
    assert _in_sight(boxes[0], record.case_scroll)
    assert number.text() == "BA100001"  # nothing typed in the field
    window.client_view.save()  # the tick, if leaving the box has not saved it yet
    stored = repo.get_client(client_id).cases[0].convictions
    assert [count.trafficking_related for count in stored] == [True, False, False]


def test_the_key_is_said_by_the_box_and_in_the_keyboard_list(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(_three_counts()))
    box = window.client_view.record.case_form.convictions.rows[0].trafficking
    assert "Alt+X" in box.accessibleDescription() and "Alt+X" in box.toolTip()
    assert "PC 236.14" in box.toolTip()  # what it asks, still said first
    listed = dict(shortcut_rows(window.menuBar()))
    assert any(keys.startswith("Alt+X") and "Trafficking / IPV" in what for keys, what in listed.items())
