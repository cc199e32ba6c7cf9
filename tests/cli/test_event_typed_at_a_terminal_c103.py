"""C103-03: an event's name is chosen from a list in the window, and typed at the terminal,
where its em dash cannot be: `clinic-app report --event "Clean Slate Clinic - Pomona,
2026-09-12"` was refused beside the clinic's own "Clean Slate Clinic — Pomona, 2026-09-12",
and "office walk-in" beside "Office walk-in".  An event typed with other case, dashes or
spacing is the one event it names; where none (or two) are, it is refused as before."""

from __future__ import annotations

import pytest

from clinic_app.matching import event_meant
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app

POMONA = "Clean Slate Clinic — Pomona, 2026-09-12"
TYPED = "clean slate clinic - pomona, 2026-09-12"


def test_the_event_meant_is_the_one_with_the_same_words():
    events = [POMONA, "Office walk-in", "Office Walk-In"]
    assert event_meant(TYPED, events) == POMONA
    assert event_meant("Clean Slate Clinic -- Pomona 2026-09-12", events) == POMONA
    assert event_meant("Office Walk-In", events) == "Office Walk-In"  # as written, where it is one
    assert event_meant("office walk in", events) is None  # two events told apart by their case alone
    assert event_meant("Clean Slate Clinic", events) is None  # a part of a name is not the name


@pytest.fixture
def pomona_caseload(screened_caseload):
    with Repository.open(screened_caseload) as repo:
        ids = [row.id for row in repo.list_clients(event=POMONA)]
    assert ids, "the demo caseload has clients at the Pomona clinic"
    return screened_caseload, ids


def test_report_list_and_export_take_the_event_typed_with_a_hyphen(pomona_caseload):
    db, ids = pomona_caseload
    report = clinic_app("report", "--db", db, "--event", TYPED)
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith(f"Clinic event: {POMONA}\n")
    listed = clinic_app("list", "--db", db, "--event", TYPED)
    assert listed.returncode == 0, listed.stderr
    assert sorted(int(line.split("\t")[0]) for line in listed.stdout.splitlines()) == sorted(ids)
    exported = clinic_app("export", "--db", db, "--event", TYPED)
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == len(ids)


def test_handouts_of_the_event_typed_with_a_hyphen(pomona_caseload, tmp_path):
    db, ids = pomona_caseload
    result = clinic_app("handout", "--db", db, "--event", TYPED, "--out", tmp_path / "pomona")
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "pomona").glob("*.pdf"))) == len(ids)


def test_an_event_no_name_is_close_to_is_refused_as_before(pomona_caseload):
    db, _ids = pomona_caseload
    assert_plain_error(clinic_app("report", "--db", db, "--event", "Clean Slate Clinic"), 2,
                       "no client is in the event 'Clean Slate Clinic'", f"did you mean '{POMONA}'? (events: ")
