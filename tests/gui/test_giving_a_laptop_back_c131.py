"""C131-02: the coordinator giving two borrowed laptops back after a clinic event found what to
delete under the README's "Moving to a new laptop" alone, and nowhere the folders the day's
handouts and worksheets had been saved in: the program remembers them (the folders only), and
said them to nobody.  Help > About Clinic Desk now names every place on this computer that
holds the clients, and the README has a paragraph for a borrowed laptop."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from db.backup import backups_folder
from ui.client_view import WORKSHEET_FOLDER_SETTING
from ui.handout_dialog import HANDOUT_FOLDER_SETTING
from ui.help_menu import about_text
from ui.tasks import BACKUP_FOLDER_SETTING

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _said(text: str) -> str:
    """The About box's words as read, its markup taken off."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def test_about_names_the_folders_the_handouts_worksheets_and_backups_went_to(window, tmp_path):
    QSettings().setValue(HANDOUT_FOLDER_SETTING, str(tmp_path / "usb" / "handouts"))
    QSettings().setValue(WORKSHEET_FOLDER_SETTING, str(tmp_path / "Documents"))
    QSettings().setValue(BACKUP_FOLDER_SETTING, str(tmp_path / "usb"))
    said = _said(about_text(window.db_path))
    assert "Giving this computer back" in said
    assert f"its backups folder {backups_folder(window.db_path)}" in said
    assert f"the settings folder {Path(QSettings().fileName()).parent}" in said
    assert f"the handouts saved, last in {tmp_path / 'usb' / 'handouts'}" in said
    assert f"the worksheets saved, last in {tmp_path / 'Documents'}" in said
    assert f"the backups you made, last in {tmp_path / 'usb'}" in said
    assert "empty the Trash" in said


def test_v236_02_about_names_the_folders_the_exports_went_to_and_imports_came_from(window, tmp_path):
    """V236-02: the folder of the last export (every client of an event, in plain text, beside an
    encrypted caseload too) and of the last file imported are remembered as the handouts' is, and
    the About box named neither: a coordinator clearing a laptop looked for the .jsonl nowhere."""
    from ui.tasks import EXPORT_FOLDER_SETTING, IMPORT_FOLDER_SETTING

    QSettings().setValue(EXPORT_FOLDER_SETTING, str(tmp_path / "usb" / "exports"))
    QSettings().setValue(IMPORT_FOLDER_SETTING, str(tmp_path / "Downloads"))
    said = _said(about_text(window.db_path))
    assert f"the exports you made, last in {tmp_path / 'usb' / 'exports'}" in said
    assert f"the files you imported, last from {tmp_path / 'Downloads'}" in said


def test_v236_03_about_names_qts_file_dialog_history_where_there_is_one(window, tmp_path, monkeypatch):
    """V236-03: Qt's own file dialog (Linux without the desktop's) keeps the folders chosen in it,
    a batch's "handouts-EVENT" or a folder named for a client, in a file of its own beside the
    settings folder (~/.config/QtProject.conf, readable by every account), which nothing named."""
    history = tmp_path / "config" / "QtProject.conf"
    monkeypatch.setattr("ui.help_menu.file_dialog_history", lambda: history)
    assert "QtProject.conf" not in _said(about_text(window.db_path))  # none yet: not named
    history.parent.mkdir()
    history.write_text("[FileDialog]\nhistory=file:///home/volunteer/handouts-Expungement-Fair\n", encoding="utf-8")
    said = _said(about_text(window.db_path))
    assert f"the file dialog's list of the folders chosen in it {history}" in said


def test_about_names_no_folder_nothing_was_saved_in(window, tmp_path, monkeypatch):
    # Qt's file dialog never used on this computer (a developer's own may have been).
    monkeypatch.setattr("ui.help_menu.file_dialog_history", lambda: tmp_path / "QtProject.conf")
    said = _said(about_text(window.db_path))
    assert f"the settings folder {Path(QSettings().fileName()).parent}; every export (.jsonl)" in said
    assert "last in" not in said  # nothing remembered: none made up


