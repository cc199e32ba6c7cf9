"""The program's settings file holds the reviewer's name, where handouts were saved and the
names of files a close could not remove: it is the user's alone, as every file Clinic Desk
writes (D103)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

import ui.app


def _started_with_the_tests_settings(monkeypatch) -> None:
    """`ui.app.run` as the program starts, on the tests' own settings, its caseload not opened."""
    monkeypatch.setattr(ui.app, "ORGANIZATION", QCoreApplication.organizationName())
    monkeypatch.setattr(ui.app, "APPLICATION", QCoreApplication.applicationName())
    monkeypatch.setattr(ui.app, "open_repository", lambda *_args, **_kwargs: None)  # as if the user gave up
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the program's, installed by run, taken back after the test


def test_the_settings_file_is_made_the_users_alone_at_start(qapp, monkeypatch, usual_umask, tmp_path):
    """D103-02: Qt wrote the settings file readable by every account on the laptop (0644):
    the attorney's name, the folder of the last handouts ("/media/usb/Rosa Martinez"), the
    hidden partial of a client's handout a close could not remove.  At start it is made 0600
    (kept so as Qt writes it again), one left readable by an older version narrowed."""
    _started_with_the_tests_settings(monkeypatch)
    settings_file = Path(QSettings().fileName())
    if settings_file.exists():
        os.chmod(settings_file, 0o644)  # as an older version left it
    else:
        settings_file.parent.mkdir(parents=True, exist_ok=True)

    assert ui.app.run(tmp_path / "caseload.sqlite") == 1  # started, then no caseload opened
    QSettings().setValue("handouts/folder", "/media/usb/Rosa Martinez")
    QSettings().sync()

    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
    assert QSettings().value("handouts/folder") == "/media/usb/Rosa Martinez"


def test_a_new_settings_file_is_made_the_users_alone(qapp, monkeypatch, usual_umask, tmp_path):
    """On a new laptop, the settings' folder and file do not exist yet: both made private."""
    _started_with_the_tests_settings(monkeypatch)
    was = Path(QSettings().fileName()).parent.parent
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    try:
        settings_file = Path(QSettings().fileName())
        assert ui.app.run(tmp_path / "caseload.sqlite") == 1  # started, then no caseload opened
        QSettings().setValue("review/reviewer", "Ana Ruiz")
        QSettings().sync()
        assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(settings_file.parent.stat().st_mode) == 0o700
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(was))


def test_a_screenshot_run_makes_no_settings_file(qapp, monkeypatch, tmp_path):
    """D103-08: a screenshot run writes nothing in the user's home (V27-02), the settings file
    made private at start neither: it was made at every start of Qt (no test said so)."""
    from db.repository import Repository

    monkeypatch.setattr(ui.app, "ORGANIZATION", QCoreApplication.organizationName())
    monkeypatch.setattr(ui.app, "APPLICATION", QCoreApplication.applicationName())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    Repository.open(tmp_path / "caseload.sqlite").close()
    was = Path(QSettings().fileName()).parent.parent
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    try:
        assert ui.app.run(tmp_path / "caseload.sqlite", screenshot=tmp_path / "window.png") == 0
        assert (tmp_path / "window.png").is_file()
        assert not (tmp_path / "config").exists()
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(was))


def test_k241_03_a_screenshot_of_an_encrypted_caseload_says_the_picture_is_not_encrypted(qapp, monkeypatch, capsys,
                                                                                        tmp_path):
    """K241-03: `clinic-app --screenshot FILE.png` of an encrypted caseload wrote a plain PNG of
    the list, clients' names and dates of birth on it, and said nothing, where an export of the
    same caseload (V27-01) and a handout's PDF (P68-01) say they are not encrypted.  It says so
    too, in their words, once the picture is written (a plain caseload's: nothing, test_cli.py)."""
    from db.repository import Repository
    from tests.gui.conftest import probation_client

    monkeypatch.setattr(ui.app, "ORGANIZATION", QCoreApplication.organizationName())
    monkeypatch.setattr(ui.app, "APPLICATION", QCoreApplication.applicationName())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with Repository.open(tmp_path / "caseload.sqlite", passphrase="pomona frijoles azules") as repo:
        repo.add_client(probation_client("Rosa Martinez"))
    shot = tmp_path / "window.png"
    assert ui.app.run(tmp_path / "caseload.sqlite", screenshot=shot, passphrase="pomona frijoles azules") == 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert capsys.readouterr().out == (
        "The screenshot is not encrypted, as the caseload is: it names clients, with their dates of birth and outcomes, "
        "in plain view. Carry it encrypted, and delete it once used.\n")


def test_v236_04_qts_file_dialog_history_is_made_the_users_alone(qapp, monkeypatch, usual_umask, tmp_path):
    """V236-04: Qt's own file dialog keeps the folders chosen in it ("/media/usb/Rosa Martinez")
    in ~/.config/QtProject.conf, which Qt wrote readable by every account (0644) beside the
    program's settings made 0600 (D103-02).  At start it is made 0600 too, kept so as Qt writes
    it again; made empty where there is none yet, which the About box does not name."""
    from ui.help_menu import about_text

    _started_with_the_tests_settings(monkeypatch)
    history = tmp_path / "config" / "QtProject.conf"
    monkeypatch.setattr("ui.help_menu.file_dialog_history", lambda: history)
    history.parent.mkdir()
    history.write_text("[FileDialog]\nhistory=file:///media/usb/Rosa%20Martinez\n", encoding="utf-8")
    os.chmod(history, 0o644)  # as Qt wrote it

    assert ui.app.run(tmp_path / "caseload.sqlite") == 1  # started, then no caseload opened
    assert stat.S_IMODE(history.stat().st_mode) == 0o600
    dialog = QSettings(str(history), QSettings.Format.IniFormat)  # as Qt's file dialog writes it
    dialog.setValue("FileDialog/lastVisited", "file:///media/usb/Ana%20Ruiz")
    dialog.sync()
    assert stat.S_IMODE(history.stat().st_mode) == 0o600 and "Rosa%20Martinez" in history.read_text(encoding="utf-8")

    history.unlink()  # a new laptop: made empty, this user's, and not named as holding folders
    assert ui.app.run(tmp_path / "caseload.sqlite") == 1
    assert stat.S_IMODE(history.stat().st_mode) == 0o600 and history.stat().st_size == 0
    assert "QtProject.conf" not in about_text(tmp_path / "caseload.sqlite")
