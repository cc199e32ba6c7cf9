"""E122-05: the attorney at a clinic event reviewed a result; the paralegal then changed a fact
it was given on, and the client was back on the attorney's queue with the same words as a result
never looked at ("PC 1203.4 dismissal for PC 12021: How much was ordered in fines ...?"): the
attorney, working down `clinic-app list --review` (or the window's Review needed), could not tell
a second look from a first.  A result whose earlier review no longer counts now says so on the
line; one never reviewed reads as before."""

from __future__ import annotations

from datetime import date

from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, clean_slate_only
from tests.cli.test_cli import clinic_app


def test_e122_05_the_queue_says_a_result_whose_review_no_longer_counts(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(clean_slate_only("Rosa Revisada"))
        rescreen_caseload(repo, AS_OF, workers=1)
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        repo.record_review(client_id, d.case, d.conviction, d.remedy, "Fines paid in 2009: file it",
                           facts_hash=stored.facts_hash, answer=answer_key(d))
    before = clinic_app("list", "--db", db, "--review").stdout
    assert before.split("\t")[-1].strip() == "to review: PC 17(b) reduce to misdemeanor for PC 12021: record to weigh"

    with Repository.open(db, user="paralegal") as repo:
        client = repo.get_client(client_id)
        client.cases[0].sentence.probation.end = date(2009, 10, 30)  # the paralegal puts the day right
        repo.save_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
    after = clinic_app("list", "--db", db, "--review").stdout
    assert after.split("\t")[-1].strip() == (
        "to review: PC 1203.4 dismissal for PC 12021: How much was ordered in fines (not counting restitution)? "
        "(an earlier review no longer counts); PC 17(b) reduce to misdemeanor for PC 12021: record to weigh")
