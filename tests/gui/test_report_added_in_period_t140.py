"""T140-01 in the window: the report's "Petitions and rulings of" box, a month or a quarter
chosen, says the people added to the caseload in it too, counted again with the petitions."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.automatic_relief import arrest_relief_only
from tests.gui.conftest import report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_t140_01_the_month_chosen_says_its_new_people(qtbot, window, repo, monkeypatch):
    monkeypatch.setattr(repo, "_clock", lambda: datetime(2026, 10, 14, 12, tzinfo=timezone.utc))
    repo.add_client(arrest_relief_only("Olga October"))
    monkeypatch.setattr(repo, "_clock", lambda: datetime(2026, 11, 3, 12, tzinfo=timezone.utc))
    spanish = arrest_relief_only("Nora Noviembre")
    spanish.language = "es"
    repo.add_client(spanish)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    assert "added to the caseload" not in dialog.text.toPlainText()  # all petitions: no period
    dialog.period.setCurrentIndex(dialog.period.findText("This month (2026-11-01 to 2026-11-30)"))
    assert "  of them, added to the caseload 2026-11-01 to 2026-11-30: 1 person\n    (Spanish 1)\n" in dialog.text.toPlainText()
    dialog.period.setCurrentIndex(dialog.period.findText("Last month (2026-10-01 to 2026-10-31)"))
    assert "  of them, added to the caseload 2026-10-01 to 2026-10-31: 1 person\n    (English 1)\n" in dialog.text.toPlainText()
    dialog.close()
