"""R150-01: a petition's Note on the Record tab, where the paralegal types why the court said no,
took the room its line had left (c4421c34) and was seen whole in a window 1360 wide; on a 1366 x
768 laptop (1280 wide at 9 pt) it kept 80 pixels beside "Ruled on:" and showed "of restitution"
of "Without prejudice: no proof of restitution", and at 200% with 15 pt text (667 wide) 58
pixels, "ution", its hint "e.g..." on a new petition.  It goes to a line of its own where its
line has not room for its hint, and takes that line's room: the reason seen whole."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client, window_of_this_font
from tests.gui.test_denial_reason_said_n148 import REFILED, WITHOUT_PREJUDICE
from tests.gui.test_intake_large_font_s100 import program_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("points, width, height", [(9, 1280, 760), (15, 667, 344)])
def test_the_petition_note_is_seen_whole_on_a_laptop_and_at_15_pt(qtbot, repo, points, width, height):
    with program_font(points):
        client = probation_client("Ana Denegada")
        client.cases[0].petitions = [WITHOUT_PREJUDICE, REFILED]
        window = window_of_this_font(qtbot, repo, width, height)
        window.open_client(repo.add_client(client))
        window.client_view.tabs.setCurrentIndex(0)
        denied, refiled = window.client_view.record.case_form.petitions.rows
        qtbot.waitUntil(lambda: denied.note.isVisible() and denied.note.width() > 0)
        qtbot.wait(50)
        metrics = denied.note.fontMetrics()
        assert metrics.horizontalAdvance(denied.note.text()) < denied.note.width(), denied.note.width()
        assert metrics.horizontalAdvance(refiled.note.placeholderText()) < refiled.note.width()  # the hint, not "e.g..."
        # Nothing cut at the pane's right edge: the case form is as wide as its view.
        scroll = window.client_view.record.case_scroll
        assert scroll.horizontalScrollBar().maximum() == 0
