"""K162-03: the attorney reviewed a client's results left to review; the paralegal then put a
fact right (the day probation ended), so those reviews no longer count (E122: "an earlier
review no longer counts").  The caseload listed the client under Attorney review and `list
--review` named the results, yet F8 (View > Next result to review) found nothing to review:
the Eligibility table counted any review kept for a row, one on other facts too (S161 saw it
reading the code).  F8 now goes to them, as the caseload counts them."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from tests.automatic_relief import clean_slate_only
from tests.gui.conftest import TODAY, show_active
from ui.client_view import TAB_ELIGIBILITY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k162_03_f8_goes_to_a_result_whose_review_no_longer_counts(qtbot, window, repo):
    client_id = repo.add_client(clean_slate_only("Rosa Revisada"))
    rescreen_caseload(repo, TODAY, workers=1)
    stored = repo.latest_screening(client_id)
    for d in stored.screening.results:
        if d.status == "needs_review":  # every result to review, reviewed on these facts
            repo.record_review(client_id, d.case, d.conviction, d.remedy, "Docket checked",
                               facts_hash=stored.facts_hash, answer=answer_key(d))
    client = repo.get_client(client_id)
    client.cases[0].sentence.probation.end = date(2009, 10, 30)  # the paralegal puts the day right
    repo.save_client(client)
    rescreen_caseload(repo, TODAY, workers=1)
    assert repo.awaiting_review(client_id)  # the caseload's Attorney review counts the client

    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    panel = view.eligibility
    stale = [d for d in panel.model._rows if panel.model.reviewed_note(d) and not panel.model.review_counts(d)]
    assert stale and all(d.status == "needs_review" for d in stale)
    assert all(panel.model.awaits_review(d) for d in stale)
    assert panel.choose_first_to_review()
    assert panel.current().remedy == stale[0].remedy
    assert panel.place_in_queue_said().startswith(f"Result to review 1 of {len(panel.rows_to_review())}")
