"""P119: a client asked the clinic to keep nothing about them.  File > Delete client's question
names what it does not delete, and where: the backups beside the caseload that still hold
them, the PDFs saved with their name (the words to search the file names for), the exports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from db.backup import backup_rotating, backups_folder
from tests.gui.conftest import answer_message_box, probation_client
from ui.handout_dialog import HANDOUT_FOLDER_SETTING

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _asked(qtbot, window, client_id: int, *, answer=Qt.Key.Key_Escape) -> str:
    """File > Delete client on the client open; the question's words under it."""
    window.open_client(client_id)
    seen: list = []
    answer_message_box(qtbot, seen, key=answer)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0][1]


def test_the_question_names_the_backups_holding_the_client_and_the_files_to_search_for(qtbot, window, repo, tmp_path):
    client_id = repo.add_client(probation_client("Mónica Ibáñez", event="Long Beach fair"))
    window.load()
    backup_rotating(repo.db)
    backup_rotating(repo.db)
    QSettings().setValue(HANDOUT_FOLDER_SETTING, str(tmp_path / "handouts"))
    said = _asked(qtbot, window, client_id)
    assert "Edit > Undo brings them back" in said  # as before
    assert f"• 2 backups made before, in {backups_folder(repo.path)}, until newer ones take their place" in said
    assert f"search the file names for “monica-ibanez” (an event's folder holds monica-ibanez-{client_id:04d}.pdf)" in said
    assert f"the last handout was saved in {tmp_path / 'handouts'}" in said
    assert "exports of clients (.jsonl), copies on a USB stick, and papers printed" in said
    assert repo.count_clients() == 1  # Escape: Cancel, nothing deleted


def test_with_no_backup_none_is_named(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Ana Aguilar"))
    window.load()
    said = _asked(qtbot, window, client_id)
    assert "backup made before" not in said and "backups made before" not in said
    assert "“ana-aguilar”" in said


def test_the_menu_item_names_the_command_that_deletes_at_a_terminal(window):
    from tests.gui.menus import menu_items

    tip = menu_items(window)["File > Delete client..."].statusTip()
    assert "Edit > Undo brings them back" in tip
    # On the window's caseload (Z119-03), as its other hints name their commands (S118-01).
    assert f"clinic-app delete --db {window.db_path.absolute()} --client ID --name NAME" in tip
