"""H99-01 in the window: File > Import clients of a day's file with a line cut short part-way
through the file (a stick pulled while copying) warned "line 2: not valid JSON: Invalid control
character at column 46 ... Put that record right"; it names the line that ends early and says to
copy the file again, and nothing is added."""

from __future__ import annotations

import json

import pytest

from clinic_app.screening_format import client_to_request_dict
from tests.gui.conftest import probation_client, warned_on_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h99_the_window_names_the_line_that_ends_early(qtbot, window, repo, monkeypatch, tmp_path):
    lines = [json.dumps(client_to_request_dict(probation_client(name, case_number=f"BA30000{k}")))
             for k, name in enumerate(("Rosa Paz", "Luis Mar", "Ana Sol"))]
    lines[1] = lines[1][:45]
    day = tmp_path / "day.jsonl"
    day.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (warned,) = warned_on_import(qtbot, window, monkeypatch, day)
    assert warned.startswith("The file was not imported (nothing was added): line 2: the line ends early, part-way "
                             "through a client's record: the file may have been copied incompletely. Copy the file "
                             "again from the laptop"), warned
    assert "not valid JSON" not in warned and "put that record right" not in warned.lower()
    assert repo.count_clients() == 0
