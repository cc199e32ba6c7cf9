"""D70-01: File > Restore from backup with a backup made by an older Clinic Desk.  The restored
caseload is backed up and updated as it is opened (db.backup.restore), which took seconds on a
busy clinic's: the restore's dialog said "Copying..." all the while (as it did for the restore's own
steps, D70-05).  It now says the open's
steps, as the window's open does since N66: "Updating the caseload (N of M)..." (no "Backing up
the caseload before updating it...": the backup is that copy already, U71-03).  And the restore's own steps before (D70-05): checking
the backup, backing up the caseload it replaces, putting the backup in its place."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QProgressDialog

from db.backup import BACKING_UP_TO_RESTORE_SAID, CHECKING_BACKUP_SAID, PUTTING_IN_PLACE_SAID
from db.connection import schema_version, updating_said
from tests.gui.conftest import answer_message_box, probation_client
from tests.gui.test_restore_backup import _answer_list, _names, _new_window, _said
from tests.older_caseload import UPDATING, older_caseload


@pytest.mark.parametrize("large", [False, True], ids=["small", "large"])
def test_restoring_an_older_backup_says_each_step_of_its_update_in_the_restores_dialog(qtbot, window, repo, tmp_path, monkeypatch,
                                                                                        large):
    if large:  # a caseload or backup of 64 MB or more, where the restore's own steps take seconds (D70-05)
        monkeypatch.setattr("db.connection.LONG_STEPS_BYTES", 0, raising=False)
    repo.add_client(probation_client("Desk Client"))
    window.load()
    backup = older_caseload(tmp_path / "usb" / "older-backup.sqlite")
    shown: list[str] = []
    real = QProgressDialog.setLabelText

    def spy(dialog, text):
        real(dialog, text)
        if dialog.accessibleName() == "Restoring the backup":
            shown.append(text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", spy)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *_a, **_k: (str(backup), ""))
    _answer_list(monkeypatch, lambda d: d.choose_button.click())
    said = _said(monkeypatch)
    answer_message_box(qtbot, [], click="Restore")
    window.restore_action.trigger()
    new = _new_window(qtbot, window)
    assert said and said[0][0] == "restored"
    assert _names(new) == {"Olga Older", "Osvaldo Older"}
    assert schema_version(new.repo.db) == 20
    steps = [text.removeprefix("Restoring the backup\n") for text in dict.fromkeys(shown)]
    own = [BACKING_UP_TO_RESTORE_SAID, PUTTING_IN_PLACE_SAID] if large else []
    # No backing up before the update: the backup is that copy already (U71-03).
    assert steps == [CHECKING_BACKUP_SAID, *own, *UPDATING]
