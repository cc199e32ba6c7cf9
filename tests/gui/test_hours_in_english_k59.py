"""K59-03: the handout dialog says when a Spanish handout must print the clinic's hours in
English (File > Clinic details has no Spanish hours), while Español is chosen."""

from __future__ import annotations

import io

from pypdf import PdfReader

from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY
from tests.gui.conftest import TODAY, probation_client
from ui.handout_dialog import HandoutDialog
from ui.services import screen_client


def _dialog(qtbot, repo, client) -> HandoutDialog:
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    return dialog


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_dialog_says_a_spanish_handout_prints_english_hours(qtbot, repo, tmp_path):
    """Before: the Spanish preview printed "Horario: Tue and Thu, 9 am to 4 pm" and nothing
    above it said the Spanish line was empty.  Now a note says so while Español is chosen (and
    Print and Save PDF carry it for a screen reader); gone for English, and once typed."""
    repo.set_setting("clinic_phone", "(213) 555-0100")
    repo.set_setting("clinic_hours", "Tue and Thu, 9 am to 4 pm")
    dialog = _dialog(qtbot, repo, probation_client("Rosa Horario", language="es"))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.hours_note.isVisible() and dialog.hours_note.text() == HOURS_IN_ENGLISH_ONLY
    assert HOURS_IN_ENGLISH_ONLY in dialog.save_button.accessibleDescription()
    assert "Horario (en inglés): Tue and Thu, 9 am to 4 pm" in _text(dialog.pdf)
    dialog.grab().save(str(tmp_path / "k59-03-dialog-es.png"))

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "Hours: Tue and Thu, 9 am to 4 pm" in _text(dialog.pdf)
    assert not dialog.hours_note.isVisible()
    assert HOURS_IN_ENGLISH_ONLY not in dialog.save_button.accessibleDescription()

    repo.set_setting("clinic_hours_es", "mar. y jue., de 9 a. m. a 4 p. m.")
    typed = _dialog(qtbot, repo, probation_client("Rosa Horario", language="es"))
    assert not typed.hours_note.kind
    assert "Horario: mar. y jue., de 9 a. m. a 4 p. m." in _text(typed.pdf)
