"""J59-04: `clinic-app list --as-of DATE` with no filter that reads a day (--eligible-within,
--to-file-within, --hearing-within, --outcome filed, --newly-eligible-since) was taken in
silence: a paralegal could think the list was screened for that day, where its outcomes are
as last screened.  It is still taken (scripts pass --as-of with every list, A48's test with
--outcome eligible_on_to_file), the same clients listed, with a note on standard error that
says so and names the re-screen that does screen for that day; exit status 0."""

from __future__ import annotations

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-02").returncode == 0
    return db


def test_as_of_that_changes_nothing_is_said_and_the_list_is_the_same(tmp_path):
    db = _caseload(tmp_path)
    for asked in ([], ["--outcome", "eligible_on"], ["--search", "a", "--json"]):
        plain = clinic_app("list", "--db", db, *asked)
        dated = clinic_app("list", "--db", db, "--as-of", "2027-06-01", *asked)
        assert (dated.returncode, dated.stdout) == (0, plain.stdout), asked
        assert dated.stderr.startswith(
            "clinic-app: note: --as-of 2027-06-01 changes nothing in this list: its outcomes are as last screened "
            f"(clinic-app rescreen --db {db} --as-of 2027-06-01 screens every client for that day); --as-of is the day "
            "--eligible-within, --to-file-within and --hearing-within count from.\n"), asked


def test_a_list_that_reads_the_day_gets_no_note(tmp_path):
    db = _caseload(tmp_path)
    for asked in (["--eligible-within", "30"], ["--to-file-within", "30"], ["--hearing-within", "7"],
                  ["--outcome", "filed"], ["--newly-eligible-since", "2026-01-01"]):
        result = clinic_app("list", "--db", db, "--as-of", "2027-06-01", *asked)
        assert result.returncode == 0, result.stderr
        assert "note:" not in result.stderr, asked


def test_nobody_listed_is_not_said_as_of_a_day_the_list_did_not_read(tmp_path):
    db = _caseload(tmp_path)
    result = clinic_app("list", "--db", db, "--as-of", "2027-06-01", "--search", "Zzyzx")
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "clinic-app: no client matches --search 'Zzyzx'"
