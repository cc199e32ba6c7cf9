"""S105: what S104 left on a 1366 x 768 laptop at 200% scaling (667 x 344 for a window inside
its frame) with Windows' larger text (10.5 to 15 pt), measured as S104 measured: the room
patched to the laptop's, the program's font set before the window is made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from clinic_app.merging import merge_into
from tests.gui.conftest import show_active
from tests.gui.test_dialogs_large_font_s104 import opened_within_the_laptop
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from tests.gui.test_merge_dialog_room_for_the_merge_m89 import _rosa_s_two_records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _holders(widget):
    while (widget := widget.parentWidget()) is not None:
        yield widget


def _whole_in_sight(widget) -> bool:
    """Shown, at least as tall as its words need, and none of it scrolled or cut away."""
    needed = widget.heightForWidth(widget.width()) if isinstance(widget, QLabel) else 0
    return (widget.isVisible() and widget.height() >= needed
            and widget.visibleRegion().boundingRect().size() == widget.size())


@pytest.mark.parametrize("points", [10.5, 12, 15])
def test_s105_01_the_merge_dialog_s_words_are_whole_on_a_laptop_at_200_percent(qtbot, monkeypatch, points):
    """At 15 pt the intro ("Keep id 61 … Edit > Undo puts both back") and the line on which
    record came by import were squeezed to 52 of the 72 pixels their three lines need, their
    first and last lines cut.  What the dialog says scrolls over its buttons now, each line
    whole; what the merge does keeps a few lines of its own."""
    from ui.merge_dialog import MergeDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        mine, theirs = _rosa_s_two_records()
        dialog = opened_within_the_laptop(qtbot, MergeDialog(mine, [(theirs, merge_into(mine, theirs))]))
        assert dialog.rect().contains(dialog.merge_button.geometry().translated(dialog.merge_button.parentWidget().pos()))
        intro = dialog.findChildren(QLabel)[0]
        assert intro.text().startswith("Keep id 61")
        # Each is whole where it is scrolled to: the keyboard's Tab or Alt+W brings it.
        assert intro.height() >= intro.heightForWidth(intro.width())
        assert dialog.origin.height() >= dialog.origin.heightForWidth(dialog.origin.width())
        assert _whole_in_sight(intro)  # as it opens: its first line not cut at the top
        preview = dialog.preview
        assert preview.height() >= 3 * preview.fontMetrics().lineSpacing()
        # Alt+W brings its first lines into sight (Qt scrolls a text box's cursor into sight),
        # and all of it fits what the dialog shows, scrolled.
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is preview
        shown = preview.visibleRegion().boundingRect()
        assert shown.top() == 0 and shown.height() >= 3 * preview.fontMetrics().lineSpacing()
        page = next((w for w in _holders(preview) if isinstance(w, QScrollArea)), dialog)
        assert preview.height() <= page.height()


def test_s105_01_with_room_the_merge_dialog_scrolls_nothing(qtbot):
    from ui.merge_dialog import MergeDialog

    mine, theirs = _rosa_s_two_records()
    dialog = MergeDialog(mine, [(theirs, merge_into(mine, theirs))])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    page = next(w for w in _holders(dialog.preview) if isinstance(w, QScrollArea))
    assert page.verticalScrollBar().maximum() == 0
    assert dialog.preview.height() > 200  # the dialog's spare height, as before (M89-03)


@pytest.mark.parametrize("points", [10.5, 12, 15])
def test_s105_03_remedies_at_a_glance_says_what_its_tags_mean_whole_on_a_laptop_at_200_percent(qtbot, monkeypatch, points):
    """At 15 pt the legend under the panes ("[M]: medium confidence …", four lines) was
    squeezed to 82 of its 96 pixels, its first and last lines cut, the panes already at their
    least.  Where the window has not the room for it whole under the panes, it is said at the
    foot of the remedy's lines, which scroll; where it has, it stays under them, whole."""
    from ui.remedy_guide import RemedyGuideWindow

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        window = opened_within_the_laptop(qtbot, RemedyGuideWindow())
        legend = window.legend
        if legend.isVisible():
            assert legend.height() >= legend.heightForWidth(legend.width())
            assert window.guide.legend not in window.entry.toPlainText()
        else:
            assert window.guide.legend in " ".join(window.entry.toPlainText().split())
            window.search.setText("zzzz-no-such-remedy")  # a search that finds nothing says so, and no legend
            assert window.guide.legend not in window.entry.toPlainText()
            window.search.clear()
            assert window.guide.legend in " ".join(window.entry.toPlainText().split())
        assert window.split.height() >= window.split.minimumSizeHint().height()
    if points == 15:
        assert not legend.isVisible()  # four lines over panes already at their least: no room


def test_s105_03_with_room_the_legend_stays_under_the_panes(qtbot):
    from ui.remedy_guide import RemedyGuideWindow

    window = RemedyGuideWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.legend.isVisible() and window.guide.legend not in window.entry.toPlainText()


# A case's counts as the Record tab names them, one no longer on the case (S66).
COUNTS = {f"c1-{n}": words for n, words in enumerate(
    ["PC 459", "PC 484(a)", "VC 23152(b)", "HS 11350(a) (no longer on the case)", "PC 148(a)(1)", "PC 242", "PC 594(a)",
     "PC 647(f)"], 1)}


