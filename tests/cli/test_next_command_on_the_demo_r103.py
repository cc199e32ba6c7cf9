"""R103-02: the command a run on the demo caseload says to type next is the demo's.

X101 made `clinic-app --demo COMMAND` the way to the demo caseload ("the commands take it as
`clinic-app --demo COMMAND`"), but a command run so named the next one without --demo:
`clinic-app --demo list --review` on a day not screened said "clinic-app rescreen screens
them", and that command, typed as said, screened the clinic's own caseload (made empty on a new
laptop), the demo's clients still not screened; an import's "clinic-app merge --into 12 --from
57" would have merged two other people there (X62-02), and a stopped re-screen's "clinic-app
restore ..." put the demo's copy in place of the clinic's caseload."""

from __future__ import annotations

import shlex

from db.repository import Repository
from tests.cli.test_first_hour_x101 import clinic_app_at_home


def _said_command(text: str, before: str, after: str) -> list[str]:
    """The command `text` says between `before` and `after`, as typed at a shell (without its
    program's name)."""
    command = text.split(before, 1)[1].split(after, 1)[0]
    words = shlex.split(command)
    assert words[0] == "clinic-app", command
    return words[1:]


def test_r103_02_the_rescreen_said_on_the_demo_caseload_screens_the_demo(tmp_path):
    folder = tmp_path / "data" / "ClinicDesk"
    assert clinic_app_at_home(tmp_path, "demo", "--clients", "5").returncode == 0
    listed = clinic_app_at_home(tmp_path, "--demo", "list", "--review")
    assert listed.returncode == 0 and listed.stdout == ""
    rescreen = _said_command(listed.stderr, "are not known: ", " screens them")
    assert rescreen == ["--demo", "rescreen"]
    # Typed as said: the demo's clients screened, the clinic's caseload never made.
    done = clinic_app_at_home(tmp_path, *rescreen)
    assert done.returncode == 0, done.stderr
    assert "Screened 5 clients" in done.stdout
    assert not (folder / "caseload.sqlite").exists()
    with Repository.open(folder / "demo.sqlite") as repo:
        assert all(repo.latest_screening(client_id) is not None for client_id in repo.client_ids())


def test_r103_02_list_as_of_on_the_demo_names_the_demo_s_rescreen(tmp_path):
    assert clinic_app_at_home(tmp_path, "demo", "--clients", "3").returncode == 0
    listed = clinic_app_at_home(tmp_path, "--demo", "list", "--as-of", "2027-01-01")
    assert listed.returncode == 0, listed.stderr
    assert "(clinic-app --demo rescreen --as-of 2027-01-01 screens every client for that day)" in listed.stderr


def test_r103_02_a_caseload_named_with_db_is_named_as_before(tmp_path):
    day = tmp_path / "day.sqlite"
    assert clinic_app_at_home(tmp_path, "demo", "--db", day, "--clients", "3").returncode == 0
    listed = clinic_app_at_home(tmp_path, "list", "--db", day, "--review")
    assert f"clinic-app rescreen --db {day} screens them" in listed.stderr
