"""Q132-03: the week's filing worksheets (Caseload > Filing worksheets for the clients shown)
asked for their folder from the home folder every time: the paralegal who put last Monday's in
the clinic's shared folder of petitions walked back to it each Monday, where a client's own
Save PDF starts in the folder the last one went to (A34-07, U42).  The batch's folder chooser now
starts where the last worksheets went (a client's worksheet saved, or a batch), and a batch's
folder is where the next starts; handouts likewise, apart from worksheets."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import probation_client


def _batch(qtbot, window, monkeypatch, action, chosen) -> str:
    """`action` triggered, the folder `chosen` in the chooser: where the chooser started."""
    offered = []

    def choose(_parent, _title, start, *_args, **_kwargs):
        offered.append(start)
        return str(chosen)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    return offered[0]


def test_the_weeks_worksheets_start_in_the_folder_the_last_went_to(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Ana Abad"))
    repo.add_client(probation_client("Beto Baca", case_number="BA100002"))
    window.load()
    petitions = tmp_path / "petitions"
    petitions.mkdir()
    _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, petitions)  # last Monday's
    assert _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, petitions) == str(petitions)


def test_the_worksheets_start_where_a_clients_worksheet_was_saved(qtbot, window, repo, monkeypatch, tmp_path):
    from ui.client_view import WORKSHEET_FOLDER_SETTING

    repo.add_client(probation_client("Ana Abad"))
    window.load()
    QSettings().setValue(WORKSHEET_FOLDER_SETTING, str(tmp_path))  # Save of one client's worksheet
    assert _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, tmp_path) == str(tmp_path)


def test_s139_04_a_batch_stopped_before_writing_does_not_move_the_next_chooser(qtbot, window, repo, monkeypatch, tmp_path):
    """The folder was remembered as soon as it was chosen: a batch stopped (Cancel) before it
    wrote anything there moved the next chooser to it.  It is remembered once the batch has
    written there, as a batch that wrote still does."""
    from ui.tasks import TaskContext

    repo.add_client(probation_client("Ana Abad"))
    window.load()
    petitions, wrong = tmp_path / "petitions", tmp_path / "wrong"
    petitions.mkdir()
    wrong.mkdir()
    _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, petitions)

    with monkeypatch.context() as cancelling:  # Cancel pressed before the first worksheet was made
        cancelling.setattr(TaskContext, "cancelled", property(lambda _self: True))
        _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, wrong)
    assert not list(wrong.rglob("*.pdf"))
    assert _batch(qtbot, window, monkeypatch, window.shown_worksheets_action, petitions) == str(petitions)
