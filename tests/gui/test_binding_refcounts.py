"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 drops a reference to None on every call of a method that returns nothing
(`setText`, `QModelRoleData.clearData`, ...).  Before Python 3.12 None is reference
counted, so the window aborted ("deallocating None") after some minutes of painting the
caseload list; pyproject.toml keeps that release out on Python 3.11.  These tests fail on
any binding with the same fault.  From Python 3.12 on, None is immortal: its count never
moves and the fault cannot crash, so there is nothing to check.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelRoleData, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count cannot fall")

CALLS = 2000


def _none_lost_by(action) -> int:
    """How many references to None `action` loses (0 for a correct binding)."""
    before = sys.getrefcount(None)
    action()
    return before - sys.getrefcount(None)


@pytest.mark.parametrize(
    "name, make, call",
    [
        ("QObject.setObjectName", QObject, lambda o: o.setObjectName("x")),
        ("QLineEdit.setText", QLineEdit, lambda o: o.setText("x")),
        ("QModelRoleData.setData", lambda: QModelRoleData(Qt.ItemDataRole.DisplayRole), lambda o: o.setData("x")),
        ("QModelRoleData.clearData", lambda: QModelRoleData(Qt.ItemDataRole.DisplayRole), lambda o: o.clearData()),
    ],
)
def test_methods_returning_nothing_keep_none_counted(qapp, name, make, call):
    target = make()

    def many() -> None:
        for _ in range(CALLS):
            call(target)

    # A correct binding loses nothing; a faulty one loses one reference a call.
    assert _none_lost_by(many) < CALLS // 10, f"{name} drops a reference to None on each call"


def test_painting_the_caseload_list_keeps_none_counted(qtbot, window, repo):
    """The caseload list paints through multiData, a few thousand binding calls a repaint."""
    for n in range(30):
        repo.add_client(probation_client(f"Client Number {n}", case_number=f"BA{n:06d}"))
    window.load()
    viewport = window.caseload.table.viewport()

    def repaint_many() -> None:
        for _ in range(20):
            viewport.repaint()

    repaint_many()  # first paint: caches and fonts
    assert _none_lost_by(repaint_many) < 100
