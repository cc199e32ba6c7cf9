"""F49: where the keyboard lands on a client just opened.  It was the Name field with the whole
name chosen, so a paralegal who went on typing as if still in the search box replaced the
client's name, saved as the field was left.  Keys only, as the paralegal works."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.rescreen import rescreen_caseload
from tests.gui.conftest import probation_client

CTRL = Qt.KeyboardModifier.ControlModifier


def _activate(qtbot, window) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _search_and_open(qtbot, window, words: str) -> None:
    _key(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.caseload.search, words)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.client_view)


def _lands_on_the_record_tab(view) -> None:
    """The focus on the Record tab's tab, nothing chosen to be typed over, Name one Tab away."""
    assert view.tabs.currentWidget() is view.record
    assert QApplication.focusWidget() is view.tabs.tabBar()


def test_typing_meant_for_the_search_box_leaves_the_name_alone(qtbot, window, repo, announcements):
    """Ctrl+F, "Rosa Teclado", Enter, then "GA175338" typed as if still in the search box: the
    name was "GA175338" once the field was left, stored so, with nothing said.  Now nothing is
    typed over, the status bar and a screen reader say where the keys went and how to search,
    and the Name field is one Tab away."""
    client_id = repo.add_client(probation_client("Rosa Teclado"))
    window.load()
    _activate(qtbot, window)
    _search_and_open(qtbot, window, "Rosa Teclado")
    view = window.client_view
    _lands_on_the_record_tab(view)
    announcements.clear()
    qtbot.keyClicks(QApplication.focusWidget(), "GA175338")
    said = ("Typing goes nowhere here: the keyboard is on the tabs of Rosa Teclado's record. "
            "Ctrl+F finds another client; Tab goes to the Name field.")
    assert [words for _, words, _ in announcements] == [said]  # once, not once a key
    assert window.statusBar().currentMessage() == said
    assert view.record.person.name.text() == "Rosa Teclado"
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.record.person.name
    _key(qtbot, Qt.Key.Key_L, CTRL)  # back to the caseload: the field left, anything typed saved
    assert window.pages.currentWidget() is window.caseload
    assert repo.get_client(client_id).name == "Rosa Teclado"


def test_the_opened_client_is_still_said_after_the_tab(qtbot, window, repo, announcements):
    """C48-06's announcement is kept: who was opened and their best outcome, once."""
    repo.add_client(probation_client("Rosa Teclado"))
    window.load()
    _activate(qtbot, window)
    _search_and_open(qtbot, window, "Rosa Teclado")
    view = window.client_view
    outcome = view.outcome.text().removeprefix("· ")
    assert [words for _, words, _ in announcements] == [f"Opened Rosa Teclado. {outcome}"]


