"""A volunteer's first hour on a fresh laptop (X101): the commands a first reader of
`clinic-app --help` types, on a home folder of their own, with no --db."""

from __future__ import annotations

from pathlib import Path

from db.repository import Repository
from tests.cli.program_in_process import run_in_process


def clinic_app_at_home(home: Path, *args: str):
    """`clinic-app ARGS` with `home` as the user's home and data folder, as on a new laptop."""
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "CLINIC_DESK_USER": "x101"}
    return run_in_process([str(a) for a in args], env=env)


def test_demo_command_without_db_fills_the_demo_caseload_not_the_clinics(tmp_path):
    """`clinic-app demo --clients 5` (--help: "add synthetic clients (demos, ...)") on a new
    laptop went into the clinic's own caseload.sqlite, empty so nothing refused it: the window
    then opened the clinic's caseload as "demo: made-up clients, not for real ones", and the
    real clients typed at the first event were mixed in with them for good."""
    folder = tmp_path / "data" / "ClinicDesk"
    made = clinic_app_at_home(tmp_path, "demo", "--clients", "5")
    assert made.returncode == 0, made.stderr
    assert str(folder / "demo.sqlite") in made.stdout
    assert "clinic-app --demo" in made.stdout  # how to open what it made
    assert not (folder / "caseload.sqlite").exists()
    with Repository.open(folder / "demo.sqlite") as repo:
        assert repo.count_clients() == 5
    # The demo caseload is the one `--demo` opens, as the commands take it.
    listed = clinic_app_at_home(tmp_path, "--demo", "list")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 5


def test_demo_command_with_db_still_writes_there(tmp_path):
    chosen = tmp_path / "try.sqlite"
    made = clinic_app_at_home(tmp_path, "demo", "--db", chosen, "--clients", "3")
    assert made.returncode == 0, made.stderr
    with Repository.open(chosen) as repo:
        assert repo.count_clients() == 3
    assert not (tmp_path / "data" / "ClinicDesk").exists()


def test_a_command_on_the_demo_caseload_not_made_yet_says_how_to_make_it(tmp_path):
    """`clinic-app --demo list` before any demo said "start the program once (clinic-app) to
    create it": that start makes the clinic's caseload, and the same line came back."""
    listed = clinic_app_at_home(tmp_path, "--demo", "list")
    assert listed.returncode == 1 and listed.stdout == ""
    folder = tmp_path / "data" / "ClinicDesk"
    assert listed.stderr == (f"clinic-app: There is no demo caseload at {folder / 'demo.sqlite'} yet: start the program once "
                             "with clinic-app --demo (it fills it with made-up clients), or make it with "
                             "clinic-app demo --clients 200.\n")
    assert not folder.exists()


def test_help_names_the_default_caseload_file_where_it_is(tmp_path):
    """`--db PATH  the caseload file (default: caseload.sqlite in your data directory)`: a first
    reader was not told which folder that is, and `demo --help` said the same of the demo
    caseload's own default (X101-01).  Each --help now names the file."""
    home = tmp_path / "home"
    env_home = {"HOME": str(home), "XDG_DATA_HOME": None, "CLINIC_DESK_USER": "x101"}

    def help_of(*command: str) -> str:
        said = run_in_process([*command, "--help"], env=env_home)
        assert said.returncode == 0, said.stderr
        return " ".join(said.stdout.split())  # argparse wraps at any space

    folder = "~/.local/share/ClinicDesk"
    assert f"the caseload file (default: {folder}/caseload.sqlite, the clinic's own)" in help_of()
    assert f"the caseload file (default: {folder}/caseload.sqlite, the clinic's own)" in help_of("list")
    assert (f"the caseload file (default: {folder}/demo.sqlite, the demo caseload clinic-app --demo opens)"
            in help_of("demo"))
