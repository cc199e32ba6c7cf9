"""E122-01: the attorney at a clinic event reviewed a result the screening left to them (PC 1203.4
for a felony whose fines, a condition of probation, are not known) and typed what to do ("Fines
were paid in 2009: file it"); the filing worksheet the paralegal prepares the petition from still
said "Needs an attorney's review before anything is filed" and not a word of the review: only a
denial's review was printed (C70-04).  It now says the result was reviewed, and prints the review,
its day, who made it and the note, as it does a denial's; from `clinic-app worksheet --client` and
`--event` (the window's Worksheet and its batch read the same `Repository.denial_reviews_said`).
A review kept for other facts (the paralegal changed one since) is not printed: the result waits
for the attorney again.  The client's handout never says the note."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, clean_slate_only
from tests.test_worksheet_review_printed_c70 import _paper

pytestmark = pytest.mark.pdf

NOTE = "Fines were paid in 2009: file it"


def _caseload(tmp_path) -> tuple[str, int]:
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client = clean_slate_only("Rosa Revisada")
        client.event = "Pomona 2026-12"
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        assert d.status == "needs_review"
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], NOTE,
                            facts_hash=stored.facts_hash, at=datetime(2026, 12, 1, 19, tzinfo=timezone.utc),
                            reviewer="attorney-ana")
    return db, client_id


def test_e122_01_the_worksheet_prints_the_attorneys_review_of_a_result_to_review(tmp_path):
    db, client_id = _caseload(tmp_path)
    said = ("Dismissal after probation (PC 1203.4) \u2014 PC 12021 Reviewed by an attorney: file only as the review says "
            f"\u00b7 confidence L, low (unsettled law: an attorney decides) Attorney's review 2026-12-01, by attorney-ana: \u201c{NOTE}\u201d")
    for paper in (_paper(tmp_path, db, "worksheet", "--client", str(client_id)),
                  _paper(tmp_path, db, "worksheet", "--event", "Pomona 2026-12")):
        assert said in paper
        # The 17(b) beside it, not reviewed, says what it said.
        assert ("Reduction of a wobbler to a misdemeanor (PC 17(b)) \u2014 PC 12021 Needs an attorney's review before "
                "anything is filed") in paper
    for lang in ("en", "es"):
        handout = _paper(tmp_path, db, "handout", "--client", str(client_id), "--lang", lang)
        assert NOTE not in handout and "attorney-ana" not in handout


def test_e122_01_a_review_of_other_facts_is_not_printed(tmp_path):
    db, client_id = _caseload(tmp_path)
    with Repository.open(db, user="paralegal") as repo:
        client = repo.get_client(client_id)
        client.cases[0].sentence.probation.end = date(2009, 10, 30)  # the paralegal puts the day right
        repo.save_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
    text = _paper(tmp_path, db, "worksheet", "--client", str(client_id))
    assert "Dismissal after probation (PC 1203.4) \u2014 PC 12021 Needs an attorney's review before anything is filed" in text
    assert NOTE not in text and "Attorney's review" not in text and "Reviewed by an attorney" not in text
