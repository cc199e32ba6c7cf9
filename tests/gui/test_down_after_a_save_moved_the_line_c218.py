"""C218-02: a paralegal going through a sorted list one client after another (Enter, a fact
changed, Ctrl+S, Ctrl+L, Down, Enter ...) paid a client's fine on a list sorted by Outstanding:
the client's line moved from line 20 to line 51, stayed chosen there (W62-03), and Down went on
from line 51: the thirty clients between were passed over unseen.  Down (or Up) now goes on to
the line that was after (or before) the client's when they were opened, and says so."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, show_active, type_over
from ui.models.caseload_model import COL_NAME


def _opened_from_the_list(qtbot, window, repo):
    """Twelve clients sorted by name; the third opened by Enter on the list: (view, their id)."""
    for n in range(12):
        repo.add_client(probation_client(f"Ana Client {n:02}"))
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.table.setFocus()
    view.table.selectRow(2)
    chosen = view.selected_client_id()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.client_view.client.id == chosen
    return view, chosen


def _renamed_from_the_list(qtbot, window, repo, new_name: str):
    """The third of twelve opened from the list (_opened_from_the_list), renamed, saved, and
    Ctrl+L back to the list: (view, the client's id)."""
    view, chosen = _opened_from_the_list(qtbot, window, repo)
    type_over(qtbot, window.client_view.record.person.name, new_name)
    assert window.client_view.save()
    assert window.show_caseload()
    assert view.selected_client_id() == chosen  # followed to where the sort took them (W62-03)
    return view, chosen


def _name_chosen(view) -> str:
    return view.table.currentIndex().siblingAtColumn(COL_NAME).data()


def test_down_after_a_save_moved_the_line_goes_on_to_the_client_that_was_next(qtbot, window, repo):
    view, chosen = _renamed_from_the_list(qtbot, window, repo, "Zoe Last")
    assert view.table.currentIndex().row() == 11
    said = []
    view.said.connect(said.append)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert _name_chosen(view) == "Ana Client 03"  # Down stayed on line 12, the last
    assert said == ["On to Ana Client 03, next after Zoe Last as the list stood when Zoe Last was opened "
                    "(Zoe Last is on line 12 of 12 now, by the sort)."]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # and on from there as ever
    assert _name_chosen(view) == "Ana Client 04"


def test_k241_02_namesakes_gone_on_to_and_moved_are_each_said_with_their_date_of_birth(qtbot, window, repo):
    """K241-02: "On to Ana Client 03, next after Zoe Last ..." named by name alone a client with a
    namesake on the list, as C218-04's message did before K230-02: which one Down went on to, and
    which had moved, was not said.  Each with a namesake now has their date of birth, told apart
    in the one way both messages use (CaseloadModel.told_apart); a name said again, alone."""
    for name, born in (("ana client 03", date(1960, 1, 2)), ("Zoe Last", date(1970, 5, 6))):
        namesake = probation_client(name)  # "ana client 03" as typed at a desk: the same name, folded
        namesake.person.dob = born
        repo.add_client(namesake)
    view, _chosen = _renamed_from_the_list(qtbot, window, repo, "Zoe Last")
    row = view.table.currentIndex().row()
    said = []
    view.said.connect(said.append)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert _name_chosen(view) == "Ana Client 03"  # sorted before "ana client 03"
    assert said == ["On to Ana Client 03 (born 1985-03-14), next after Zoe Last (born 1985-03-14) as the list stood "
                    f"when Zoe Last was opened (Zoe Last is on line {row + 1} of 14 now, by the sort)."]


def test_up_goes_back_to_the_client_that_was_before_and_after_another_line_chosen_goes_on_as_ever(qtbot, window, repo):
    view, _chosen = _renamed_from_the_list(qtbot, window, repo, "Aaron First")
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert _name_chosen(view) == "Ana Client 01"
    # Ana Client 01 opened from line 3 in turn, and moved by her save to the last line; another
    # line clicked, then Page Down back to hers: Up jumped to the line before hers when opened,
    # "as the list stood when Zed Moved was opened", though the user had gone about the list
    # since (R238-01).  This test chose her again after an Up, which forgets those lines itself,
    # and could not fail for it.
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    type_over(qtbot, window.client_view.record.person.name, "Zed Moved")
    assert window.client_view.save() and window.show_caseload()
    assert view.table.currentIndex().row() == 11
    line_3 = view.table.visualRect(view.proxy.index(2, COL_NAME)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=line_3)
    assert _name_chosen(view) == "Ana Client 03"
    qtbot.keyClick(view.table, Qt.Key.Key_PageDown)  # the twelve lines fit: to the last
    assert _name_chosen(view) == "Zed Moved"
    said = []
    view.said.connect(said.append)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert (_name_chosen(view), said) == ("Ana Client 11", [])  # not "On to Ana Client 00, next before Zed Moved ..."


def test_r229_01_a_sort_asked_for_since_the_open_is_the_order_down_goes_by(qtbot, window, repo):
    """Opened from the list, then View > Sort list by Name (the other way round) from their page:
    Down went to the line after theirs in the order before the sort, "as the list stood when
    they were opened", twelve lines off, not to the line under them now (R229-01)."""
    view, _chosen = _opened_from_the_list(qtbot, window, repo)
    assert window.client_view.client.name == "Ana Client 02"
    window.sort_actions[COL_NAME].trigger()  # by name, last to first: back on the list
    assert window.pages.currentWidget() is view
    assert _name_chosen(view) == "Ana Client 02" and view.table.currentIndex().row() == 9
    said = []
    view.said.connect(said.append)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert _name_chosen(view) == "Ana Client 01"  # the line under theirs, in the order shown
    assert said == []
