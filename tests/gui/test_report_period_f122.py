"""F122-06: the window's report (Caseload > Report) could not choose a funder's quarter: only
`clinic-app report --period` at a terminal could.  A "Petitions and rulings of" box above the
report offers all, this quarter and the last, this month and the last; choosing one counts the
petitions filed and the rulings made in it, the rest of the report as it was, and Save writes
what is shown."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from clinic_app.model import Petition
from db.rescreen import rescreen_caseload
from tests.automatic_relief import arrest_relief_only, to_file
from tests.gui.conftest import TODAY, report_shown, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def sealed_report_shown(qtbot, window, repo, monkeypatch):
    """Caseload > Report of one client whose arrest sealing, filed 2026-08-03, was granted
    2026-10-20 (last quarter's filing, this quarter's ruling): the dialog shown."""
    sealed = arrest_relief_only()
    sealed.cases[0].petitions = [Petition("pc851_91", date(2026, 8, 3), ruling="granted", ruling_on=date(2026, 10, 20))]
    repo.add_clients([sealed])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    return report_shown(qtbot, window, monkeypatch)


def test_f122_06_the_windows_report_counts_the_quarter_chosen(qtbot, window, repo, monkeypatch, tmp_path):
    sealed, dismissed = arrest_relief_only(), to_file()
    # Filed last quarter (July to September), granted this one (2026-10-01 to 2026-12-31).
    sealed.cases[0].petitions = [Petition("pc851_91", date(2026, 8, 3), ruling="granted", ruling_on=date(2026, 10, 20))]
    dismissed.cases[0].petitions = [Petition("pc1203_4", date(2026, 7, 1), ruling="granted", ruling_on=date(2026, 9, 1))]
    repo.add_clients([sealed, dismissed])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    assert "Petitions filed: 2 (petitions, not people; of 2 clients)" in dialog.text.toPlainText()
    assert dialog.period.accessibleName() == "Petitions and rulings of"
    qtbot.keyClick(dialog.period, "T")  # "This quarter (2026-10-01 to 2026-12-31)", from the keyboard
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)  # chosen: counted at once, not after the pause (K326-03)
    text = dialog.text.toPlainText()
    assert dialog.period.currentText() == "This quarter (2026-10-01 to 2026-12-31)"
    assert "Petitions filed 2026-10-01 to 2026-12-31: 0\n" in text
    assert "  Arrests sealed (PC 851.91 petitions granted 2026-10-01 to 2026-12-31): 1\n" in text
    assert "PC 1203.4 dismissal" not in text
    assert "People: 2   screened: 2" in text  # the people as they were
    saved = tmp_path / "quarter.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), "JSON (*.json)"))
    dialog.save()
    counts = json.loads(saved.read_text(encoding="utf-8"))
    assert counts["period"] == {"from": "2026-10-01", "to": "2026-12-31"}
    assert counts["petitions_by_relief"] == {"pc851_91": {"filed": 0, "awaiting": 0, "granted": 1, "denied": 0, "withdrawn": 0}}
    dialog.close()


def test_a125_01_a_period_chosen_by_the_arrows_says_its_counts(qtbot, window, repo, monkeypatch, announcements):
    """Chosen with the arrows, the period was heard by its name alone: the petitions and rulings
    it counts changed in the text, away from the focus, and a screen-reader user heard nothing
    of them; the words beside Copy still said "Copied the report", of the period before."""
    sealed = arrest_relief_only()
    sealed.cases[0].petitions = [Petition("pc851_91", date(2026, 8, 3), ruling="granted", ruling_on=date(2026, 10, 20))]
    # Added in the quarter, whatever this computer's day: said with its petitions (T140-01).
    monkeypatch.setattr(repo, "_clock", lambda: datetime(2026, 11, 2, 12, tzinfo=timezone.utc))
    repo.add_clients([sealed])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    dialog.copy()
    dialog.period.setFocus()
    announcements.clear()
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)  # "This quarter (2026-10-01 to 2026-12-31)"
    qtbot.waitUntil(lambda: bool(announcements))  # once the arrow keys pause (K326-03)

    said = ("Petitions filed 2026-10-01 to 2026-12-31: 0, awaiting the court's ruling 0; "
            "rulings made 2026-10-01 to 2026-12-31: granted 1, denied 0, withdrawn 0. "
            # Pending as of the window's day, 2026-11-22: the quarter's last day has not come (K322-01).
            "Pending on 2026-11-22, whenever filed: awaiting the court's ruling 0, filed before 2026-10-01 0. "
            "Added to the caseload 2026-10-01 to 2026-12-31: 1.")
    assert [message for _source, message, _politeness in announcements] == [said]
    assert dialog.said.text() == said
    qtbot.keyClick(dialog.period, Qt.Key.Key_Up)  # all of them again
    qtbot.waitUntil(lambda: len(announcements) == 2)
    assert announcements[-1][1] == ("Petitions filed: 1, awaiting the court's ruling 0; "
                                    "rulings: granted 1, denied 0, withdrawn 0.")
    dialog.close()


def test_k315_02_the_windows_report_counts_one_languages_clients_as_report_language_does(qtbot, window, repo, monkeypatch,
                                                                                            announcements):
    """`clinic-app report --language es` counts a handout language's clients alone, for a
    funder's form that asks each count of English and of Spanish speakers: the window had no
    such choice.  It follows the list's Language filter, as it does the Event filter, and its
    own Language box (Alt+L) counts again, the period chosen kept."""
    from PySide6.QtWidgets import QLabel

    from ui import tasks

    sealed, dismissed = arrest_relief_only(), to_file()
    sealed.language = "es"
    sealed.cases[0].petitions = [Petition("pc851_91", date(2026, 8, 3), ruling="granted", ruling_on=date(2026, 10, 20))]
    repo.add_clients([sealed, dismissed])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    window.caseload.language.setCurrentIndex(window.caseload.language.findData("es"))
    assert window.report_action.text() == "Repor&t for the whole caseload: Spanish speakers..."
    dialog = report_shown(qtbot, window, monkeypatch)
    text = dialog.text.toPlainText()
    assert text.startswith("Whole caseload: Spanish speakers\n") and "People: 1 " in text
    assert dialog.windowTitle() == "Report: whole caseload: Spanish speakers"
    assert dialog.language.currentText() == "Spanish"
    assert [label.buddy() for label in dialog.findChildren(QLabel) if label.text() == "&Language:"] == [dialog.language]
    qtbot.keyClick(dialog.period, "T")  # this quarter: of the Spanish speakers still
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    assert "  Arrests sealed (PC 851.91 petitions granted 2026-10-01 to 2026-12-31): 1\n" in dialog.text.toPlainText()
    # Save offers a name of the language counted, as of the period (T140-03): the English
    # speakers' report, saved next, was offered the Spanish one's name, over it (R318-03).
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _parent, _title, suggested, _types: offered.append(suggested) or ("", ""))
    dialog.save()

    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # English: counted again, on its worker
    qtbot.waitUntil(lambda: not tasks._running and dialog.report.language == "en", timeout=30_000)
    text = dialog.text.toPlainText()
    assert text.startswith("Whole caseload: English speakers\n") and "People: 1 " in text
    assert "Petitions filed 2026-10-01 to 2026-12-31: 0\n" in text and "Arrests sealed" not in text  # the quarter kept
    said = ("English speakers: 1 person. Petitions filed 2026-10-01 to 2026-12-31: 0, awaiting the court's ruling 0; "
            "rulings made 2026-10-01 to 2026-12-31: granted 0, denied 0, withdrawn 0. Pending on 2026-11-22, whenever "
            "filed: awaiting the court's ruling 0, filed before 2026-10-01 0. Added to the caseload")  # by this clock
    assert dialog.said.text().startswith(said) and announcements[-1][1] == dialog.said.text()
    dialog.save()
    assert [Path(name).name for name in offered] == ["report-caseload-spanish-2026-Q4.txt",
                                                             "report-caseload-english-2026-Q4.txt"]
    dialog.language.setCurrentIndex(0)  # Any language: the whole caseload again
    qtbot.waitUntil(lambda: not tasks._running and dialog.report.language is None, timeout=30_000)
    assert dialog.text.toPlainText().startswith("Whole caseload\n") and dialog.windowTitle() == "Report: whole caseload"
    assert "People: 2 " in dialog.text.toPlainText()

    # Any language to Spanish by Down, Down: English was counted first, behind its progress
    # (the second Down went to the progress), and then Spanish (K323-01).  Spanish alone is
    # counted, once the keys pause, and said as before.
    counted = []
    each_run = tasks.run_with_progress
    monkeypatch.setattr(tasks, "run_with_progress", lambda parent, title, *args, **kw: counted.append(title)
                        or each_run(parent, title, *args, **kw))
    show_active(qtbot, dialog)
    dialog.language.setFocus()
    announcements.clear()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "Spanish" and not counted
    qtbot.waitUntil(lambda: not tasks._running and dialog.report.language == "es", timeout=30_000)
    assert counted == ["Counting Spanish speakers"]
    assert [said for _source, said, _politeness in announcements] == [dialog.said.text()]
    assert dialog.said.text().startswith("Spanish speakers: 1 person. ")
    # Up, then Tab away at once: counted as the keyboard leaves, not after the pause.
    show_active(qtbot, dialog)  # as closing its progress does on a desktop (offscreen: no window is)
    dialog.language.setFocus()
    qtbot.waitUntil(dialog.language.hasFocus)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Tab)
    assert counted[-1] == "Counting English speakers"
    qtbot.waitUntil(lambda: not tasks._running and dialog.report.language == "en", timeout=30_000)
    # Chosen from the open list: counted at once, as before.
    dialog.language.showPopup()
    view = dialog.language.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    assert counted[-1] == "Counting every language"
    qtbot.waitUntil(lambda: not tasks._running and dialog.report.language is None, timeout=30_000)
    # Down, then Enter: counted at once, the choice made.
    show_active(qtbot, dialog)
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
    assert counted[-1] == "Counting English speakers"
    qtbot.waitUntil(lambda: not tasks._running and dialog.report.language == "en", timeout=30_000)
    # Down, then Escape: nothing counted for a window closed.
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Escape)
    qtbot.wait(600)
    assert len(counted) == 4 and not tasks._running and not dialog.isVisible()
    dialog.close()


def test_k326_03_the_period_box_counts_once_the_arrow_keys_pause(qtbot, window, repo, monkeypatch, announcements):
    """Stepped through with the arrow keys, the Period box counted the petitions again at each
    step (3-10 ms each on the window's own thread, keys waiting behind it), and said each
    period's counts aloud, the ones passed over too (K326-03).  As the Language box (K323-01):
    counted once the keys pause, or at Enter, or as Tab leaves the box; the same words said."""
    dialog = sealed_report_shown(qtbot, window, repo, monkeypatch)
    counted = []
    each_count = dialog.recount
    dialog.recount = lambda period, language=None: counted.append(period) or each_count(period, language)
    show_active(qtbot, dialog)
    dialog.period.setFocus()
    qtbot.waitUntil(dialog.period.hasFocus)
    announcements.clear()
    for _step in range(3):  # all, this quarter, last quarter, this month
        qtbot.keyClick(dialog.period, Qt.Key.Key_Down)
    assert dialog.period.currentText() == "This month (2026-11-01 to 2026-11-30)"
    assert not counted and not announcements and "Petitions filed: 1 " in dialog.text.toPlainText()
    qtbot.waitUntil(lambda: bool(counted))
    assert counted == [(date(2026, 11, 1), date(2026, 11, 30))]
    assert [said for _source, said, _politeness in announcements] == [
        "Petitions filed 2026-11-01 to 2026-11-30: 0, awaiting the court's ruling 0; rulings made 2026-11-01 to "
        "2026-11-30: granted 0, denied 0, withdrawn 0. Pending on 2026-11-22, whenever filed: awaiting the court's "
        "ruling 0, filed before 2026-11-01 0. Added to the caseload 2026-11-01 to 2026-11-30: 0."]
    assert "Petitions filed 2026-11-01 to 2026-11-30: 0\n" in dialog.text.toPlainText()
    # Up, then Enter: counted at once.  Down and Up again: the period shown, nothing counted.
    qtbot.keyClick(dialog.period, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    assert counted[-1] == (date(2026, 7, 1), date(2026, 9, 30)) and len(announcements) == 2  # last quarter
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    assert len(counted) == 2 and len(announcements) == 2
    # Down, then Tab away at once: counted as the keyboard leaves.
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Tab)
    assert counted[-1] == (date(2026, 11, 1), date(2026, 11, 30)) and len(announcements) == 3
    # Down, then Escape: nothing counted for a window closed.
    dialog.period.setFocus()
    qtbot.waitUntil(dialog.period.hasFocus)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Escape)
    # No step left to count once the pause has passed (no half-second waited out to see it).
    assert not dialog.period.settle()
    assert len(counted) == 3 and not dialog.isVisible()
    dialog.close()


def test_a333_01_copy_or_save_at_once_after_an_arrow_step_is_of_the_period_the_box_shows(
        qtbot, window, repo, monkeypatch, tmp_path, announcements):
    """Down in the Period box, then Alt+C (Copy) before the half-second pause: the Copy button's
    shortcut leaves the keyboard in the box, and the report of All went to the clipboard while
    the box said This quarter; Alt+S named the file of All and wrote This quarter's counts in it
    (K326-03's pause).  The step is counted first: what is copied or saved is what the box shows."""
    from PySide6.QtGui import QGuiApplication

    dialog = sealed_report_shown(qtbot, window, repo, monkeypatch)
    show_active(qtbot, dialog)
    dialog.period.setFocus()
    qtbot.waitUntil(dialog.period.hasFocus)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)  # "This quarter (2026-10-01 to 2026-12-31)"
    qtbot.keyClick(dialog.period, "c", Qt.KeyboardModifier.AltModifier)  # Copy, at once
    qtbot.waitUntil(lambda: dialog.said.text().startswith("Copied"), timeout=2000)
    assert dialog.period.hasFocus()
    assert "Petitions filed 2026-10-01 to 2026-12-31: 0\n" in QGuiApplication.clipboard().text()
    assert dialog.said.text() == "Copied the report: paste it where it is needed."
    # No step left to count once the pause has passed, over the copy said (no half-second waited).
    assert not dialog.period.settle()
    assert dialog.said.text() == "Copied the report: paste it where it is needed."
    # Down (this month), then Alt+S: the file named and filled of this month.
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, name, _types: offered.append(name) or (str(tmp_path / Path(name).name), "Text (*.txt)"))
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)  # last quarter
    qtbot.keyClick(dialog.period, "s", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(offered), timeout=2000)
    qtbot.waitUntil(lambda: dialog.said.text().startswith("Saved"), timeout=2000)
    (name,) = offered
    assert Path(name).name == "report-caseload-2026-Q3.txt", name
    written = (tmp_path / Path(name).name).read_text(encoding="utf-8")
    assert "Petitions filed 2026-07-01 to 2026-09-30: 1 (of 1 client)\n" in written
    # The Language box's step, counted behind its progress: copied once counted, not before.
    from ui import tasks

    dialog.language.setFocus()
    qtbot.waitUntil(dialog.language.hasFocus)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # Any language -> English
    qtbot.keyClick(dialog.language, "c", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not tasks._running and dialog.said.text().startswith("Copied"), timeout=30_000)
    assert QGuiApplication.clipboard().text().startswith("Whole caseload: English speakers\n")
    dialog.close()


