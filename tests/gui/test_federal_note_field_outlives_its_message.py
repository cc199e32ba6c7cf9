"""Y162-04 said a federal-law note aloud as its field is left (`editingFinished`).  A field still
focused when its window closed emits it once more on the way out, after the note's label is
gone: the clean-clone CI of 38f0d819 met "Internal C++ object (MessageLabel) already deleted" in
three Record-tab tests' teardown.  Leaving a field whose note is gone says nothing, and raises
nothing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLineEdit, QWidget  # noqa: E402
from shiboken6 import delete  # noqa: E402

from ui.case_rows import say_federal_law_on_leaving  # noqa: E402
from ui.forms import MessageLabel  # noqa: E402


def test_leaving_a_field_after_its_note_is_gone_raises_nothing(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    field, message = QLineEdit(holder), MessageLabel(holder)
    say_federal_law_on_leaving(field, message)
    field.setText("18 USC 1343")
    message.say("18 USC 1343 is federal law (the United States Code): a case from a federal court, which no "
                "California remedy reaches; type “federal” in State or court", kind="note")
    delete(message)  # as a closing window takes its labels before a focused field lets go
    field.editingFinished.emit()  # an exception in the slot fails this test (pytest-qt)
