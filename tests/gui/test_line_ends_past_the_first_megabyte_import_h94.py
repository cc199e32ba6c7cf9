"""H94-03 in the window: File > Import clients of two days' lists joined, the first (over a
megabyte) with LF line ends and the second an old Mac's (CR alone), said "line 22: not valid
JSON: Extra data", as `clinic-app import` did.  It now adds every line's client."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.cli.test_line_ends_past_the_first_megabyte_h94 import joined_days
from tests.cli.test_old_mac_line_ends_j91 import _named

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h94_03_the_window_imports_an_old_macs_list_joined_after_a_megabyte_of_lf_lines(qtbot, window, repo, monkeypatch,
                                                                                         tmp_path):
    day = tmp_path / "two-days.jsonl"
    day.write_bytes(joined_days([_named(f"LA-{k}") for k in range(21)], [_named(f"LB-{k}") for k in range(3)]))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: pytest.fail(f"warned: {text}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.import_action.trigger()
    assert repo.count_clients() == 24
