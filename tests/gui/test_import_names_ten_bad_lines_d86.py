"""D86-02: File > Import clients reads the file as `clinic-app import` does, so a referral list
with several bad lines is refused with each named (the first ten), where it named the first alone.
Since W88-01 they are named in the box's details (tests/gui/test_import_bad_lines_box_w88.py)."""

from __future__ import annotations

import pytest

from tests.cli.test_import_names_ten_bad_lines_d86 import _referrals
from tests.gui.test_import_bad_lines_box_w88 import refused_in_a_box

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_d86_02_the_window_s_import_names_the_bad_lines_too(qtbot, window, repo, monkeypatch, tmp_path):
    seen = refused_in_a_box(qtbot, window, monkeypatch, _referrals(tmp_path))
    assert seen["text"] == "The file was not imported (nothing was added): 12 bad lines in referrals.jsonl."
    lines = seen["details"].splitlines()
    assert lines[0].startswith("referrals.jsonl:3: person.dob: no such day: '1980-02-30'")
    assert len(lines) == 11 and lines[9].startswith("referrals.jsonl:20: ")
    assert lines[10] == "and 2 more bad lines"
    assert seen["informative"].startswith("Put those records right and import the whole file again.")
    assert repo.count_clients() == 0
