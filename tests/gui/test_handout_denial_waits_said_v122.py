"""V122-01: a paralegal opened the handout (Ctrl+P) of a client whose petition the court denied
and the attorney had not yet reviewed ("Denied 2026-11-20: attorney to review" on the client's
line, the client on the attorney's queue): E122-03's note above the pages said what results
still wait for the attorney, and nothing of a denial, so the handout could go out with nothing
said, where an event's batch counts that client among those awaiting the attorney (V109-03).
The preview says the denial waits, in the queue's words; once reviewed, nothing."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Petition
from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_handout_before_review_said_e122 import _dialog


def _denied(repo) -> int:
    client = probation_client("Dora Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20))]
    client_id = repo.add_client(client)
    rescreen_caseload(repo, TODAY, workers=1)
    return client_id


def test_v122_01_the_preview_says_a_denial_waits_for_the_attorney(qtbot, repo):
    dialog = _dialog(qtbot, repo, repo.get_client(_denied(repo)))
    said = dialog.before_review.text()
    assert dialog.before_review.isVisible()
    assert said == ("Still waiting for an attorney's review: a petition denied 2026-11-20. This handout would go out "
                    "before it (F8 on the Eligibility tab goes to each).")
    assert said in dialog.print_button.accessibleDescription()


def test_v122_01_once_the_denial_is_reviewed_the_preview_says_nothing_of_it(qtbot, repo):
    client_id = _denied(repo)
    stored = repo.latest_screening(client_id)
    denied = [d for d in stored.screening.results if d.remedy == "pc1203_4"]
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d)) for d in denied], "Minute order read",
                        facts_hash=stored.facts_hash)
    dialog = _dialog(qtbot, repo, repo.get_client(client_id))
    assert not dialog.before_review.isVisible(), dialog.before_review.text()
