"""S154-01: the Aliases field (the Record tab's and intake's box 1) said "other names, separated
by commas", though semicolons work too and keep a name written with a comma whole ("GOMEZ,
ELENA; ELLIE GOMEZ", H149-02): a volunteer reading only the field would cut a RAP sheet's names
at their commas.  It says both now, read whole in the Record tab's field at 1280 pixels wide."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_intake_returning_client_z83 import intake  # noqa: F401 - the fixture
from ui.person_form import aliases_read

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _shown_whole(field) -> bool:
    room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right()
    return field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room - 4  # the frame's own margin


def test_s154_01_the_record_tab_says_commas_or_semicolons_whole(qtbot, window, repo):
    client_id = repo.add_client(probation_client("María Elena Ruiz"))
    window.resize(1280, 800)
    window.load()
    window.open_client(client_id)
    field = window.client_view.record.person.aliases
    qtbot.waitUntil(field.isVisible)
    assert "commas or semicolons" in field.placeholderText()
    assert _shown_whole(field), (field.width(), field.placeholderText())
    # What it says works: the names typed so are the names kept.
    assert aliases_read("GOMEZ, ELENA; ELLIE GOMEZ") == ["GOMEZ, ELENA", "ELLIE GOMEZ"]
    assert aliases_read("Ellie Gomez, Elena Ruiz") == ["Ellie Gomez", "Elena Ruiz"]


def test_s154_01_intake_says_the_same(qtbot, intake):
    assert "commas or semicolons" in intake.aliases.placeholderText()
    assert _shown_whole(intake.aliases)
