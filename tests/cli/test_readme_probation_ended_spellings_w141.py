"""W141-06: `list --probation-ended` reads a month as a clinic types it (11/2026, "November 2026"),
a quarter, and days month first since T140-04, as its --help says; the README's list row still said
"(a month, a day, or 2026-10-15..2026-11-14)" and the Outcome filter's paragraph the same, so a
paralegal reading it for the month-end list typed the ISO form or gave up on a quarter.  The row
names each spelling, and each one it names is read (none refused as a usage error)."""

from __future__ import annotations

import re
from pathlib import Path

from db.repository import Repository
from tests.cli.test_cli import clinic_app

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_w141_06_each_probation_ended_spelling_the_readme_names_is_read(tmp_path):
    row = README.split("`--probation-ended 2026-11` (", 1)[1].split(") lists those", 1)[0]
    spellings = ["2026-11", *(found.strip('"') for found in re.findall(r"`([^`]+)`", row))]
    assert spellings == ["2026-11", "11/2026", "November 2026", "2026-Q4", "2026", "2026-11-11", "11/11/2026",
                         "2026-10-15..2026-11-14", "10/15/2026 to 11/14/2026"]
    db = tmp_path / "caseload.sqlite"
    Repository.open(db).close()
    for spelling in spellings:
        result = clinic_app("list", "--db", db, "--probation-ended", spelling)
        assert result.returncode == 0, (spelling, result.stderr)
        assert "no client matches" in result.stderr, (spelling, result.stderr)
    assert "`clinic-app list --probation-ended 2026-11`, or `11/2026`, a quarter, a day" in README
