"""B148-02: the day before a clinic event the paralegal made the 40 handouts of its clients, and
the batch's question said "1 client has no case entered: their handout says none is entered yet
... If their cases are still to be entered, enter them first.": which client, of the 40, it did
not say, nor where to find them.  The window's batches and `clinic-app handout --event` now name
them, the first five, and the list that has them all (the Outcome filter's Cases still to enter,
or `list --outcome to_enter` on the event), as the attorney's review queue is named beside it."""

from __future__ import annotations

import pytest

from clinic_app.cli import main
from clinic_app.model import Client, Person
from tests.cli.test_help_width_j59 import words as flat
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_handout_no_case_j63 import question_said as _question_said

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

EVENT = "Saturday Fair"


def _caseload(repo, no_case: list[str]) -> None:
    repo.set_setting("clinic_phone", "(213) 555-0100")  # that note apart
    for name in no_case:
        repo.add_client(Client(name=name, person=Person(dob=TODAY.replace(year=1990)), event=EVENT))
    repo.add_client(probation_client("Rosa Concaso", event=EVENT))


def test_b148_02_the_batch_question_names_the_client_with_no_case(qtbot, window, repo):
    _caseload(repo, ["Lupe Sincaso"])
    window.load()
    for action in (window.print_event_action, window.shown_handouts_action):
        said = _question_said(qtbot, action)
        assert "1 client has no case entered (Lupe Sincaso): their handout says" in said, said
        assert "enter them first (Cases still to enter, or clinic-app list" in said, said


def test_b148_02_many_are_named_five_and_counted_with_the_list_of_them_all(qtbot, window, repo):
    _caseload(repo, [f"Sincaso {letter}" for letter in "ABCDEFG"])
    window.load()
    said = _question_said(qtbot, window.print_event_action)
    assert ("7 clients have no case entered (Sincaso A, Sincaso B, Sincaso C, Sincaso D, Sincaso E, and 2 more): "
            "their handouts say") in said, said
    assert f"--outcome to_enter --event '{EVENT}', lists them)." in said, said


def test_b148_02_clinic_app_handout_event_names_them_with_the_events_list(repo, tmp_path, capsys):
    _caseload(repo, ["Lupe Sincaso"])
    assert main(["handout", "--db", str(repo.path), "--event", EVENT, "--out", str(tmp_path / "day")]) == 0
    err = flat(capsys.readouterr().err)
    assert "1 client has no case entered (Lupe Sincaso):" in err, err
    assert f"--outcome to_enter --event '{EVENT}', lists them)." in err, err
