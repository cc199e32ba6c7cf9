"""Z62-01: the Checklist's count box of a class says its count as the client's page ("Done so
far: 12 of 30") and the staff worksheet ("done so far 12 of 30") say it: the record keeps no
unit for a class (sessions or hours), and the box alone read "12 of 30", asking "30 what?".
Its "+6" and "-2" typing, and its refusals, work as they did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Condition
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import _focus, open_on_checklist

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier


def class_and_hours():
    client = probation_client("Marta Ejemplo", restitution_ordered=1500)
    client.cases[0].conditions = [Condition(kind="class", label="First-offender DUI program", required=30, done=12),
                                  Condition(kind="community_service", label="Caltrans", required=40, done=10)]
    return client


@pytest.fixture
def checklist(qtbot, window, repo):
    return open_on_checklist(qtbot, window, repo, class_and_hours())


def type_in(qtbot, spin, text: str, key=Qt.Key.Key_Tab) -> None:
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)  # the number only: the words around it stay
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_z62_01_a_class_count_reads_done_so_far_as_the_handout_and_worksheet_say_it(qtbot, checklist):
    view, _client_id = checklist
    assert view.checklist.control("c1", "count", 0).text() == "done so far 12 of 30"
    assert view.checklist.control("c1", "count", 1).text() == "10 of 40 hours"  # hours said, as before


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
@pytest.mark.parametrize("typed, done", [("+6", 18), ("-2", 10), ("20", 20), ("+1,000", 1012)])
def test_z62_01_sessions_typed_in_the_class_count_are_added_as_before(qtbot, checklist, repo, typed, done, key):
    view, client_id = checklist
    type_in(qtbot, view.checklist.control("c1", "count", 0), typed, key)
    assert repo.get_client(client_id).cases[0].conditions[0].done == done
    qtbot.wait(20)
    assert view.checklist.control("c1", "count", 0).text() == f"done so far {done} of 30"


def test_z62_01_a_fraction_in_the_class_count_is_refused_and_the_count_shown_again(qtbot, checklist, repo):
    view, client_id = checklist
    spin = view.checklist.control("c1", "count", 0)
    type_in(qtbot, spin, "12.5")
    assert repo.get_client(client_id).cases[0].conditions[0].done == 12
    assert "whole numbers only; 12.5 is not taken (still 12 of 30)" in view.checklist.notes[("c1", "tick", 0)].text()
    assert spin.text() == "done so far 12 of 30"


def test_z62_01_a_class_count_kept_in_a_draft_is_put_back_and_read(qtbot, checklist, repo):
    view, client_id = checklist
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "+6")
    kept = view.checklist.typed_checks()
    assert kept == [{"case": "c1", "position": 0, "kind": "count", "text": "+6"}]
    view.checklist.show_client(repo.get_client(client_id), view.checklist.as_of)  # the page shown again, as stored
    box = view.checklist.put_back_checks(kept)
    assert box.text() == "done so far +6 of 30"
    box.setFocus()
    view.checklist.take_typing()
    assert repo.get_client(client_id).cases[0].conditions[0].done == 18


@pytest.fixture
def unrecorded(qtbot, window, repo):
    client = class_and_hours()
    for condition in client.cases[0].conditions:
        condition.done = None  # nobody has asked yet
    opened = open_on_checklist(qtbot, window, repo, client)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return opened


def test_z62_04_a_count_not_recorded_reads_a_question_mark_not_zero(qtbot, unrecorded):
    view, _client_id = unrecorded
    # "done so far 0 of 30" beside "How many done not recorded: ask the client or the program".
    assert view.checklist.control("c1", "count", 0).text() == "done so far ? of 30"
    assert view.checklist.control("c1", "count", 1).text() == "? of 40 hours"
    assert view.checklist.typed_checks() == []  # nothing typed, nothing kept in a draft


@pytest.mark.parametrize("typed, done", [("6", 6)])  # "+6" over "?" asks the count in all (B63-03)
def test_z62_04_a_count_typed_over_the_question_mark_is_saved(qtbot, unrecorded, repo, typed, done):
    view, client_id = unrecorded
    type_in(qtbot, view.checklist.control("c1", "count", 0), typed, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[0].done == done
    qtbot.wait(20)
    assert view.checklist.control("c1", "count", 0).text() == f"done so far {done} of 30"


def test_z62_04_tab_through_a_count_not_recorded_saves_nothing(qtbot, unrecorded, repo):
    view, client_id = unrecorded
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert repo.get_client(client_id).cases[0].conditions[0].done is None
    assert view.checklist.control("c1", "count", 0).text() == "done so far ? of 30"
    assert view.checklist.notes[("c1", "tick", 0)].text() == "How many done not recorded: ask the client or the program"
