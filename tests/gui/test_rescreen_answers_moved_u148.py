"""U148-02: the window's re-screen, after an update whose rules changed, said only who became
eligible now ("Re-screened 2 clients as of ..."): a client whose day the new rules moved, or who
had been told "eligible on" a day and is eligible now, was named nowhere.  A box now names each
client whose answers changed from their last screening, by older rules, with what changed, the
list open and reachable by the keyboard; a re-screen that changes no answer shows none."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QTextEdit

from clinic_app.eligibility import RULES_VERSION
from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY
from tests.older_rules import OLDER_RULES, told_by_older_rules, waited_until
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _rescreen(qtbot, window, monkeypatch) -> None:
    from ui import tasks

    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: TODAY)
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
    qtbot.waitUntil(lambda: "Re-screened" in window.statusBar().currentMessage())


def _caseload(repo):
    ids = []
    for name in ("Fernanda Filing", "Sergio Same"):
        client = to_file(name)
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
        ids.append(client.id)
    return ids


def test_u148_02_a_rescreen_by_new_rules_names_in_a_box_whose_answers_changed(qtbot, window, repo, monkeypatch):
    moved, same = _caseload(repo)
    told_by_older_rules(repo, moved, waited_until("pc1203_4", date(2027, 1, 5)))
    told_by_older_rules(repo, same)
    window.load()
    _rescreen(qtbot, window, monkeypatch)
    qtbot.waitUntil(lambda: isinstance(window.findChild(QMessageBox), QMessageBox) and window.findChild(QMessageBox).isVisible())
    box = window.findChild(QMessageBox)
    assert box.text() == (f"The rules of this version of Clinic Desk ({RULES_VERSION}) changed the answers of 1 client "
                          f"from their last screening (by rules {OLDER_RULES}).")
    details = box.findChild(QTextEdit)
    assert details.isVisible()  # open, not behind Show Details
    assert details.toPlainText() == "Fernanda Filing (born 1980-05-05): PC 1203.4 dismissal: ELIGIBLE ON 2027-01-05, now ELIGIBLE NOW"
    assert details.focusPolicy() != details.focusPolicy().NoFocus  # Tab reaches the names
    box.defaultButton().click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_u148_02_a_rescreen_that_changes_no_answer_shows_no_box(qtbot, window, repo, monkeypatch):
    for client_id in _caseload(repo):
        told_by_older_rules(repo, client_id)
    window.load()
    _rescreen(qtbot, window, monkeypatch)
    assert not any(box.isVisible() for box in window.findChildren(QMessageBox))


def test_w150_03_the_menu_item_says_the_box(window):
    """W150-03: Caseload > Re-screen whole caseload... said in its tip only that Newly eligible
    shows those it made eligible now, nothing of the box naming whose answers the rules changed."""
    tip = window.rescreen_action.statusTip()
    assert "after an update whose rules changed a box names those whose answers changed" in tip
    assert window.rescreen_action.toolTip() == tip
