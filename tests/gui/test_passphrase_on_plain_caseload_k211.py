"""K211-02: the window started with a passphrase (CLINIC_DESK_PASSPHRASE set, or
--passphrase-file) on a caseload never encrypted.  It rightly says so in a dialog, the first
thing it shows, but the terminal's line came only once that dialog was answered: started from a
terminal (or offscreen), nothing was said there and the program seemed to hang (R203)."""

from __future__ import annotations

from clinic_app.model import Client
from db.repository import Repository


def test_k211_a_passphrase_for_a_plain_caseload_is_said_at_the_terminal_before_the_dialog(qtbot, tmp_path, monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app

    plain = tmp_path / "plain.sqlite"
    with Repository.open(plain) as repo:
        repo.add_client(Client(name="Rosa Llave"))
    said = []  # (the dialog's words, what the terminal had been told when the dialog showed)
    monkeypatch.setattr("ui.app.make_app", QApplication.instance)
    monkeypatch.setattr("ui.crash.install_excepthook", lambda **_k: None)
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: said.append((str(error), capsys.readouterr().err)))
    assert ui_app.run(plain, passphrase="correct horse battery") == 1
    assert len(said) == 1
    words, at_the_terminal = said[0]
    assert words == f"The caseload {plain} is not encrypted: open it without a passphrase (or encrypt it with clinic-app encrypt)."
    assert f"clinic-app: {words}\n" in at_the_terminal  # said there before the dialog waits for an answer
