"""H99-02 in the window: the hidden partial file a killed export left, chosen by its name at
File > Import clients (the stick seen in Windows shows it), was imported as the whole day, its
first ten clients; it is refused as an export never finished, and nothing is added."""

from __future__ import annotations

import sys

import pytest

from tests.cli.test_killed_export_partial_h99 import killed_export
from tests.gui.conftest import warned_on_import

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)"),
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]


def test_h99_02_the_window_refuses_a_killed_exports_partial_file(qtbot, window, repo, monkeypatch, tmp_path):
    partial = killed_export(tmp_path)
    (warned,) = warned_on_import(qtbot, window, monkeypatch, partial)
    assert "this is an export that was never finished" in warned and "Export the clients again on the laptop" in warned
    assert repo.count_clients() == 0
