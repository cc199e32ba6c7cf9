"""B130: after File > Restore from backup, the clients' stored screenings are the backup's, as of
its day and by the rules of then.  Checked, nothing to mend: the window opened on the restored
caseload says those screened by older rules and offers the re-screen, as after any load, and a
client opened is screened as of today by today's rules.  This guards it."""

from __future__ import annotations

import sqlite3

import pytest

from db.backup import backup_rotating
from tests.gui.conftest import answer_message_box, probation_client
from tests.gui.test_restore_backup import _answer_list, _closed_at_end, _new_window, _said

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_restored_caseloads_older_screenings_are_said_and_a_rescreen_offered(qtbot, window, repo, monkeypatch, request):
    from clinic_app.eligibility import RULES_VERSION

    client_id = repo.add_client(probation_client("Last Week Client"))
    window.load()
    window.open_client(client_id)  # screened and stored, as of the window's day
    backup = backup_rotating(repo.db)
    with sqlite3.connect(backup) as conn:  # a backup made by the rules of last week
        conn.execute("UPDATE screenings SET rules_version = '2020.1'")
    conn.close()
    _answer_list(monkeypatch, lambda d: d.restore_button.click())
    said = _said(monkeypatch)
    answer_message_box(qtbot, [], click="Restore")

    window.restore_action.trigger()
    new = _new_window(qtbot, window)
    _closed_at_end(request, new)

    assert said[0][0] == "restored"
    assert "1 client screened by older rules, whose answers may have changed" in new.status.text()
    assert new.rescreen_button.isVisible()
    new.open_client(client_id)
    assert new.repo.newest_screening_key(client_id)[0] == RULES_VERSION  # screened again, today's rules
    qtbot.waitUntil(lambda: "older rules" not in new.status.text(), timeout=10_000)
