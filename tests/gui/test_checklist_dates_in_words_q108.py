"""Q108-01: the Checklist tab's date fields (a payment's date, a condition's completed day) and
the "Granted in part" dialog's ruling day (the dialog narrowed) were as wide as 2021-03-02 needs, so a date typed in
words ("30 de septiembre del 2021") scrolled inside the field while it was typed, its day out of
sight until the field was left, as the Record tab's did before M103-01.  They are now wide enough
for the longest date in words, at the usual font and the large ones, and the window still fits
a 1366 x 768 screen without the Checklist scrolling sideways."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from clinic_app.model import Condition
from tests.gui.conftest import probation_client
from tests.gui.test_intake_large_font_s100 import program_font
from tests.gui.test_record_tab_dates_in_words_m103 import LAPTOP, opened_on_the_laptop, typed_in_words_seen_whole
from ui.forms import DateField

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("points", [None, 12, 15])
def test_q108_01_every_checklist_date_typed_in_words_is_seen_whole(qtbot, repo, monkeypatch, points):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP)
    client = probation_client("Fecha Palabras", probation_end=date(2027, 6, 1), restitution_ordered=1500)
    client.cases[0].conditions = [Condition(kind="class", label="Theft awareness class", completed_on=date(2024, 3, 15))]
    with program_font(points) if points else nullcontext():
        window = opened_on_the_laptop(qtbot, repo, client)
        window.client_view.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: window.size() == LAPTOP)
        qtbot.wait(100)
        checklist = window.client_view.checklist
        fields = [field for field in checklist.findChildren(DateField) if field.isVisible()]
        # The payment's date and the class's completed day.
        assert {field.accessibleName() for field in fields} >= {
            "Payment date on case BA100001", "Theft awareness class on case BA100001: completed on"}, \
            [field.accessibleName() for field in fields]
        for field in fields:
            typed_in_words_seen_whole(qtbot, field)
            field.selectAll()
            qtbot.keyClick(field, Qt.Key.Key_Escape)
        # On the laptop's screen still, the Checklist not scrolling sideways.
        assert window.width() <= LAPTOP.width() and window.minimumSizeHint().width() <= LAPTOP.width()
        qtbot.wait(50)
        panes = [pane for pane in window.client_view.findChildren(QScrollArea) if pane.isVisible()]
        assert panes and not any(pane.horizontalScrollBar().isVisible() for pane in panes)


@pytest.mark.parametrize("points", [None, 12, 15])
def test_q108_01_the_granted_in_part_ruling_day_typed_in_words_is_seen_whole(qtbot, monkeypatch, points):
    from ui.granted_in_part import GrantedInPartDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP)
    with program_font(points) if points else nullcontext():
        dialog = GrantedInPartDialog({"c1-1": "PC 459", "c1-2": "PC 484"}, date(2026, 11, 20))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # Opened, the field takes twice 2021-03-02's room and the date fits; narrowed by hand
        # as far as the dialog goes, it kept only 2021-03-02's and scrolled.
        dialog.resize(1, dialog.height())
        qtbot.waitUntil(lambda: dialog.width() == dialog.minimumSizeHint().width())
        typed_in_words_seen_whole(qtbot, dialog.ruled)
        assert dialog.ruled_on() == date(2021, 9, 30)
        assert dialog.width() <= LAPTOP.width()
