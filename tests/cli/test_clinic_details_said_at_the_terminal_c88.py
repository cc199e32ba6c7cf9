"""C88-02: `clinic-app handout` told a paralegal at a terminal to "add its phone or address in File >
Clinic details" (and the Spanish hours, and a detail to retype, there too): a window they were not
in.  Each of those notes is now followed by the `clinic-app clinic` command that does it; the
window's sentence itself is kept as it is, and the note goes once the command is run.

R113-03: the command named no --db, so on a day's caseload (`handout --db day.sqlite`), typed as
said, it set the clinic's own caseload's details (or found no caseload), and the handouts of the
day's still gave no way to reach the clinic: it is this caseload's, as `cli.next_command` says
every other command a run names."""

from __future__ import annotations

import json
import shlex

from clinic_app.handouts.command import SET_CONTACT_HERE, SET_HOURS_ES_HERE
from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY, NO_CONTACT, NO_CONTACT_BATCH
from tests.cli.test_cli import clinic_app
from tests.cli.test_screen_robustness import GOOD
from tests.cli.test_help_width_j59 import words as flat


def imported_caseload(tmp_path):
    """One Spanish-speaking client of "First Saturday", added by `clinic-app import`."""
    request = tmp_path / "day.jsonl"
    request.write_text(json.dumps({**GOOD, "client": {"name": "Ana Torres", "language": "es", "event": "First Saturday"}}) + "\n",
                       encoding="utf-8")
    caseload = tmp_path / "caseload.sqlite"
    done = clinic_app("import", request, "--db", caseload)
    assert done.returncode == 0, done.stderr
    return caseload


def on(caseload, command: str) -> str:
    """`command` ("... clinic-app clinic --phone ...") on `caseload`, as a run given --db names it."""
    return command.replace("clinic-app clinic", f"clinic-app clinic --db {shlex.quote(str(caseload))}")


def test_the_handout_notes_name_the_command_that_sets_the_clinic_details(tmp_path):
    caseload = imported_caseload(tmp_path)
    one = clinic_app("handout", "--db", caseload, "--client", "1", "--out", tmp_path / "1.pdf")
    assert one.returncode == 0, one.stderr
    assert flat(f"{NO_CONTACT} {on(caseload, SET_CONTACT_HERE)}") in flat(one.stderr)  # wrapped to the terminal (C112-02)
    batch = clinic_app("handout", "--db", caseload, "--event", "First Saturday", "--out", tmp_path / "day")
    assert batch.returncode == 0, batch.stderr
    assert flat(batch.stderr).count(flat(f"{NO_CONTACT_BATCH} {on(caseload, SET_CONTACT_HERE)}")) == 1

    # Done as the note says, typed as said (R113-03): the note is gone, and the Spanish hours are asked for the same way.
    typed = shlex.split(on(caseload, SET_CONTACT_HERE).removeprefix("Or here: "))[1:]
    assert clinic_app(*typed, "--hours", "Mon-Thu 9 am - 5 pm").returncode == 0
    again = clinic_app("handout", "--db", caseload, "--client", "1", "--out", tmp_path / "2.pdf")
    assert again.returncode == 0, again.stderr
    assert flat(NO_CONTACT) not in flat(again.stderr)
    assert flat(f"{HOURS_IN_ENGLISH_ONLY} {on(caseload, SET_HOURS_ES_HERE)}") in flat(again.stderr)
    assert clinic_app(*shlex.split(on(caseload, SET_HOURS_ES_HERE).removeprefix("To type them here: "))[1:]).returncode == 0
    done = clinic_app("handout", "--db", caseload, "--client", "1", "--out", tmp_path / "3.pdf")
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_a_clinic_detail_the_font_cannot_print_is_said_with_the_command_to_retype_it(tmp_path):
    caseload = imported_caseload(tmp_path)
    assert clinic_app("clinic", "--db", caseload, "--name", "东区诊所", "--phone", "(213) 555-0100",
                      "--hours-es", "lun. 9 a 5").returncode == 0
    made = clinic_app("handout", "--db", caseload, "--client", "1", "--out", tmp_path / "1.pdf")
    assert made.returncode == 0, made.stderr
    assert "The clinic's name has characters the handout font cannot print: 东区诊所." in made.stderr
    assert "Type it in Latin letters in File > Clinic details, or print and write it by hand. Or here: clinic-app clinic --db" in made.stderr
