"""K212-02: CLINIC_DESK_PASSPHRASE set long ago (for another caseload, a script), then the window
or a command started on a caseload never encrypted.  Both said "open it without a passphrase",
and the user had typed none: where it came from was left to guess.  They name the variable and
how to go without it for one run, in one wording, at the terminal and in the window's dialog."""

from __future__ import annotations

import sys

from clinic_app import cli
from clinic_app.model import Client
from db.repository import Repository


def test_k212_02_a_passphrase_from_the_environment_for_a_plain_caseload_is_named_there_and_in_the_window(
        qtbot, tmp_path, monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication

    plain = tmp_path / "plain.sqlite"
    with Repository.open(plain) as repo:
        repo.add_client(Client(name="Rosa Llave"))
    monkeypatch.setenv("CLINIC_DESK_PASSPHRASE", "correct horse battery")
    # In this process: no crash hook, core-dump limit or excepthook of the program's own.
    monkeypatch.setattr("clinic_app.crash_report.install_hook", lambda: None)
    monkeypatch.setattr("clinic_app.private_files.no_core_dumps", lambda: None)
    monkeypatch.setattr("ui.app.make_app", QApplication.instance)
    monkeypatch.setattr("ui.crash.install_excepthook", lambda **_k: None)
    shown = []
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: shown.append(str(error)))

    assert cli.main(["list", "--db", str(plain)]) == cli.EXIT_ENVIRONMENT
    command_said = capsys.readouterr().err
    assert cli.main(["--db", str(plain)]) == 1  # the window
    window_said = capsys.readouterr().err

    (words,) = shown
    assert words.startswith(f"The caseload {plain} is not encrypted, but a passphrase was given for it by the "
                            "CLINIC_DESK_PASSPHRASE environment variable: to open it without one, ")
    if sys.platform != "win32":
        assert "start it as env -u CLINIC_DESK_PASSPHRASE clinic-app ..." in words
    assert f"clinic-app: {words}\n" in window_said
    assert f"clinic-app: {words}\n" in command_said  # one wording for both


def test_k212_02_a_passphrase_file_for_a_plain_caseload_is_not_blamed_on_the_environment(tmp_path, monkeypatch, capsys):
    plain = tmp_path / "plain.sqlite"
    with Repository.open(plain) as repo:
        repo.add_client(Client(name="Rosa Llave"))
    given = tmp_path / "passphrase.txt"
    given.write_text("correct horse battery\n", encoding="utf-8")
    monkeypatch.setenv("CLINIC_DESK_PASSPHRASE", "another caseload's")  # set, but the file comes first
    monkeypatch.setattr("clinic_app.crash_report.install_hook", lambda: None)
    monkeypatch.setattr("clinic_app.private_files.no_core_dumps", lambda: None)

    assert cli.main(["list", "--db", str(plain), "--passphrase-file", str(given)]) == cli.EXIT_ENVIRONMENT
    said = capsys.readouterr().err
    assert "is not encrypted: open it without a passphrase (or encrypt it with clinic-app encrypt)." in said
    assert "CLINIC_DESK_PASSPHRASE" not in said
