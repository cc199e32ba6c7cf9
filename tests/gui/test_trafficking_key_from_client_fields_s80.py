"""S80-03: Alt+X (the Trafficking / IPV box, X74-02) did nothing from the client's own fields on
the Record page, or from the list of cases: a volunteer in the Name field, told by the client
that the arrest came from being trafficked, had no key to the box.  From there it now goes to the
first count's box of the case shown, scrolled into sight, and ticks nothing, as it does from the
case's own fields; pressed again, the next count's."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT = Qt.KeyboardModifier.AltModifier


def _two_counts():
    client = probation_client("Tera Tráfico")
    case = client.cases[0]
    count = copy.deepcopy(case.convictions[0])
    count.id, count.section = "c1-2", "647(b)"
    case.convictions.append(count)
    return client


def _in_sight(widget, scroll) -> bool:
    port = scroll.viewport()
    return port.rect().contains(QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("start", ["name", "notes", "cases"])
def test_alt_x_from_the_client_s_fields_goes_to_the_first_count_s_box(qtbot, window, repo, start):
    client_id = repo.add_client(_two_counts())
    window.load()
    window.open_client(client_id)
    window.resize(683 - 16, 384 - 40)  # 1366 x 768 at 200%: the boxes below the fold
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    record = window.client_view.record
    boxes = [row.trafficking for row in record.case_form.convictions.rows]
    field = record.cases if start == "cases" else getattr(record.person, start)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    assert not _in_sight(boxes[0], record.case_scroll)
    qtbot.keyClick(field, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(boxes[0].hasFocus)
    assert _in_sight(boxes[0], record.case_scroll)
    assert not boxes[0].isChecked()  # ticks nothing: Space does
    qtbot.keyClick(boxes[0], Qt.Key.Key_X, ALT)
    qtbot.waitUntil(boxes[1].hasFocus)


def test_alt_x_from_the_client_s_fields_with_no_case_does_nothing(qtbot, window, repo):
    client = probation_client("Tera Tráfico")
    client.cases = []
    window.load()
    window.open_client(repo.add_client(client))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    record = window.client_view.record
    name = record.person.name
    name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_X, ALT)
    assert name.hasFocus()
