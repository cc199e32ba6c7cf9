"""M63-01: `clinic-app list` had no `--event` or `--language`, while the window's list has both
filters and `report` and `export` take `--event`: a supervisor could not check an event's
report against the list of its clients at a terminal.  `list --event NAME` and `--language
LANG` now narrow it as the window's Event and Language filters do (the whole name, as stored;
a client given no language is English), with the other filters, and list the clients `report
--event` counts."""

from __future__ import annotations

import json

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from ui.models.caseload_model import CaseloadFilter


def _ids(*args) -> list[int]:
    result = clinic_app("list", *args, "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_m63_01_an_events_list_has_the_clients_its_report_counts(screened_caseload):
    db = screened_caseload
    with Repository.open(db) as repo:
        events, rows = repo.events(), repo.list_clients()
    assert len(events) >= 2 and any(row.event is None for row in rows)  # the demo leaves some with no event
    for event in events:
        report = json.loads(clinic_app("report", "--db", db, "--event", event, "--json").stdout)
        listed = _ids("--db", db, "--event", event)
        assert len(listed) == report["clients"] > 0
        # As the window's Event filter lists them, no more and no fewer.
        assert sorted(listed) == sorted(row.id for row in rows if CaseloadFilter(event=event).accepts(row))
        for language in ("en", "es"):
            spoken = _ids("--db", db, "--event", event, "--language", language)
            assert len(spoken) == report["languages"].get(language, 0), (event, language)
            assert set(spoken) <= set(listed)
            window = CaseloadFilter(event=event, language=language)
            assert sorted(spoken) == sorted(row.id for row in rows if window.accepts(row))
    # Combined with --outcome, as the window's filters combine.
    event = events[0]
    eligible = _ids("--db", db, "--event", event, "--language", "en", "--outcome", "eligible_now")
    window = CaseloadFilter(event=event, language="en", outcome="eligible_now")
    assert sorted(eligible) == sorted(row.id for row in rows if window.accepts(row))
    # And with --search, a date of birth too (J63-04): the client of that event born that day.
    one = next(row for row in rows if row.event == event and row.dob is not None)
    assert one.id in _ids("--db", db, "--event", event, "--search", one.dob.isoformat())
    assert one.id not in _ids("--db", db, "--event", events[1], "--search", one.dob.isoformat())


def test_m63_01_an_event_is_its_whole_name_and_a_name_typed_wrong_is_said(screened_caseload):
    db = screened_caseload
    with Repository.open(db) as repo:
        event = repo.events()[0]
    # Its case and dashes aside, a name is the event's (C103-03: an em dash cannot be typed at a
    # terminal); a part of it, or another name, is typed wrong.
    for typed in (event.split(",")[0], f"{event} 2"):
        result = clinic_app("list", "--db", db, "--event", typed)
        assert result.returncode == 2 and result.stdout == ""
        assert f"no client is in the event {typed!r}" in result.stderr and event in result.stderr
        # The event meant said first, a part of its name coming close to it (C108-03).
        assert f"; did you mean {event!r}? (events: " in result.stderr


def test_m63_01_a_client_given_no_language_is_listed_as_english(tmp_path):
    db = tmp_path / "caseload.sqlite"
    request = tmp_path / "walk-in.json"
    request.write_text(json.dumps({"person": {"dob": "1980-04-05"}, "cases": [],
                                   "client": {"name": "Ana Sinlengua", "event": "Walk-in Fair"}}), encoding="utf-8")
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    assert clinic_app("import", "--db", db, request).returncode == 0
    result = clinic_app("list", "--db", db, "--event", "Walk-in Fair", "--language", "en")
    assert result.returncode == 0 and [line.split("\t")[1] for line in result.stdout.splitlines()] == ["Ana Sinlengua"]
    nobody = clinic_app("list", "--db", db, "--event", "Walk-in Fair", "--language", "es")
    assert (nobody.returncode, nobody.stdout) == (0, "")
    assert nobody.stderr == "clinic-app: no client matches --event 'Walk-in Fair' --language es\n"


def test_p74_02_the_events_named_are_each_quoted_whole(screened_caseload):
    """P74-02: the events named beside one typed wrong were joined by commas, and the demo's
    names have commas of their own: "(events: Clean Slate Clinic — Pomona, 2026-09-12, Expungement
    Fair — Compton, 2026-10-17, Office walk-in, ...)" read as six or more events, and the part
    copied up to a comma was refused again.  Each is quoted, as the name typed is, and one copied
    from between its quotes is taken."""
    db = screened_caseload
    with Repository.open(db) as repo:
        events = repo.events()
    assert any("," in event for event in events)
    for command in (("list",), ("report",), ("export", "--out", str(db.parent / "day.jsonl"))):
        result = clinic_app(*command, "--db", db, "--event", "expungement fair")
        assert result.returncode == 2
        named = result.stderr.split("(events: ", 1)[1].split("')", 1)[0] + "'"
        assert named == ", ".join(repr(event) for event in events)
    copied = named.split("', '")[0].strip("'")
    assert copied == events[0] and _ids("--db", db, "--event", copied)
