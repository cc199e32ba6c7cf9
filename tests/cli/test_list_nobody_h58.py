"""H58-08: `clinic-app list` that listed nobody (a name typed wrong in --search, a week with
no one newly eligible, no hearing in the days asked) printed nothing at all, which a paralegal
could not tell from a command that did not run.  It now says so on standard error, naming
what was asked; standard output stays empty, and the exit status 0, for scripts."""

from __future__ import annotations

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_a_list_of_nobody_says_what_matched_no_one(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    # Screened, so that nobody is listed for what was asked, not for results not known (C103-02).
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-01").returncode == 0
    for asked, said in (
        (["--search", "Zzyzx"], "clinic-app: no client matches --search 'Zzyzx'\n"),
        (["--newly-eligible-since", "2030-01-01", "--json"], "clinic-app: no client matches --newly-eligible-since 2030-01-01\n"),
        (["--hearing-within", "7", "--as-of", "2026-12-01"], "clinic-app: no client matches --hearing-within 7 (as of 2026-12-01)\n"),
    ):
        result = clinic_app("list", "--db", db, *asked)
        assert (result.returncode, result.stdout, result.stderr) == (0, "", said)
    found = clinic_app("list", "--db", db)
    assert found.returncode == 0 and len(found.stdout.splitlines()) == 3 and found.stderr == ""


def test_a_list_of_a_caseload_with_no_clients_says_so(tmp_path):
    db = tmp_path / "caseload.sqlite"
    Repository.open(db, user="cli-test").close()
    result = clinic_app("list", "--db", db)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "clinic-app: the caseload has no clients yet\n")
