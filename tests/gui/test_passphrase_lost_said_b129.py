"""B129-03: the director, who had forgotten the caseload's passphrase, was told after five
tries to "start Clinic Desk again to try once more", and went on guessing: nothing at that
moment said that a lost passphrase is the end of it.  The last wrong try says it now, of a
caseload and of a backup to restore, with whom to ask."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from db.cipher import encrypt_caseload  # noqa: E402
from db.repository import Repository  # noqa: E402
from ui.passphrase_dialog import MAX_TRIES, NOT_RESTORED, PassphraseDialog  # noqa: E402


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "clinic.sqlite"
    Repository.open(path).close()
    encrypt_caseload(path, "la frase de la clinica")
    return path


@pytest.mark.parametrize("what, extra", [("caseload", {}), ("backup", {"gave_up": NOT_RESTORED})])
def test_the_last_wrong_passphrase_says_a_lost_one_cannot_be_got_round(qtbot, encrypted, monkeypatch, what, extra):
    said = []
    titles = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: (titles.append(title), said.append(text)))
    dialog = PassphraseDialog(encrypted, lambda typed: Repository.open(encrypted, passphrase=typed), what=what, **extra)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(MAX_TRIES):
        qtbot.keyClicks(dialog.field, "olvidada")
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    (text,) = said
    # Titled for what it was asked of, as the dialog is (S147-02).
    assert titles == [dialog.windowTitle()] == [f"Encrypted {what}"]
    assert f"If the passphrase is lost, nobody can open this {what}" in text
    assert "not even the clinic" in text and "keeps the clinic's keys" in text
