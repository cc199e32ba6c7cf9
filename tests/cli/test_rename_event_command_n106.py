"""N106: `clinic-app rename-event OLD NEW`, the twin of Caseload > Rename clinic event...: one
clinic day typed two ways made one, after a copy of the caseload (a terminal has no Edit > Undo)."""

from __future__ import annotations

import pytest

from clinic_app import cli
from clinic_app.model import Client
from db.backup import before_change_backups
from db.repository import Repository

DAY, TYPO = "Expungement Fair — Compton, 2026-10-17", "Expungment Fair"


@pytest.fixture
def caseload(tmp_path):
    path = tmp_path / "clinic.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients([Client(name="Ana Paz", event=DAY), Client(name="Rosa Vega", event=TYPO), Client(name="Luz Mora", event=TYPO)])
    return path


def test_n106_the_typo_s_clients_join_the_fair_typed_with_a_hyphen(caseload, capsys):
    assert cli.main(["rename-event", "expungment fair", "Expungement Fair - Compton, 2026-10-17", "--db", str(caseload)]) == 0
    out, err = capsys.readouterr()
    assert out == f"Renamed: 2 clients of “{TYPO}” now under “{DAY}”.\n"
    assert "the caseload as it was before this rename is kept in" in err
    assert len(before_change_backups(caseload.parent / "backups", caseload, "rename")) == 1
    with Repository.open(caseload) as repo:
        assert repo.event_counts() == {DAY: 3}
        assert repo.history(2)[0].after["event"] == DAY


@pytest.mark.parametrize("old, new, said", [
    ("Walk-in", "Office", "no client is in the event 'Walk-in' (events: "),
    (TYPO, " Expungment Fair ", "'Expungment Fair' is that event's name already: nothing to rename"),
    (TYPO, "  ", "the new name is empty"),
])
def test_n106_nothing_to_rename_is_refused_and_nothing_written(caseload, capsys, old, new, said):
    assert cli.main(["rename-event", old, new, "--db", str(caseload)]) == 2
    assert said in capsys.readouterr().err
    assert not (caseload.parent / "backups").exists() or not before_change_backups(caseload.parent / "backups", caseload, "rename")
    with Repository.open(caseload) as repo:
        assert repo.event_counts() == {DAY: 1, TYPO: 2}


def test_r107_a_name_two_events_answer_to_is_asked_as_written_not_said_to_have_nobody(tmp_path, capsys):
    # The day typed two ways, the very thing the command mends, typed a third way: it said "no
    # client is in the event", of a name five clients answer to.
    path = tmp_path / "clinic.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients([Client(name="Ana Paz", event="Saturday Clinic"), Client(name="Rosa Vega", event="saturday clinic")])
    assert cli.main(["rename-event", "SATURDAY CLINIC", "Saturday Clinic", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "no client is in the event" not in err
    assert "'SATURDAY CLINIC' is 2 events, told apart only by their case or dashes: type the one meant as it is written " \
           "('Saturday Clinic' or 'saturday clinic')" in err
    with Repository.open(path) as repo:
        assert repo.event_counts() == {"Saturday Clinic": 1, "saturday clinic": 1}
