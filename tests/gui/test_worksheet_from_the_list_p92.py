"""Caseload > Filing worksheet... on the caseload list with a client chosen (P92-02): that
client's worksheet, as Ctrl+P gives the chosen client's handout there (K81-01).  A paralegal
going down "To file within 7 days" saved each handout from the list, but the worksheet item
was greyed there: each client had to be opened to save theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.gui.conftest import TODAY, probation_client
from tests.test_worksheet_review_printed_c70 import _text

pytestmark = [pytest.mark.pdf, pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")]


def _list_with_chosen(qtbot, window, repo, chosen_row: int):
    for n in range(3):
        repo.add_client(probation_client(f"Hoja Cliente {n}", case_number=f"BA30000{n}"))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.caseload
    chosen = view.model.row_at(chosen_row)
    view.select_client(chosen.id)
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    return view, chosen


def _saves_into(monkeypatch, folder: Path) -> list[str]:
    asked = []

    def save_as(_parent, title, suggested, kinds):
        asked.append(title)
        return str(folder / Path(suggested).name), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    return asked


def test_p92_02_the_worksheet_of_the_line_chosen_is_saved_from_the_list(qtbot, window, repo, monkeypatch, tmp_path):
    view, chosen = _list_with_chosen(qtbot, window, repo, 1)
    assert window.worksheet_action.isEnabled()
    asked = _saves_into(monkeypatch, tmp_path)
    window.worksheet_action.trigger()
    assert asked == ["Filing worksheet"]
    paper = tmp_path / f"worksheet-Hoja-Cliente-1-{TODAY.isoformat()}.pdf"
    text = _text(paper)
    assert "Hoja Cliente 1" in text and "BA300001" in text
    assert "Hoja Cliente 0" not in text and "Hoja Cliente 2" not in text
    assert paper.stat().st_mode & 0o077 == 0  # a client's record: readable by this user only
    # Said where it went, as on the client's page; the list stays as it was, nobody opened.
    assert "worksheet-Hoja-Cliente-1" in window.statusBar().currentMessage()
    assert window.pages.currentWidget() is view
    assert view.selected_client_id() == chosen.id


def test_p92_02_the_worksheet_item_is_greyed_on_the_list_with_nobody_chosen(qtbot, window, repo):
    view, _chosen = _list_with_chosen(qtbot, window, repo, 0)
    view.table.clearSelection()
    assert not window.worksheet_action.isEnabled()  # it would do nothing (W21-15)
    view.select_client(view.model.row_at(2).id)
    assert window.worksheet_action.isEnabled()
    assert not window.save_action.isEnabled()  # Save is still the open record's alone
