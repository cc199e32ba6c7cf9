"""S140-01: after a batch of handouts or worksheets, File > Delete client named the folder
chosen for it ("the last handout was saved in /media/stick"), not the folder of its own the
batch wrote the PDFs into (/media/stick/long-beach-fair...): the paralegal looking there for the
client's pages to shred found none.  It names the folder the files are in; the next batch's
chooser still starts in the folder chosen (Q132-03)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_batch_folder_kept_q132 import _batch
from tests.gui.test_delete_says_what_is_left_p119 import _asked

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _only_folder_with_pdfs(root):
    folders = {pdf.parent for pdf in root.rglob("*.pdf")}
    assert len(folders) == 1
    return folders.pop()


def test_after_an_events_handouts_the_question_names_the_folder_they_are_in(qtbot, window, repo, monkeypatch, tmp_path):
    from ui.tasks import save_event_handouts

    client_id = repo.add_client(probation_client("Mónica Ibáñez", event="Long Beach fair"))
    window.load()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    save_event_handouts(window, window.db_path, "Long Beach fair", TODAY)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    written_in = _only_folder_with_pdfs(stick)
    assert written_in != stick  # the event's folder of its own
    monkeypatch.undo()
    said = _asked(qtbot, window, client_id)
    assert f"the last handout was saved in {written_in}" in said
    assert f"saved in {stick}\n" not in said


def test_after_the_weeks_worksheets_the_question_names_their_folder_and_the_next_chooser_starts_above_it(
        qtbot, window, repo, monkeypatch, tmp_path):
    client_id = repo.add_client(probation_client("Ana Abad"))
    window.load()
    petitions = tmp_path / "petitions"
    petitions.mkdir()
    _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, petitions)
    written_in = _only_folder_with_pdfs(petitions)
    assert written_in != petitions  # the day's folder of its own
    assert _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, petitions) == str(petitions)
    monkeypatch.undo()
    said = _asked(qtbot, window, client_id)
    assert f"the last worksheet was saved in {written_in}" in said


def test_a_handout_saved_alone_is_named_in_its_own_folder(qtbot, window, repo, tmp_path):
    """A client's own Save PDF writes in the folder chosen: that folder, as before."""
    from ui.handout_dialog import HANDOUT_FOLDER_SETTING, save_pdf_file

    client_id = repo.add_client(probation_client("Ana Abad"))
    window.load()
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ana.pdf"), "PDF (*.pdf)"))
        assert save_pdf_file(window, "Save handout", "handout", HANDOUT_FOLDER_SETTING, "ana.pdf", b"%PDF-1.4\n")
    said = _asked(qtbot, window, client_id)
    assert f"the last handout was saved in {tmp_path.resolve()}" in said
