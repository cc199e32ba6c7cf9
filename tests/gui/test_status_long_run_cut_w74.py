"""W74-03: a status bar message holding one run wider than the bar, which the bar's wrapping
cannot break (a Windows folder: "C:\\Users\\...\\handouts"), fitted its two lines in height
and so was taken as fitting: the run ran off the bar's right edge, clipped with no "..." and no
"(Ctrl+M for more)", and with no tooltip, as the message was not taken as cut (R74, Left
alone 4).  Such a message is now cut inside the run, and says where the rest is; a message
whose lines fit is shown whole as before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

MORE = "\u2026 (Ctrl+M for more)"
FOLDER = "C:\\Users\\paralegal\\AppData\\Local\\ClinicDesk\\handouts\\SaturdayEventDecember"


def _shown(label) -> str:
    return super(type(label), label).text()  # what is painted, not the whole text


def _lines(label, text: str) -> list[float]:
    """The width of each line `text` takes in `label`, laid out as Qt wraps it (at words)."""
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    widths = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        widths.append(line.naturalTextWidth())
    layout.endLayout()
    return widths


def _narrow(qtbot, window, width: int):
    window.resize(width, 500)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    return window.statusBar().message


def test_w74_03_a_folder_wider_than_the_bar_is_cut_with_ctrl_m_for_more(qtbot, window):
    label = _narrow(qtbot, window, 480)
    whole = f"Saved Ana-Ortiz-handout.pdf in {FOLDER}"
    window.statusBar().showMessage(whole, 8000)
    QApplication.processEvents()
    room = label.contentsRect().width()
    assert label.isVisible() and room < 480
    assert max(_lines(label, whole)) > room  # the folder alone is wider than the bar: it ran off its edge

    shown = _shown(label)
    assert label.cut()
    assert shown.endswith(MORE) and whole.startswith(shown.removesuffix(MORE))
    assert "C:\\Users" in shown  # cut inside the folder, not before it: as much as fits is shown
    assert len(_lines(label, shown)) <= 2 and max(_lines(label, shown)) <= room  # nothing off the edge
    said = QAccessible.queryAccessibleInterface(label)
    assert said.text(QAccessible.Text.Name) == whole

    # Wide enough, it is shown whole, as before.
    _narrow(qtbot, window, 1900)
    assert not label.cut() and _shown(label) == whole


@pytest.mark.parametrize("width", range(300, 1301, 50))
def test_w74_03_messages_whose_lines_fit_are_shown_whole(qtbot, window, width):
    label = _narrow(qtbot, window, width)
    for whole in ("Saved: Ana Ortiz. Best outcome now: eligible now (PC 1203.4), to file.",
                  "Saved Ana-Ortiz-handout.pdf in /home/paralegal/Documents/handouts",
                  "Re-screened 200 clients: 3 eligible now, 12 need an attorney's review. "
                  "The caseload as it was before this re-screen is kept in caseload-before-rescreen.sqlite.",
                  "Ctrl+F finds a client: a name, alias, case number or date of birth (\u201c3/2/85\u201d)."):
        window.statusBar().showMessage(whole, 8000)
        QApplication.processEvents()
        room = label.contentsRect().width()  # the message shown, as the bar lays it out
        widths = _lines(label, whole)
        if len(widths) <= 2 and max(widths) <= room:
            assert _shown(label) == whole and not label.cut(), (width, whole)
        else:
            assert _shown(label).endswith(MORE) and label.cut(), (width, whole)
    window.statusBar().clearMessage()
