"""The window asks for an encrypted caseload's passphrase, says when it is wrong, and opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.model import Client  # noqa: E402
from db.repository import Repository  # noqa: E402
from ui import app as ui_app  # noqa: E402
from ui.passphrase_dialog import MAX_TRIES, PassphraseDialog  # noqa: E402

SECRET = "llave secreta"


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "secret.sqlite"
    with Repository.open(path, passphrase=SECRET) as repo:
        repo.add_client(Client(name="Ana Encriptada"))
    return path


def _open(path):
    return lambda typed: Repository.open(path, passphrase=typed)


def test_a_wrong_passphrase_is_said_beside_the_field_then_the_right_one_opens(qtbot, encrypted):
    dialog = PassphraseDialog(encrypted, _open(encrypted))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "not the one")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "does not open" in dialog.message.text()
    assert dialog.field.text() == "" and dialog.opened is None
    qtbot.keyClicks(dialog.field, SECRET)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == PassphraseDialog.DialogCode.Accepted
    with dialog.opened as repo:
        assert [row.name for row in repo.list_clients()] == ["Ana Encriptada"]


def test_too_many_wrong_passphrases_give_up(qtbot, encrypted):
    dialog = PassphraseDialog(encrypted, _open(encrypted))
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(MAX_TRIES):
        qtbot.keyClicks(dialog.field, "guess")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == PassphraseDialog.DialogCode.Rejected and dialog.opened is None


def test_the_program_asks_for_the_passphrase_and_shows_the_caseload(qtbot, encrypted, monkeypatch):
    seen = []

    def type_passphrase():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog) and w.isVisible())
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.field, SECRET)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_passphrase)
    repo = ui_app._open_caseload(encrypted, None, ask=True)
    try:
        assert seen == ["Encrypted caseload"]
        assert repo.passphrase == SECRET and repo.count_clients() == 1
    finally:
        repo.close()


def test_the_window_reads_the_encrypted_caseload_in_the_background(qtbot, encrypted):
    from ui.main_window import MainWindow

    repo = Repository.open(encrypted, passphrase=SECRET)
    window = MainWindow(repo, encrypted)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.caseload_loaded, timeout=30_000):
            window.load_in_background()
        model = window.caseload.proxy
        assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Ana Encriptada"]
    finally:
        window.close()
        repo.close()
