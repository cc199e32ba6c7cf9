"""Caseload > Filing worksheet... on the caseload list with a client chosen (P92-02): that
client's worksheet, as Ctrl+P gives the chosen client's handout there (K81-01).  A paralegal
going down "To file within 7 days" saved each handout from the list, but the worksheet item
was greyed there: each client had to be opened to save theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import TODAY
from tests.gui.test_print_from_the_list_k81 import _list_on
from tests.test_worksheet_review_printed_c70 import _text

pytestmark = [pytest.mark.pdf, pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")]


def _saves_into(monkeypatch, folder: Path) -> list[str]:
    asked = []

    def save_as(_parent, title, suggested, kinds):
        asked.append(title)
        return str(folder / Path(suggested).name), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    return asked


def test_p92_02_the_worksheet_of_the_line_chosen_is_saved_from_the_list(qtbot, window, repo, monkeypatch, tmp_path):
    view, chosen = _list_on(qtbot, window, repo, 1)
    assert window.worksheet_action.isEnabled()
    asked = _saves_into(monkeypatch, tmp_path)
    window.worksheet_action.trigger()
    assert asked == ["Filing worksheet"]
    paper = tmp_path / f"worksheet-Lista-Cliente-1-{TODAY.isoformat()}.pdf"
    text = _text(paper)
    assert "Lista Cliente 1" in text and "BA1" in text
    assert "Lista Cliente 0" not in text and "Lista Cliente 2" not in text
    assert paper.stat().st_mode & 0o077 == 0  # a client's record: readable by this user only
    # Said where it went, as on the client's page; the list stays as it was, nobody opened.
    assert "worksheet-Lista-Cliente-1" in window.statusBar().currentMessage()
    assert window.pages.currentWidget() is view
    assert view.selected_client_id() == chosen.id


def test_p92_02_the_worksheet_item_is_greyed_on_the_list_with_nobody_chosen(qtbot, window, repo):
    view, _chosen = _list_on(qtbot, window, repo, 0)
    view.table.clearSelection()
    assert not window.worksheet_action.isEnabled()  # it would do nothing (W21-15)
    view.select_client(view.model.row_at(2).id)
    assert window.worksheet_action.isEnabled()
    assert not window.save_action.isEnabled()  # Save is still the open record's alone
