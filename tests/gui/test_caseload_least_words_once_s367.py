"""S367-03: each window's build made the Next action's shorter words again (every kind's, said of
one fixed day: clinic_app.line_action.shorter_samples), only to measure the least width the list
keeps that column at; they are the same words each time, and are now made once a process.  The
least width is the one those words measure, as before."""

from __future__ import annotations

from datetime import date

import pytest

import ui.caseload_view as caseload_view
from ui.caseload_view import CaseloadView
from ui.models.caseload_model import COL_NEXT

from tests.gui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_the_next_actions_shorter_words_are_made_once_not_at_each_build(qtbot, repo, monkeypatch):
    made: list[date] = []
    real = caseload_view.shorter_samples
    monkeypatch.setattr(caseload_view, "shorter_samples", lambda day: made.append(day) or real(day))
    views = [CaseloadView(repo, today=lambda: TODAY) for _ in range(3)]
    for view in views:
        qtbot.addWidget(view)
    assert len(made) <= 1  # once at each build before
    metrics = views[-1].fontMetrics()
    words = ("File on 2027-03-02", *real(date(2027, 3, 2)))
    assert views[-1]._least[COL_NEXT] == max(metrics.horizontalAdvance(text) for text in words) + 12
    assert "Held: record ruling" in words and "Auto; file 2027-03-02" in words
