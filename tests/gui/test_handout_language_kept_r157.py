"""R157: a second look at E155-01's "Make Spanish their handout language" in the handout preview."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active, type_intake_case
from tests.gui.test_dialog_keyboard import intake  # noqa: F401  (fixture: a client started by the keyboard)
from ui.handout_dialog import HandoutDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

TODAY = date(2026, 11, 22)


def _kept_in_spanish(monkeypatch, open_preview) -> str:
    """The preview `open_preview` opens, Español chosen and kept: what it then says."""
    said: list[str] = []

    def keep_spanish(dialog: HandoutDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.wait_for_pages()
        dialog.keep_language.click()
        said.append(dialog.language_kept.text())
        return 0

    monkeypatch.setattr(HandoutDialog, "exec", keep_spanish)
    open_preview()
    return said[0]


def test_r157_01_kept_at_intake_the_preview_names_intakes_undo_not_the_windows_edit_menu(qtbot, window, repo,
                                                                                          monkeypatch):
    """Intake is modal: the window's Edit > Undo, which the preview named, cannot be reached from
    it.  Intake's own Undo step (Ctrl+Z) takes the language back, and is named."""
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[], parent=window, workspace=window._client_view())
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Ana Prueba")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    type_intake_case(qtbot, dialog, "21M05678", "6/10/2017", offense="484")
    said = _kept_in_spanish(monkeypatch, dialog.show_handout)
    assert "Edit > Undo" not in said
    assert said.endswith("(Undo step (Ctrl+Z) takes it back).")
    show_active(qtbot, dialog)  # the preview closed: intake is the active window again
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # as it says
    qtbot.waitUntil(lambda: repo.get_client(dialog.client.id).language == "en")
    assert dialog.language.currentData() == "en"
    dialog._clear_case()
    dialog.name.clear()
    dialog.close()
    dialog.deleteLater()


def test_r157_01_kept_at_an_intake_with_no_undo_the_preview_promises_none(qtbot, intake, repo, monkeypatch):  # noqa: F811
    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    type_intake_case(qtbot, intake, "BA500500", "3/5/2016", offense="484")
    said = _kept_in_spanish(monkeypatch, intake.show_handout)
    assert repo.get_client(intake.client.id).language == "es"
    assert "Undo" not in said
    assert said.endswith("for the next handout and an event's batch.")


def test_r157_03_the_buttons_name_heard_is_its_words_with_the_language(qtbot, window, repo, monkeypatch):
    """A screen reader said "Keep this language on the client's record", naming no language, and
    voice control, which presses a button by its words, found no "Make Spanish their handout
    language" among the names."""
    from tests.gui.conftest import probation_client

    client_id = repo.add_client(probation_client("Ana Lenguas"))
    window.load()
    window.open_client(client_id)
    heard: list[tuple[str, str, str]] = []

    def choose(dialog: HandoutDialog) -> int:
        for language in ("es", "en"):
            dialog.language.setCurrentIndex(dialog.language.findData(language))
            dialog.wait_for_pages()
            if not dialog.keep_language.isHidden():
                heard.append((dialog.keep_language.text().replace("&", ""), dialog.keep_language.accessibleName(),
                              dialog.keep_language.accessibleDescription()))
        return 0

    monkeypatch.setattr(HandoutDialog, "exec", choose)
    window.client_view.print_handout()
    assert heard == [("Make Spanish their handout language", "Make Spanish their handout language",
                      "Keeps Spanish on Ana Lenguas's record, for the next handout and an event's batch")]
