"""R122: a second look at `clinic-app report --period` (F122-03), as a director reads the
quarter's report to a funder, and at the command the report gives at a terminal."""

from __future__ import annotations

import json
import shlex

from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.cli.program_in_process import run_in_process
from tests.cli.test_cli import clinic_app
from tests.cli.test_report_period_f122 import _caseload, _count


def test_r122_01_a_period_with_no_petition_says_none(tmp_path):
    # January: nothing filed, nothing ruled on.  The top line named the period's petitions and
    # rulings, and then the report said not a word of them, as if it had not counted them.
    result = clinic_app("report", "--db", _caseload(tmp_path), "--period", "2026-01")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Petitions filed 2026-01-01 to 2026-01-31: 0\n" in text
    assert "  Rulings made 2026-01-01 to 2026-01-31:\n" in text
    assert (_count(text, "awaiting the court's ruling"), _count(text, "granted"), _count(text, "denied"),
            _count(text, "withdrawn")) == (0, 0, 0, 0)
    assert "By relief asked for" not in text  # no relief to list



def test_r122_02_a_past_quarters_petition_ruled_on_after_it_is_awaiting_in_it(tmp_path):
    # July to September: one PC 851.91 petition filed 2026-08-03 and granted 2026-10-20, one PC
    # 1203.4 filed and granted in the quarter.  The report said 2 filed, 0 awaiting and 1 granted:
    # the petition the court had not ruled on by the quarter's end was in no line of it.
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", db, "--period", "2026-07-01..2026-09-30").stdout
    assert "Petitions filed 2026-07-01 to 2026-09-30: 2 (of 2 clients)\n" in text
    assert (_count(text, "awaiting the court's ruling"), _count(text, "granted")) == (1, 1)
    said = " ".join(text.split("\n\n")[1].split())
    assert said.startswith("Petitions filed and rulings made: 2026-07-01 to 2026-09-30. A ruling is counted whenever "
                           "its petition was filed, and a petition as awaiting one where none was made by 2026-09-30.")
    counts = json.loads(clinic_app("report", "--db", db, "--period", "2026-07-01..2026-09-30", "--json").stdout)
    assert counts["petitions_by_relief"] == {"pc1203_4": {"filed": 1, "awaiting": 0, "granted": 1, "denied": 0, "withdrawn": 0},
                                             "pc851_91": {"filed": 1, "awaiting": 1, "granted": 0, "denied": 0, "withdrawn": 0}}
    # Without a period a petition awaits a ruling until one is entered, as before.
    assert json.loads(clinic_app("report", "--db", db, "--json").stdout)["petitions_filed"]["awaiting"] == 1


def test_r122_03_the_list_command_said_keeps_a_quoted_path_and_event_on_one_line(tmp_path):
    # A caseload in a folder with a space, an event's name of several words, at an 80-column
    # terminal: the command to list each remedy's people was cut inside its quotes ("--db
    # '.../case files/my" above "caseload.sqlite'"), and the two lines copied, or typed as
    # read, named a file that is not there.
    (tmp_path / "case files").mkdir()
    db = tmp_path / "case files" / "my caseload.sqlite"
    event = "Second Chance Fair — Long Beach, 2026-06-06"
    with Repository.open(db) as repo:
        client = to_file()
        client.event = event
        repo.add_clients([client])
    assert clinic_app("rescreen", "--db", db, "--as-of", AS_OF.isoformat()).returncode == 0
    for args in ((), ("--event", event)):
        result = run_in_process(["report", "--db", str(db), *args], env={"CLINIC_DESK_USER": "cli-test", "COLUMNS": "80"})
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        said = f" --event '{event}'" if args else ""
        for word in (shlex.quote(str(db)), said.removeprefix(" --event ")):
            assert any(word in line for line in lines), word  # whole on a line of its own
        start = next(i for i, line in enumerate(lines) if "(each listed by" in line)
        assert " ".join(line.strip() for line in lines[start:start + 3]).startswith(
            f"(each listed by clinic-app list --db {shlex.quote(str(db))}{said} --remedy KEY")
