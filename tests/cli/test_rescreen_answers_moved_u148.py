"""U148-01: on the day an update with changed rules arrives, `clinic-app rescreen` named only
the clients it made eligible now.  One whose filing day the new rules moved, or who had been
told "eligible on" a day and is eligible now, was named nowhere, and the paralegal could not
find whom to call.  It now names each client whose answers changed from their last screening,
made by older rules, and what changed; a re-screen by the same rules, or by new rules that
answer the same, names nobody."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.eligibility import RULES_VERSION
from clinic_app.model import Reason
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.older_rules import OLDER_RULES, told_by_older_rules, waited_until


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        moved = repo.add_client(to_file("Fernanda Filing"))
        same = repo.add_client(to_file("Sergio Same"))
        reworded = repo.add_client(to_file("Rosa Reworded"))
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-02").returncode == 0
    return db, moved, same, reworded


def test_u148_01_a_rescreen_by_new_rules_names_whose_answers_changed_and_how(tmp_path):
    db, moved, same, reworded = _caseload(tmp_path)
    with Repository.open(db) as repo:
        told_by_older_rules(repo, moved, waited_until("pc1203_4", date(2027, 1, 5)))
        told_by_older_rules(repo, same)  # older rules, the same answers: nothing to tell
        # nor where only their words differ
        told_by_older_rules(repo, reworded, lambda d: replace(d, reasons=[Reason(f"Worded otherwise: {x.text}", x.cite) for x in d.reasons]))
    result = clinic_app("rescreen", "--db", db, "--as-of", "2026-12-02")
    assert result.returncode == 0, result.stderr
    assert (f"1 client whose answers changed with the rules of this program ({RULES_VERSION}; screened before by {OLDER_RULES}): "
            "what they were told may no longer hold:") in result.stdout
    lines = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    assert lines == [[str(moved), "Fernanda Filing", "1980-05-05", "PC 1203.4 dismissal: ELIGIBLE ON 2027-01-05, now ELIGIBLE NOW"]]


def test_u148_01_a_rescreen_by_the_same_rules_names_nobody(tmp_path):
    db, *_clients = _caseload(tmp_path)
    result = clinic_app("rescreen", "--db", db, "--as-of", "2027-03-01")
    assert result.returncode == 0, result.stderr
    assert "whose answers changed" not in result.stdout


def test_r186_02_a_route_that_alone_changed_is_said_not_the_same_label_twice():
    """R186-02: after RULES_VERSION q (SB 1106: an unpaid restitution condition leaves the
    mandatory route) the re-screen named its client "PC 1203.4 dismissal: ELIGIBLE NOW, now
    ELIGIBLE NOW", what the window's box and the client's page say too: nothing seemed to move."""
    from clinic_app.answers_moved import AnswersMoved

    was = ("A", "A1", "pc1203_4", "eligible", "discretionary", None)
    moved = AnswersMoved(1, OLDER_RULES, ((was, was[:4] + ("mandatory", None)),))
    assert moved.said() == "PC 1203.4 dismissal: ELIGIBLE NOW (discretionary), now ELIGIBLE NOW (mandatory)"
    # A day that moved says the day alone, as before.
    later = AnswersMoved(1, OLDER_RULES, ((was[:3] + ("eligible_on", "mandatory", "2027-01-05"), was[:4] + ("mandatory", None)),))
    assert later.said() == "PC 1203.4 dismissal: ELIGIBLE ON 2027-01-05, now ELIGIBLE NOW"
