"""R55-01: `clinic-app list --hearing-within 99999999` (a number typed to mean "every hearing to
come") crashed with a crash report (OverflowError: the day past year 9999); so did
--eligible-within and --to-file-within.  A number of days past the calendar's end lists
every day to come, as the largest day would."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app


def test_r55_01_days_past_the_calendars_end_list_every_day_to_come(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        client = to_file("Lejana Audiencia")
        client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 20), hearing_on=date(2031, 1, 8)))
        repo.add_client(client)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0
    for option in ("--hearing-within", "--eligible-within", "--to-file-within"):
        result = clinic_app("list", "--db", str(db), "--as-of", "2026-12-02", option, "99999999")
        assert result.returncode == 0, (option, result.stderr)
        assert "crash" not in result.stderr.lower()
    result = clinic_app("list", "--db", str(db), "--as-of", "2026-12-02", "--hearing-within", "99999999")
    assert [line.split("\t")[1:2] + line.split("\t")[3:] for line in result.stdout.splitlines()] == [
        ["Lejana Audiencia", "Filed 2026-11-20; hearing 2031-01-08"]]


def test_r55_08_a_negative_hearing_within_is_said_before_the_caseload_is_opened(tmp_path):
    """--hearing-within -1 was checked only once the caseload was open: with a --db mistyped
    too, the user was told of the file and not of the number; --eligible-within's is said
    first, as this one's now is (and nothing is opened for it)."""
    missing = tmp_path / "no-such.sqlite"
    result = clinic_app("list", "--db", str(missing), "--hearing-within", "-1")
    assert result.returncode == 2
    assert "--hearing-within must be 0 or more" in result.stderr
    assert not missing.exists()
