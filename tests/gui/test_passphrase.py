"""The window asks for an encrypted caseload's passphrase, says when it is wrong, and opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.model import Client  # noqa: E402
from db.repository import Repository  # noqa: E402
from ui import app as ui_app  # noqa: E402
from ui.passphrase_dialog import MAX_TRIES, PassphraseDialog  # noqa: E402

SECRET = "llave secreta"


@pytest.fixture(scope="module")
def encrypted_made(tmp_path_factory):
    """An encrypted caseload with Ana Encriptada, made and closed once a test process: made for
    each of the six tests that open it, it paid SQLCipher's key derivation (the product's) at
    each open, ~0.2 s of CPU a test (T191-03)."""
    path = tmp_path_factory.mktemp("encrypted-made") / "secret.sqlite"
    with Repository.open(path, passphrase=SECRET) as repo:
        repo.add_client(Client(name="Ana Encriptada"))
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # closed whole: no -wal left beside it
    return path


@pytest.fixture
def encrypted(tmp_path, encrypted_made):
    """A copy of `encrypted_made` of the test's own, byte for byte (its mode and times too):
    the tests open, write and re-key it."""
    import shutil

    return Path(shutil.copy2(encrypted_made, tmp_path / "secret.sqlite"))


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


def test_too_many_wrong_passphrases_give_up_and_say_so(qtbot, encrypted, monkeypatch):
    """The program ends after the last try: it says why first (W21-12: the window vanished
    without a word), and counts the tries left as a person does ("1 try left")."""
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    dialog = PassphraseDialog(encrypted, _open(encrypted))
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(MAX_TRIES - 1):
        qtbot.keyClicks(dialog.field, "guess")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.message.text() == "That passphrase does not open this caseload. Try again (1 try left)."
    assert said == []
    qtbot.keyClicks(dialog.field, "guess")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == PassphraseDialog.DialogCode.Rejected and dialog.opened is None
    assert said == [f"{MAX_TRIES} passphrases in a row did not open secret.sqlite, so Clinic Desk closes now. "
                    "Nothing in it was changed: start Clinic Desk again to try once more. If the passphrase is lost, nobody "
                    "can open this caseload, not even the clinic: Clinic Desk has no way round it. Ask whoever keeps "
                    "the clinic's keys."]


def test_giving_up_on_another_caseloads_passphrase_says_this_window_stays(qtbot, window, encrypted, monkeypatch):
    """D25-05: from File > Open caseload, the last wrong passphrase said "Clinic Desk closes
    now", and the window stayed open on its own caseload."""
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(encrypted), ""))

    def exec_(dialog):
        dialog.show()
        for _ in range(MAX_TRIES):
            dialog.field.setText("guess")
            dialog.try_open()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    window.open_caseload_action.trigger()
    assert said == [f"{MAX_TRIES} passphrases in a row did not open secret.sqlite, so it is not opened: this window stays "
                    "on the caseload it shows. Nothing was changed. If the passphrase is lost, nobody can open this caseload, "
                    "not even the clinic: Clinic Desk has no way round it. Ask whoever keeps the clinic's keys."]
    assert window.isVisible() and window.next_window is None


def test_the_program_asks_for_the_passphrase_and_shows_the_caseload(qtbot, encrypted, monkeypatch):
    seen = []

    def type_passphrase():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog) and w.isVisible())
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.field, SECRET)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_passphrase)
    repo = ui_app.open_repository(encrypted, None, ask=True)
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


def test_the_windows_long_work_opens_the_encrypted_caseload_too(qtbot, encrypted, tmp_path, monkeypatch):
    """Re-screen and backup run on worker threads with their own connections: they get the passphrase."""
    from datetime import date

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from db.cipher import looks_encrypted
    from ui import tasks
    from ui.main_window import MainWindow

    repo = Repository.open(encrypted, passphrase=SECRET)
    window = MainWindow(repo, encrypted)
    qtbot.addWidget(window)
    try:
        window.load()
        monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: date(2027, 4, 1))
        with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
            window.rescreen_action.trigger()
        assert repo.latest_screening(repo.client_ids()[0]).as_of == date(2027, 4, 1)

        target = tmp_path / "copy.sqlite"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        told = []
        monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(text))
        window.backup_action.trigger()
        qtbot.waitUntil(lambda: bool(told), timeout=60_000)
        assert looks_encrypted(target) and b"Encriptada" not in target.read_bytes()
    finally:
        window.close()
        repo.close()


