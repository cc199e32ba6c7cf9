"""R58-06: on the Record tab of a client whose petition names a count removed from the case,
every key typed anywhere in the record read the client's whole audit log again (E58-03: the
petition row writes the removed count as written, from the history, each time the form is read
to set the Save button): 57 ms a key over 300 saves, where it took 2 (measured offscreen), and
growing with the history.  The history is read once for the record shown, and again only when
another record (a save, an undo) is shown."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r58_06_typing_in_the_record_does_not_read_the_history_at_each_key(qtbot, window, repo, monkeypatch):
    client = two_counts("Remedios Retirada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-2"])]
    client.id = repo.add_client(client)
    client.cases[0].convictions.pop()
    repo.save_client(client)
    window.load()
    window.open_client(client.id)
    reads = []
    history = repo.history
    monkeypatch.setattr(repo, "history", lambda *args, **kw: reads.append(args) or history(*args, **kw))
    note = window.client_view.record.case_form.petitions.rows[0].note
    note.setFocus()
    qtbot.keyClicks(note, "CR-180 stamped")
    assert len(reads) <= 1
    (row,) = window.client_view.record.case_form.petitions.rows
    assert row.count_boxes["c1-2"].text() == "VC 23152(a) (no longer on the case)"
    window.save_action.trigger()
    assert repo.get_client(client.id).cases[0].petitions[0].note == "CR-180 stamped"