def test_the_readme_names_the_folders_the_program_uses_on_linux(monkeypatch, tmp_path):
    from db.connection import default_caseload_path

    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    said = README.split("**A borrowed laptop, after the event.**", 1)[1].split("\n\n", 1)[0]
    assert "`~/.local/share/ClinicDesk`" in said and default_caseload_path().parent == tmp_path / ".local/share/ClinicDesk"
    native = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "ClinicDesk", "Clinic Desk")
    assert "`~/.config/ClinicDesk`" in said and Path(native.fileName()).parent.name == "ClinicDesk"
    for kept in ("Help > About Clinic Desk", "the Trash", "`~/.config/QtProject.conf`", "`~/.local/share/recently-used.xbel`", "`~/.cache/thumbnails`"):
        assert kept in said


def test_about_from_the_demo_names_the_clinic_s_caseload_beside_it(window, tmp_path, monkeypatch):
    """R136-01: with the demo open (demo.sqlite, beside the clinic's caseload), "Giving this
    computer back" named the demo's file alone, and of the clinic's caseload in the same folder,
    the one with the event's clients, nothing."""
    data = tmp_path / "data" / "ClinicDesk"
    monkeypatch.setattr("db.connection.default_caseload_path", lambda: data / "caseload.sqlite")
    said = _said(about_text(data / "demo.sqlite"))
    assert f"the folder {data} (the clinic's caseload, its backups and the demo)" in said
    # The clinic's own caseload open: its folder is said once, as this caseload's.
    assert "(the clinic's caseload, its backups and the demo)" not in _said(about_text(data / "caseload.sqlite"))


def test_about_names_the_settings_file_where_its_folder_is_every_program_s(window, tmp_path, monkeypatch):
    """R136-02: where Qt keeps the settings in a folder shared by every program (macOS keeps
    them as ~/Library/Preferences/com.clinicdesk.Clinic Desk.plist), "the settings folder"
    named that folder, to be deleted whole; the program's own file is said there instead."""
    import PySide6.QtCore

    preferences = tmp_path / "Library" / "Preferences"

    class SettingsInASharedFolder(QSettings):
        def fileName(self) -> str:  # noqa: N802 - Qt's name
            return str(preferences / "com.clinicdesk.Clinic Desk.plist")

    monkeypatch.setattr(PySide6.QtCore, "QSettings", SettingsInASharedFolder)
    said = _said(about_text(window.db_path))
    assert f"the settings file {preferences / 'com.clinicdesk.Clinic Desk.plist'};" in said
    assert f"the settings folder {preferences}" not in said


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r240_02_the_folders_qts_own_dialog_keeps_are_in_the_file_the_about_box_names(window, tmp_path):
    """R240-02: Qt's own file dialog, used for real (not stood in for), keeps the folder chosen in
    it in the file the About box names and the start made private: the GUI tests had stood a
    file of their own in for `file_dialog_history()`, while Qt went on writing the user's
    ~/.config/QtProject.conf, so nothing showed the two to be one file, and a test's dialog
    wrote into the home of whoever ran the tests."""
    import os
    import stat

    import shiboken6
    from PySide6.QtWidgets import QFileDialog

    from ui.app import keep_settings_private
    from ui.help_menu import file_dialog_history

    history = file_dialog_history()
    chosen = tmp_path / "Rosa Martinez"
    chosen.mkdir()
    try:
        keep_settings_private()  # as the program's start does
        dialog = QFileDialog(window, "Folder for the handouts", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setDirectory(str(chosen))  # gone into it, then Choose
        dialog.accept()
        shiboken6.delete(dialog)  # Qt writes its list as the dialog goes
        assert "Rosa%20Martinez" in history.read_text(encoding="utf-8")
        assert stat.S_IMODE(os.stat(history).st_mode) == 0o600
        assert f"the file dialog's list of the folders chosen in it {history}" in _said(about_text(window.db_path))
    finally:
        history.unlink(missing_ok=True)  # the next test's About box as on a laptop where it was never used
