"""C70-04: the filing worksheet of a client whose denied petition the attorney had reviewed
said "denied 2026-11-01; reviewed by the attorney 2026-11-20: file again only as the review
says", and not the review: the note was on the Eligibility tab only (D64, closing note 45).
The worksheet is a staff page: it now prints the review under that line, its day, who made it
and the note, from `clinic-app worksheet --client` and `--event` (the window's Worksheet and its
batch read the same `Repository.denial_reviews_said`).  A review of before the ruling, which is
not of the denial, is not printed.  The client's handout never says the note."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Petition
from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file

pytestmark = pytest.mark.pdf

NOTE = "Refile once restitution is paid"


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def _caseload(tmp_path, reviewed_at: datetime) -> tuple[str, int]:
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client = to_file("Dora Denegada")
        client.event = "Pomona 2026-11"
        client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=date(2026, 11, 1))]
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], NOTE,
                            facts_hash=stored.facts_hash, at=reviewed_at, reviewer="attorney-ana")
    return db, client_id


def _paper(tmp_path, db: str, *args: str) -> str:
    out = tmp_path / "out.pdf" if "--client" in args else tmp_path / "out"
    assert cli.main([args[0], "--db", db, *args[1:], "--out", str(out), "--as-of", AS_OF.isoformat()]) == 0
    return _text(out if out.suffix else next(out.glob("*.pdf")))


def test_c70_04_the_worksheet_prints_the_attorneys_review_of_the_denial(tmp_path):
    db, client_id = _caseload(tmp_path, datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
    said = ("Petition filed 2026-09-02, denied 2026-11-01; reviewed by the attorney 2026-11-20: file again only as the "
            f"review says. Attorney's review 2026-11-20, by attorney-ana: \u201c{NOTE}\u201d")
    assert said in _paper(tmp_path, db, "worksheet", "--client", str(client_id))
    assert said in _paper(tmp_path, db, "worksheet", "--event", "Pomona 2026-11")
    # A staff note is never on the client's page.
    for lang in ("en", "es"):
        handout = _paper(tmp_path, db, "handout", "--client", str(client_id), "--lang", lang)
        assert NOTE not in handout and "attorney-ana" not in handout


def test_c70_04_a_review_of_before_the_ruling_is_not_printed(tmp_path):
    db, client_id = _caseload(tmp_path, datetime(2026, 10, 20, 18, tzinfo=timezone.utc))
    text = _paper(tmp_path, db, "worksheet", "--client", str(client_id))
    assert "denied 2026-11-01: an attorney reviews before it is filed again." in text
    assert NOTE not in text and "Attorney's review" not in text
