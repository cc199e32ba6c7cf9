"""Q69: the GUI tests reach the window's menus the same way on every PySide6 release that
pyproject.toml allows (6.9 and up).

On 6.9.0, 6.9.3 and 6.10.0, 19 GUI tests failed, one errored at teardown and one hung with
"Internal C++ object (QMenu / QAction) already deleted": they took menus from a temporary
(`window.menuBar().actions()[0].menu()`), whose wrapper those releases invalidate once the
action's wrapper is collected (T67).  tests/gui/menus.py finds them by their words instead.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path

from shiboken6 import isValid

from tests.gui.menus import menu, menu_item, menu_items, menus

GUI_TESTS = Path(__file__).resolve().parent


def test_a_menu_found_by_its_title_holds_after_the_menu_bars_actions_are_collected(window):
    help_menu = menu(window, "Help")
    gc.collect()  # the menu bar's action wrappers, had the helper made any, are gone now
    assert isValid(help_menu) and [a.text() for a in help_menu.actions()][-1] == "&About Clinic Desk"
    assert window.about_action in help_menu.actions() and isValid(window.about_action)
    assert [m.title() for m in menus(window)] == [a.text() for a in window.menuBar().actions()]
    assert menu(window, "&File") is menu(window, "File")
    assert menu_item(window, "File", "Quit") == window.quit_action
    assert menu_items(window)["Help > Keyboard shortcuts"] == window.shortcuts_help_action
    assert [a.text() for a in help_menu.actions()] == ["&First steps", "&Remedies at a glance", "&Keyboard shortcuts",
                                                       "&About Clinic Desk"]
    gc.collect()
    assert isValid(window.about_action) and isValid(window.shortcuts_help_action)


def test_no_gui_test_takes_a_menu_from_the_menu_bars_action():
    """So the next test written reaches its menu through tests/gui/menus.py too."""
    found = [f"{path.name}:{number}: {line.strip()}"
             for path in sorted(GUI_TESTS.glob("*.py")) if path.name not in (Path(__file__).name, "menus.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.menu\(\)", line) and not line.lstrip().startswith("#")]
    assert found == [], "reach menus with tests.gui.menus (menu, menu_item), not .menu():\n" + "\n".join(found)
