"""Y162-01: a blind volunteer at an event chose Español in the handout preview with the arrow
keys; the note that appeared beside the language, "<name>'s record says English: their next
handout and an event's batch print in English, not Spanish." (E155-01), was shown and never
said: the screen reader read "Español" and nothing more, and the button that keeps the language
on the record was met, if at all, tabbing on.  The note is announced as it appears, once."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client
from ui.handout_dialog import HandoutDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _heard_choosing(qtbot, window, repo, monkeypatch, announcements, *languages: str) -> list[str]:
    """What a screen reader is handed while `languages` are chosen in turn in Ana's preview."""
    client_id = repo.add_client(probation_client("Ana Lenguas"))  # English on her record
    window.load()
    window.open_client(client_id)
    heard: list[str] = []

    def choose(dialog: HandoutDialog) -> int:
        dialog.show()  # as exec shows it
        dialog.wait_for_pages()
        announcements.clear()  # what opening said is not this test's
        for language in languages:
            dialog.language.setCurrentIndex(dialog.language.findData(language))
            dialog.wait_for_pages()
        heard.extend(message for _source, message, _politeness in announcements)
        return 0

    monkeypatch.setattr(HandoutDialog, "exec", choose)
    window.client_view.print_handout()
    return heard


def test_y162_01_spanish_chosen_says_the_record_still_says_english(qtbot, window, repo, monkeypatch, announcements):
    heard = _heard_choosing(qtbot, window, repo, monkeypatch, announcements, "es")
    said = [message for message in heard if "record says English" in message]
    assert said == ["Ana Lenguas's record says English: their next handout and an event's batch print in English, "
                    "not Spanish. Make Spanish their handout language (Alt+K) keeps it on the record."], heard


def test_y162_01_english_chosen_again_says_nothing_of_the_record(qtbot, window, repo, monkeypatch, announcements):
    heard = _heard_choosing(qtbot, window, repo, monkeypatch, announcements, "es", "en")
    assert sum("record says English" in message for message in heard) == 1, heard
