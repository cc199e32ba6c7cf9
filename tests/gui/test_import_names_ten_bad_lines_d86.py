"""D86-02: File > Import clients reads the file as `clinic-app import` does, so a referral list
with several bad lines is refused with each named (the first ten), where it named the first alone."""

from __future__ import annotations

import pytest

from tests.cli.test_import_names_ten_bad_lines_d86 import _referrals
from tests.gui.conftest import warned_on_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_d86_02_the_window_s_import_names_the_bad_lines_too(qtbot, window, repo, monkeypatch, tmp_path):
    (said,) = warned_on_import(qtbot, window, monkeypatch, _referrals(tmp_path))
    lines = said.splitlines()
    assert lines[0] == "The file was not imported (nothing was added): 12 bad lines in referrals.jsonl:"
    assert lines[1].startswith("referrals.jsonl:3: person.dob: no such day: '1980-02-30'")
    assert len(lines) == 12 and lines[10].startswith("referrals.jsonl:20: ")
    assert lines[11] == "and 2 more bad lines. Put those records right and import the whole file again."
    assert repo.count_clients() == 0
