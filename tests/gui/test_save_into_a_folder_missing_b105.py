"""B105-03: the window's save dialogs, given a file in a folder that is not there (the USB
stick's, remembered or typed, with the stick out): Export the clients shown named its hidden
partial file ("No such file or directory"), Save PDF said "No such file or directory", the
report's Save ended in the crash dialog.  Each says in a warning, in the words `export --out`
says it, that the folder is missing, nothing made."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import TODAY, probation_client, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def told(monkeypatch):
    """What the program says in message boxes, title and text."""
    said: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, title, text, *_a: said.append((title, text)))
    return said


def _typed(monkeypatch, path, kind=""):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), kind)))


def _missing_said(target) -> str:
    return f"{target}: folder {target.parent} does not exist; make it first, or choose another. Nothing was written."


def test_export_into_a_folder_missing_is_said_and_nothing_made(qtbot, window, repo, monkeypatch, tmp_path, told):
    repo.add_client(probation_client("Rosa Stick"))
    window.load()
    target = tmp_path / "usb" / "day.jsonl"
    _typed(monkeypatch, target)
    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told == [("Export the clients shown", _missing_said(target))]
    assert not target.parent.exists()


def test_save_pdf_into_a_folder_missing_is_said_and_nothing_made(qtbot, monkeypatch, tmp_path, told):
    from ui.handout_dialog import save_pdf_file

    target = tmp_path / "usb" / "rosa.pdf"
    _typed(monkeypatch, target)
    assert save_pdf_file(None, "Save handout", "handout", "b105/folder", "rosa.pdf", b"%PDF-1.4") is None
    assert told == [("Save handout", _missing_said(target))]
    assert not target.parent.exists()


@pytest.mark.parametrize("name, kind", [("report.json", "Text (*.txt)"), ("report", "JSON (*.json)")])
def test_the_reports_save_into_a_folder_missing_is_said(qtbot, window, monkeypatch, tmp_path, told, name, kind):
    dialog = report_shown(qtbot, window, monkeypatch)
    typed = tmp_path / "usb" / name
    _typed(monkeypatch, typed, kind)
    assert dialog.save() is None
    assert told == [("Save the report", _missing_said(typed))]
    assert not typed.parent.exists()
