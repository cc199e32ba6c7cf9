"""R75-04: an Alt letter of the case form (Alt+U, Case number; Alt+T, Sentence) pressed with the
keyboard at the foot of a long case (its third count's offense, the form scrolled down) put the
keyboard in the field, out of sight above the form's fold: typing went into a field nobody saw.
Tab scrolls a scroll area to the field it reaches, an Alt letter did not; X74-01 scrolled the
page to the control the keyboard goes to, not the case form inside it.  The case form, and the
client's pane beside it, now scroll to it too, as the page does."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_trafficking_box_key_x74 import _in_sight, _three_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize(("key", "field"), [(Qt.Key.Key_U, "case_number"), (Qt.Key.Key_T, "sentence_type")])
def test_r75_04_an_alt_letter_scrolls_the_case_form_to_its_field(qtbot, window, repo, key, field):
    client_id = repo.add_client(_three_counts())
    window.load()
    window.open_client(client_id)
    gc.collect()  # the watch is kept by its scroll area, not by a name in Python
    window.resize(1024, 600)  # the case form scrolls: its fields above and below the fold
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    record = window.client_view.record
    form = record.case_form
    last = form.convictions.rows[2].offense
    last.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(last.hasFocus)
    bar = record.case_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    target = getattr(form, field)
    assert not _in_sight(target, record.case_scroll)  # above the fold, as the keyboard leaves its count
    qtbot.keyClick(last, key, ALT)
    qtbot.waitUntil(target.hasFocus)
    assert QApplication.focusWidget() is target
    assert _in_sight(target, record.case_scroll)
