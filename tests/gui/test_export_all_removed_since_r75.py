"""R75-03: Caseload > Export the clients shown, every client shown removed at another desk after
the list was shown (a search showing one client, deleted at the other desk as a duplicate):
P74-03 left each out and named them, and wrote the file anyway, empty, over the file of that
name chosen in the save box (yesterday's day.jsonl, its clients gone), saying "Exported 0
clients".  An empty export looked like a day's work to carry to the clinic, and emptied
yesterday's (D23D-02: `clinic-app export` writes no file then).  No file is written now, and
the file of that name is left as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.repository import Repository
from tests.gui.conftest import probation_client


def test_r75_03_an_export_of_clients_all_removed_elsewhere_writes_no_file(qtbot, window, repo, monkeypatch, tmp_path):
    beto = repo.add_client(probation_client("Beto Desk", case_number="BA601"))
    window.load()
    assert window.export_shown_action.text().replace("&", "") == "Export the 1 client shown..."
    with Repository.open(repo.path, user="other-desk") as other:
        other.delete_client(beto)  # at another desk, the list here not yet read again
    target = tmp_path / "day.jsonl"
    yesterday = b'{"yesterday": "a day\'s clients"}\n'
    target.write_bytes(yesterday)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # replace it, if asked
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(f"warned: {text}"))
    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    (said,) = told
    assert said == (f"warned: Nothing was exported, and no file was written: {target} is as it was.\n\n"
                    f"Not in the file: Beto Desk (id {beto}), removed from the caseload after the list was "
                    "shown (at another desk, or another window).")
    assert target.read_bytes() == yesterday
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".day")) == []
