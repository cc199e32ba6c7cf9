"""W249 (J216's narrow New client pane): a volunteer on a 1366 x 768 laptop at 125% (the window
1077 x 536) opened a client, then File > New client.  The Record tab's two panes keep the share
they were given, and a client with a case had given the case form all but the client pane's
least width: the New client page kept it, the client pane 366 pixels at the left and "No case
yet: add one with ..." alone in the 687 at the right; the Name field's "The client needs a
name" wrapped onto three lines beside it."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

LAPTOP_125 = (1093 - 16, 614 - 40 - 38)  # less the window's frame and title bar and a taskbar


def _a_client_with_a_case_on_the_laptop(qtbot, window, repo):
    """The window at the laptop's room, a client with a case opened: her id and the Record tab."""
    window.resize(*LAPTOP_125)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_125)
    window.load()
    rosa = repo.add_client(probation_client("Rosa Martinez"))
    window.open_client(rosa)
    record = window.client_view.record
    qtbot.waitUntil(lambda: record.case_scroll.isVisible())
    return rosa, record


def test_w249_03_a_new_client_after_one_with_a_case_has_the_client_pane_its_fields_ask(qtbot, window, repo):
    rosa, record = _a_client_with_a_case_on_the_laptop(qtbot, window, repo)
    with_a_case = record.split.sizes()
    window.new_client()
    qtbot.waitUntil(lambda: record.no_case.isVisible())
    message = record.person.rows["name"].message
    qtbot.waitUntil(lambda: message.isVisible())
    assert message.text() == "The client needs a name"
    # On one line beside the field, as on a New client page made first: no taller than it.  An
    # assertion waited on, so a failure names the heights and the pane, not only "timed out" (K276-03).
    def on_one_line_beside_the_name():
        assert message.height() <= record.person.name.height(), (
            f"\"The client needs a name\" wrapped: {message.height()} px tall beside a Name field of "
            f"{record.person.name.height()} px, the client pane {record.split.sizes()[0]} of {sum(record.split.sizes())} px")

    qtbot.waitUntil(on_one_line_beside_the_name, timeout=2000)
    # The note at the right still whole, and on its one line as the room was meant to leave it:
    # its width was measured by the letters' advance, a pixel short of the line Qt lays out,
    # and "cases." went alone onto a second line (R256-01).
    note = record.no_case
    assert note.height() >= note.heightForWidth(note.width())
    assert note.heightForWidth(note.width()) == note.heightForWidth(10_000)
    # A client with a case opened after it: the case form has the room it had before, not
    # what was left beside the New client's fields.
    window.open_client(rosa)
    qtbot.waitUntil(lambda: record.case_scroll.isVisible())
    assert record.split.sizes() == with_a_case


def test_r256_02_panes_given_over_by_the_view_menu_are_the_users_as_a_drag_is(qtbot, window, repo):
    """View > Give the pane in use more room, chosen in a case, then File > New client: the page
    widened the client pane over the sizes the item had given, the item still said "Put the panes
    back", and put back, the next client's case was shown at the given share (3/4) with the item
    saying "Give the pane in use more room" again, which then changed nothing: the split was stuck
    until the divider was dragged.  Given over on the widened page, the next case put back to the
    widened sizes.  The panes a user set from the keyboard are kept, as dragged, and put back
    they are the case form's share."""
    from ui.panes import give_more_room_or_put_back, is_given_over

    rosa, record = _a_client_with_a_case_on_the_laptop(qtbot, window, repo)
    split = record.split
    with_a_case = split.sizes()
    window.new_client()
    qtbot.waitUntil(lambda: record.no_case.isVisible())
    new_client_page = split.sizes()  # W249-03's, the client pane widened
    window.open_client(rosa)
    qtbot.waitUntil(lambda: record.case_scroll.isVisible())
    give_more_room_or_put_back(split, 1)  # what the View menu's item does, the case form in use
    given = split.sizes()
    window.new_client()
    qtbot.waitUntil(lambda: record.no_case.isVisible())
    assert split.sizes() == given and is_given_over(split)
    give_more_room_or_put_back(split, 0)  # "Put the panes back"
    # Put back on the New client page, the page's room, not the case form's: the client's fields
    # in their least, the Name field's message on three lines, W249-03's fault again (R259-02).
    assert split.sizes() == new_client_page != with_a_case
    window.open_client(rosa)
    qtbot.waitUntil(lambda: record.case_scroll.isVisible())
    assert split.sizes() == with_a_case and not is_given_over(split)
    # Given over on the widened New client page, then a client with a case: the user's sizes
    # kept, and put back, the case form's share, not the widened page's (the case form at 383).
    window.new_client()
    qtbot.waitUntil(lambda: record.no_case.isVisible())
    give_more_room_or_put_back(split, 0)
    given = split.sizes()
    window.open_client(rosa)
    qtbot.waitUntil(lambda: record.case_scroll.isVisible())
    assert split.sizes() == given and is_given_over(split)
    give_more_room_or_put_back(split, 0)
    assert split.sizes() == with_a_case
