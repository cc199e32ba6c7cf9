"""D86-03: a case whose number was left blank, since removed from the record, was still named by
its key where a person reads it: the History tab's review of it read "... on c3 (whole case):
Docket read" (K85-02 titled the cases still on the record only).  Its record is in the log (the
save that removed it kept the record before), and it is named as the window's lists name a case,
the day first.  Where the log has no record of it, the key is all there is, as before."""

from __future__ import annotations

import pytest

from tests.gui.test_case_keys_not_shown_k85 import DAY_FIRST, history_lines
from tests.test_case_titles_w80 import walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_d86_03_the_history_tab_names_a_removed_case_by_what_its_record_held(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    repo.record_review(client_id, "c3", None, "pc1203_4", "Docket read")
    client = repo.get_client(client_id)
    client.cases = client.cases[:2]  # the Orange case typed on the wrong client: removed
    repo.save_client(client)
    (review,) = [line for line in history_lines(qtbot, window, client_id) if "Docket read" in line]
    assert f"on {DAY_FIRST}, whole case: Docket read" in review, review


def test_d86_03_a_case_the_log_holds_no_record_of_keeps_its_key(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    repo.record_review(client_id, "c8", None, "pc1203_4", "Reviewed on the laptop")  # no case c8 anywhere
    (review,) = [line for line in history_lines(qtbot, window, client_id) if "laptop" in line]
    assert "on c8 (whole case): Reviewed on the laptop" in review, review
