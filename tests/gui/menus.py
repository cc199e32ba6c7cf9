"""The window's menus and their items, found by the words a volunteer reads on them.

Reach a menu here, not through the menu bar's action (`window.menuBar().actions()[0].menu()`):
on PySide6 6.9 and 6.10, which pyproject.toml allows, the QMenu that `.menu()` answers is tied
to that action's Python wrapper, a temporary, and once it is collected the menu's wrapper and
those of the items the menu made (the window's `about_action`, `shortcuts_help_action`) are
invalidated: "Internal C++ object (QMenu) already deleted" (T67, Q69).  The C++ menus are
intact; only the test lost them.  Here the menus are read as the menu bar's own children,
which holds on every release.  (`tests/gui/test_menus_q69.py` keeps `.menu()` out of tests/gui.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def plain(text: str) -> str:
    """A menu's or an item's words as read: "&File" is "File", "Clinic de&tails..." is "Clinic details..."."""
    return text.replace("&", "")


def menus(window) -> list[QMenu]:
    """The menu bar's menus, in the bar's order (File, Edit, Caseload, View, Help)."""
    bar = window.menuBar()
    by_title = {plain(menu.title()): menu
                for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)}
    return [by_title[plain(action.text())] for action in bar.actions() if plain(action.text()) in by_title]


def menu(window, title: str) -> QMenu:
    """The menu bar's menu titled `title` ("File", or "&File")."""
    found = {plain(m.title()): m for m in menus(window)}
    assert plain(title) in found, f"no menu {title!r} in the menu bar: {list(found)}"
    return found[plain(title)]


def menu_item(window, title: str, text: str) -> QAction:
    """The item `text` of the menu `title`: menu_item(window, "Help", "First steps")."""
    items = [action for action in menu(window, title).actions() if plain(action.text()) == plain(text)]
    assert len(items) == 1, f"{len(items)} items {text!r} in the {plain(title)} menu"
    return items[0]


def menu_items(window) -> dict[str, QAction]:
    """Every item of every menu, as "File > New client": what a README or a hint names."""
    return {f"{plain(m.title())} > {plain(action.text())}": action
            for m in menus(window) for action in m.actions() if action.text()}
