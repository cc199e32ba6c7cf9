"""A160-01: the supervising attorney at a clinic event worked through the queue, marked each
result the screening left to them reviewed, and printed the client's handout: it still said
"Not cleared yet. A lawyer must look at it first." and "A clinic lawyer must check some facts
first. The clinic will contact you." (or "A clinic lawyer will also check whether you qualify
for ..."), as if nobody had looked.  A result reviewed on these facts now says the lawyer
looked, and on which day, and that the clinic will tell what can be done next (as a denial
reviewed says, D64-01); the note itself is never printed.  A result not reviewed, or reviewed
on other facts, reads as before."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from clinic_app import cli
from clinic_app.review import answer_key
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF, clean_slate_only
from tests.test_worksheet_review_printed_c70 import _paper

pytestmark = pytest.mark.pdf

NOTE = "Fines paid 2009 per docket"
ALSO_REVIEWED = {
    "en": "A clinic lawyer also looked at whether you qualify for a dismissal (expungement) or reducing it to a "
          "misdemeanor, on December 1, 2026. The clinic will tell you what can be done next.",
    "es": "Un abogado de la clínica también revisó el 1 de diciembre de 2026 si usted califica para",
}
ALSO_TO_CHECK = "A clinic lawyer will also check whether you qualify for"


def _review(repo: Repository, client_id: int, chosen) -> None:
    stored = repo.latest_screening(client_id)
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d)) for d in stored.screening.results
                                    if d.status == "needs_review" and chosen(d)], NOTE,
                        facts_hash=stored.facts_hash, at=datetime(2026, 12, 1, 19, tzinfo=timezone.utc),
                        reviewer="attorney-ana")


def _caseload(tmp_path, remedies: tuple[str, ...]) -> tuple[str, int]:
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(clean_slate_only("Rosa Revisada"))
        rescreen_caseload(repo, AS_OF, workers=1)
        _review(repo, client_id, lambda d: d.remedy in remedies)
    return db, client_id


def _said(paper: str) -> str:
    return " ".join(paper.split())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a160_01_the_other_relief_reviewed_says_the_lawyer_looked(tmp_path, lang):
    db, client_id = _caseload(tmp_path, ("pc1203_4", "pc17b"))
    handout = _said(_paper(tmp_path, db, "handout", "--client", str(client_id), "--lang", lang))
    assert ALSO_REVIEWED[lang] in handout
    assert ALSO_TO_CHECK not in handout and "también revisará si usted califica" not in handout
    assert NOTE not in handout


def test_a160_01_one_reviewed_beside_one_not_still_waits(tmp_path):
    db, client_id = _caseload(tmp_path, ("pc1203_4",))
    handout = _said(_paper(tmp_path, db, "handout", "--client", str(client_id), "--lang", "en"))
    assert ALSO_TO_CHECK in handout  # the 17(b) is still to check
    assert "also looked at" not in handout


def test_a160_01_a_card_whose_every_result_is_reviewed_says_the_lawyer_looked(tmp_path):
    """Demo client 74's DUI (VC 23152(b)): PC 1203.4a and 1203.425 both wait on an open question."""
    db = str(tmp_path / "caseload.sqlite")
    assert cli.main(["demo", "--db", db, "--clients", "80"]) == 0
    with Repository.open(db, user="paralegal") as repo:
        rescreen_caseload(repo, AS_OF, workers=1)
        dui = {c.id for c in repo.get_client(74).cases for conv in c.convictions if conv.section == "23152(b)"}
        before = _said(_paper(tmp_path, db, "handout", "--client", "74", "--lang", "en"))
        assert "VC 23152(b) · Case 23CJCM85988 Where it stands: Not cleared yet. A lawyer must look at it first." in before
        _review(repo, 74, lambda d: d.case in dui)
    after = _said(_paper(tmp_path, db, "handout", "--client", "74", "--lang", "en"))
    assert ("VC 23152(b) · Case 23CJCM85988 Where it stands: Not cleared yet. A clinic lawyer has looked at it. The clinic "
            "will tell you what comes next. • Dismissal (expungement): A clinic lawyer looked at this on December 1, "
            "2026. The clinic will tell you what can be done next.") in after
    spanish = _said(_paper(tmp_path, db, "handout", "--client", "74", "--lang", "es"))
    assert "Un abogado de la clínica ya la revisó. La clínica le dirá qué sigue." in spanish
    assert "revisó esto el 1 de diciembre de 2026" in spanish


