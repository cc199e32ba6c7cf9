"""L47-01: the caseload list first, the pairs of a name put right on a laptop after.

Reading `Repository.put_right_pairs` with the list (X45-03) held the list back 0.6-1.2 s at
50,000 clients, on opening, after an import and after a re-screen.  The list now shows as
soon as its rows are read; the pairs fill in "Possible duplicates" when they come, the
client chosen staying chosen, and pairs of an older read (or for a closed window) are let be."""

from __future__ import annotations

import copy
import threading

import pytest

from tests.gui.conftest import let_go, probation_client


@pytest.fixture
def renamed_pair(repo):
    """A client of the office and the laptop's copy with a second surname added: a pair put
    right on a laptop (one case number), and a pair of one name and birth date beside them."""
    office_id = repo.add_client(probation_client("Ángel Villaseñor", case_number="TA681172"))
    for name in ("María López", "Maria Lopez"):
        repo.add_client(probation_client(name, case_number=None))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.name = None, "Ángel Villaseñor Ramírez"
    (laptop_id,) = repo.import_clients([there], source="fresno-clinic-day.jsonl").ids
    return office_id, laptop_id


class HeldPairs:
    """Repository.put_right_pairs, held on the worker until `release()`: the read of a big caseload."""

    def __init__(self, monkeypatch, holds: int = 1):
        from db.repository import Repository

        self.real = Repository.put_right_pairs
        self.gate = threading.Event()
        self.returned = threading.Event()
        self.holds = holds  # the first calls wait; later ones answer at once
        self.calls = 0
        held = self

        def put_right_pairs(repo):
            held.calls += 1
            if held.calls <= held.holds:
                held.gate.wait(30)
                pairs = held.real(repo)
                held.returned.set()
                return pairs
            return held.real(repo)

        monkeypatch.setattr(Repository, "put_right_pairs", put_right_pairs)

    def release(self) -> None:
        self.gate.set()


def test_the_list_shows_before_the_put_right_pairs_are_read(qtbot, window, repo, renamed_pair, monkeypatch):
    office_id, laptop_id = renamed_pair
    held = HeldPairs(monkeypatch)
    view = window.caseload
    button = view.count_buttons["duplicates"]
    try:
        # Before, the list waited for the pairs: no list until they were read.
        with qtbot.waitSignal(window.caseload_loaded, timeout=5_000):
            window.load_in_background()
        assert len(view.model.all_rows()) == 4
        # The same name and birth date alone, while the pairs are read: no wrong count.
        assert button.text() == "Possible d&uplicates: 2"
        button.click()  # shown: María's two lines
        view.select_client(view.model.shown_rows()[0].id)
        chosen = view.selected_client_id()
        assert chosen is not None
    finally:
        held.release()
    with qtbot.waitSignal(window.put_right_counted, timeout=10_000):
        pass
    assert button.text() == "Possible d&uplicates: 4"
    assert {office_id, laptop_id} <= {row.id for row in view.model.shown_rows()}
    assert view.model.rowCount() == 4
    assert view.table.model().rowCount() == 4  # the view's proxy too, its lines in place
    shown = [view.table.model().index(row, 0).data() for row in range(4)]
    assert sorted(shown) == sorted(row.name for row in view.model.all_rows())
    assert view.selected_client_id() == chosen  # the client chosen stays chosen
    assert view.shown_label.text() == "Showing 4 of 4 clients"


def test_the_pairs_of_an_older_read_do_not_land_on_a_newer_list(qtbot, window, repo, renamed_pair, monkeypatch):
    office_id, laptop_id = renamed_pair
    held = HeldPairs(monkeypatch)  # the first read's pairs are held; the second's come at once
    button = window.caseload.count_buttons["duplicates"]
    try:
        with qtbot.waitSignal(window.caseload_loaded, timeout=5_000):
            window.load_in_background()  # opening
        # The laptop's copy's case number put right at another desk, and the list read again
        # (as after an import): the two are no pair now, both still listed.
        laptop = repo.get_client(laptop_id)
        laptop.cases[0].case_number = "TA999001"
        repo.save_client(laptop)
        with qtbot.waitSignals([window.caseload_loaded, window.put_right_counted], timeout=10_000):
            window.load_in_background()
        assert button.text() == "Possible d&uplicates: 2"
    finally:
        held.release()
    assert held.returned.wait(10)
    counted: list[bool] = []
    window.put_right_counted.connect(lambda: counted.append(True))
    qtbot.wait(300)  # the old read's pairs delivered, and let be
    assert not counted
    # The first read's pair, no longer one, was not counted on the newer list.
    assert button.text() == "Possible d&uplicates: 2"
    assert window.caseload.model.duplicate_ids() == {row.id for row in window.caseload.model.all_rows()
                                                      if row.name in ("María López", "Maria Lopez")}


def test_the_pairs_read_for_a_window_closed_meanwhile_touch_nothing(qtbot, repo, renamed_pair):
    from ui.main_window import MainWindow

    from tests.gui.conftest import TODAY

    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.show()
    window.load()
    button = window.caseload.count_buttons["duplicates"]
    assert button.text() == "Possible d&uplicates: 4"
    window.close()
    counted: list[bool] = []
    window.put_right_counted.connect(lambda: counted.append(True))
    window._put_right_read((window._lists_shown, set()))  # as the worker's queued signal delivers it, after the close
    assert not counted
    assert button.text() == "Possible d&uplicates: 4"
    assert len(window.caseload.model.duplicate_ids()) == 4
    let_go(window, delete=False)


def test_the_pairs_join_the_possible_duplicates_shown_as_qt_expects(qtmodeltester, repo, renamed_pair):
    from ui.models.caseload_model import CaseloadFilter, CaseloadModel

    model = CaseloadModel()
    model.set_rows(repo.list_clients())
    model.set_filter(CaseloadFilter(duplicates=model.duplicate_ids()))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.set_put_right(repo.put_right_pairs())
    model.set_filter(CaseloadFilter(duplicates=model.duplicate_ids()), in_place=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
