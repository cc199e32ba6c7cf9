"""F63: a volunteer's own laptop: 1366 x 768 at 150% display scaling (911 x 512 for Qt), the
dark palette, a screen reader or the keyboard alone.

The offscreen screen of the tests is 800 x 800: the room a smaller screen leaves a window is
given to the dialogs here by patching `room` where they ask for it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QScrollArea


# 1366 x 768 at 150%: 911 x 512, less the window's frame and title bar (ui.screen_fit.FRAME).
LAPTOP_150 = QSize(911 - 16, 512 - 40)


def test_f63_01_the_keyboard_shortcuts_box_fits_a_laptop_at_150_percent_its_list_scrolling(window, qtbot, monkeypatch):
    """The shortcuts box was 532 pixels high whatever the screen: on a 1366 x 768 laptop at
    150% its Close button was below the bottom of the screen.  It now fits, and the list
    scrolls (by the keyboard too) to its last row."""
    monkeypatch.setattr("ui.help_menu.room", lambda _widget: LAPTOP_150, raising=False)
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    qtbot.waitExposed(box)
    assert box.height() <= LAPTOP_150.height() and box.width() <= LAPTOP_150.width()
    close = box.button(QMessageBox.StandardButton.Close)
    assert close.isVisible() and close.mapTo(box, close.rect().bottomRight()).y() <= box.height()
    pane = box.findChild(QScrollArea)
    assert pane is not None and pane.accessibleName() == "Keyboard shortcuts"
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0  # the list is longer than the room: it scrolls
    assert pane.focusPolicy() & Qt.FocusPolicy.TabFocus
    pane.setFocus()
    for _ in range(5):
        qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    assert bar.value() == bar.maximum()
    # Escape still closes it.
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


# A desktop's 1920 x 1080 at 100%, less the frame and the taskbar: the offscreen screen's 800
# pixels no longer hold the whole list once the caseload list's keys for several lines were
# added to it (M231-01), and a screen that small is the laptop's case above, where it scrolls.
DESKTOP = QSize(1920 - 16, 1080 - 40 - 48)


def test_f63_01_where_the_screen_has_room_the_whole_list_shows_with_nothing_to_scroll(window, qtbot, monkeypatch):
    monkeypatch.setattr("ui.help_menu.room", lambda _widget: DESKTOP, raising=False)
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitExposed(box)
    pane = box.findChild(QScrollArea)
    assert pane is not None and pane.verticalScrollBar().maximum() == 0
    # With the keyboard's way to lines apart in the caseload list among them: Ctrl+Space alone
    # took out only the line the keyboard was on, and Down chose that one alone (R242-03).
    assert ("Ctrl+Down, Ctrl+Up</b>&nbsp;&nbsp;</td><td>in the caseload list, move without choosing; Ctrl+Space"
            in pane.widget().text())
    assert not any(button.isVisible() and button.mapTo(box, button.rect().bottomRight()).y() > box.height()
                   for button in box.findChildren(QPushButton))
    box.close()
    # The shortcuts have read the menus; the window's own item is still alive (A70-02).
    window.about_action.trigger()
    about = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "About Clinic Desk")
    qtbot.waitExposed(about)
    assert about.findChild(QScrollArea).verticalScrollBar().maximum() == 0
    about.close()


def _merge_dialog(qtbot, parent=None):
    from clinic_app.merging import merge_into
    from tests.gui.conftest import probation_client
    from ui.merge_dialog import MergeDialog

    mine, other = probation_client("Ana Peña"), probation_client("Ana Peña")
    mine.id, other.id = 1, 2
    other.person.phone = "(213) 555-0101"
    dialog = MergeDialog(mine, [(other, merge_into(mine, other))], parent)
    qtbot.addWidget(dialog)
    return dialog


def test_f63_02_enter_in_the_merge_dialog_s_list_cancels_it_and_merges_nothing(qtbot):
    """Cancel was meant to be the merge dialog's default button ("nothing is changed by an
    Enter pressed too fast"), but it was made so before the dialog held it: shown, the dialog
    made "Merge into this client" its default, and Enter in the list (where the keyboard is
    when it opens) merged the two records."""
    from ui.merge_dialog import MergeDialog

    dialog = _merge_dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.records
    assert not dialog.merge_button.isDefault()
    qtbot.keyClick(dialog.records, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == MergeDialog.DialogCode.Rejected
    # The merge is a choice of its own: Tab to its button, then Space (or Enter there).
    dialog = _merge_dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.merge_button.setFocus()
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == MergeDialog.DialogCode.Accepted and dialog.chosen() is not None


def test_f63_03_the_merge_dialog_opens_within_a_laptop_screen_at_150_percent_above_its_taskbar(qtbot, monkeypatch):
    """The merge dialog opened 720 x 460 on any screen: on a 1366 x 768 laptop at 150% (512
    for Qt, a 48-pixel taskbar, the title bar) its Merge and Cancel buttons were below the
    taskbar.  It now opens within the room there is, its buttons and preview in view."""
    from PySide6.QtWidgets import QPushButton

    above_taskbar = QSize(911 - 16, 512 - 48 - 40)
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: above_taskbar)
    dialog = _merge_dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= above_taskbar.height() and dialog.width() <= above_taskbar.width()
    for button in dialog.findChildren(QPushButton):
        assert button.mapTo(dialog, button.rect().bottomRight()).y() <= dialog.height()
    assert dialog.preview.height() >= dialog.preview.fontMetrics().height() * 2  # still room to read it


def _clearest(label) -> float:
    """The contrast of the clearest pixel of `label`'s words, as drawn, against its window."""
    from tests.gui.test_accessibility import _contrast

    from PySide6.QtGui import QPalette

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPixmap, QRegion
    from PySide6.QtWidgets import QWidget

    # Drawn as on the screen: over the window's own colour (a label fills no background).
    behind = label.window().palette().color(QPalette.ColorRole.Window)
    pixmap = QPixmap(label.size())
    pixmap.fill(behind)
    label.render(pixmap, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    picture = pixmap.toImage()
    pixels = [picture.pixelColor(x, y) for x in range(0, min(picture.width(), 200)) for y in range(picture.height())]
    return max(_contrast(pixel, behind) for pixel in pixels)


def test_f63_05_errors_and_notes_beside_fields_are_clear_on_the_dark_palette_and_follow_a_switch(qtbot, window, repo):
    """A field's error was drawn in #d1242f and a note in #9a6700 on either palette: on the dark
    one 2.9 and 3.1 times as light as the window, under the 4.5 WCAG asks of text (a red
    "Cannot save: ..." hard to read in a dim room).  They are now lighter on the dark palette,
    the amber darker on the light one, and an error shown when the palette is switched
    follows it."""
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from tests.gui.conftest import probation_client
    from ui.forms import MessageLabel
    from ui.theme import apply_theme

    app = QApplication.instance()
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    error, note = MessageLabel(), MessageLabel()
    for label in (error, note):
        layout.addWidget(label)
    holder.show()
    window.load()
    window.open_client(repo.add_client(probation_client("Noor Night")))
    save_reason = window.client_view.save_reason  # "Cannot save: ..." over the record
    try:
        for dark in (True, False, True):
            apply_theme(app, dark)
            if dark and not error.text():  # said on the dark palette first, then carried through two switches
                error.say("Not a date: write it as YYYY-MM-DD")
                note.say("Paid after the probation ended", "note")
                save_reason.setText("Cannot save: Not a date")
            qtbot.wait(20)
            seen = {label.text(): _clearest(label) for label in (error, note, save_reason)}
            assert all(contrast >= 4.5 for contrast in seen.values()), (dark, seen)
    finally:
        apply_theme(app, False)


def test_f63_06_a_conviction_s_reading_said_on_the_dark_palette_follows_a_switch_to_the_light(qtbot, window, repo):
    """Under each conviction the record reads its offense back ("PC 459 Burglary ..."), in the
    window's text colour, which was fixed when it was said: read on the dark palette (View >
    Dark), it stayed near white after the switch back to the light one, 1.1 to 1 on the light
    grey window, unreadable until the record was opened again."""
    from tests.gui.conftest import probation_client

    window.dark_action.trigger()
    try:
        window.load()
        window.open_client(repo.add_client(probation_client("Noor Night")))
        reading = window.client_view.record.case_form.convictions.rows[0].message
        qtbot.waitUntil(reading.isVisible)
        assert "459" in reading.text() and reading.kind == "plain"
        assert _clearest(reading) >= 4.5
        window.dark_action.trigger()  # back to the light palette
        qtbot.wait(20)
        assert _clearest(reading) >= 4.5
    finally:
        if window.dark_action.isChecked():
            window.dark_action.trigger()


def test_f63_07_the_report_s_copy_and_save_say_what_they_did_on_screen_and_aloud(qtbot, tmp_path, monkeypatch, announcements):
    """Caseload > Report: Copy and Save... did their work and said nothing, on the screen or to
    a screen reader: a volunteer could not tell the report was copied, nor where it was saved."""
    from PySide6.QtWidgets import QFileDialog

    from clinic_app.report import Report
    from ui.report_dialog import ReportDialog

    dialog = ReportDialog(Report(event="Compton fair", clients=1, screened=1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    heard = [said for _source, said, _how in announcements]
    assert heard and "Copied" in heard[-1]
    assert dialog.said.isVisible() and dialog.said.text() == heard[-1]
    target = tmp_path / "march.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "Text (*.txt)")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    said = f"Saved march.txt in {tmp_path.resolve()}"
    assert announcements[-1][1] == said and dialog.said.text() == said
    assert dialog.width() <= dialog.text.fontMetrics().horizontalAdvance("x" * 150) + 40  # not widened by the folder


def test_k315_03_a_big_caseloads_report_is_seen_whole_its_numbers_in_one_form(qtbot, announcements):
    """A 5,000-client demo's report, its quarter chosen, on a window 1,000 wide: the line saying
    the period's counts beside Copy was cut after "rulings made 2026-10-01 to 2026-12-31:", and
    the text read "People: 5000" beside "5,000 people" and "3963" beside "10,485 convictions".
    Every number is now grouped in the text and in what is said; the CSV and JSON keep plain
    numbers, for a spreadsheet or a script."""
    import csv
    import io
    import json
    import re
    from collections import Counter
    from datetime import date

    from PySide6.QtCore import QPoint, QRect

    from clinic_app.eligibility import RULES_VERSION
    from clinic_app.report import Report, report_csv, report_json
    from ui.report_dialog import ReportDialog

    quarter = (date(2026, 10, 1), date(2026, 12, 31))
    report = Report(event=None, clients=5000, screened=5000, convictions=10485, counted_on=date(2026, 12, 7),
                    needs_review=2556, awaiting_review=2556, outcomes=Counter(eligible_now=3963, eligible_on=709),
                    languages=Counter(en=3525, es=1475), rules_versions=Counter({RULES_VERSION: 5000}),
                    remedies={"pc1203_4": Counter(eligible=3617, eligible_on=1486)}, remedy_people=Counter(pc1203_4=3203),
                    events={"Office walk-in": 1688}, as_of_dates=Counter({date(2026, 12, 7): 5000}))
    dialog = ReportDialog(report, recount=lambda period, language=None: {
        "period": period, "petitions": Counter({"filed": 1195, None: 1195, "granted": 1002, "denied": 2, "clients": 1111}),
        "added": Counter(en=3525, es=1475), "awaiting_at_end": 1322})
    qtbot.addWidget(dialog)
    dialog.resize(1000, 620)
    dialog.show()
    dialog.period.setCurrentIndex(1)  # this quarter
    assert dialog.period.currentData() == quarter
    qtbot.wait(20)  # laid out again, the line's height for its words
    said = dialog.said
    assert said.text() == ("Petitions filed 2026-10-01 to 2026-12-31: 1,195, awaiting the court's ruling 1,195; rulings made "
                           "2026-10-01 to 2026-12-31: granted 1,002, denied 2, withdrawn 0. Pending on 2026-12-07, whenever filed: "
                           "awaiting the court's ruling 1,322, filed before 2026-10-01 127. Added to the caseload 2026-10-01 "
                           "to 2026-12-31: 5,000.")
    assert announcements[-1][1] == said.text()
    # Whole in sight: its words wrapped within it, not drawn on past its right edge.
    room = said.contentsRect()
    drawn = said.fontMetrics().boundingRect(QRect(0, 0, room.width(), 10_000), Qt.TextFlag.TextWordWrap, said.text())
    assert said.isVisible() and said.wordWrap() and drawn.height() <= room.height()
    # Over the buttons, not squeezed beside them.
    assert said.geometry().bottom() < dialog.copy_button.mapTo(dialog, QPoint(0, 0)).y()
    text = dialog.text.toPlainText()
    for line in ("People: 5,000   screened: 5,000", "Screened: 10,485 convictions", f"Rules: {RULES_VERSION} (5,000)",
                 "  Eligible now                    3,963", "  English                         3,525",
                 "Petitions filed 2026-10-01 to 2026-12-31: 1,195 (of 1,111 clients)", "  awaiting the court's ruling     1,322"):
        assert line in text, line
    # No number of four digits or more left ungrouped (a day's or the rules' year is not one).
    assert not re.findall(r"(?<![\d.,-])\d{4,}(?![\d.,-])", text.replace(RULES_VERSION, ""))
    rows = list(csv.reader(io.StringIO(report_csv(dialog.report).removeprefix("\ufeff"))))
    assert ["People", "People", "5000"] in rows and ["Languages", "English", "3525"] in rows
    assert ["Report", "Rules", f"{RULES_VERSION} (5000)"] in rows
    counts = json.loads(report_json(dialog.report))
    assert counts["clients"] == 5000 and counts["languages"] == {"en": 3525, "es": 1475}
    # Counted on 2026-12-07, this quarter's pending are said as of that day, not of its last day
    # still to come, in the text, CSV and JSON as in the spoken line (K322-01).
    assert "  Pending on 2026-12-07, whenever filed:\n" in text and "2026-12-31, whenever" not in text
    assert ["Pending on 2026-12-07, whenever filed", "Awaiting the court's ruling", "1322"] in rows
    assert counts["petitions_pending_on"] == "2026-12-07" and counts["petitions_pending_at_period_end"] == 1322


def _edge(field) -> float:
    """The contrast of a field's left edge (its clearest pixel of the first two columns, halfway
    down, as drawn by the real style) against the window behind it."""
    from PySide6.QtGui import QPalette

    from tests.gui.test_accessibility import _contrast

    picture = field.grab().toImage()
    behind = field.window().palette().color(QPalette.ColorRole.Window)
    return max(_contrast(picture.pixelColor(x, picture.height() // 2), behind) for x in range(2))


@pytest.mark.parametrize("dark", [True, False], ids=["dark", "light"])
def test_f63_08_the_record_s_fields_have_an_edge_that_is_seen(qtbot, window, repo, dark):
    """Fusion draws a field's edge a shade off the window: on the dark palette a date, a phone,
    the Notes box and the caseload's "Newly eligible since" date were an edge 1.1 times as
    light as the window, told from it only by a fill 1.1 times as dark; on the light palette
    1.7 to 2.  WCAG 1.4.11 asks 3 of what shows where a field is, as the check boxes have
    (G42-03, A43-01)."""
    from tests.gui.conftest import probation_client

    window.load()
    if dark:
        window.dark_action.trigger()
    try:
        from ui.forms import AsOfDateEdit

        since = next(box for box in window.caseload.findChildren(AsOfDateEdit) if box.isVisible())
        window.open_client(repo.add_client(probation_client("Noor Night")))
        person = window.client_view.record.person
        window.client_view.back.setFocus()  # no field has the focus, whose edge is the highlight
        qtbot.wait(20)
        fields = {"date of birth": person.dob, "phone": person.phone, "notes": person.notes}
        edges = {name: _edge(field) for name, field in fields.items()}
        window.show_caseload()
        qtbot.waitUntil(since.isVisible)
        edges["newly eligible since"] = _edge(since)
        assert all(edge >= 3 for edge in edges.values()), edges
    finally:
        if window.dark_action.isChecked():
            window.dark_action.trigger()


def test_f63_09_clients_screened_by_older_rules_are_said_aloud_when_the_caseload_is_read(qtbot, window, repo, announcements):
    """The status line says, when the caseload is read, that some clients were screened by
    older rules (their answers may have changed), with a "Re-screen now" button beside it; but
    set in the line only, a screen reader said nothing of it, and a volunteer using one took
    the list's outcomes for this version's.  It is said aloud once, not again at each reading
    while it stays the same."""
    from clinic_app.eligibility import RULES_VERSION
    from clinic_app.model import ClientSummary, Screening
    from tests.gui.conftest import TODAY, probation_client

    current = repo.add_client(probation_client("Carl Current"))
    repo.store_screening(current, Screening(as_of=TODAY, rules_version=RULES_VERSION), "facts", ClientSummary(best="blocked"))
    window.load()
    assert not any("Caseload" in said for _source, said, _how in announcements)  # nothing to say of it
    older = repo.add_client(probation_client("Olga Older", case_number="BA300001"))
    repo.store_screening(older, Screening(as_of=TODAY, rules_version="2026.01"), "facts", ClientSummary(best="blocked"))
    assert current != older
    window.load()
    said = [said for _source, said, _how in announcements if said.startswith(window.status.text())]
    assert "1 client screened by older rules" in window.status.text() and window.rescreen_button.isVisibleTo(window)
    assert len(said) == 1 and "Re-screen now" in said[0]
    window.load()  # read again, the same to say: not said again
    assert len([said for _source, said, _how in announcements if said.startswith(window.status.text())]) == 1
