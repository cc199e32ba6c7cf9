"""M191-01: a clinic laptop left open overnight at an event, a client open at 23:50 and the
window used again at 08:00.  The client's header still said "Eligible on" the day now come,
the Checklist "Probation ends ... (1 day left)" of a probation that had ended, and the
Eligibility tab spoke for yesterday, until the client was opened again.  The window now
looks at the clock (each minute, and as it is come back to): on a new day the client shown
is screened for it, on the same page, as opening them would; typing not saved is left as
it is (its save moves on with the day, G18-04).

M191-02: the handout preview left open past midnight printed and saved yesterday's page
("Based on your record as of November 22, 2026", the answers of that day).  Print or Save PDF
now makes the pages again for today first, says so, and leaves them to be looked over; a day
chosen in its As of box stays the day chosen.

M191-04: intake left open past midnight gave the preview the evening's screening for a page
dated today: "Based on your record as of November 24, 2026 ... You can ask on or after November
23, 2026. Come back then", a day gone, where the client qualified now.  A screening is kept
under the day it was made for; the page for today is screened for today."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client
from ui.client_view import TAB_CHECKLIST, TAB_ELIGIBILITY
from ui.forms import from_qdate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _checklist_says(view) -> str:
    return " | ".join(label.text() for label in view.checklist.findChildren(QLabel) if label.isVisible() and label.text())


def _the_morning_after(window) -> None:
    """The clock past midnight, as the laptop is woken: the window's minute look at the day."""
    window._fixed_today = TODAY + timedelta(days=2)
    window._day_timer.timeout.emit()


