"""R101-02: File > Clinic details, the clinic's name typed with an accent still composed by the
system's input method (a dead key's "í" of "Clínica", shown underlined, not yet the field's text),
then Enter (Save, or Alt+S where the desktop underlines it): saved "Cl", the letter lost, and
every handout printed the clinic so at its foot.  Qt asks the input method to commit only when
the keyboard moves to another widget, and Save was pressed with the keyboard still in the field (H97-01 has the record's and
intake's forms commit it first; this dialog did not).  Its Save now does too.

Offscreen there is no system input method: the composition is sent as one sends it (H97's way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r101_02_save_saves_the_letter_still_composed_in_the_clinic_s_name(qtbot, window, repo):
    from ui.clinic_dialog import ClinicDetailsDialog

    window.load()
    show_active(qtbot, window)  # the window's watch of compositions (H97), as in use
    dialog = ClinicDetailsDialog(repo, window)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    name = dialog.fields["name"]
    name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "Cl")
    QApplication.sendEvent(name, QInputMethodEvent("í", []))  # the dead key's letter, shown composed
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Save, the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert repo.get_setting("clinic_name") == "Clí"
