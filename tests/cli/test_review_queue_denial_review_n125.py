"""N125-05: the court denied a client's PC 1203.4 petition and the attorney reviewed the denial
(the queue's "denied ...: attorney to review" gone).  Later the paralegal typed that the fines
were a condition of probation, and the dismissal needed the attorney's look at a question no one
had asked before; the queue said "... (an earlier review no longer counts)", as if the attorney
had answered it once: the review was of what the court said.  A review made after a denial of
that relief on that case is not such an earlier review; one before the ruling still is."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Money, Petition
from clinic_app.review import answer_key, awaiting_said
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app

AS_OF = date(2026, 12, 2)
WAITS = "to review: PC 1203.4 dismissal for PC 488: How much was ordered in fines (not counting restitution)?"


def _reviewed_then_fines_asked(db: str, *, denied: bool) -> None:
    with Repository.open(db) as repo:
        client_id = repo.add_client(to_file("Dora Denegada"))
        if denied:
            client = repo.get_client(client_id)
            client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20)))
            repo.save_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        repo.record_review(client_id, d.case, d.conviction, d.remedy, "Read the denial: file again next year",
                           facts_hash=stored.facts_hash, answer=answer_key(d))
    if denied:
        assert clinic_app("list", "--db", db, "--review").stdout == ""  # the denial reviewed
    with Repository.open(db) as repo:
        client = repo.get_client(client_id)
        client.cases[0].money = Money(fines_condition_of_probation=True)  # the amount not known
        repo.save_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)


def test_n125_05_a_denial_s_review_is_not_said_to_be_an_earlier_review_that_no_longer_counts(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    _reviewed_then_fines_asked(db, denied=True)
    line = clinic_app("list", "--db", db, "--review").stdout
    assert line.split("\t")[-1].strip() == WAITS, line


def test_n125_05_a_review_of_the_result_itself_is_still_said(tmp_path):
    db = str(tmp_path / "caseload.sqlite")
    _reviewed_then_fines_asked(db, denied=False)
    line = clinic_app("list", "--db", db, "--review").stdout
    assert line.split("\t")[-1].strip() == WAITS + " (an earlier review no longer counts)", line


def test_n125_05_the_handout_s_note_reads_the_reviews_as_the_queue_does(tmp_path):
    """The handout preview's note (E122-03) reads the record's cases and the reviews as kept."""
    db = str(tmp_path / "caseload.sqlite")
    _reviewed_then_fines_asked(db, denied=True)
    with Repository.open(db) as repo:
        client_id = repo.list_clients()[0].id
        client, stored = repo.get_client(client_id), repo.latest_screening(client_id)
        said = awaiting_said(client.cases, stored.screening.results, stored.facts_hash, repo.reviews(client_id))
    assert said == WAITS.removeprefix("to review: "), said
