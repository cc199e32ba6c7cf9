"""R76-02: the case form scrolls the field the keyboard goes to into sight (R75-04), but it did
so too where the keyboard only came back to the window: the focus in "Case number" at the top, the
form scrolled down with the wheel to read the counts, then another program (the court's site, a
PDF) and back with Alt+Tab, and the form jumped back up to "Case number", the counts being read
gone.  Tab, an Alt letter or the program moving the keyboard in the window still scroll to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.gui.test_trafficking_box_key_x74 import _in_sight, _three_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _activate(qtbot, widget) -> None:
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)


def test_r76_02_coming_back_to_the_window_leaves_the_case_form_where_it_was_read(qtbot, window, repo):
    client_id = repo.add_client(_three_counts())
    window.load()
    window.open_client(client_id)
    window.resize(1024, 600)  # the case form scrolls
    _activate(qtbot, window)
    record = window.client_view.record
    form = record.case_form
    form.case_number.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(form.case_number.hasFocus)
    bar = record.case_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the counts read with the wheel, the keyboard still in Case number
    elsewhere = QWidget()  # another program's window
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    _activate(qtbot, elsewhere)
    _activate(qtbot, window)
    qtbot.waitUntil(form.case_number.hasFocus)
    assert bar.value() == bar.maximum()  # had jumped back to the top (21 of 1037)
    # The keyboard moved within the window still brings its field into sight (R75-04).
    last = form.convictions.rows[2].offense
    last.setFocus(Qt.FocusReason.OtherFocusReason)
    bar.setValue(0)
    form.case_number.setFocus(Qt.FocusReason.ShortcutFocusReason)
    last.setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert _in_sight(last, record.case_scroll)
