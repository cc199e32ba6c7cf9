"""P74-03: Caseload > Export the clients shown, with one of them removed at another desk after
the list was shown (two desks on one caseload, or a second window): the whole export stopped,
no file written, with "There is no client number 1854 in this caseload." and not a word of the
145 others or what to do.  The client removed is left out and named; the others are written,
as a batch of handouts skips and names a client removed since it began (B30-01)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from clinic_app.cli import read_import
from db.repository import Repository
from tests.gui.conftest import probation_client
from tests.gui.export_words import HANDED_OVER


def test_p74_03_a_client_removed_elsewhere_is_left_out_of_the_export_and_named(qtbot, window, repo, monkeypatch, tmp_path):
    ids = {name: repo.add_client(probation_client(name, case_number=f"BA60{n}"))
           for n, name in enumerate(("Ana Desk", "Beto Desk", "Carla Desk"))}
    window.load()
    assert window.export_shown_action.text().replace("&", "") == "Export the 3 clients shown..."
    with Repository.open(repo.path, user="other-desk") as other:
        other.delete_client(ids["Beto Desk"])  # at another desk, the list here not yet read again
    target = tmp_path / "day.jsonl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(f"warned: {text}"))
    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    (said,) = told
    assert said == (f"warned: Exported 2 clients to {target} (readable by you only).\n\n"
                    f"Not in the file: Beto Desk (id {ids['Beto Desk']}), removed from the caseload after the list was "
                    "shown (at another desk, or another window).\n\n" + HANDED_OVER)
    clients, _reviews = read_import(target)
    assert sorted(c.name for c in clients) == ["Ana Desk", "Carla Desk"]
