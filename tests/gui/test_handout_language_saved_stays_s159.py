"""S159-03: a volunteer chose Español in the handout preview and pressed "Make Spanish their handout
language": "Saved: Spanish is now Ana Lenguas's handout language, ..." (E155-01).  Then she ticked
Large print, or moved As of, to print the client's copy, and the line was gone: the preview
said nothing more of what she had just done.  It now stays said while the dialog is open and
the language chosen is the one kept.  The real dialog, opened from a real client's page."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.gui.conftest import probation_client
from ui.forms import from_qdate, to_qdate
from ui.handout_dialog import HandoutDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_s159_03_the_saved_line_stays_when_large_print_or_as_of_changes(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(probation_client("Ana Lenguas"))
    window.load()
    window.open_client(client_id)
    said: list[str] = []

    def keep_spanish_then_change(dialog: HandoutDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.wait_for_pages()
        dialog.keep_language.click()
        saved = dialog.language_kept.text()
        assert saved.startswith("Saved: Spanish is now Ana Lenguas's handout language")
        dialog.large_print.setChecked(True)
        dialog.wait_for_pages()
        said.append(dialog.language_kept.text() if not dialog.language_kept.isHidden() else "")
        dialog.as_of.setDate(to_qdate(from_qdate(dialog.as_of.date()) + timedelta(days=30)))
        dialog.wait_for_pages()
        said.append(dialog.language_kept.text() if not dialog.language_kept.isHidden() else "")
        # English chosen again: the record says Spanish now, and the line says that instead.
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.wait_for_pages()
        said.append(dialog.language_kept.text())
        return 0

    monkeypatch.setattr(HandoutDialog, "exec", keep_spanish_then_change)
    window.client_view.print_handout()
    assert repo.get_client(client_id).language == "es"
    assert said[0].startswith("Saved: Spanish is now Ana Lenguas's handout language"), said
    assert said[1] == said[0], said
    assert said[2].startswith("Ana Lenguas's record says Spanish"), said
