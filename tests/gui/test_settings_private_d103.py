"""The program's settings file holds the reviewer's name, where handouts were saved and the
names of files a close could not remove: it is the user's alone, as every file Clinic Desk
writes (D103)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

import ui.app
from ui.app import make_app


def test_the_settings_file_is_made_the_users_alone_at_start(qapp, monkeypatch, usual_umask):
    """D103-02: Qt wrote the settings file readable by every account on the laptop (0644):
    the attorney's name, the folder of the last handouts ("/media/usb/Rosa Martinez"), the
    hidden partial of a client's handout a close could not remove.  At start it is made 0600
    (kept so as Qt writes it again), one left readable by an older version narrowed."""
    monkeypatch.setattr(ui.app, "ORGANIZATION", QCoreApplication.organizationName())  # the tests' own settings
    monkeypatch.setattr(ui.app, "APPLICATION", QCoreApplication.applicationName())
    settings_file = Path(QSettings().fileName())
    if settings_file.exists():
        os.chmod(settings_file, 0o644)  # as an older version left it
    else:
        settings_file.parent.mkdir(parents=True, exist_ok=True)

    make_app()
    QSettings().setValue("handouts/folder", "/media/usb/Rosa Martinez")
    QSettings().sync()

    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
    assert QSettings().value("handouts/folder") == "/media/usb/Rosa Martinez"


def test_a_new_settings_file_is_made_the_users_alone(qapp, monkeypatch, usual_umask, tmp_path):
    """On a new laptop, the settings' folder and file do not exist yet: both made private."""
    monkeypatch.setattr(ui.app, "ORGANIZATION", QCoreApplication.organizationName())
    monkeypatch.setattr(ui.app, "APPLICATION", QCoreApplication.applicationName())
    was = Path(QSettings().fileName()).parent.parent
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    try:
        settings_file = Path(QSettings().fileName())
        make_app()
        QSettings().setValue("review/reviewer", "Ana Ruiz")
        QSettings().sync()
        assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(settings_file.parent.stat().st_mode) == 0o700
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(was))
