"""A141-04: Caseload > Merge a duplicate into this client, opened on the laptop's copy (the import's
record, id 62) where the office's record (id 61) was the one to keep, as P129-02's tired paralegal
did at the command line.  Under the list the dialog says "This client, id 62, came by import ...; to
keep that one, open id 61 and merge this client into it" (X45), but the keyboard is in the list,
and a screen reader heard the other record's name, date of birth and differences, never which
was the import's copy.  Each record is now heard with it, as the arrows choose it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from clinic_app.merging import merge_into
from tests.gui.conftest import show_active
from tests.gui.test_merge_dialog_room_for_the_merge_m89 import _rosa_s_two_records
from ui.merge_dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_a141_04_the_record_chosen_is_heard_with_which_came_by_import(qtbot):
    office, laptop = _rosa_s_two_records()
    mine, other = laptop, office  # opened on the laptop's copy: the swap
    mine.id, other.id = 62, 61
    imported = {62: ("compton-fair.jsonl", datetime(2026, 11, 21, 18, 0, tzinfo=timezone.utc))}
    dialog = MergeDialog(mine, [(other, merge_into(mine, other))], imported=imported)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.records
    cell = QAccessible.queryAccessibleInterface(dialog.records).focusChild()
    assert cell is not None
    heard = cell.text(QAccessible.Text.Description)
    assert heard == dialog.origin.text()
    assert "This client, id 62, came by import" in heard and "open id 61 and merge this client into it" in heard
    qtbot.keyClick(dialog.records, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