@pytest.mark.parametrize("points", [10.5, 12, 15])
@pytest.mark.parametrize("count", [2, 3, 8])
def test_s105_04_granted_in_part_fits_a_laptop_at_200_percent_its_buttons_on_the_screen(qtbot, monkeypatch, points, count):
    """The dialog never asked the screen for its size: for a petition of eight counts it opened
    421, 454 and 533 pixels high at 10.5, 12 and 15 pt, and at 15 pt three counts made it 354,
    where the room is 344: Record the ruling and Cancel under the screen's edge.  It opens
    within the room now, the counts and the ruling's day scrolling over the buttons, each
    brought into sight as Tab comes to it."""
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.granted_in_part import GrantedInPartDialog

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        dialog = opened_within_the_laptop(qtbot, GrantedInPartDialog(dict(list(COUNTS.items())[:count]), date(2025, 1, 2)))
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
            button = dialog.buttons.button(which)
            assert dialog.rect().contains(QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())), which
        first = next(iter(dialog.boxes.values()))
        first.setFocus()
        for widget in [*dialog.boxes.values(), dialog.ruled]:
            assert dialog.focusWidget() is widget
            assert widget.visibleRegion().boundingRect().size() == widget.size(), widget
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        intro = dialog.findChildren(QLabel)[0]
        assert intro.height() >= intro.heightForWidth(intro.width())  # not squeezed to fit


def test_s105_04_with_room_granted_in_part_opens_at_its_usual_size(qtbot):
    from datetime import date

    from ui.granted_in_part import GrantedInPartDialog

    dialog = GrantedInPartDialog(COUNTS, date(2025, 1, 2))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert all(box.visibleRegion().boundingRect().size() == box.size() for box in dialog.boxes.values())
    assert all(page.verticalScrollBar().maximum() == 0 for page in dialog.findChildren(QScrollArea))  # nothing scrolls


@pytest.mark.parametrize("points", [10.5, 12, 15])
def test_s105_05_the_empty_caseload_s_guidance_is_whole_on_a_laptop_at_200_percent(qtbot, repo, monkeypatch, points):
    """At 15 pt the first window on an empty caseload gave "No clients yet: add one with …"
    128 of the 216 pixels its nine lines need, its first line cut at the top and the last ones
    (Clinic details, File > Open demo caseload) out of sight, the list and the filters already
    at their least.  The words are whole now, from their first line, the rest scrolled to."""
    from tests.gui.test_client_header_large_font_s100 import laptop_window

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        window = laptop_window(qtbot, repo)
        qtbot.wait(100)
        said = window.caseload.empty_label
        assert said.text().startswith("No clients yet") and said.isVisible()
        assert said.height() >= said.heightForWidth(said.width())  # no line squeezed
        shown = said.visibleRegion().boundingRect()
        assert shown.top() == 0 and shown.height() >= 3 * said.fontMetrics().lineSpacing()  # from its first line
        scroll = next((w for w in _holders(said) if isinstance(w, QScrollArea)), None)
        if scroll is not None:
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            shown = said.visibleRegion().boundingRect()
        assert shown.bottom() == said.height() - 1  # the last line reached ("File > Open demo caseload")


def _tabbed_to(qtbot, window, widget, most: int = 40) -> bool:
    """Tab pressed from the caseload's search box, on round the window, until `widget` has the
    keyboard (True) or it has come round `most` times without (False)."""
    window.caseload.search.setFocus()
    qtbot.waitUntil(window.caseload.search.hasFocus)
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if widget.hasFocus():
            return True
    return False


def test_r106_02_the_empty_caseload_s_guidance_scrolled_is_reached_by_the_keyboard(qtbot, repo, monkeypatch):
    """R106-02: where the words scroll (15 pt at 200%), nothing in them took the keyboard, so
    the last lines ("File > Open demo caseload") were the mouse's alone.  Tab comes to them now,
    their tip saying how to scroll, and Down and Page Down bring the last line into sight."""
    from tests.gui.test_client_header_large_font_s100 import laptop_window
    from ui.page_scroll import WORDS_SCROLLED

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(15):
        window = laptop_window(qtbot, repo)
        show_active(qtbot, window)
        qtbot.wait(100)
        words = window.caseload.empty_words
        bar = words.verticalScrollBar()
        assert bar.maximum() > 0  # the premise: they scroll
        assert _tabbed_to(qtbot, window, words)
        assert words.toolTip() == WORDS_SCROLLED and words.accessibleName() == "Why the list is empty"
        for _ in range(20):
            qtbot.keyClick(words, Qt.Key.Key_PageDown)
        assert bar.value() == bar.maximum()
        said = window.caseload.empty_label
        assert said.visibleRegion().boundingRect().bottom() == said.height() - 1  # the last line in sight


def test_r106_02_the_empty_caseload_s_guidance_whole_is_no_stop_of_tab(qtbot, window):
    """Where the words have their room, as before: Tab passes them by, and they have no tip."""
    window.load()
    show_active(qtbot, window)
    words = window.caseload.empty_words
    assert words.isVisible() and words.verticalScrollBar().maximum() == 0
    assert not _tabbed_to(qtbot, window, words)
    assert words.toolTip() == ""
