"""C70-04 in the window: Record > Worksheet saved to file and the window's batch of an event's
worksheets print the attorney's review of a denial (its day, who, the note), as `clinic-app
worksheet` does (tests/test_worksheet_review_printed_c70.py)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from clinic_app.model import Petition
from clinic_app.review import answer_key
from tests.test_worksheet_review_printed_c70 import NOTE, _text

pytestmark = [pytest.mark.pdf, pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")]


def test_c70_04_the_windows_worksheet_and_its_batch_print_it_too(qtbot, window, repo, monkeypatch, tmp_path):
    """Record > Worksheet saved to file (the window's own read of the reviews), and the
    window's batch of an event's worksheets."""
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.conftest import TODAY, probation_client
    from ui.tasks import WORKSHEETS

    client = probation_client("Dora Denegada", event="Pomona 2026-11")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=date(2026, 11, 1))]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)  # screened and stored as the window does
    stored = repo.latest_screening(client_id)
    d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], NOTE,
                        facts_hash=stored.facts_hash, at=datetime(2026, 11, 20, 18, tzinfo=timezone.utc),
                        reviewer="attorney-ana")
    said = f"Attorney's review 2026-11-20, by attorney-ana: \u201c{NOTE}\u201d"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, suggested, kinds: (str(tmp_path / Path(suggested).name), kinds)))
    window.worksheet_action.trigger()
    assert said in _text(tmp_path / f"worksheet-Dora-Denegada-{TODAY.isoformat()}.pdf")

    from clinic_app.eligibility import screen

    saved = repo.get_client(client_id)
    WORKSHEETS.write(repo, [(saved, screen(saved.person, saved.cases, TODAY))], tmp_path / "batch")
    (paper,) = (tmp_path / "batch").glob("*.pdf")
    assert said in _text(paper)
