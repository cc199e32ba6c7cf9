"""Opened from the attorney's queue (A94-01), a client opens on the Eligibility tab's first result
to review, said in one announcement: "Opened ... On the Eligibility tab, the first result to review,
row 2 of 6 ...".  A141-02 also says the yellow notes above the rows as the tab is arrived at; on a
client whose prison term asks the fire-crew question (Y141-02) they were said first, as a second
announcement, before "Opened ...", which a screen reader may cut short.  They are now said once,
in the same announcement, after the row."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.gui.test_opened_from_review_queue_u93 import _open_with_enter, _opened_from_the_queue


def test_the_notes_are_said_with_the_row_in_one_announcement(qtbot, window, repo, monkeypatch):
    client_id = _opened_from_the_queue(qtbot, window, repo, monkeypatch)
    heard = []

    def update(event):  # what the program hands Qt for a screen reader (offscreen there is none)
        if event.type() == QAccessible.Event.Announcement:
            heard.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    _open_with_enter(qtbot, window, client_id)
    notes = window.client_view.eligibility.notes_said()
    assert notes.startswith("Ask the client: Did the client serve on a fire crew")  # the client this is about
    assert len(heard) == 1, heard
    assert heard[0].startswith("Opened Alejandra Orozco.")
    assert heard[0].index("the first result to review, row 2 of 6") < heard[0].index(notes)
