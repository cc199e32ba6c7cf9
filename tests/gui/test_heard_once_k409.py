"""K409: what a screen reader hears of a field or filter is what the screen shows, once.

K409-01: each caseload filter's description read out the caseload's whole file path (eight
times on the page, a path that can hold a staff member's user name): it says what the filter
lists and its twin at a terminal, the file named as "--db CASELOAD"; the tooltip, to be copied,
still names the file."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _described(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_k409_01_a_filter_s_description_names_no_file_path(qtbot, window, repo):
    caseload = window.caseload
    where = f"--db {shlex.quote(str(repo.path))}"
    for widget, option in ((caseload.outstanding, "--outstanding"), (caseload.review, "--review"),
                           (caseload.count_buttons["review"], "--review"), (caseload.event, "--event NAME"),
                           (caseload.language, "--language en or es"), (caseload.older_rules_button, "--older-rules"),
                           (caseload.remedy, "--remedy KEY"), (caseload.county, "--county NAME")):
        heard = _described(widget)
        assert str(Path(repo.path).parent) not in heard, (option, heard)
        assert heard.endswith(f"The same as clinic-app list --db CASELOAD {option}"), (option, heard)
        assert heard.startswith("Clients"), heard  # what it lists, as the tooltip says
        assert widget.toolTip().endswith(f"The same as clinic-app list {where} {option}")  # to copy, whole
