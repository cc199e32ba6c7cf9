"""J89-02 in the window: File > Import clients of a referral list saved as UTF-16 (Notepad's
"Unicode") says what `clinic-app import` says: the encoding, and to save it as UTF-8."""

from __future__ import annotations

import pytest

from tests.gui.conftest import warned_on_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_j89_the_window_s_import_of_a_utf16_file_says_so(qtbot, window, repo, monkeypatch, tmp_path):
    day = tmp_path / "day.jsonl"
    day.write_bytes('{"person": {}}\r\n'.encode("utf-16"))
    assert warned_on_import(qtbot, window, monkeypatch, day) == [
        'The file was not imported (nothing was added): UTF-16 text (as Notepad saves "Unicode" and Excel "Unicode '
        'Text"), not UTF-8 text: open it and save it as UTF-8. Import the file saved as UTF-8.']
    assert repo.count_clients() == 0
