"""R61-01: `clinic-app report` beside the window's review counts, once a client whose only gap
is a case's convictions still to type left the attorney's queue (N61-01).

The report's "Needs an attorney's review" is a best outcome, as the list's Best outcome column
says it, and stays so; but the window's Outcome filter "Needs review" and `list --outcome
needs_review` leave such a client out, for "Cases still to enter".  The report counted them
with no word of it: 2 in the report, 1 in the list, and the report's note put the gap down to
reviews alone.  It now says them apart under the outcome: "convictions still to type"."""

from __future__ import annotations

import json

from tests.cli.test_cli import clinic_app
from tests.db.test_convictions_to_enter_not_reviewed_n61 import TODAY, and_a_count_to_review, counts_not_typed
from db.repository import Repository


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        for make in (counts_not_typed, and_a_count_to_review):
            repo.add_client(make())
    assert clinic_app("rescreen", "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    return db


def _count(text: str, words: str) -> int:
    return next(int(line.split()[-1]) for line in text.splitlines() if line.strip().startswith(words))


def test_r61_01_the_report_says_apart_those_with_convictions_to_type(tmp_path):
    db = _caseload(tmp_path)
    report = clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat())
    assert report.returncode == 0, report.stderr
    text = report.stdout
    listed = clinic_app("list", "--db", str(db), "--outcome", "needs_review").stdout.splitlines()
    assert _count(text, "Needs an attorney's review") == 2  # the best outcome of each, as before
    assert _count(text, "convictions still to type") == 1
    assert _count(text, "Needs an attorney's review") - _count(text, "convictions still to type") == len(listed) == 1
    lines = text.splitlines()
    under = lines.index(next(line for line in lines if line.strip().startswith("Needs an attorney's review")))
    assert lines[under + 1].startswith("    convictions still to type")


def test_r61_01_the_json_report_counts_them_too(tmp_path):
    db = _caseload(tmp_path)
    report = json.loads(clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat(), "--json").stdout)
    assert report["outcomes"]["needs_review"] == 2
    assert report["needs_review_convictions_to_type"] == 1


def test_r61_01_a_caseload_with_none_reads_as_before(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(and_a_count_to_review())
    assert clinic_app("rescreen", "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    text = clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat()).stdout
    assert "convictions still to type" not in text and _count(text, "Needs an attorney's review") == 1


def test_r61_03_any_result_to_review_leaves_out_counts_still_to_type(tmp_path):
    """"(with any result to review)" is any best outcome, reviewed or not, its note says, the
    window's "Attorney review" those still waiting.  A client whose only needs-review rows wait
    for a case's counts is neither: counted there, the difference read as reviews done."""
    from tests.db.test_reviewed_with_counts_to_type_r61 import _reviewed

    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        repo.add_client(counts_not_typed())
    assert clinic_app("rescreen", "--db", str(db), "--as-of", TODAY.isoformat()).returncode == 0
    as_of = ("--as-of", TODAY.isoformat())
    assert _count(clinic_app("report", "--db", str(db), *as_of).stdout, "(with any result to review)") == 0
    assert json.loads(clinic_app("report", "--db", str(db), *as_of, "--json").stdout)["needs_review"] == 0
    with Repository.open(db) as repo:
        _reviewed(repo)  # reviewed, her own counts to type too: her answer is the attorney's
        repo.add_client(and_a_count_to_review("Ana Awaiting"))
    assert clinic_app("rescreen", "--db", str(db), *as_of).returncode == 0
    assert _count(clinic_app("report", "--db", str(db), *as_of).stdout, "(with any result to review)") == 2
