"""F24-03: the menu items and keys the README names are the program's (W24-04 renamed some)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import probation_client
from tests.gui.menus import menu_items

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _menu_items(window) -> set[str]:
    # An item that counts ("Handouts for the 12 clients shown...") is named with N.
    return {re.sub(r"\b\d[\d,]*\b", "N", item) for item in menu_items(window)}


def test_every_menu_item_the_readme_names_is_in_the_menus(window):
    named = {" ".join(item.split()) for item in re.findall(r"\*\*((?:File|Edit|Caseload|View|Help)\s+>\s+[^*]+)\*\*", README)}
    assert len(named) >= 6
    assert named - _menu_items(window) == set()
    # Named without bold, the old way ("Caseload > Report"), they went stale unseen.
    assert not re.search(r"(?<!\*\*)\b(?:File|Edit|Caseload|View|Help)\s+>\s", README)


def test_every_key_the_readme_names_does_what_it_says(window, repo):
    paragraph = README.split("**By keyboard.**", 1)[1].split("\n\n", 1)[0]
    keys = set(re.findall(r"\b(Ctrl\+(?:Shift\+)?[A-Z]|Alt\+Left)\b", paragraph))
    assert {"Ctrl+F", "Ctrl+N", "Ctrl+S", "Ctrl+P", "Ctrl+I", "Ctrl+L", "Ctrl+Z", "Ctrl+Shift+Z", "Alt+Left"} <= keys
    # The menus' keys, the client record's buttons', and its own keys (Alt+Left, its "Caseload"
    # button's key, is a shortcut of the record's, C64-02).
    from PySide6.QtGui import QShortcut

    window.open_client(repo.add_client(probation_client("Keys Client")))
    shortcuts = {action.shortcut().toString() for action in window.actions()}
    shortcuts |= {button.shortcut().toString() for button in window.findChildren(QPushButton)}
    shortcuts |= {shortcut.key().toString() for shortcut in window.client_view.findChildren(QShortcut)}
    # A table's own key, Qt's (QAbstractItemView copies its current cell): pressed in each table
    # by tests/gui/test_cut_cell_by_keyboard_k97.py; Ctrl+A, the caseload list's (every line
    # chosen): pressed by tests/gui/test_handouts_for_the_clients_chosen_m231.py.
    shortcuts |= {"Ctrl+C", "Ctrl+A"}
    assert keys - shortcuts == set()


def test_ctrl_p_does_what_the_readme_says_it_does(qtbot, window, repo, monkeypatch):
    """E29-04: the README said "Ctrl+P prints the handout"; it shows the handout's preview,
    where Ctrl+P prints it and Ctrl+S saves a PDF (a volunteer waited at the printer)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QDialog

    from ui.handout_dialog import HandoutDialog

    paragraph = " ".join(README.split("**By keyboard.**", 1)[1].split("\n\n", 1)[0].split())
    assert ("Ctrl+P shows the client's handout (there Ctrl+P prints it and Ctrl+S saves it as a PDF; "
            "on the caseload list, the handout of the client chosen)") in paragraph  # K81-01
    window.open_client(repo.add_client(probation_client("Print Keys")))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    shown = []

    def preview(dialog) -> int:
        keys = {shortcut.key().toString(): shortcut for shortcut in dialog.findChildren(QShortcut)}
        shown.append({"Ctrl+P", "Ctrl+S"} <= set(keys))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HandoutDialog, "exec", preview)
    qtbot.keyClick(window.client_view.record.person.name, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown == [True]
    assert QKeySequence(QKeySequence.StandardKey.Print).toString() == "Ctrl+P"