def test_a160_02_an_arrest_whose_every_result_is_reviewed_says_the_lawyer_looked(tmp_path):
    """Demo client 141's arrest (case KA649931, no conviction): PC 851.91 and 851.93 wait on a
    record to weigh.  Its card read "No conviction. A lawyer must look at it before anything is
    filed." once both were reviewed, over the options' "A clinic lawyer looked at this on ..."."""
    db = str(tmp_path / "caseload.sqlite")
    assert cli.main(["demo", "--db", db, "--clients", "141"]) == 0
    waits = "Where it stands: No conviction. A lawyer must look at it before anything is filed."
    with Repository.open(db, user="paralegal") as repo:
        rescreen_caseload(repo, AS_OF, workers=1)
        arrest = {c.id for c in repo.get_client(141).cases if c.case_number == "KA649931"}
        before = _said(_paper(tmp_path, db, "handout", "--client", "141", "--lang", "en"))
        assert before.count(waits) == 1
        _review(repo, 141, lambda d: d.case in arrest)
    after = _said(_paper(tmp_path, db, "handout", "--client", "141", "--lang", "en"))
    assert waits not in after
    assert ("Where it stands: No conviction. A clinic lawyer has looked at it. The clinic will tell you what comes next. "
            "• Sealing the arrest: A clinic lawyer looked at this on December 1, 2026.") in after
    spanish = _said(_paper(tmp_path, db, "handout", "--client", "141", "--lang", "es"))
    assert "No hubo condena. Un abogado de la clínica ya lo revisó. La clínica le dirá qué sigue." in spanish


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a160_03_the_to_do_and_who_does_it_are_the_clinics_once_reviewed(tmp_path, lang):
    """The card said the lawyer had looked (A160-02), while "Who does it: A clinic lawyer" stood
    under it and the to-do still read "Wait for a clinic lawyer to review: the arrest for
    robbery.": as a denial reviewed (D64-01, C70-03), the clinic's, and what it will say."""
    db = str(tmp_path / "caseload.sqlite")
    assert cli.main(["demo", "--db", db, "--clients", "141"]) == 0
    with Repository.open(db, user="paralegal") as repo:
        rescreen_caseload(repo, AS_OF, workers=1)
        arrest = {c.id for c in repo.get_client(141).cases if c.case_number == "KA649931"}
        _review(repo, 141, lambda d: d.case in arrest)
    after = _said(_paper(tmp_path, db, "handout", "--client", "141", "--lang", lang))
    said = {"en": ("Wait for a clinic lawyer to review: the arrest for robbery",
                   "The clinic will tell you what can be done next about: the arrest for robbery. The clinic",
                   "Who does it: The clinic PC 851.91", "Who does it: A clinic lawyer PC 851.9"),
            "es": ("Espere a que un abogado de la clínica revise", "La clínica le dirá qué se puede hacer ahora sobre: el "
                   "arresto por robo con violencia o intimidación. La clínica", "Quién lo hace: La clínica PC 851.91",
                   "Quién lo hace: Un abogado de la clínica PC 851.9")}[lang]
    waits, told, who, lawyer = said
    assert waits not in after and lawyer not in after
    assert told in after and who in after


def test_a160_03_the_other_relief_reviewed_is_the_clinics(tmp_path):
    db, client_id = _caseload(tmp_path, ("pc1203_4", "pc17b"))
    handout = _said(_paper(tmp_path, db, "handout", "--client", str(client_id), "--lang", "en"))
    assert f"{ALSO_REVIEWED['en']} Who does it: The clinic PC 1203.4; PC 17(b)" in handout
