"""O61-02: File > Import clients of a file that holds no clients (``[]``) said "Imported 0
clients from day.json."; it says now what `clinic-app import` says (the same words,
cli.NoClientsInFile), and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.backup import before_change_backups
from tests.gui.conftest import probation_client, warned_on_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_o61_the_window_s_import_of_no_clients_says_so_and_changes_nothing(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Rita Real"))
    before = repo.last_change()
    nobody = tmp_path / "day.json"
    nobody.write_text("[]", encoding="utf-8")
    warned = warned_on_import(qtbot, window, monkeypatch, nobody)
    assert warned == ["The file was not imported (nothing was added): the file holds no clients (its list is empty). "
                      "Copy or export the file again from the laptop, and import that file."]
    assert repo.count_clients() == 1
    assert repo.last_change() == before
    assert before_change_backups(Path(repo.path).parent / "backups", repo.path, "import") == []