def test_m191_01_the_client_left_open_overnight_is_screened_for_the_new_day(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Olga Overnight", probation_end=TODAY + timedelta(days=1)))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_CHECKLIST)
    assert "Eligible on 2026-11-24: PC 1203.4 dismissal" in view.outcome.text()
    assert "Probation ends 2026-11-23 (1 day left)" in _checklist_says(view)

    _the_morning_after(window)  # 2026-11-24, 08:00: probation ended yesterday
    assert "Eligible on" not in view.outcome.text(), view.outcome.text()
    assert "1 day left" not in _checklist_says(view), _checklist_says(view)
    assert view.screening.as_of == TODAY + timedelta(days=2)
    assert view.tabs.currentIndex() == TAB_CHECKLIST  # the page it was left on
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    assert from_qdate(view.eligibility.as_of.date()) == TODAY + timedelta(days=2)
    # The caseload's line moved on with it, as opening the client stores the day's answer.
    assert repo.latest_screening(client_id).as_of == TODAY + timedelta(days=2)


def test_m191_01_the_list_left_open_overnight_says_the_dates_come(qtbot, window, repo):
    repo.add_client(probation_client("Lino Listed", probation_end=TODAY + timedelta(days=1)))
    rescreen_caseload(repo, TODAY, workers=1)  # "Eligible on 2026-11-24", screened at 23:50
    window.load()
    status = window.status.text()
    assert "whose date has come" not in status, status

    _the_morning_after(window)
    assert "1 client whose date has come since the last screening" in window.status.text(), window.status.text()


def test_m191_01_typing_not_saved_is_left_and_the_day_followed_once_it_is_taken_back(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Tere Typing", probation_end=TODAY + timedelta(days=1)))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    notes = view.record.person.notes
    notes.setPlainText("Called at 23:45, to bring the minute order.")
    _the_morning_after(window)
    assert notes.toPlainText() == "Called at 23:45, to bring the minute order."  # kept, not shown again over it
    assert view.screening.as_of == TODAY
    notes.setPlainText("")  # typed away again: nothing left to save, and the next look moves on
    window._day_timer.timeout.emit()
    assert view.screening.as_of == TODAY + timedelta(days=2) and "Eligible on" not in view.outcome.text()


def _pdf_says(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_m191_02_a_preview_left_open_past_midnight_is_made_again_for_today_before_it_goes_out(qtbot, repo, monkeypatch,
                                                                                               tmp_path):
    import ui.handout_dialog as handout_dialog

    client = probation_client("Paz Preview", probation_end=TODAY + timedelta(days=1))
    repo.add_client(client)
    now = [TODAY]
    dialog = handout_dialog.handout_preview(repo, client, None, today=TODAY, parent=None, clock=lambda: now[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Based on your record as of November 22, 2026" in _pdf_says(dialog.pdf)
    told, saved = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append((title, text)))
    monkeypatch.setattr(handout_dialog, "save_pdf_file", lambda *args: saved.append(args[-1]) or tmp_path / "handout.pdf")

    now[0] = TODAY + timedelta(days=2)  # 08:00 the morning after
    assert dialog.save_pdf() is None and saved == []  # nothing went out yet
    assert told == [("Save handout", "It is 2026-11-24 now: the handout was made again for today, not 2026-11-22. "
                                     "Look it over, then save it.")]
    assert dialog.save_pdf() is not None  # looked over, saved: today's page
    (page,) = saved
    assert "Based on your record as of November 24, 2026" in _pdf_says(page)
    assert "November 22, 2026" not in _pdf_says(page)
    # Its other guard, with no test of its own (K293-02, K305-03): As of left holding a day it
    # cannot read (the typing kept), Print and Save wait, the keyboard back in the box to mend
    # it, and the pages of the day before go nowhere.
    printing: list[str] = []
    monkeypatch.setattr(handout_dialog, "printer_set_up", lambda: printing.append("asked") or False)
    monkeypatch.setattr(handout_dialog, "no_printer_save_instead", lambda *_: False)
    dialog.activateWindow()  # offscreen no window manager does: focus moves only in a window active
    dialog.as_of.setFocus()
    qtbot.waitUntil(dialog.as_of.hasFocus)
    qtbot.keyClicks(dialog.as_of, "2/29/2027")
    qtbot.keyClick(dialog.as_of, Qt.Key.Key_Tab)
    assert dialog.as_of.text() == "2/29/2027" and QApplication.focusWidget() not in (dialog.as_of, dialog.as_of.lineEdit())
    assert dialog.save_pdf() is None and dialog.print_handout() is False
    assert len(saved) == 1 and printing == [] and told[1:] == []
    assert QApplication.focusWidget() in (dialog.as_of, dialog.as_of.lineEdit())


def test_m191_04_intake_s_evening_screening_is_not_printed_under_the_next_day(qtbot, repo):
    from ui.handout_dialog import HandoutDialog
    from ui.services import screen_client

    client = probation_client("Ines Intake", probation_end=TODAY)  # 1203.4 from 2026-11-23
    repo.add_client(client)
    evening = screen_client(client, TODAY).screening  # intake screened it at 23:50
    dialog = HandoutDialog(repo, client, evening, today=TODAY + timedelta(days=2))  # Handout... pressed at 08:00
    qtbot.addWidget(dialog)
    said = _pdf_says(dialog.pdf)
    assert "Based on your record as of November 24, 2026" in said
    assert "Dismissal (expungement): You qualify now." in said, said[:1200]
    assert "November 23, 2026" not in said, said[:1200]


def test_r198_02_a_caseload_held_by_another_program_at_the_new_day_is_tried_again_later(qtbot, window, repo):
    """R198-02: the minute's look at the day stores the client's new screening; with the file
    held by another program then (another desk's re-screen), the refusal escaped the timer and
    the window said the caseload was busy, unasked, at midnight.  The look waits for the next."""
    import sqlite3

    client_id = repo.add_client(probation_client("Bea Busy", probation_end=TODAY + timedelta(days=1)))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    repo.db.conn.execute("PRAGMA busy_timeout = 0")  # the refusal at once, not after five seconds
    other = sqlite3.connect(repo.path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing
        with qtbot.captureExceptions() as raised:
            _the_morning_after(window)
        assert raised == [] and view.screening.as_of == TODAY
        other.rollback()  # done: the next look moves on
        window._day_timer.timeout.emit()
        assert view.screening.as_of == TODAY + timedelta(days=2) and "Eligible on" not in view.outcome.text()
    finally:
        other.close()


def test_k202_02_a_batch_asked_before_midnight_and_saved_after_speaks_for_the_day_it_is_made(qtbot, window, repo,
                                                                                              monkeypatch, tmp_path):
    """Caseload > Handouts for the clients shown, its print-or-save question answered past
    midnight: the day was taken as the menu item was chosen, and every page said "as of" the day
    before, in a folder named for it (M191's Left alone)."""
    from PySide6.QtWidgets import QFileDialog

    import ui.tasks as tasks

    repo.add_client(probation_client("Beto Batch", probation_end=TODAY + timedelta(days=1)))
    window.load()

    def answered_the_morning_after(*_args, **_kwargs) -> str:
        window._fixed_today = TODAY + timedelta(days=2)
        return "save"

    told = []
    monkeypatch.setattr(tasks, "ask_print_or_save", answered_the_morning_after)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr("ui.crash.show_crash", lambda _parent, report: told.append(report))
    window.shown_handouts_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told[0].startswith("1 handout ("), told
    (page,) = (tmp_path / "handouts-2026-11-24").glob("*.pdf")
    said = _pdf_says(page.read_bytes())
    assert "Based on your record as of November 24, 2026" in said and "November 22, 2026" not in said
