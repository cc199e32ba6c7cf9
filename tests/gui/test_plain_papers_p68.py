"""P68-01: handouts and filing worksheets saved to file from an encrypted caseload are plain
PDFs that name the client and their convictions; the window said "Saved rosa_es.pdf in ..."
and "3 handouts (11 pages) written to ...", while the export of the same caseload says its
file is not encrypted.  They are said now as the export says it, and only when the caseload
is encrypted; the files are written as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import TODAY, probation_client
from ui.tasks import save_event_handouts

SECRET = "una frase de paso larga"
EVENT = "Pomona 2026-11"
ONE = ("The PDF is not encrypted, as the caseload is: it names the client and their convictions in plain text. "
       "Carry it encrypted, and delete it once printed.")
MANY = ("The PDFs are not encrypted, as the caseload is: they name clients and their convictions in plain text. "
        "Carry them encrypted, and delete them once printed.")


def _saved_into(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda parent, title, suggested, kinds: (str(folder / Path(suggested).name), kinds)))


def test_p68_01_an_events_handouts_saved_from_an_encrypted_caseload_say_the_pdfs_are_not(qtbot, window, repo, monkeypatch, tmp_path):
    for name in ("Ana Evento", "Ciro Evento"):
        repo.add_client(probation_client(name, event=EVENT))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    (tmp_path / "plain").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "plain"))
    save_event_handouts(window, window.db_path, EVENT, TODAY, passphrase=repo.passphrase)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told[0].startswith("2 handouts (") and "not encrypted" not in told[0]  # a plain caseload: nothing to add
    repo.encrypt(SECRET)
    told.clear()
    (tmp_path / "usb").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "usb"))
    save_event_handouts(window, window.db_path, EVENT, TODAY, passphrase=repo.passphrase)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told[0].startswith("2 handouts (") and told[0].endswith(f"\n\n{MANY}")
    assert len(list((tmp_path / "usb" / "handouts-Pomona-2026-11").glob("*.pdf"))) == 2  # written as before


def test_p68_01_one_handout_saved_from_an_encrypted_caseload_says_the_pdf_is_not(qtbot, repo, monkeypatch, tmp_path):
    from ui.handout_dialog import HandoutDialog
    from ui.services import screen_client

    client = probation_client("Rosa Cifrada")
    repo.add_client(client)
    _saved_into(monkeypatch, tmp_path)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    said = []
    dialog.said.connect(said.append)
    target = dialog.save_pdf()
    assert said == [f"Saved {target.name} in {tmp_path.resolve()}"]  # a plain caseload: as before
    assert dialog.plain_saved.isHidden()
    repo.encrypt(SECRET)
    target = dialog.save_pdf()
    assert target.read_bytes().startswith(b"%PDF-")  # the file itself is as before
    assert said[1] == f"Saved {target.name} in {tmp_path.resolve()}. {ONE}"  # status bar, and aloud
    # In the dialog, above the page, where the label beside the buttons would cut it short.
    assert dialog.page_label.text() == f"Saved {target.name} in {tmp_path.resolve()}"
    assert not dialog.plain_saved.isHidden() and dialog.plain_saved.text() == ONE


def test_p68_01_a_worksheet_saved_from_an_encrypted_caseload_says_the_pdf_is_not(qtbot, window, repo, monkeypatch, tmp_path, announcements):
    _saved_into(monkeypatch, tmp_path)
    repo.encrypt(SECRET)
    window.open_client(repo.add_client(probation_client("Wendy Cifrada")))
    window.worksheet_action.trigger()
    saved = tmp_path / f"worksheet-Wendy-Cifrada-{TODAY.isoformat()}.pdf"
    assert saved.is_file()
    said = f"Saved {saved.name} in {tmp_path.resolve()}. {ONE}"
    assert window.statusBar().currentMessage() == said and said in [message for _o, message, _p in announcements]
