"""A petition's Note on the Record tab, where the paralegal types why the court said no
("Without prejudice: no proof of restitution"), showed a dozen letters of it in a box 125
pixels wide, with 160 pixels of nothing between it and Remove (N148's "Seen, not done"). It
takes the room its line has left, as "Petition for:" does."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_denial_reason_said_n148 import REFILED, WITHOUT_PREJUDICE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_the_petition_note_takes_the_room_left_on_its_line(qtbot, window, repo):
    client = probation_client("Ana Denegada")
    client.cases[0].petitions = [WITHOUT_PREJUDICE, REFILED]
    client_id = repo.add_client(client)
    window.resize(1360, 820)
    window.show()
    window.load()
    window.open_client(client_id)
    form = window.client_view.record.case_form
    row = form.petitions.rows[0]
    qtbot.waitUntil(lambda: row.note.isVisible() and row.note.width() > 0)
    gap = row.remove.mapTo(row, row.remove.rect().topLeft()).x() - row.note.mapTo(row, row.note.rect().topRight()).x()
    assert gap < 20, gap  # up to the Remove button, with the line's spacing
    assert row.note.fontMetrics().horizontalAdvance(row.note.text()) < row.note.width()  # the note seen whole
