"""W114-05: beside Caseload items that say what they do under the mouse and in the status bar
("Print or save the handout of each client the list shows now ..."), Print handouts for this
event..., Re-screen whole caseload... and File > Back up caseload... said only their own names:
which event, for which day, to where, a volunteer learnt by choosing them.  They say it now, with
the command that does the same at a terminal, as the Remedy and County filters name theirs."""

from __future__ import annotations

import argparse
import re

from clinic_app.cli import build_parser
from tests.gui.menus import menu_items


def test_w114_05_every_file_and_caseload_item_that_opens_a_dialog_says_what_it_does(window):
    items = menu_items(window)
    for name in ("File > Back up caseload...", "Caseload > Re-screen whole caseload...",
                 "Caseload > Print handouts for this event..."):
        tip = items[name].statusTip()
        assert tip and tip == items[name].toolTip() and len(tip.split()) > 8, name
    assert "Event filter" in items["Caseload > Print handouts for this event..."].statusTip()
    assert "day to plan for" in items["Caseload > Re-screen whole caseload..."].statusTip()


def test_w114_05_each_command_a_menu_tip_names_is_one_clinic_app_takes(window):
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    named = [(m.group(1), m.group(2) or "") for action in menu_items(window).values()
             for m in re.finditer(r"clinic-app ([a-z-]+)((?: --[a-z-]+)*)", action.statusTip())]
    assert {command for command, _ in named} >= {"backup", "rescreen", "handout"}
    for command, options in named:
        assert command in sub.choices, command
        taken = sub.choices[command]._option_string_actions
        assert [option for option in options.split() if option not in taken] == [], command
