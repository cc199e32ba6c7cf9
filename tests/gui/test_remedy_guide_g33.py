"""G33-02: Help > Remedies at a glance (F1), a reference kept open beside the caseload: the
18 remedies in order, narrowed by typing, keyboard-only, and from the Eligibility tab at the
selected result's remedy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from clinic_app.eligibility.registry import REMEDY_KEYS, remedy_title
from tests.gui.conftest import probation_client
from tests.gui.menus import menu, menus
from ui.eligibility_view import GUIDE_HINT
from ui.remedy_guide import NOT_IN_RULES


def _active(qtbot, window) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_menu_opens_every_remedy_in_order_beside_the_caseload(window):
    assert menus(window)[-1].title() == "Help" and window.remedies_action in menu(window, "Help").actions()
    window.remedies_action.trigger()
    guide = window.remedy_guide
    assert guide.isVisible() and guide.windowTitle() == "Remedies at a glance"
    assert not guide.isModal() and window.isEnabled()  # the caseload stays usable behind it
    assert guide.shown_keys() == list(REMEDY_KEYS)
    assert [guide.list.item(i).text() for i in range(guide.list.count())] == [remedy_title(k) for k in REMEDY_KEYS]
    assert "not legal advice" in guide.note.text() and "an attorney, decide" in guide.note.text()
    text = guide.entry.toPlainText()
    assert text.startswith(remedy_title("pc1203_4"))
    for heading in ("Who it is for", "When it opens", "Mandatory, discretionary or automatic", "What it does", "What it does not do"):
        assert heading in text
    assert "(PC 1203.4(b); rules §3.1)" in text and "[L]" in text  # citations, and the rules file's doubts
    assert NOT_IN_RULES not in text
    # A part the rules file is silent on is said to be, not left out as if there were nothing.
    guide.show_remedy("pc1203_45")
    text = guide.entry.toPlainText()
    assert text.startswith(remedy_title("pc1203_45")) and f"What it does not do\n{NOT_IN_RULES}" in text


def test_f1_opens_it_and_typing_narrows_the_list_arrows_move_escape_closes(qtbot, window):
    _active(qtbot, window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.remedy_guide
    assert guide is not None and guide.isVisible()
    qtbot.waitUntil(lambda: guide.search.hasFocus())
    qtbot.keyClicks(guide.search, "prison")
    shown = guide.shown_keys()
    assert {"pc1203_41", "pc1203_42", "cor"} <= set(shown) and "prop64" not in shown
    assert guide.count.text() == f"{len(shown)} of 18 remedies"
    # Heard with its count by a reader reading the window, not as "Remedies shown" alone (S126-02).
    heard = QAccessible.queryAccessibleInterface(guide.count)
    assert heard.text(QAccessible.Text.Name) == "Remedies shown"
    assert heard.text(QAccessible.Text.Description) == f"{len(shown)} of 18 remedies"
    guide.search.clear()
    qtbot.keyClicks(guide.search, "1203.41")
    assert guide.key_shown() == "pc1203_41"  # named in its title, though 1203.4's lines mention it
    assert "1 year after completing a split sentence" in guide.entry.toPlainText()
    qtbot.keyClick(guide.search, Qt.Key.Key_Up)  # from the box: the list moves, the typing stays
    assert guide.key_shown() == guide.shown_keys()[guide.shown_keys().index("pc1203_41") - 1]
    assert guide.search.hasFocus() and guide.search.text() == "1203.41"
    guide.search.clear()
    qtbot.keyClicks(guide.search, "zzz nothing")
    assert guide.shown_keys() == [] and "No remedy's lines mention" in guide.entry.toPlainText()
    qtbot.keyClick(guide.search, Qt.Key.Key_Return)  # Enter is not Close
    assert guide.isVisible()
    qtbot.keyClick(guide.search, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_f1_on_the_eligibility_tab_opens_the_selected_results_remedy(qtbot, window, repo):
    window.open_client(repo.add_client(probation_client("Guide Client")))
    view = window.client_view
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.eligibility))
    panel = view.eligibility
    assert panel.guide_hint.isVisible() and panel.guide_hint.text() == GUIDE_HINT and GUIDE_HINT.startswith("F1: ")
    # One line at the window's usual width: it wrapped to three beside an empty stretch.
    window.resize(1360, 820)
    qtbot.waitUntil(lambda: panel.guide_hint.width() > panel.guide_hint.fontMetrics().horizontalAdvance(GUIDE_HINT))
    last = panel.proxy.rowCount() - 1
    panel.table.selectRow(last)
    wanted = panel.current().remedy
    assert wanted != REMEDY_KEYS[0]  # not where the window opens anyway
    _active(qtbot, window)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F1)
    guide = window.remedy_guide
    assert guide.isVisible() and guide.key_shown() == wanted
    assert guide.entry.toPlainText().startswith(remedy_title(wanted))
    # Narrowed meanwhile, then F1 again on another result: the whole list, at that remedy.
    qtbot.keyClicks(guide.search, "prison")
    panel.table.selectRow(0)
    window.remedies_action.trigger()
    assert guide.search.text() == "" and guide.key_shown() == panel.current().remedy
    assert len(guide.shown_keys()) == 18


def test_g42_01_it_opens_no_larger_than_the_screen_its_close_button_on_it(window, monkeypatch):
    """It opened 1040 x 680 whatever the screen: on a 1280 x 720 laptop (or 1920 x 1080 at
    150%) with a 40-pixel taskbar, 680 pixels and a title bar put its Close button under the
    taskbar.  The tests' offscreen screen is 800 high and Qt cannot shrink a screen in a
    running program, so the screen here says it has that laptop's room."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.screen_fit import FRAME

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1280, 680))
    window.remedies_action.trigger()
    guide = window.remedy_guide
    assert guide.height() + FRAME.height() <= 680 and guide.width() + FRAME.width() <= 1280
    close = guide.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and close.mapTo(guide, close.rect().bottomRight()).y() <= guide.height()
    assert guide.entry.viewport().height() > 200  # room left to read the entry
