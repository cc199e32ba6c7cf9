"""File > Open caseload's passphrase question belongs to the window it was asked from (Q61-03).

It was a window of its own (no parent): not kept above the Clinic Desk window, not centred on
it, a second entry in the taskbar.  A keyboard user who switched windows (Alt+Tab) came back to
the main window, blocked by the question now behind it: every key did nothing, and nothing
said why.  Now it is the window's dialog, kept above it by the window manager.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.model import Client  # noqa: E402
from db.repository import Repository  # noqa: E402
from ui.passphrase_dialog import PassphraseDialog  # noqa: E402

SECRET = "otra llave secreta"


def test_q61_03_the_passphrase_asked_from_the_window_stays_above_it(qtbot, window, tmp_path, monkeypatch):
    other = tmp_path / "laptop.sqlite"
    with Repository.open(other, passphrase=SECRET) as repo:
        repo.add_client(Client(name="Lía Portátil"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(other), ""))
    seen = []

    def type_passphrase():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or not dialog.field.hasFocus():
            QTimer.singleShot(10, type_passphrase)
            return
        handle = dialog.windowHandle()
        seen.append((dialog.parentWidget() is window, handle.transientParent() is window.windowHandle()))
        qtbot.keyClicks(dialog.field, SECRET)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    QTimer.singleShot(0, type_passphrase)
    window.open_caseload_action.trigger()
    assert seen == [(True, True)]
    opened = window.next_window
    assert opened is not None and opened.repo.passphrase == SECRET
    with qtbot.waitSignal(opened.caseload_loaded, timeout=30_000):
        pass
    assert opened.caseload.proxy.index(0, 0).data() == "Lía Portátil"
    opened.close()
