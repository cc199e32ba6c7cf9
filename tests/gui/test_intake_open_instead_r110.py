"""R110: a second look at intake's "Open NAME (id N) instead" (I109-02)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from tests.gui.test_intake_returning_client_i109 import _stored
from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r110_01_a_stored_record_opened_is_never_the_one_taken_back(qtbot, repo, intake):
    """Two stored records of her (a pair not yet merged), the older with no case: opened in
    place of the record started, it was offered in turn "Open ... instead" of the other, and
    a press took back last year's record as if it were the one just started."""
    older = repo.add_client(Client(name="John Smith", person=Person(dob=date(1979, 5, 14)), notes="Called back 3/2."))
    other = _stored(repo, "John Smith", date(1979, 5, 14))
    _start(qtbot, intake, "Jon Smith", "5/14/1979")
    assert intake.open_instead.text() == f"Open John Smith (id {older}) instead"
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)
    assert intake.client.id == older

    assert not intake.open_instead.isVisible()
    qtbot.mouseClick(intake.open_instead, Qt.MouseButton.LeftButton)  # were it there, hidden
    assert intake.client.id == older
    assert sorted(c.id for c in repo.iter_clients()) == [older, other]
    note = intake.seen_before.text()
    assert note.endswith("merge the two after intake (Caseload > Merge a duplicate into this client)."), note
