"""The window started on a damaged caseload (an event laptop's, cut short by a USB stick pulled)
says the restore as it must be typed for that caseload, its newest backup and its --db: "Restore
the latest backup (clinic-app restore)", typed with the event's backup and no --db, replaced the
clinic's own caseload by it (Y119-04)."""

from __future__ import annotations

import shlex

from clinic_app.model import Client
from db.backup import backup_rotating
from db.repository import Repository


def test_y119_the_window_started_on_a_damaged_caseload_names_its_restore(qtbot, tmp_path, monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication

    from ui import app as ui_app

    monkeypatch.setattr("db.connection.default_caseload_path", lambda: tmp_path / "data" / "caseload.sqlite")
    event = tmp_path / "event laptop" / "pomona.sqlite"
    with Repository.open(event) as repo:
        repo.add_clients([Client(name=f"Cliente número {n}" * 10) for n in range(500)])
        backup = backup_rotating(repo.db)
    event.write_bytes(event.read_bytes()[: event.stat().st_size // 2])
    said = []
    monkeypatch.setattr("ui.app.make_app", QApplication.instance)
    monkeypatch.setattr("ui.crash.install_excepthook", lambda **_k: None)
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: said.append(str(error)))
    assert ui_app.run(event) == 1
    command = f"clinic-app restore {shlex.quote(str(backup))} --db {shlex.quote(str(event))}"
    assert len(said) == 1 and f"is damaged. Restore the latest backup with {command} (older ones are in " in said[0]
    assert said[0] in capsys.readouterr().err
