"""F24-02: the Help menu tells a first-time volunteer what the program is, its keys, and where the caseload is."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from clinic_app.eligibility import RULES_VERSION
from tests.gui.menus import menu, menu_items, plain


def _plain(box: QMessageBox) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(box.text())
    return document.toPlainText()


def test_the_help_menu_is_last_and_each_item_has_its_own_letter(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "Help"
    letters = [action.text().split("&")[1][0].lower() for action in menu(window, "Help").actions()]
    assert len(letters) == len(set(letters)) == 4  # First steps, Remedies, Keyboard shortcuts, About


def test_about_says_what_it_is_that_it_is_not_legal_advice_the_versions_and_where_the_caseload_is(window, qtbot):
    window.about_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible() and box.windowTitle() == "About Clinic Desk"
    text = _plain(box)
    assert "record clearance" in text and "offline" in text
    assert "not legal advice" in text
    assert RULES_VERSION in text and "Version " in text
    assert str(window.db_path) in text and str(window.db_path.parent / "backups") in text
    assert "clinic-app --demo" in text
    # The menu items it names are the File menu's.
    file_items = {plain(a.text()) for a in menu(window, "File").actions()}
    for item in ("Open caseload...", "Open demo caseload", "Back up caseload...", "Restore from backup..."):
        assert f"File > {item.removesuffix('...')}" in text and item in file_items
    assert "clinic-app restore" not in text  # the window does it now (D25-02)
    box.close()


def test_the_shortcuts_list_reads_the_menus_so_it_names_every_shortcut_there_is(window):
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible() and box.windowTitle() == "Keyboard shortcuts"
    text = _plain(box)
    for action, keys in ((window.new_action, "Ctrl+N"), (window.find_action, "Ctrl+F"), (window.save_action, "Ctrl+S"),
                         (window.print_action, "Ctrl+P"), (window.intake_action, "Ctrl+I")):
        assert action.shortcut() == QKeySequence(keys)
        assert keys in text
    assert "Caseload > Print handout" in text and "Caseload > Show caseload" in text and "Ctrl+L" in text
    assert "Alt+Left" in text and "Ctrl+Z" in text
    box.close()


def test_an_empty_caseload_names_every_way_in_and_each_is_a_menu_item(window):
    """F24-05: an empty caseload named New client and intake mode, not the import of a laptop's clients."""
    window.load()
    text = window.caseload.empty_label.text()
    items = menu_items(window)
    for item in ("File > New client", "Caseload > Clinic intake mode", "File > Import clients...", "Help > About Clinic Desk"):
        assert item in text and item in items