@pytest.mark.parametrize("way", ["list", "newly eligible", "undo of a delete"])
def test_every_way_of_opening_a_client_lands_on_the_record_tab(qtbot, window, repo, monkeypatch, way):
    """Enter on the list, on the Newly eligible list (Alt+W), and on a client put back by
    Edit > Undo of a delete: each opens on the Record tab's tab, as the search box's Enter does."""
    client_id = repo.add_client(probation_client("Bea This-Week", case_number="BA2", probation_end=date(2026, 11, 10)))
    repo.add_client(probation_client("Ben Otro", case_number="BA100002"))
    if way == "newly eligible":
        rescreen_caseload(repo, date(2026, 10, 20), workers=1)
        rescreen_caseload(repo, date(2026, 11, 17), workers=1)  # Bea eligible now since Monday
    window.load()
    _activate(qtbot, window)
    caseload = window.caseload
    if way == "undo of a delete":
        monkeypatch.setattr("ui.main_window.ask_delete_client", lambda _parent, _client: True)
        caseload.select_client(client_id)
        caseload.table.setFocus(Qt.FocusReason.TabFocusReason)
        window.delete_client()  # File > Delete client..., answered Delete
        assert caseload.model.row_of_client(client_id) is None
        _key(qtbot, Qt.Key.Key_Z, CTRL)
        assert caseload.model.row_of_client(client_id) is not None
    elif way == "newly eligible":
        _key(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(caseload.newly_eligible_button.isChecked)  # a button's letter clicks it after a moment
        assert caseload.proxy.rowCount() == 1
    caseload.select_client(client_id)
    caseload.table.setFocus(Qt.FocusReason.TabFocusReason)
    _key(qtbot, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert view.client.id == client_id
    _lands_on_the_record_tab(view)
    qtbot.keyClicks(QApplication.focusWidget(), "Ben")
    _key(qtbot, Qt.Key.Key_L, CTRL)
    assert repo.get_client(client_id).name == "Bea This-Week"


def test_a_new_client_still_starts_in_the_name_field(qtbot, window, repo):
    """Ctrl+N: a blank record's name is what is typed first; nothing there to type over."""
    window.load()
    _activate(qtbot, window)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is window.client_view.record.person.name


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_record_tab_with_the_focus_is_ringed(qtbot, window, repo, dark):
    """A tab with the keyboard's focus was drawn as one without it (Fusion rings it only after a
    Tab key, and faintly): the tab where a client opens has the highlight colour's ring."""
    from PySide6.QtGui import QPalette

    from ui.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, dark)
    try:
        repo.add_client(probation_client("Rosa Teclado"))
        window.load()
        _activate(qtbot, window)
        _search_and_open(qtbot, window, "Rosa Teclado")
        bar = window.client_view.tabs.tabBar()
        highlight = app.palette().color(QPalette.ColorRole.Highlight)
        qtbot.waitUntil(lambda: bar.palette().color(QPalette.ColorRole.Highlight) == highlight)  # posted to each widget

        def ring() -> int:
            picture = bar.grab(bar.tabRect(0)).toImage()
            return sum(1 for x in range(picture.width()) for y in range(picture.height())
                       if all(abs(a - b) <= 12 for a, b in zip(picture.pixelColor(x, y).getRgb()[:3], highlight.getRgb()[:3])))

        assert ring() > bar.tabRect(0).width()  # round the tab, not a speck
        _key(qtbot, Qt.Key.Key_Tab)
        assert ring() == 0
    finally:
        apply_theme(app, False)


def test_the_same_condition_on_two_cases_says_its_case(qtbot, window, repo):
    """F49-02: "Community service" on case BA100001 and on BA200002 were heard alike by a
    screen reader ("Community service done", "Community service: how many done"), so hours
    were counted without hearing which case they went to; so were the fines' and the hours'
    progress bars ("Progress").  Each now says its case, as the payment fields do (C48-03)."""
    from PySide6.QtWidgets import QProgressBar

    from tests.gui.test_checklist_keyboard import open_on_checklist, two_cases

    client = two_cases()
    client.cases[0].money.fines_ordered = 200  # "Fines" on both cases
    client.cases[0].money.fines_paid = 0  # nothing paid: a bar (a blank is not known, no bar: U52-01)
    view, _client_id = open_on_checklist(qtbot, window, repo, client)
    checklist = view.checklist
    assert checklist.control("c1", "tick", 0).accessibleName() == "Community service on case BA100001: done"
    assert checklist.control("c2", "tick", 0).accessibleName() == "Community service on case BA200002: done"
    assert checklist.control("c1", "count", 0).accessibleName() == "Community service on case BA100001: how many done"
    assert checklist.control("c2", "count", 0).accessibleName() == "Community service on case BA200002: how many done"
    # Tab through the page as a screen-reader user does: no two stops are named alike.
    heard = []
    first = checklist.control("c1", "tick", 0)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    for _ in range(40):
        focus = QApplication.focusWidget()
        if not checklist.isAncestorOf(focus):
            break
        heard.append(focus.accessibleName())
        _key(qtbot, Qt.Key.Key_Tab)
    named = [name for name in heard if name]
    assert len(named) > 8 and len(set(named)) == len(named), named
    bars = sorted(bar.accessibleName() for bar in checklist.findChildren(QProgressBar) if bar.isVisibleTo(checklist))
    assert "Fines on case BA100001: progress" in bars and "Fines on case BA200002: progress" in bars
    assert len(set(bars)) == len(bars), bars
