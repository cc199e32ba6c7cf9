"""X77: the client window's header at 200% (a 1366 x 768 laptop: the window 667 x 344).

The red "Cannot save: ..." beside Save, empty nearly always, still held two fifths of the width
the header had to spare, so the outcome beside it wrapped in a narrow column ("· Eligible now:
PC 1203.4a dismissal, PC 1203.425 automatic relief; hearing ... held: record the ruling" in four
or five lines) and pushed the pages down (X74, left alone 2).  It now takes no width until it
says something; said, it is shown whole and a screen reader hears it as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from ui.forms import ErrorLabel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_client_window_fits_200_x74.py has it


def _open_at_200(qtbot, window, repo):
    """The demo's commonest long header: a hearing held, its ruling to record."""
    client = probation_client("Alejandra Flores", probation_end=date(2022, 5, 1))
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), hearing_on=date(2026, 11, 2))]
    window.load()
    window.open_client(repo.add_client(client))
    view = window.client_view
    qtbot.waitUntil(lambda: "record the ruling" in view.outcome.text().replace("\u00a0", " "))
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    return view


def _lines(label) -> int:
    """How many lines the label's words take at its width."""
    return round((label.heightForWidth(label.width()) - 2 * label.margin()) / label.fontMetrics().lineSpacing())


def _shown_whole(label, window) -> bool:
    """The label is shown, as high as its words need at its width, and all of it in the window."""
    inside = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
    return (label.isVisible() and label.height() >= label.heightForWidth(label.width())
            and window.rect().contains(inside))


def test_with_nothing_wrong_the_outcome_has_the_header_s_width(qtbot, window, repo):
    view = _open_at_200(qtbot, window, repo)
    reason = view.save_reason
    assert reason.text() == "" and not reason.isVisible()
    # Nothing is kept between the outcome and Save but the row's spacing: the empty label had
    # 41 pixels there, and the outcome, at its least (180), took five lines.
    spacing = view.layout().itemAt(0).layout().spacing()
    assert view.save_button.geometry().left() - view.outcome.geometry().right() - 1 == spacing
    assert _lines(view.outcome) <= 4, view.outcome.width()


def test_a_field_that_cannot_be_saved_is_said_beside_save_whole_and_to_a_screen_reader(qtbot, window, repo, monkeypatch):
    view = _open_at_200(qtbot, window, repo)
    reason = view.save_reason
    # A screen reader hears the label's words as its name changing (QLabel::setText says so):
    # the words are to be put in while it is shown, and taken out before it is hidden.
    seen_when_said = []
    put = ErrorLabel.setText
    monkeypatch.setattr(ErrorLabel, "setText", lambda label, text: (seen_when_said.append((text, label.isVisible())), put(label, text)))
    dob = view.record.person.dob
    dob.setFocus()
    dob.selectAll()
    qtbot.keyClicks(dob, "1980-02-30")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)  # said once the field is left (E27B-02)
    said = "Cannot save: Date of birth: Not a date: there is no 1980-02-30 (February 1980 has 29 days)"
    assert reason.text() == said
    qtbot.waitUntil(lambda: _shown_whole(reason, window))
    spoken = QAccessible.queryAccessibleInterface(reason)
    assert spoken.text(QAccessible.Text.Name) == said and not spoken.state().invisible
    assert (said, True) in seen_when_said
    # Put right, it goes, and the outcome has the width back.
    dob.setFocus()
    dob.selectAll()
    qtbot.keyClicks(dob, "1980-02-03")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not reason.isVisible())
    taken_out = seen_when_said[seen_when_said.index((said, True)):]
    assert reason.text() == "" and next(seen for seen in taken_out if seen[0] == "") == ("", True)
    qtbot.waitUntil(lambda: _lines(view.outcome) <= 4)


def test_x77_02_a_cannot_save_at_200_percent_keeps_the_window_on_the_laptop_s_screen(qtbot, window, repo):
    """Beside the outcome the words asked the row for their longest word's width (70 pixels)
    besides its other least widths, and the window went 696 wide where the screen leaves 667:
    Save and Handout... past its edge, "Cannot save" in a column nine lines high."""
    view = _open_at_200(qtbot, window, repo)
    reason = view.save_reason
    dob = view.record.person.dob
    dob.setFocus()
    dob.selectAll()
    qtbot.keyClicks(dob, "1980-02-30")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)
    assert reason.text().startswith("Cannot save: Date of birth: Not a date")
    qtbot.waitUntil(lambda: _shown_whole(reason, window))
    qtbot.wait(50)  # any widening the layout asks for, done
    assert window.minimumSizeHint().width() <= LAPTOP_200[0]
    assert window.width() == LAPTOP_200[0]
    for button in (view.save_button, view.handout_button):
        assert window.rect().contains(QRect(button.mapTo(window, button.rect().topLeft()), button.size()))
    assert _lines(reason) <= 2  # across the window, not a column
    assert window.minimumSizeHint().height() <= LAPTOP_200[1]
    # With room (the window at 100% on the same laptop), it stands beside the outcome, as ever.
    window.resize(1350, 728)
    qtbot.waitUntil(lambda: reason.geometry().top() < view.save_button.geometry().bottom())
    assert _shown_whole(reason, window) and reason.geometry().left() > view.outcome.geometry().right()
    # Put right, then narrowed to the laptop's 200% again: a new "Cannot save" goes under the row.
    for typed in ("1980-02-03", "1980-02-31"):
        dob.setFocus()
        dob.selectAll()
        qtbot.keyClicks(dob, typed)
        qtbot.keyClick(dob, Qt.Key.Key_Tab)
        if typed == "1980-02-03":
            qtbot.waitUntil(lambda: not reason.isVisible())
            # The window's least width is its layout's once that has taken the label out.
            qtbot.waitUntil(lambda: window.minimumSize().width() <= LAPTOP_200[0])
            window.resize(*LAPTOP_200)
            qtbot.waitUntil(lambda: window.width() == LAPTOP_200[0])
    qtbot.waitUntil(lambda: _shown_whole(reason, window))
    qtbot.wait(50)
    assert window.width() == LAPTOP_200[0] and reason.geometry().top() > view.save_button.geometry().bottom()
