"""`clinic-app merge --into 12 --from 9999` said "There is no client number 9999 in this
caseload. (see clinic-app list ...)": a full stop before the parenthesis that belongs to the
sentence (C108-01)."""

from __future__ import annotations

from tests.cli.test_cli import assert_plain_error, clinic_app


def test_a_client_number_not_in_the_caseload_is_one_sentence(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", caseload, "--clients", "3").returncode == 0
    for into, other in ((1, 9999), (9999, 1)):
        result = clinic_app("merge", "--db", caseload, "--into", into, "--from", other)
        assert_plain_error(result, 2, "There is no client number 9999 in this caseload (see clinic-app list --db")
        assert ". (" not in result.stderr
