"""H225-01: an untrained volunteer found the program's first steps only on an empty caseload's
page (J216): handed an event laptop with clients on it, Help offered Remedies at a glance, the
keyboard shortcuts and About, and no how-to.  Help > First steps says it now, on any caseload:
add a client and a case, the results, the to-dos, the handout, saving as you go, Undo; its keys
read from the menus, its shared words the empty caseload's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QMessageBox, QScrollArea

from tests.gui.conftest import probation_client
from tests.gui.menus import menu, menu_item, menu_items


def _plain(box: QMessageBox) -> str:
    document = QTextDocument()
    document.setHtml(box.text())
    return " ".join(document.toPlainText().split())


def test_h225_01_help_first_steps_on_a_caseload_with_clients_says_the_first_ten_minutes(qtbot, window, repo):
    repo.add_client(probation_client("Ana Cliente"))
    window.load()
    assert not window.caseload.empty.isVisible()  # the empty caseload's lines are not shown here
    item = menu_item(window, "Help", "First steps")
    assert menu(window, "Help").actions()[0] is item is window.first_steps_action
    assert item.statusTip() and item.statusTip() == item.toolTip()
    item.trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "First steps")
    qtbot.waitExposed(box)
    text = _plain(box)
    # Each key as the menus hold it now: Undo's is the platform's, Redo's both of them.
    keys = {path: ", ".join(key.toString() for key in action.shortcuts()) for path, action in menu_items(window).items()}
    for path in ("File > New client", "File > Find client", "Caseload > Clinic intake mode", "Edit > Save", "Edit > Undo",
                 "Edit > Redo", "Caseload > Print handout...", "Caseload > Show caseload", "View > Next result to review",
                 "Help > Remedies at a glance"):
        assert keys[path] and f"{path} ({keys[path]})" in text, path
    assert keys["Edit > Undo"] == QKeySequence(QKeySequence.StandardKey.Undo).toString()
    for said in ("Add case", "Eligibility tab", "Checklist tab", "saved when you leave it", "status bar",
                 "Next action and Outstanding", "the client's language", "Help > Keyboard shortcuts"):
        assert said in text, said
    # What the Eligibility tab shows: a whole case's rows too (an arrest's), and a note above them
    # only where one applies (K235-03: "each conviction's remedies", "Read the notes above them").
    assert ("the remedies of each conviction, and of a whole case (sealing an arrest, ending probation early)" in text
            and "Where a note stands above them (immigration counsel first, say), read it before them" in text)
    # Where the Handout... button is: above the tabs, not on the Record tab the steps before name (R229-03).
    assert "Handout... button at the top of the client's page, beside Save" in text
    # The empty caseload's own words, from the one place both read: a change there changes here.
    from ui import first_steps

    for shared in (first_steps.INTAKE, first_steps.DEMO):
        assert first_steps.said(shared, window.menuBar()) in text
    # Sized as the other Help boxes: its text in a pane named for it, which the keyboard scrolls.
    pane = box.findChild(QScrollArea)
    assert pane is not None and pane.accessibleName() == "First steps"
    assert pane.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert box.width() <= window.screen().availableGeometry().width()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_h225_01_every_menu_item_the_first_steps_name_is_one_and_the_empty_caseload_reads_its_keys(window):
    from ui import first_steps

    assert first_steps.items_named() - set(menu_items(window)) == set()
    window.load()
    said = window.caseload.empty_label.text()
    assert f"File > New client ({window.new_action.shortcut().toString()})" in said
    assert first_steps.said(first_steps.INTAKE, window.menuBar()) in said.split("\n")


def test_h225_01_on_a_laptop_at_150_percent_the_box_fits_and_its_steps_scroll(qtbot, window, monkeypatch):
    from tests.gui.test_small_screen_f63 import LAPTOP_150

    monkeypatch.setattr("ui.help_menu.room", lambda _widget: LAPTOP_150)
    window.first_steps_action.trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "First steps")
    qtbot.waitExposed(box)
    assert box.height() <= LAPTOP_150.height() and box.width() <= LAPTOP_150.width()
    close = box.button(QMessageBox.StandardButton.Close)
    assert close.mapTo(box, close.rect().bottomRight()).y() <= box.height()
    bar = box.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0  # taller than the room: the steps scroll, none cut off
    box.close()


def test_f290_01_first_steps_say_how_the_events_clients_reach_the_coordinator(qtbot, window, repo):
    # A new volunteer's hour ended with "hand the work to the coordinator": the steps stopped at the
    # handout, and a backup, restored there, would take the place of the clinic's whole caseload.
    repo.add_client(probation_client("Ana Cliente"))
    window.load()
    window.first_steps_action.trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "First steps")
    text = _plain(box)
    export_item = window.export_shown_action.text().replace("&", "")
    assert export_item == "Export the 1 client shown..."  # its count in its name, as the step says
    assert "At the end of a clinic day." in text  # the README's heading for it (K303-01)
    assert "...." not in text  # no item's "..." given a full stop: "Import clients...."
    assert "choose the event in the list's Event filter, then File > Export the clients shown..." in text
    assert "File > Import clients..." in text and "delete it once imported" in text
    assert "A backup (File > Back up caseload...) is no way to hand clients over" in text
    box.close()


def test_k303_01_the_hand_over_step_is_named_as_the_readme_heads_it_and_no_item_ends_a_sentence():
    # Help named the hand-over "At the event's end", the README "At the end of a clinic day", and
    # the step said "File > Import clients....": one name for one thing, and each item whole.
    from pathlib import Path

    from ui import first_steps

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    hand_over = next(what for what, how in first_steps.STEPS if "{File > Import clients...}" in how)
    assert f"\n## {hand_over}\n" in readme, hand_over
    texts = [first_steps.INTRODUCTION, first_steps.NEW_CLIENT, first_steps.INTAKE, first_steps.IMPORT,
             first_steps.RESTORE, first_steps.CLINIC_DETAILS, first_steps.ENCRYPT, first_steps.DEMO,
             first_steps.HOW_TO] + [how for _, how in first_steps.STEPS]
    for text in texts:  # said with no menus, as the caseload list alone says them: no key after an item
        assert "...." not in first_steps.said(text, None), text
