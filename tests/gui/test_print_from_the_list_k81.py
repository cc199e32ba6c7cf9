"""Ctrl+P on the caseload list with a client chosen (K81-01, from P80): the handout preview of
that client, as Ctrl+P shows it for a client open on their page.  A paralegal going down a
filtered list pressed Ctrl+P on a line and nothing came."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.conftest import probation_client
from ui.handout_dialog import HandoutDialog


def _list_on(qtbot, window, repo, chosen_row: int):
    for n, lang in enumerate(("en", "es", "en")):
        repo.add_client(probation_client(f"Lista Cliente {n}", case_number=f"BA{n}", language=lang))
    window.load()
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.caseload
    chosen = view.model.row_at(chosen_row)
    view.select_client(chosen.id)
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    return view, chosen


def _seen_previews(monkeypatch) -> list:
    seen = []

    def look(self):
        self.wait_for_pages()
        seen.append((self.client.name, self.language.currentData(), self.page_count, self.parent()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HandoutDialog, "exec", look)
    return seen


def test_k81_01_ctrl_p_on_the_list_previews_the_chosen_clients_handout(qtbot, window, repo, monkeypatch):
    view, chosen = _list_on(qtbot, window, repo, 1)
    seen = _seen_previews(monkeypatch)
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [(name, lang) for name, lang, _pages, _parent in seen] == [(chosen.name, "es")]  # in the client's language
    assert seen[0][2] >= 1 and seen[0][3] is window
    # The list stays where it was: no page was opened behind the preview, the same client chosen.
    assert window.pages.currentWidget() is view
    assert view.selected_client_id() == chosen.id
    # Offscreen nothing activates the window again as a window manager does (P80-03): done here.
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)


def test_k81_01_print_handout_is_offered_on_the_list_only_with_a_client_chosen(qtbot, window, repo, monkeypatch):
    view, chosen = _list_on(qtbot, window, repo, 0)
    assert window.print_action.isEnabled()
    view.table.clearSelection()
    assert not window.print_action.isEnabled()  # greyed, as W21-15 wanted where it would do nothing
    seen = _seen_previews(monkeypatch)
    view.select_client(view.model.row_at(2).id)
    assert window.print_action.isEnabled()
    window.print_action.trigger()
    assert [name for name, *_ in seen] == [view.model.row_at(2).name]
    assert not window.save_action.isEnabled()  # Save is still the open record's alone
