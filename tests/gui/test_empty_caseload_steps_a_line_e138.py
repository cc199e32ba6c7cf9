"""E138-01: a fresh install's empty caseload gave its first steps as one paragraph, five or six
sentences run together above the empty list: a first-time volunteer read it whole to find the
one menu path wanted (the import, the restore, the demo).  Each step is on a line of its own
now, in the same words, and at 15 pt on a laptop at 200% the words still fit the page's width
and the list stays in sight under them."""

from __future__ import annotations

from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font

# Each step's menu path, in the order the lines give them.
STEPS = ["File > New client (Ctrl+N)", "Caseload > Clinic intake mode (Ctrl+I)", "File > Import clients...", "File > Restore from backup...",
         "File > Clinic details...", "File > Encrypt caseload...", "File > Open demo caseload",
         # The how-to a volunteer new to the program looks for, which the empty list did not name (K246-04).
         "Help > First steps"]


def _steps_said(window) -> list[str]:
    window.load()
    assert window.caseload.empty.isVisible()
    return window.caseload.empty_label.text().split("\n")


def test_each_first_step_of_the_empty_caseload_is_a_line_of_its_own(qtbot, window):
    lines = _steps_said(window)
    assert lines[0].startswith("No clients yet: add one with File > New client")  # the ways in, first, as before
    # Starting intake mode is a line of its own since S140-02: "add one ..., start intake ...," ran
    # over two lines, the second begun "or bring in ...".
    assert [next(step for step in STEPS if step in line) for line in lines] == STEPS  # one step to a line, in order
    assert all(sum(step in line for step in STEPS) == 1 for line in lines)
    assert all(line == line.strip() for line in lines)  # no line begun or ended with a stray space


def test_a_step_done_is_a_line_gone_not_a_gap(qtbot, window, repo):
    """The clinic's details given: their line goes, and no empty line is left where it was."""
    repo.set_setting("clinic_phone", "(510) 555-0142")
    repo.set_setting("clinic_address", "1 Main St, Oakland, CA")
    lines = _steps_said(window)
    assert not any("File > Clinic details..." in line for line in lines)
    assert all(lines) and len(lines) == len(STEPS) - 1


def test_the_steps_a_line_fit_a_laptop_at_200_percent_the_list_in_sight(qtbot, repo, monkeypatch):
    from tests.gui.test_client_header_large_font_s100 import laptop_window

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(15):
        window = laptop_window(qtbot, repo)
        qtbot.wait(100)
        view = window.caseload
        said, words = view.empty_label, view.empty_words
        assert said.text().count("\n") == len(STEPS) - 1 and said.isVisible()
        assert said.width() <= words.viewport().width()  # wrapped to the page: nothing scrolls sideways
        assert view.width() <= window.width()
        # Six lines asked no more of the page than the paragraph did: the window grew past the
        # laptop's screen, 16 pixels higher, where the words asked each line's height at least.
        assert window.height() <= LAPTOP_200.height() and window.width() <= LAPTOP_200.width()
        assert said.visibleRegion().boundingRect().top() == 0  # from its first line
        table = view.table
        shown = table.visibleRegion().boundingRect()
        assert table.isVisible() and shown.height() >= (table.horizontalHeader().height()
                                                         + table.verticalHeader().defaultSectionSize())  # the list in sight
