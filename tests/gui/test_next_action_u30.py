"""U30: a paralegal planning the week from 3,000 clients.

U30-01: the "Next action" column gave a bare date with no words, and for most clients none:
an eligible-now client whose probation in another case ends 2028-09-03 showed "2028-09-03"
(the filing could be made today), a client eligible on 2030-07-11 showed "2030-07-10", and a
client who needs an attorney's review, or is blocked by a pending case, showed nothing.  The
column now says what to do next, with the date it is done on, and sorts by that date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from db.repository import ClientRow
from ui.models.caseload_model import COL_NEXT, CaseloadModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _row(n: int, best: str | None, best_date: date | None = None, next_action_date: date | None = None,
         outstanding=(), cases: int = 1, awaiting_review: bool = False) -> ClientRow:
    return ClientRow(id=n, name=f"Client {n}", dob=date(1980, 1, n), case_count=cases, event=None, language="en",
                     best=best, best_date=best_date, next_action_date=next_action_date, outstanding=list(outstanding),
                     needs_review=awaiting_review, awaiting_review=awaiting_review)


ROWS = [
    _row(1, "eligible_now", next_action_date=date(2028, 9, 3), outstanding=["probation to 2028-09-03", "class 3/8"]),
    _row(2, "eligible_on", date(2030, 7, 11), date(2030, 7, 10), ["probation to 2030-07-10"]),
    _row(3, "blocked", date(2027, 10, 12), date(2027, 10, 11), ["prcs to 2027-10-11", "fines $66"]),
    _row(4, "blocked", None, None, ["pending case 24CJCM51060"]),
    _row(5, "blocked", None, None, []),
    _row(6, "needs_review", outstanding=["fines $117"], awaiting_review=True),
    _row(11, "needs_review"),  # every needs-review answer reviewed (A29-01): out of the queue
    _row(7, "nothing_available", next_action_date=date(2030, 1, 1)),
    _row(8, "nothing_available"),
    _row(9, "nothing_available", cases=0),
    _row(10, None),
]


def _shown(model: CaseloadModel) -> dict[int, str]:
    return {model.row_at(i).id: model.index(i, COL_NEXT).data() for i in range(model.rowCount())}


def test_u30_01_next_action_says_what_to_do_next_for_each_kind_of_client(qapp):
    model = CaseloadModel()
    model.set_rows(ROWS)
    assert _shown(model) == {
        1: "File now",
        2: "File on 2030-07-11",
        3: "Screen again on 2027-10-12",
        4: "Wait for the pending case",
        5: "See what blocks it",
        6: "Attorney review",
        7: "Screen again on 2030-01-01",
        8: "Nothing to file",
        9: "Enter the cases",
        10: "Screen the client",
        11: "Follow the attorney's review",
    }
    # The next date on the record is not lost: it is in the tooltip, with what falls due then.
    first = model.index(next(i for i in range(model.rowCount()) if model.row_at(i).id == 1), COL_NEXT)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == ("File now. Next date on the record: 2028-09-03 "
                                                     "(probation to 2028-09-03)")


def test_u30_01_sorting_by_next_action_puts_the_filing_days_in_order(qapp):
    model = CaseloadModel()
    model.set_rows(ROWS)
    model.sort(COL_NEXT, Qt.SortOrder.AscendingOrder)
    order = [model.row_at(i).id for i in range(model.rowCount())]
    # Filing now first, then the actions by the day shown (client 1 went after client 3 by
    # the 2028 probation end behind it), then those with no day.
    assert order[:4] == [1, 3, 7, 2]
    assert set(order[4:]) == {4, 5, 6, 8, 9, 10, 11}



def test_u30_02_the_list_is_sorted_from_the_keyboard_by_the_view_menu(qtbot, window, repo):
    """The list sorted only by a click on a column's header: a paralegal at the keyboard could
    not put the clients who can be filed for soonest first.  View > Sort list by names every
    column (Alt+V, S, then its letter); chosen again, the order turns round; a click on a
    header checks its item."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import TODAY, probation_client
    from ui.models.caseload_model import COL_BEST, COL_NAME
    from ui.services import screen_and_store

    for name, end in (("Ana Zamora", date(2027, 6, 30)), ("Bea Young", date(2026, 12, 1)), ("Cruz Xu", date(2027, 1, 5))):
        client = probation_client(name, probation_end=end)
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()
    view = window.caseload
    names = lambda: [view.proxy.index(i, COL_NAME).data() for i in range(view.proxy.rowCount())]  # noqa: E731
    assert names() == ["Ana Zamora", "Bea Young", "Cruz Xu"]
    assert [view.proxy.index(i, COL_NEXT).data() for i in range(3)] == [
        "PC 1203.3 now, or file on 2027-07-01", "PC 1203.3 now, or file on 2026-12-02",
        "PC 1203.3 now, or file on 2027-01-06"]  # on probation to the day before (S160-02)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()

    def popup_after(shown):
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() not in (None, shown))
        return QApplication.activePopupWidget()

    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    view_menu = popup_after(None)
    qtbot.keyClick(view_menu, Qt.Key.Key_S)  # Sort list by
    qtbot.keyClick(popup_after(view_menu), Qt.Key.Key_X)  # Ne&xt action
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert names() == ["Bea Young", "Cruz Xu", "Ana Zamora"]
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COL_NEXT, Qt.SortOrder.AscendingOrder)
    assert window.sort_actions[COL_NEXT].isChecked()
    window.sort_actions[COL_NEXT].trigger()  # the same column again: the other way round
    assert names() == ["Ana Zamora", "Cruz Xu", "Bea Young"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    view.table.sortByColumn(COL_BEST, Qt.SortOrder.AscendingOrder)  # as a click on its header does
    assert window.sort_actions[COL_BEST].isChecked() and not window.sort_actions[COL_NEXT].isChecked()
    assert not window.sort_actions[COL_NAME].isChecked()


def test_u30_03_the_outcome_filter_narrows_to_the_clients_eligible_within_a_week_or_a_month(qtbot, window, repo):
    """"Which clients can I file for this week, this month?" had no answer but the whole of
    "Eligible later" (425 clients of the demo caseload, the last in 2033), read down by eye.
    The Outcome filter now offers the clients eligible within the next 7 and 30 days, and
    "Showing N of M" counts them."""
    from tests.gui.conftest import TODAY, probation_client
    from ui.models.caseload_model import COL_BEST, COL_NAME
    from ui.services import screen_and_store

    # Probation to the day before: eligible on the day given (1203.4 once probation is done).
    for name, eligible in (("In Six Days", date(2026, 11, 28)), ("In Seven Days", date(2026, 11, 29)),
                           ("In Eight Days", date(2026, 11, 30)), ("In Thirty Days", date(2026, 12, 22)),
                           ("In Two Months", date(2027, 1, 22)), ("Eligible Today", date(2026, 11, 1))):
        client = probation_client(name, probation_end=eligible - (date(2026, 1, 2) - date(2026, 1, 1)))
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()
    view = window.caseload
    shown = lambda: sorted(view.proxy.index(i, COL_NAME).data() for i in range(view.proxy.rowCount()))  # noqa: E731
    outcomes = {view.proxy.index(i, COL_NAME).data(): view.proxy.index(i, COL_BEST).data() for i in range(6)}
    assert outcomes["In Seven Days"] == "Eligible on 2026-11-29" and outcomes["Eligible Today"] == "Eligible now"

    titles = [view.outcome.itemText(i) for i in range(view.outcome.count())]
    view.outcome.setCurrentIndex(titles.index("Eligible within 7 days"))
    assert shown() == ["In Seven Days", "In Six Days"]
    assert view.shown_label.text() == "Showing 2 of 6 clients"
    view.outcome.setCurrentIndex(titles.index("Eligible within 30 days"))
    assert shown() == ["In Eight Days", "In Seven Days", "In Six Days", "In Thirty Days"]
    assert view.shown_label.text() == "Showing 4 of 6 clients"
    assert not view.count_buttons["eligible_on"].isChecked()
    view.outcome.setCurrentIndex(titles.index("Eligible later"))
    assert len(shown()) == 5 and view.count_buttons["eligible_on"].isChecked()


def test_u30_04_each_outcome_count_is_named_as_the_filter_it_sets(qtbot, window, repo):
    """"Eligible soon: 425" set the Outcome filter to "Eligible later", and counted clients
    eligible in 2033: the count and the filter named one list two ways, "soon" wrongly."""
    from tests.gui.conftest import probation_client

    repo.add_client(probation_client("Any Client"))
    window.load()
    view = window.caseload
    for key in ("eligible_now", "eligible_on", "blocked"):
        button = view.count_buttons[key]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.text().split(":")[0] == view.outcome.currentText(), key
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert view.outcome.currentIndex() == 0


def test_a38_05_the_lists_count_said_in_the_status_bar_goes_when_a_client_is_opened(qtbot, window, repo):
    """A38-05: "Showing 17 of 5,000 clients." (said when the filter was chosen) stayed in the
    status bar under the client's record opened from the list, for eight seconds, as if it
    said something of the record.  What the list said goes with the list; what was said of
    the client (Undo, a saved handout) is not touched."""
    from tests.gui.conftest import probation_client

    first = repo.add_client(probation_client("Said Once", case_number="BA7900"))
    repo.add_client(probation_client("Not Shown", case_number="BA7901", language="es"))
    window.load()
    view = window.caseload
    view.language.setCurrentIndex(view.language.findData("en"))
    assert window.statusBar().currentMessage() == "Showing 1 of 2 clients."
    window.open_client(first)
    assert window.pages.currentWidget() is window.client_view
    assert window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("Saved Said-Once.pdf in /tmp")  # said on the client's page: kept
    window.show_caseload()
    window.open_client(first)
    assert window.statusBar().currentMessage() == "Saved Said-Once.pdf in /tmp"
