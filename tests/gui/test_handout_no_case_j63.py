"""J63-07: the handout of a client taken at intake before any case was typed (the window lists
them under "Cases still to enter") told the client "We did not find any convictions or arrests
in the record we looked at" and "For now, nothing": printed then, a person with a record went
home told there was nothing to do, and nothing on the preview said why.  The preview, and
`clinic-app handout`, now say so to whoever makes it, before it goes out; the page itself is
the clinic's to word (a record checked and found clear prints the same)."""

from __future__ import annotations

import pytest

from clinic_app.cli import main
from clinic_app.handouts.document import NO_CASE_ENTERED
from clinic_app.model import Client, Person
from tests.cli.test_help_width_j59 import words as flat
from tests.gui.conftest import TODAY, probation_client
from ui.handout_dialog import HandoutDialog
from ui.services import screen_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _dialog(qtbot, repo, client) -> HandoutDialog:
    repo.set_setting("clinic_phone", "(213) 555-0100")  # this note alone
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    return dialog


def test_j63_07_the_preview_of_a_client_with_no_case_says_so(qtbot, repo):
    dialog = _dialog(qtbot, repo, Client(name="Lupe Sincaso", person=Person(dob=TODAY.replace(year=1990))))
    dialog.show()
    assert dialog.no_case.isVisible() and dialog.no_case.text() == NO_CASE_ENTERED
    assert NO_CASE_ENTERED in dialog.print_button.accessibleDescription()
    with_a_case = _dialog(qtbot, repo, probation_client("Rosa Concaso"))
    with_a_case.show()
    assert not with_a_case.no_case.isVisible() and with_a_case.print_button.accessibleDescription() == ""


def test_j63_07_clinic_app_handout_says_so_on_standard_error(repo, tmp_path, capsys):
    repo.set_setting("clinic_phone", "(213) 555-0100")
    lupe = repo.add_client(Client(name="Lupe Sincaso", person=Person(dob=TODAY.replace(year=1990))))
    rosa = repo.add_client(probation_client("Rosa Concaso"))
    path = repo.path
    assert main(["handout", "--db", str(path), "--client", str(lupe), "--out", str(tmp_path / "l.pdf")]) == 0
    assert flat(capsys.readouterr().err) == flat(NO_CASE_ENTERED)  # wrapped to the terminal (C112-02)
    assert main(["handout", "--db", str(path), "--client", str(rosa), "--out", str(tmp_path / "r.pdf")]) == 0
    assert capsys.readouterr().err == ""


def question_said(qtbot, action) -> str:
    """The informative text of the batch's question `action` asks, the question then cancelled."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.informativeText())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    action.trigger()
    assert len(seen) == 1, seen
    return seen[0]


def test_j63_07_a_batch_says_how_many_have_no_case(qtbot, window, repo, tmp_path, capsys):
    """The event's handouts, the shown clients' and `clinic-app handout --event` count them."""
    repo.set_setting("clinic_phone", "(213) 555-0100")
    for name in ("Lupe Sincaso", "Tomas Sincaso"):
        repo.add_client(Client(name=name, person=Person(dob=TODAY.replace(year=1990)), event="First Saturday"))
    repo.add_client(probation_client("Rosa Concaso", event="First Saturday"))
    window.load()
    said = "2 clients have no case entered (Lupe Sincaso, Tomas Sincaso): their handouts say none is entered yet"
    for action in (window.print_event_action, window.shown_handouts_action):
        assert question_said(qtbot, action).startswith(said)
    assert main(["handout", "--db", str(repo.path), "--event", "First Saturday", "--out", str(tmp_path / "day")]) == 0
    assert capsys.readouterr().err.count(said) == 1
