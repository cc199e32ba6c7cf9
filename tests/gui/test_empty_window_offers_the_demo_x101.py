"""X101-04: the empty window of a first start names every way in, and the demo among them.

Started with no --demo (the program's own command, a desktop launcher), a new laptop's window
said to add a client, start intake or import a laptop's clients: a volunteer who wanted to try
the program first on made-up people was not told File > Open demo caseload was there."""

from __future__ import annotations


def test_the_empty_clinic_caseload_offers_the_demo_to_try_it_first(qtbot, window):
    view = window.caseload
    window.load()
    assert view.empty.isVisible()
    said = view.empty_label.text()
    assert said.startswith("No clients yet: add one with File > New client")  # the ways in, first, as before
    assert "To try the program first on made-up clients, choose File > Open demo caseload (a caseload of its own)." in said


def test_a125_03_a_screen_reader_hears_the_ways_in_not_the_label_s_name_alone(qtbot, window):
    """A screen reader coming upon the words heard "Why the list is empty", their name, and
    not one of the ways in: of a label given a name Qt hands a reader the name alone."""
    from PySide6.QtGui import QAccessible

    window.load()
    heard = QAccessible.queryAccessibleInterface(window.caseload.empty_label)
    assert heard.text(QAccessible.Text.Name) == "Why the list is empty"
    assert heard.text(QAccessible.Text.Description) == window.caseload.empty_label.text()
    assert heard.text(QAccessible.Text.Description).startswith("No clients yet: add one with File > New client")
