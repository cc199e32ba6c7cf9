"""C113-01: `clinic-app report` said the people each remedy can help "(as the Remedy filter
lists)": at a terminal no filter is in sight, and nothing named the command that lists them,
nor the KEY it takes.  The report names `clinic-app list --remedy KEY` (with the event's
--event), each remedy's KEY after its title; the window's report keeps its own words.

R114-01: the command named left out the run's --db, so typed as said after `clinic-app report
--db day.sqlite` it listed the clinic's own caseload: it is this caseload's, as R113-02's."""

from __future__ import annotations

import re
import shlex

from db.repository import Repository
from tests.cli.test_cli import clinic_app


def test_c113_01_the_report_names_the_command_that_lists_each_remedys_people(screened_caseload):
    db = str(screened_caseload)
    with Repository.open(screened_caseload) as repo:
        event = repo.events()[0]
    text = clinic_app("report", "--db", db, "--event", event).stdout
    assert "Remedy filter" not in text
    section = text.split("People each remedy can help, now or later:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    command = re.fullmatch(r"  \(each listed by (.+), its KEY after its title\)", section[0]).group(1)
    assert shlex.split(command)[:4] == ["clinic-app", "list", "--db", db] and command.endswith("--remedy KEY")
    rows = [re.fullmatch(r"  .+: (\w+) +(\d+)", row).groups() for row in section[1:]]
    assert len(rows) > 5 and any(int(n) for _key, n in rows)
    for key, n in rows:
        typed = [key if word == "KEY" else word for word in shlex.split(command)[1:]]
        assert len(clinic_app(*typed).stdout.splitlines()) == int(n), key  # as typed (R114-01)
