"""C88-01: a paralegal preparing handouts from the command line, on a caseload made by
`clinic-app import`, could not set the clinic's name, address, phone, email and hours every
handout prints: only the window's File > Clinic details did (Z85, Left alone), and
`clinic-app handout` printed "Questions? Contact the clinic" with nothing to contact it by.
`clinic-app clinic` shows the details stored, or stores those given by the dialog's rule, audited."""

from __future__ import annotations

import os
import subprocess
import sys

from pypdf import PdfReader

from clinic_app.handouts.command import SETTING_KEYS
from db.repository import Repository
from tests.cli.test_cli import ROOT, assert_plain_error, clinic_app
from tests.cli.test_screen_robustness import LINE


def imported_caseload(tmp_path):
    """A caseload made as the paralegal's was: by `clinic-app import` of a request, nothing else."""
    request = tmp_path / "day.jsonl"
    request.write_text(LINE + "\n", encoding="utf-8")
    caseload = tmp_path / "caseload.sqlite"
    done = clinic_app("import", request, "--db", caseload)
    assert done.returncode == 0, done.stderr
    return caseload


def stored(caseload) -> dict[str, str | None]:
    repo = Repository.open(caseload, create=False)
    try:
        return {field: repo.get_setting(key) for field, key in SETTING_KEYS.items()}
    finally:
        repo.close()


def setting_changes(caseload) -> list:
    repo = Repository.open(caseload, create=False)
    try:
        return [entry for entry in repo.history() if entry.entity == "setting"]
    finally:
        repo.close()


def test_the_details_set_are_stored_audited_and_printed_on_the_next_handout(tmp_path):
    caseload = imported_caseload(tmp_path)
    shown = clinic_app("clinic", "--db", caseload)
    assert shown.returncode == 0, shown.stderr
    assert "Name:            (not set)" in shown.stdout and "Hours (Spanish): (not set)" in shown.stdout

    done = clinic_app("clinic", "--db", caseload, "--name", "Eastside Record Clearance Clinic",
                      "--address", "100 Main St, Los Angeles, CA 90012", "--phone", "  (213) 555-0100  ",
                      "--email", "help@example.org", "--hours", "Mon-Thu 9 am - 5 pm",
                      "--hours-es", "lun. a jue., de 9 a. m. a 5 p. m.")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Changed: name, address, phone, email, hours, hours (Spanish)."
    assert "Phone:           (213) 555-0100" in done.stdout
    assert stored(caseload) == {"name": "Eastside Record Clearance Clinic", "address": "100 Main St, Los Angeles, CA 90012",
                                "phone": "(213) 555-0100", "website": None, "email": "help@example.org",
                                "hours": "Mon-Thu 9 am - 5 pm", "hours_es": "lun. a jue., de 9 a. m. a 5 p. m."}
    changes = setting_changes(caseload)
    assert len(changes) == 6  # one audited change each, as the dialog's Save makes them
    assert {"clinic_phone": "(213) 555-0100"} in [entry.after for entry in changes]

    pdf = tmp_path / "1.pdf"
    made = clinic_app("handout", "--db", caseload, "--client", "1", "--out", pdf)
    assert made.returncode == 0, made.stderr
    assert "no way to reach the clinic" not in made.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Eastside Record Clearance Clinic" in text
    assert "(213) 555-0100" in text


def test_a_value_given_as_empty_clears_it_and_the_same_value_changes_nothing(tmp_path):
    caseload = imported_caseload(tmp_path)
    assert clinic_app("clinic", "--db", caseload, "--name", "Eastside", "--hours-es", "lun. 9 a 5").returncode == 0
    same = clinic_app("clinic", "--db", caseload, "--name", " Eastside ")
    assert same.returncode == 0, same.stderr
    assert same.stdout.splitlines()[0] == "Nothing changed: the details given are those stored."
    cleared = clinic_app("clinic", "--db", caseload, "--hours-es", "")
    assert cleared.returncode == 0, cleared.stderr
    assert cleared.stdout.splitlines()[0] == "Changed: hours (Spanish)."
    assert stored(caseload)["hours_es"] is None and stored(caseload)["name"] == "Eastside"
    assert len(setting_changes(caseload)) == 3


def test_a_line_break_is_refused_and_nothing_is_written(tmp_path):
    caseload = imported_caseload(tmp_path)
    done = clinic_app("clinic", "--db", caseload, "--name", "Eastside", "--address", "100 Main St\nLos Angeles")
    assert_plain_error(done, 2, "--address must be one line of text, and it holds a line break", "nothing was changed")
    assert stored(caseload)["name"] is None  # the good value given with it is not written either
    assert setting_changes(caseload) == []


def test_bytes_that_are_not_utf8_are_refused(tmp_path):
    caseload = imported_caseload(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    done = subprocess.run([sys.executable, "-m", "clinic_app", "clinic", "--db", str(caseload), "--name", b"Cl\xednica"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert_plain_error(done, 2, "--name is not UTF-8 text", "nothing was changed")
    assert stored(caseload)["name"] is None


def test_the_command_list_names_it():
    listed = clinic_app("--help")
    assert "clinic" in listed.stdout.split("commands:")[1].split()
    helped = clinic_app("clinic", "--help")
    assert helped.returncode == 0
    assert "--hours-es" in helped.stdout and 'clinic-app clinic --hours-es ""' in helped.stdout
