"""S160-02: a client whose PC 1203.4 dismissal waits only for a probation the court can be asked
to end early now (PC 1203.3) was opened on a header saying "Can be sooner: PC 1203.3 end probation
early, open now" (S156-02), while the caseload's Next action column said "File on <day>" and no
more: a paralegal going down the list by next action met nothing of it.  The column now says
"PC 1203.3 now, or file on <day>" ("1203.3; <day>" where the list is narrow), its tooltip
what that asks, and it still sorts by the filing day it ends with.  A filing day that waits on
no probation (PC 1203.4a's year), or on a probation whose early end is already ordered, reads
"File on <day>" as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.automatic_relief import to_file_later
from tests.gui.caseload_lines import header_of, lines, load_caseload, row_of
from tests.gui.test_next_action_day_kept import _shown
from ui.models.caseload_model import COL_NAME, COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _dui_waiting_on_theft_probation() -> Client:
    """S156-02's client: a 2017 DUI whose dismissal waits on a 2025 theft case's probation."""
    return Client(name="Rafael Pruebatemprano", person=Person(dob=date(1980, 4, 4), us_citizen=True), cases=[
        Case(id="c1", case_number="7MT01234", convictions=[
            Conviction(id="c1-1", section="23152(a)", code="VC", level="misdemeanor", conviction_date=date(2017, 5, 2))],
            sentence=Sentence(type="probation", judgment_date=date(2017, 5, 2), completed=True,
                              probation=Probation(kind="summary", start=date(2017, 5, 2), end=date(2020, 5, 1)))),
        Case(id="c2", case_number="25CJCM01234", convictions=[
            Conviction(id="c2-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2025, 1, 10))],
            sentence=Sentence(type="probation", judgment_date=date(2025, 1, 10),
                              probation=Probation(kind="summary", start=date(2025, 1, 10), end=date(2027, 1, 10))))])


def _a_year_from_judgment() -> Client:
    """A fine only, judged a month before: PC 1203.4a waits a year, no probation to end."""
    return Client(name="Lena Pruebaespera", person=Person(dob=date(1990, 2, 2), us_citizen=True), cases=[
        Case(id="c1", case_number="26CJCM00555", convictions=[
            Conviction(id="c1-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2026, 10, 1))],
            sentence=Sentence(type="no_probation", judgment_date=date(2026, 10, 1), completed=True))])


def _early_end_already_ordered() -> Client:
    """Probation the court has already ordered to end early, on 2027-02-01: nothing left to ask."""
    return Client(name="Olga Ordenada", person=Person(dob=date(1985, 3, 3), us_citizen=True), cases=[
        Case(id="c1", case_number="25CJCM07777", convictions=[
            Conviction(id="c1-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2025, 2, 1))],
            sentence=Sentence(type="probation", judgment_date=date(2025, 2, 1),
                              probation=Probation(kind="summary", start=date(2025, 2, 1), end=date(2028, 2, 1),
                                                  early_termination=date(2027, 2, 1))))])


MAKERS = (to_file_later, _dui_waiting_on_theft_probation, _a_year_from_judgment, _early_end_already_ordered)


def test_the_next_action_says_the_early_end_where_the_header_does(window, repo):
    view = load_caseload(window, repo, MAKERS)
    assert lines(view) == {
        "Felipe Filing": ("Eligible on 2030-09-29", "PC 1203.3 now, or file on 2030-09-29"),
        "Rafael Pruebatemprano": ("Eligible on 2027-01-11", "PC 1203.3 now, or file on 2027-01-11"),
        "Lena Pruebaespera": ("Eligible on 2027-10-02", "File on 2027-10-02"),
        "Olga Ordenada": ("Eligible on 2027-02-02", "File on 2027-02-02"),
    }
    tip = view.proxy.index(row_of(view, "Rafael Pruebatemprano"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("PC 1203.3 now, or file on 2027-01-11, the day after probation ends: the court can be asked now "
                          "to end it early, and the petition filed sooner."), tip
    # The header says it of the same clients, and only of them.
    for make in MAKERS:
        name, header = make().name, header_of(make)
        assert ("Can be sooner" in header) == lines(view)[name][1].startswith("PC 1203.3 now"), (name, header)


def test_sorted_by_next_action_they_keep_the_order_of_their_filing_days(window, repo):
    view = load_caseload(window, repo, MAKERS)
    view.table.sortByColumn(COL_NEXT, Qt.SortOrder.AscendingOrder)
    assert [view.proxy.index(i, COL_NAME).data() for i in range(view.proxy.rowCount())] == [
        "Rafael Pruebatemprano", "Olga Ordenada", "Lena Pruebaespera", "Felipe Filing"]


def test_whole_at_1280_and_in_fewer_words_at_853(qtbot, window, repo):
    view = load_caseload(window, repo, MAKERS)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1200)
    assert _shown(view, "Felipe Filing") == "PC 1203.3 now, or file on 2030-09-29"
    window.resize(853, 560)
    qtbot.waitUntil(lambda: window.width() == 853 and view.table.viewport().width() < 853)
    assert _shown(view, "Felipe Filing") == "1203.3; 2030-09-29"
    assert _shown(view, "Lena Pruebaespera") == "File on 2027-10-02"
    assert view.table.horizontalHeader().length() <= view.table.viewport().width()
