"""D103-04: the empty window of a new laptop names every way in but the one a laptop being
replaced takes: the old laptop's caseload, backed up onto a USB stick, restored here whole.

The director, on the new laptop's first start, read "add a client, start intake, import a
laptop's clients, or open the demo"; an import would have brought the clients without their
attorney's reviews kept as they were, the audit log or the clinic's details, as new numbers."""

from __future__ import annotations

from tests.gui.menus import menu_items


def test_the_empty_clinic_caseload_names_the_restore_of_another_computers_backup(qtbot, window):
    view = window.caseload
    window.load()
    assert view.empty.isVisible()
    said = view.empty_label.text()
    assert said.startswith("No clients yet: add one with File > New client")  # the ways in, first, as before
    # In fewer words since S140-02, to be one line whole at 15 pt.
    assert "From another computer? Its backup comes whole with File > Restore from backup... (Choose file... for a USB stick)." in said
    assert "File > Restore from backup..." in menu_items(window)  # the item named is the menu's