def test_new_passphrase_dialog_says_why_encrypt_is_disabled(qtbot):
    from ui.passphrase_dialog import MIN_LENGTH, NewPassphraseDialog

    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    # Nothing typed yet: the rule is said, but no warning (W21-28); Encrypt says why it is grey.
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == ""
    assert str(MIN_LENGTH) in dialog.ok_button.toolTip()
    assert any(f"At least {MIN_LENGTH} characters" in label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog))
    qtbot.keyClicks(dialog.first, "corta")
    assert not dialog.ok_button.isEnabled() and str(MIN_LENGTH) in dialog.message.text()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "tres palabras largas")
    assert not dialog.ok_button.isEnabled() and "differ" in dialog.message.text()
    qtbot.keyClicks(dialog.second, "tres palabras largas")
    assert dialog.ok_button.isEnabled() and dialog.message.text() == ""
    assert dialog.passphrase() == "tres palabras largas"


def new_passphrase_typed(qtbot, typed: str):
    """What types `typed` twice into the new-passphrase dialog shown and accepts it, to run
    once File > Encrypt caseload... or Change passphrase has shown it."""
    from ui.passphrase_dialog import NewPassphraseDialog

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewPassphraseDialog) and w.isVisible())
        qtbot.keyClicks(dialog.first, typed)
        qtbot.keyClicks(dialog.second, typed)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return choose


def test_file_encrypt_turns_the_open_caseload_into_an_encrypted_one_and_work_goes_on(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from db.cipher import looks_encrypted
    from ui.main_window import MainWindow

    path = tmp_path / "caseload.sqlite"
    repo = Repository.open(path)
    repo.add_client(Client(name="Beto Plano"))
    window = MainWindow(repo, path)
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(title))

    try:
        window.load()
        assert window.encrypt_action.isEnabled()
        QTimer.singleShot(0, new_passphrase_typed(qtbot, "frase nueva de prueba"))
        window.encrypt_action.trigger()
        qtbot.waitUntil(lambda: told == ["Caseload encrypted"], timeout=60_000)
        assert looks_encrypted(path) and b"Beto Plano" not in path.read_bytes()
        assert repo.passphrase == "frase nueva de prueba" and not window.encrypt_action.isEnabled()
        assert window.rekey_action.isEnabled()  # now there is a passphrase to change
        # The window goes on with the same repository, now on the encrypted file.
        repo.add_client(Client(name="Después Cifrado"))
        with Repository.open(path, passphrase="frase nueva de prueba") as again:
            assert sorted(row.name for row in again.list_clients()) == ["Beto Plano", "Después Cifrado"]
    finally:
        window.close()
        repo.close()


def test_file_change_passphrase_rekeys_the_open_caseload_and_names_the_old_backups(qtbot, tmp_path, monkeypatch):
    """A clinic changes the passphrase when a volunteer who knew it leaves: the window goes
    on with the caseload, which opens with the new passphrase only."""
    from PySide6.QtWidgets import QMessageBox

    from db.backup import backup_to
    from ui.main_window import MainWindow
    from ui.passphrase_dialog import NewPassphraseDialog

    path = tmp_path / "caseload.sqlite"
    repo = Repository.open(path, passphrase="la frase de antes")
    repo.add_client(Client(name="Cata Clave"))
    old_backup = backup_to(repo.db, tmp_path / "backups" / "caseload-old.sqlite")
    window = MainWindow(repo, path)
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append((title, text)))

    def choose_passphrase():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewPassphraseDialog) and w.isVisible())
        assert dialog.windowTitle() == "Change the passphrase" and dialog.ok_button.text() == "Change"
        qtbot.keyClicks(dialog.first, "la frase de ahora")
        qtbot.keyClicks(dialog.second, "la frase de ahora")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    try:
        window.load()
        assert window.rekey_action.isEnabled() and not window.encrypt_action.isEnabled()
        QTimer.singleShot(0, choose_passphrase)
        window.rekey_action.trigger()
        qtbot.waitUntil(lambda: bool(told), timeout=60_000)
        title, text = told[0]
        assert title == "Passphrase changed" and str(old_backup) in text
        assert repo.passphrase == "la frase de ahora"
        repo.add_client(Client(name="Después Del Cambio"))
        with Repository.open(path, passphrase="la frase de ahora") as again:
            assert sorted(row.name for row in again.list_clients()) == ["Cata Clave", "Después Del Cambio"]
    finally:
        window.close()
        repo.close()


def test_change_passphrase_is_greyed_for_a_plain_caseload(qtbot, tmp_path):
    from ui.main_window import MainWindow

    path = tmp_path / "caseload.sqlite"
    repo = Repository.open(path)
    window = MainWindow(repo, path)
    qtbot.addWidget(window)
    try:
        assert not window.rekey_action.isEnabled() and window.encrypt_action.isEnabled()
    finally:
        window.close()
        repo.close()
