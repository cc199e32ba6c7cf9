"""D65-02: Edit > Undo then Redo of a denial typed on the Record tab asked for the attorney's
review again (S64): the Redo's save entered the denial anew, after the review, so the line went
back to "Denied 2026-11-20: attorney to review" though the denial put back is the very one the
attorney reviewed.  A save that puts back a denial the log shows entered before (same case,
remedy, counts, filed and ruling days) writes no new moment when no review of its relief was
made while it was off: the review still counts.  A review made while it was off (made without
the denial on the record) and a ruling day corrected still ask again (also once the correction is
undone: the record said another day for a while)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from clinic_app.court import court_action
from clinic_app.model import Petition
from clinic_app.review import answer_key
from tests.gui.conftest import TODAY, open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

RULED = date(2026, 11, 20)


def _at(hour: int) -> datetime:
    return datetime(2026, 11, 21, hour, tzinfo=timezone.utc)


def _line(repo, client_id) -> str:
    return court_action(next(row for row in repo.list_clients() if row.id == client_id).court, TODAY)


def _entered(repo, client_id) -> int:
    return sum((e.entity, e.action) == ("denial", "entered") for e in repo.history(client_id))


def _attorney_reviews(repo, client_id, when: datetime) -> None:
    """The attorney, at another desk, marks the 1203.4 answer reviewed."""
    stored = repo.latest_screening(client_id)
    d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Read the minute order",
                        facts_hash=stored.facts_hash, at=when)


def test_d65_02_undo_then_redo_of_a_denial_keeps_the_attorneys_review_of_it(qtbot, window, repo, monkeypatch):
    clock = {"now": _at(9)}
    monkeypatch.setattr(repo, "_clock", lambda: clock["now"])
    client = probation_client("Dora Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1))]
    client_id, form = open_on_record(window, repo, client)
    view = window.client_view
    (row,) = form.petitions.rows
    row.ruling.setCurrentIndex(row.ruling.findData("denied"))
    type_over(qtbot, row.ruled, RULED.isoformat())
    clock["now"] = _at(10)
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling == "denied"
    _attorney_reviews(repo, client_id, _at(11))
    assert _line(repo, client_id) == "Denied 2026-11-20: reviewed by the attorney 2026-11-21"

    clock["now"] = _at(12)
    window.undo_action.trigger()  # the denial taken back...
    assert repo.get_client(client_id).cases[0].petitions[0].ruling is None
    clock["now"] = _at(13)
    window.redo_action.trigger()  # ...and put back: the one the attorney reviewed
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on == RULED
    assert _line(repo, client_id) == "Denied 2026-11-20: reviewed by the attorney 2026-11-21"
    assert "denied\u00a02026-11-20: reviewed by the attorney\u00a02026-11-21" in view.outcome.text()
    assert _entered(repo, client_id) == 1

    # A review made while the denial was off the record was not of the denial.
    clock["now"] = _at(14)
    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling is None
    _attorney_reviews(repo, client_id, _at(15))
    clock["now"] = _at(16)
    window.redo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on == RULED
    assert _line(repo, client_id) == "Denied 2026-11-20: attorney to review"
    assert _entered(repo, client_id) == 2

    # The ruling day corrected is another decision's day: the attorney is asked again, and
    # still when the correction is taken back (the record said another day for a while).
    _attorney_reviews(repo, client_id, _at(17))
    assert _line(repo, client_id) == "Denied 2026-11-20: reviewed by the attorney 2026-11-21"
    (row,) = view.record.case_form.petitions.rows
    type_over(qtbot, row.ruled, "2026-11-19")
    clock["now"] = _at(18)
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on == date(2026, 11, 19)
    assert _line(repo, client_id) == "Denied 2026-11-19: attorney to review"
    clock["now"] = _at(19)
    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on == RULED
    assert _line(repo, client_id) == "Denied 2026-11-20: attorney to review"
