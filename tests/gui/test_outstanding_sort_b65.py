"""B65-01 in the window: View > Sort list by > Outstanding orders the clients by how much stands
between them and relief.  It counted the column's labels: "fines $300 (2 cases)" was one thing
outstanding, as "fines $1,200" was, those with one label stayed in name order, and a client
owing restitution alone (no ground to deny relief since SB 1106) sat among those with a fine."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Money
from tests.gui.conftest import TODAY, probation_client
from ui.models.caseload_model import COL_NAME, COL_OUTSTANDING
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _client(name: str, fines: int | None = None, restitution: int | None = None, cases: int = 1):
    client = probation_client(name, case_number="BA1")  # probation over: only the money is left
    client.cases[0].money = Money(fines_ordered=fines, fines_paid=0 if fines else None,
                                  restitution_ordered=restitution, restitution_paid=0 if restitution else None)
    for n in range(2, cases + 1):
        more = copy.deepcopy(client.cases[0])
        more.id, more.case_number = f"c{n}", f"BA{n}"
        more.convictions[0].id = f"c{n}-1"
        client.cases.append(more)
    return client


def test_b65_01_sorting_by_outstanding_puts_those_nearest_relief_first(qtbot, window, repo):
    for client in (_client("Ana Nothing"), _client("Bo Twocases", fines=150, cases=2), _client("Cy Twelvehundred", fines=1_200),
                   _client("Dee Sevenohsix", fines=706), _client("Eve Restitution", restitution=800)):
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()
    view = window.caseload
    said = {view.proxy.index(i, COL_NAME).data(): view.proxy.index(i, COL_OUTSTANDING).data() for i in range(view.proxy.rowCount())}
    assert said == {"Ana Nothing": "", "Bo Twocases": "fines $300 (2 cases)", "Cy Twelvehundred": "fines $1,200",
                    "Dee Sevenohsix": "fines $706", "Eve Restitution": "restitution $800"}
    names = lambda: [view.proxy.index(i, COL_NAME).data() for i in range(view.proxy.rowCount())]  # noqa: E731
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()

    def popup_after(shown):
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() not in (None, shown))
        return QApplication.activePopupWidget()

    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    view_menu = popup_after(None)
    qtbot.keyClick(view_menu, Qt.Key.Key_S)  # Sort list by
    qtbot.keyClick(popup_after(view_menu), Qt.Key.Key_T)  # Ou&tstanding
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert names() == ["Ana Nothing", "Eve Restitution", "Dee Sevenohsix", "Cy Twelvehundred", "Bo Twocases"]
    window.sort_actions[COL_OUTSTANDING].trigger()  # again: the other way round, the furthest from relief first
    assert names() == ["Bo Twocases", "Cy Twelvehundred", "Dee Sevenohsix", "Eve Restitution", "Ana Nothing"]
