"""W141-05: Help > About Clinic Desk has listed, since C131-02, every place on the computer that
keeps what names clients, for a coordinator giving a borrowed laptop back; its menu tip said
"its version and rules version, and where this caseload is kept", and the README's By keyboard
"the version, the rules version and where the caseload file is": the one to look there was told
nothing of it.  The tip and the README say it, as About shows it."""

from __future__ import annotations

from pathlib import Path

from tests.gui.menus import menu_item
from ui.help_menu import about_text

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_w141_05_the_about_tip_and_the_readme_say_it_lists_what_names_clients(window, repo):
    about = menu_item(window, "Help", "About Clinic Desk")
    assert "where this computer keeps what names clients (to give a borrowed laptop back)" in about.toolTip()
    assert about.statusTip() == about.toolTip()
    assert "Giving this computer back" in about_text(window.db_path)
    assert ("**Help > About Clinic Desk** gives the version, the rules version, where the caseload file is, and every "
            "place on the computer that keeps what names clients (see *A borrowed laptop, after the event*)") in README
