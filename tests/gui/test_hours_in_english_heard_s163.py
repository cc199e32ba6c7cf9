"""S163-01: a blind volunteer choosing Español in the handout preview by the arrow keys, with the
clinic's hours typed in English only (File > Clinic details > Hours (Spanish) empty), heard
"Español" and the record's language note (Y162-01), and nothing of the note shown above it: that
the Spanish handout prints the hours in English, marked “(en inglés)” (K59-03).  The note is
announced as it appears, once, as the language note is."""

from __future__ import annotations

import pytest

from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY
from tests.gui.conftest import probation_client, shown_handout_preview
from ui.handout_dialog import HandoutDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _shown_preview(qtbot, repo, announcements) -> HandoutDialog:
    """Berta's preview (English on her record) on screen, the clinic's hours in English alone."""
    repo.set_setting("clinic_phone", "(213) 555-0100")
    repo.set_setting("clinic_hours", "Tue and Thu, 9 am to 4 pm")
    dialog = shown_handout_preview(qtbot, repo, probation_client("Berta Horas"))
    dialog.wait_for_pages()
    announcements.clear()  # what opening said is not this test's
    return dialog


def _choose(dialog: HandoutDialog, language: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.wait_for_pages()


def _hours_heard(announcements) -> list[str]:
    return [message for _source, message, _politeness in announcements if "clinic's hours" in message]


def test_s163_01_spanish_chosen_says_the_hours_print_in_english(qtbot, repo, announcements):
    dialog = _shown_preview(qtbot, repo, announcements)
    _choose(dialog, "es")
    assert dialog.hours_note.isVisible()
    assert _hours_heard(announcements) == [HOURS_IN_ENGLISH_ONLY]


def test_s163_01_said_once_while_it_stays_and_again_when_it_comes_back(qtbot, repo, announcements):
    dialog = _shown_preview(qtbot, repo, announcements)
    _choose(dialog, "es")
    dialog.large_print.setChecked(True)  # the pages are made again; the note stays as it was
    dialog.wait_for_pages()
    assert _hours_heard(announcements) == [HOURS_IN_ENGLISH_ONLY]
    _choose(dialog, "en")
    assert _hours_heard(announcements) == [HOURS_IN_ENGLISH_ONLY]  # gone, nothing said of it
    _choose(dialog, "es")
    assert _hours_heard(announcements) == [HOURS_IN_ENGLISH_ONLY] * 2


def test_s163_01_spanish_hours_typed_say_nothing_of_them(qtbot, repo, announcements):
    repo.set_setting("clinic_hours_es", "mar. y jue., de 9 a. m. a 4 p. m.")
    dialog = _shown_preview(qtbot, repo, announcements)
    _choose(dialog, "es")
    assert not dialog.hours_note.isVisible() and _hours_heard(announcements) == []
