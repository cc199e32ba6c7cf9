"""J91-01 in the window: File > Import clients of a referral list whose lines end in CR alone
(old Excel's "CSV (Macintosh)") said "line 1: not valid JSON: Extra data at column ...", as
`clinic-app import` did.  It now adds each line's client, and a broken line is named at its own
line number."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clinic_app.screening_format import client_to_request_dict
from tests.gui.conftest import probation_client, warned_on_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

NAMES = ("Otto Otro", "Olga Otra", "Omar Oso")


def _lines() -> list[str]:
    return [json.dumps(client_to_request_dict(probation_client(name, case_number=f"BA20000{k}")))
            for k, name in enumerate(NAMES)]


def test_j91_the_window_imports_a_file_with_cr_alone_line_by_line(qtbot, window, repo, monkeypatch, tmp_path):
    day = tmp_path / "day.jsonl"
    day.write_bytes(("\r".join(_lines()) + "\r").encode())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: pytest.fail(f"warned: {text}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.import_action.trigger()
    assert sorted(client.name for client in repo.list_clients()) == sorted(NAMES)


def test_j91_the_window_names_the_broken_line_of_a_file_with_cr_alone(qtbot, window, repo, monkeypatch, tmp_path):
    lines = _lines()
    lines[1] = lines[1][:-9] + "x}"
    day = tmp_path / "day.jsonl"
    day.write_bytes(("\r".join(lines) + "\r").encode())
    (warned,) = warned_on_import(qtbot, window, monkeypatch, day)
    assert "line 2: not valid JSON" in warned and "Extra data" not in warned
    assert repo.count_clients() == 0
