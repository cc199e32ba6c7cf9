"""S139-03: the report's Save..., File > Import clients... and Export the clients shown started
in the home folder each time, where a handout's, a worksheet's and a backup's chooser start in
the folder the last of their kind went to: the month's report walked back to the funder's
folder, the event laptop's export to the USB stick.  Each now starts where the last of its kind
went (an import, where the last import came from, else where the last export went), remembered
once the file is written or read; a folder no longer there (the stick taken out) is passed over."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.export import exported
from db.repository import Repository
from tests.gui.conftest import probation_client, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _saving_into(monkeypatch, folder: Path | None) -> list[str]:
    """The save chooser patched: each start offered kept, the file named in `folder` (None: Cancel)."""
    offered: list[str] = []

    def choose(_parent, _title, start, kinds):
        offered.append(start)
        return ("", "") if folder is None else (str(folder / Path(start).name), kinds.split(";;")[0])

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return offered


def test_the_reports_save_starts_where_the_last_report_went(qtbot, window, repo, monkeypatch, stick):
    repo.add_client(probation_client("Ana Abad"))
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    offered = _saving_into(monkeypatch, stick)
    saved = dialog.save()
    assert saved is not None and saved.parent == stick and Path(offered[0]).parent == Path.home()
    offered = _saving_into(monkeypatch, None)
    dialog.save()
    assert Path(offered[0]) == stick / saved.name


def test_the_export_starts_where_the_last_export_went_and_a_folder_gone_is_passed_over(qtbot, window, repo, monkeypatch, stick):
    repo.add_client(probation_client("Ana Abad"))
    window.load()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    offered = _saving_into(monkeypatch, stick)
    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert (stick / "clients.jsonl").is_file()

    offered = _saving_into(monkeypatch, None)
    window.export_shown_action.trigger()
    assert offered == [str(stick / "clients.jsonl")]

    shutil.rmtree(stick)  # the stick taken out
    offered = _saving_into(monkeypatch, None)
    window.export_shown_action.trigger()
    assert offered == [str(Path.home() / "clients.jsonl")]


def test_the_import_starts_where_the_last_import_came_from_else_the_last_export(qtbot, window, repo, monkeypatch, tmp_path, stick):
    day = stick / "laptop.jsonl"
    with Repository.open(tmp_path / "laptop.sqlite", user="atty-volunteer") as laptop:
        client_id = laptop.add_client(probation_client("Ana Abad"))
        day.write_text(json.dumps(exported(laptop, client_id)) + "\n", encoding="utf-8")
    window.load()
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start, _k: offered.append(start) or ("", ""))
    window.import_action.trigger()
    assert offered == [str(Path.home())]

    exports = tmp_path / "exports"
    exports.mkdir()
    QSettings().setValue("exports/folder", str(exports))  # this desk's last export went there
    window.import_action.trigger()
    assert offered[-1] == str(exports)

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start, _k: offered.append(start) or (str(day), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start, _k: offered.append(start) or ("", ""))
    window.import_action.trigger()
    assert offered[-1] == str(stick)
