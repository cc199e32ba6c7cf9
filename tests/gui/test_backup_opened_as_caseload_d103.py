"""D103-06: a backup opened in the window as if it were the caseload.

The director, looking for the client a paralegal deleted yesterday, opened yesterday's backup
with File > Open caseload... (or --db): the window worked on it as on any caseload, with not a
word.  What was typed there was in no caseload, and the file itself was deleted once ten newer
automatic backups of the caseload took its place, the work in it with it."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox

from clinic_app.model import Client
from db.backup import backup_before, backup_rotating
from db.repository import Repository
from tests.gui import menus
from tests.gui.conftest import TODAY, let_go
from tests.gui.menus import plain


def _window_on(qtbot, path):
    from ui.main_window import MainWindow

    repo = Repository.open(path, create=False)
    window = MainWindow(repo, path, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def _backed_up(caseload, monkeypatch):
    """An automatic backup of a caseload of one client at `caseload`, and the list the
    window's warnings are put in, as (title, text)."""
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Rosa Benítez"))
        backup = backup_rotating(repo.db)
    seen: list = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *_a: seen.append((title, text))))
    return backup, seen


def test_a_backup_opened_as_the_caseload_is_said_to_be_one_and_how_to_use_it(qtbot, tmp_path, monkeypatch):
    backup, seen = _backed_up(tmp_path / "caseload.sqlite", monkeypatch)

    window = _window_on(qtbot, backup)

    ((title, text),) = seen
    assert title == "A backup, not the caseload"
    assert text.startswith(f"{backup.name} is a backup of the caseload caseload.sqlite, made ")
    assert ("What is changed here is not in the caseload, and this file is deleted when newer backups take its place. "
            "To go back to this backup, open the caseload and choose File > Restore from backup...; to bring back some of "
            "its clients, find them here, choose File > Export the N clients shown..., then File > Import clients... "
            "in the caseload.") in text
    # Each menu item the words lead to is where they say.
    for menu, item in re.findall(r"(\w+) > ((?:\w+ )*\w+)", text):
        said = re.compile(re.escape(item).replace("N\\ clients", r"[\d,]+\ clients?"))
        assert any(said.match(plain(action.text())) for action in menus.menu(window, menu).actions()), (menu, item)
    let_go(window, delete=False)


def test_a_copy_made_before_a_change_is_one_too_and_the_caseload_itself_is_not(qtbot, tmp_path, monkeypatch):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_client(Client(name="Rosa Benítez"))
        before_import = backup_before(repo.db, "import")
    seen: list = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *_a: seen.append(title)))

    for path in (caseload, before_import):
        let_go(_window_on(qtbot, path), delete=False)

    assert seen == ["A backup, not the caseload"]  # the copy before the import, not the caseload


def test_the_backup_of_a_caseload_named_db_is_one_too(qtbot, tmp_path, monkeypatch):
    """File > Open caseload... lists "Caseloads (*.sqlite *.db)": the backups of "office.db"
    ("office-<stamp>.sqlite" in its backups folder) opened with not a word, only the caseloads
    named *.sqlite were looked for beside the folder (R105-01)."""
    backup, seen = _backed_up(tmp_path / "office.db", monkeypatch)

    let_go(_window_on(qtbot, backup), delete=False)

    ((title, text),) = seen
    assert text.startswith(f"{backup.name} is a backup of the caseload office.db, made ")