def test_a333_04_enter_in_the_period_box_chooses_and_copies_nothing(qtbot, window, repo, monkeypatch, announcements):
    """README says a step in the Period box is counted "at Enter": pressed within the pause it
    was, and pressed once the counts had been heard, it went to the window's Copy button, put the
    report on the clipboard over what the user had there and said "Copied the report".  Enter in
    either box chooses what it shows, at any time; Alt+C copies."""
    from PySide6.QtGui import QGuiApplication

    from ui import tasks

    dialog = sealed_report_shown(qtbot, window, repo, monkeypatch)
    show_active(qtbot, dialog)
    QGuiApplication.clipboard().setText("the user's own words")
    for box in (dialog.period, dialog.language):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        announcements.clear()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: bool(announcements), timeout=30_000)  # counted once the keys paused, and said
        qtbot.waitUntil(lambda: not tasks._running, timeout=30_000)
        show_active(qtbot, dialog)  # as closing the language's progress does on a desktop (offscreen: no window is)
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.wait(20)
        assert QGuiApplication.clipboard().text() == "the user's own words"
        assert not dialog.said.text().startswith("Copied") and dialog.isVisible() and box.hasFocus()
    dialog.close()


def test_k342_03_copy_or_save_waiting_on_a_language_count_stopped_is_not_done(
        qtbot, window, repo, monkeypatch, tmp_path, announcements):
    """A333-01's promise no test tried (Q339): Alt+C or Alt+S pressed while the Language box's
    step is counted is done once it is counted, "not at all if the count is stopped".  The
    count stopped (its progress's Stop: `not_counted`), a count finished later (English chosen
    again) copies nothing over the user's clipboard and offers no file."""
    from dataclasses import replace

    from PySide6.QtGui import QGuiApplication

    dialog = sealed_report_shown(qtbot, window, repo, monkeypatch)
    asked = []
    dialog.count_language = lambda _dialog, language, _period: asked.append(language)  # behind its progress
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, name, _types: offered.append(name) or (str(tmp_path / Path(name).name), "Text (*.txt)"))
    show_active(qtbot, dialog)
    QGuiApplication.clipboard().setText("the user's own words")
    for key in ("c", "s"):  # Copy, then Save
        dialog.language.setFocus()
        qtbot.waitUntil(dialog.language.hasFocus)
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # Any language -> English
        qtbot.keyClick(dialog.language, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: asked == ["en"], timeout=2000)  # the button's click, a moment after its Alt key
        assert dialog.language.currentText() == "English"
        asked.clear()
        dialog.not_counted()  # Stop pressed on "Counting English speakers"
        assert dialog.language.currentIndex() == 0  # back on Any language, the report shown
        dialog.counted(replace(dialog.report, language="en"))  # English counted later, chosen again
        assert QGuiApplication.clipboard().text() == "the user's own words"
        assert not offered and not dialog.said.text().startswith(("Copied", "Saved"))
        dialog.counted(replace(dialog.report, language=None))
    dialog.close()
