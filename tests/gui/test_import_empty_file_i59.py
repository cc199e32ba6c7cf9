"""I59-04: File > Import clients of an empty file says it is empty and what to do, as
`clinic-app import` says it, not a bare "the file is empty" with no advice."""

from __future__ import annotations

import pytest

from tests.gui.conftest import warned_on_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_i59_the_window_s_import_of_an_empty_file_says_what_to_do(qtbot, window, repo, monkeypatch, tmp_path):
    empty = tmp_path / "day.jsonl"
    empty.write_bytes(b"")
    warned = warned_on_import(qtbot, window, monkeypatch, empty)
    assert warned == ["The file was not imported (nothing was added): the file is empty. "
                      "Copy or export the file again from the laptop, and import that file."]
    assert repo.count_clients() == 0
