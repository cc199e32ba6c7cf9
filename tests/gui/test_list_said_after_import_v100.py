"""The status bar's word on the list, after the list was read again (V100): the attorney's queue
ticked ("Showing 2 of 2 clients."), then File > Import clients of a laptop's day carrying the
attorney's review of one of them: the list showed 1 and its label "Showing 1 of 2 clients",
and the status bar went on saying "Showing 2 of 2 clients." under it for its 8 seconds."""

from __future__ import annotations

import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from clinic_app.review import answer_key  # noqa: E402
from db.repository import Repository  # noqa: E402
from tests.cli.test_cli import clinic_app  # noqa: E402
from tests.gui.conftest import show_active  # noqa: E402
from tests.gui.test_review_queue_a29 import unsentenced  # noqa: E402


def test_v100_04_the_list_read_again_after_an_import_is_not_said_as_before(qtbot, window, repo, monkeypatch, tmp_path):
    ids = [repo.add_client(unsentenced(name)) for name in ("Ana Ruiz", "Rosa Díaz")]
    window.load()
    for client_id in ids:
        window.open_client(client_id)  # screened and stored, as intake does
    window.show_caseload()
    # The laptop: a copy of this caseload, where the attorney reviewed Rosa Díaz; its day exported.
    laptop = tmp_path / "laptop.sqlite"
    source, copy = sqlite3.connect(repo.path), sqlite3.connect(laptop)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    with Repository.open(laptop, user="atty-volunteer") as on_laptop:
        stored = on_laptop.latest_screening(ids[1])
        on_laptop.record_reviews(ids[1], [(d.case, d.conviction, d.remedy, answer_key(d)) for d in stored.screening.results
                                          if d.status == "needs_review"], "Docket checked", facts_hash=stored.facts_hash)
    day = tmp_path / "day.jsonl"
    assert clinic_app("export", "--db", str(laptop), "--all", "--out", str(day)).returncode == 0

    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.caseload.review.isChecked)
    assert window.statusBar().currentMessage() == "Showing 2 of 2 clients."
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.import_action.trigger()
    assert "Added 6 attorney reviews to 1 client already in the caseload: Rosa Díaz" in told[0]
    assert window.caseload.shown_label.text() == "Showing 1 of 2 clients"
    assert window.caseload.count_buttons["review"].text() == "Attorney review: 1"
    assert window.statusBar().currentMessage() != "Showing 2 of 2 clients."
