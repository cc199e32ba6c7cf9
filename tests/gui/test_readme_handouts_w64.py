"""W64-04: the README says what Print does on a computer with no printer set up (J64-02), and
what the handout of a client with no case entered says (D64-03): it said neither, and a
volunteer at an event with a borrowed laptop looked for a printer that was never there."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import TODAY, answer_message_box, probation_client
from ui.handout_dialog import HandoutDialog
from ui.services import screen_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ROOT = Path(__file__).resolve().parents[2]
README = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
HANDOUTS = README.split("**Handouts.**", 1)[1].split("- **", 1)[0]


def test_the_readme_names_the_button_print_offers_with_no_printer(qtbot, repo, monkeypatch):
    monkeypatch.setattr("ui.handout_dialog.printer_set_up", lambda: False)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: pytest.fail("the print dialog opened"))
    client = probation_client("Nora Sinimpresora")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    seen: list = []
    answer_message_box(qtbot, seen, key=Qt.Key.Key_Escape)
    assert dialog.print_handout() is False
    (text, _informative, default, _escape) = seen[0]
    assert text.startswith("No printer is set up on this computer")
    assert ("On a computer with no printer set up, Print (of one handout or of a batch) says so and offers "
            f"**{default.replace('&', '')}** instead") in HANDOUTS


def test_the_readme_says_what_the_handout_of_a_client_with_no_case_says():
    said = yaml.safe_load((ROOT / "resources" / "handouts" / "en.yaml").read_text(encoding="utf-8"))["no_case"]
    assert said[0].startswith("No convictions or arrests are entered for you yet")
    assert "This does not mean your record is clear" in said[1] and "ask the clinic to check your record" in said[1]
    assert ("A client with no case entered yet is told so, that this does not mean their record is clear, "
            "and to ask the clinic to check it.") in HANDOUTS
