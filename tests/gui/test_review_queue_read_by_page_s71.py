"""S71-02: under Review needed (Alt+R), each line's Next action says why the client is on the
attorney's queue (C70-01), read for the lines shown.  It was read one line at a time: three reads
and a whole record and screening a line, 26 reads for the first screen and for each page, which
held the window 30-100 ms a page of the queue at 100,000 clients.  A line asked for now brings the
words of the lines after it (up to AWAITING_READ_AHEAD) in one read: a screen, and the next page
down, in one; the words are the same."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.review import attorney_waits_for, awaiting_of
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from ui.caseload_view import CaseloadView
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _shown(view) -> list[int]:
    """The lines the list shows now, by their row in the view."""
    table = view.table
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    return list(range(first, (last if last >= 0 else table.model().rowCount() - 1) + 1))


def test_s71_02_a_screen_of_the_queue_is_read_in_one_read_and_says_the_same(qtbot, tmp_path):
    db = tmp_path / "caseload.sqlite"
    assert clinic_app("demo", "--db", db, "--clients", "150").returncode == 0
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-02").returncode == 0
    with Repository.open(db) as repo:
        view = CaseloadView(repo, today=lambda: date(2026, 12, 4))
        qtbot.addWidget(view)
        view.resize(1300, 700)
        view.show()
        qtbot.waitExposed(view)
        view.load()
        qtbot.waitUntil(lambda: view.model.rowCount() == 150)
        reads: list[tuple] = []
        read = view.model.awaiting

        def counted(*asked):
            reads.append(asked)
            return read(*asked)

        view.model.awaiting = counted

        qtbot.mouseClick(view.review, Qt.MouseButton.LeftButton)  # Review needed
        assert view.review.isChecked()
        qtbot.waitUntil(lambda: bool(reads))
        qtbot.wait(50)  # the first screen painted
        proxy = view.table.model()
        queue = [view.model.row_item(proxy.mapToSource(proxy.index(r, 0))) for r in range(proxy.rowCount())]
        assert len(queue) >= 50

        def words_shown() -> dict[int, str]:
            said = {}
            for r in _shown(view):
                line = queue[r]
                expected = attorney_waits_for(line, awaiting_of(repo, line.id) if line.awaiting_review else None)
                said[line.id] = (proxy.index(r, COL_NEXT).data(), expected[:1].upper() + expected[1:])
            return said

        first = words_shown()
        assert len(first) >= 15
        assert all(shown == expected for shown, expected in first.values()), first
        assert len(reads) == 1, f"{len(reads)} reads for {len(first)} lines"

        view.table.setFocus()
        view.table.setCurrentIndex(proxy.index(0, 0))
        qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
        qtbot.wait(50)
        second = words_shown()
        assert set(second) - set(first), "the page moved"
        assert all(shown == expected for shown, expected in second.values()), second
        assert len(reads) <= 2, f"{len(reads)} reads for two screens"
        view.close()
