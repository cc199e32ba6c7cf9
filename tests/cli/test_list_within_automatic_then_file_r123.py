"""R123-01: a client eligible later by automatic relief alone, a petition to file after it (J50),
read on `clinic-app list --to-file-within` (and `--eligible-within`) "eligible on 2030-09-29 by
automatic relief (nothing to file); file on 2031-07-01": nothing to file, then a day to file,
on the very list of those to file (C123-02).  "Nothing to file" is now said only where no
petition comes after, as `automatic_mark` says it of one eligible now."""

from __future__ import annotations

from db.repository import Repository
from tests.automatic_relief import arrest_relief_later, arrest_relief_later_petition_after
from tests.cli.test_cli import clinic_app


def _said(db, *options: str) -> dict[str, str]:
    result = clinic_app("list", "--db", str(db), *options)
    assert result.returncode == 0, result.stderr
    return {line.split("\t")[1]: line.split("\t")[3] for line in result.stdout.splitlines()}


def test_r123_01_a_petition_after_automatic_relief_is_not_nothing_to_file(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        teodoro = repo.get_client(repo.add_client(arrest_relief_later_petition_after())).name
        armando = repo.get_client(repo.add_client(arrest_relief_later())).name
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    for option in ("--to-file-within", "--eligible-within"):
        said = _said(db, "--as-of", "2030-09-10", option, "300")
        assert said[teodoro] == "eligible on 2030-09-29 by automatic relief; file on 2031-07-01", option
    # Come since the last screening: said beside the day, not after "(nothing to file)".
    said = _said(db, "--as-of", "2031-06-20", "--to-file-within", "30")
    assert said[teodoro] == "eligible from 2030-09-29 (come since the last screening) by automatic relief; file on 2031-07-01"
    # Automatic relief with no petition after it: nothing to file, as before.
    assert _said(db, "--as-of", "2030-09-10", "--eligible-within", "30")[armando] == \
        "eligible on 2030-09-29 by automatic relief (nothing to file)"
