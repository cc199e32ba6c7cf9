"""C111: the report's words at a terminal, read line by line.

C111-01: one pair of records of a person counted twice read "as many as 1 fewer people"."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app
from tests.cli.test_report_possible_duplicates_g63 import TODAY, _caseload, _said


def test_c111_01_one_person_counted_twice_is_one_fewer_person(tmp_path):
    db = _caseload(tmp_path)  # Marisol's two records, and another client
    text = _said(clinic_app("report", "--db", str(db), "--as-of", TODAY.isoformat()).stdout)
    assert text.count("as many as 1 fewer person") == 1 and "1 fewer people" not in text
