"""L60-01: File > Import clients made its copy of the caseload "before" the import even when
every client of the file was skipped (the same record already here), as `clinic-app import`
did until J59-02: each re-import of the same file made a copy of nothing changed and, only
the newest few being kept, pushed out the copy made before a real import.  Now the window
asks first (Repository.import_would_change) and says when nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from clinic_app.screening_format import client_to_request_dict
from db.backup import before_change_backups
from tests.gui.conftest import probation_client

NOTHING_CHANGED = "Nothing in the caseload changed, so no copy of it was made before this import."


def _import(qtbot, window, monkeypatch, path: Path) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.import_action.trigger()
    return told


def test_the_same_file_imported_again_in_the_window_makes_no_copy_and_says_nothing_changed(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Rita Real"))
    day = tmp_path / "day.json"
    day.write_text(json.dumps([client_to_request_dict(probation_client(n, case_number=f"BA20000{k}"))
                               for k, n in enumerate(("Otto Otro", "Olga Otra"))]))
    backups = Path(repo.path).parent / "backups"

    (first,) = _import(qtbot, window, monkeypatch, day)
    (kept,) = before_change_backups(backups, repo.path, "import")
    assert first == f"Imported 2 clients (ids 2-3) from day.json.\n\nThe caseload as it was before this import is kept in {kept}."

    for _evening in range(6):  # five copies "before" are kept: a sixth pushed the real one out
        (again,) = _import(qtbot, window, monkeypatch, day)
        assert again.startswith("Imported 0 clients from day.json.\n\nSkipped 2 clients already in the caseload with the same record"), again
        assert again.endswith(f"\n\n{NOTHING_CHANGED}") and "kept in" not in again, again
    assert before_change_backups(backups, repo.path, "import") == [kept]
    assert repo.count_clients() == 3
