"""R133-04: H130-01's note above the Eligibility tab's results was named "Read this first" for a
screen reader, and its words, heard as its description, begin "Read this first: The person is on
probation in case 24M08080 ...": a reader said "Read this first, Read this first: ...".  The note
is now named for what it tells, "Relief held back by another case", and its words heard once."""

from __future__ import annotations

import pytest

from tests.gui.conftest import eligibility_by_keyboard
from tests.long_record import long_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r133_04_the_bar_note_is_heard_without_its_first_words_twice(qtbot, window, repo):
    panel = eligibility_by_keyboard(qtbot, window, repo.add_client(long_record()))
    qtbot.waitUntil(panel.bar_note.isVisible)
    name, description = panel.bar_note.accessibleName(), panel.bar_note.accessibleDescription()
    assert description == panel.bar_note.text()
    assert description.startswith("Read this first: The person is on probation in case 24M08080")
    assert name == "Relief held back by another case"
    assert not description.startswith(name)
