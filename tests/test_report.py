"""Event reports: counts by outcome, language and remedy, from stored screenings, with no names."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from clinic_app.demo import generate_clients
from clinic_app.eligibility import screen
from clinic_app.report import build_report, report_json, report_text
from clinic_app.summary import summarize
from db.repository import Repository

AS_OF = date(2026, 11, 1)
ROOT = Path(__file__).resolve().parents[1]


def _line(language, best, needs_review):
    """A caseload-list line as a report reads it."""
    return SimpleNamespace(language=language, best=best, needs_review=needs_review, automatic_only=False, court=None,
                           case_count=1, outstanding=[], awaiting_review=needs_review, attorney_answers=needs_review,
                           best_date=None)


def _items(clients):
    for client in clients:
        result = screen(client.person, client.cases, AS_OF)
        summary = summarize(client, result, AS_OF)
        yield _line(client.language, summary.best, summary.needs_review), result


def test_counts_follow_the_screenings():
    clients = list(generate_clients(60, seed=21))
    report = build_report("Fair", _items(clients), today=AS_OF)
    results = [screen(c.person, c.cases, AS_OF) for c in clients]
    assert report.clients == report.screened == 60
    assert sum(report.outcomes.values()) == 60
    assert report.languages["es"] == sum(1 for c in clients if c.language == "es")
    eligible_1203_4 = sum(1 for r in results for d in r.results if d.remedy == "pc1203_4" and d.status == "eligible")
    assert report.remedies["pc1203_4"]["eligible"] == eligible_1203_4 > 0
    assert all("not_applicable" not in counts for counts in report.remedies.values())
    assert report.as_of_dates == {AS_OF: 60}


def test_a_client_never_screened_is_counted_as_such():
    report = build_report(None, [(_line("en", None, False), None), (_line("es", None, False), None)], today=AS_OF)
    assert (report.clients, report.screened) == (2, 0)
    assert report.outcomes[None] == 2 and "Not screened yet" in report_text(report)
    assert json.loads(report_json(report))["outcomes"] == {"not_screened": 2}


def test_the_report_command_names_nobody(tmp_path):
    path = tmp_path / "caseload.sqlite"
    clients = list(generate_clients(40, seed=8))
    with Repository.open(path) as repo:
        repo.add_clients(clients)
        from db.rescreen import rescreen_caseload

        rescreen_caseload(repo, AS_OF, workers=1)
        event = next(c.event for c in clients if c.event)
        in_event = sorted(c.name for c in clients if c.event == event)
        assert repo.count_clients(event) == len(in_event)
        pairs = list(repo.latest_screenings(event))
        assert sorted(row.name for row, _screening in pairs) == in_event
        assert all(screening is not None and screening.as_of == AS_OF for _row, screening in pairs)
    run = subprocess.run([sys.executable, "-m", "clinic_app", "report", "--db", str(path), "--event", event],
                         capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert run.returncode == 0, run.stderr
    assert f"Clinic event: {event}" in run.stdout and "Dismissal after probation (PC 1203.4)" in run.stdout
    for client in clients:
        assert client.name not in run.stdout
    counted = json.loads(subprocess.run([sys.executable, "-m", "clinic_app", "report", "--db", str(path), "--json"],
                                        capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                                        timeout=120).stdout)
    assert counted["clients"] == counted["screened"] == 40
    missing = subprocess.run([sys.executable, "-m", "clinic_app", "report", "--db", str(path), "--event", "No Such Fair"],
                             capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert missing.returncode == 2 and "no client is in the event" in missing.stderr and "Traceback" not in missing.stderr


def test_the_report_says_which_rules_its_counts_come_from():
    """Store check S18-13: counts from results of other rules were given without a word."""
    from clinic_app.eligibility import RULES_VERSION

    clients = list(generate_clients(6, seed=4))
    items = list(_items(clients))
    items[0][1].rules_version = "2025.10.01"
    report = build_report(None, items, today=AS_OF)
    assert report.rules_versions == {RULES_VERSION: 5, "2025.10.01": 1}
    text = report_text(report)
    assert f"Rules: 2025.10.01 (1), {RULES_VERSION} (5); this program's rules are {RULES_VERSION}: re-screen for today's answers" in text
    assert json.loads(report_json(report))["rules_versions"] == {RULES_VERSION: 5, "2025.10.01": 1}
    same = report_text(build_report(None, list(_items(clients)), today=AS_OF))
    assert f"Rules: {RULES_VERSION} (6)\n" in same


def test_o23_07_every_remedy_title_is_printed_whole():
    """Oracle finding O23-07: titles were cut at 62 characters, so PC 1203.49's row read
    "Relief for a trafficking victim's 647(b) conviction (PC 1203.4": another statute."""
    import re
    from collections import Counter

    from clinic_app.eligibility import REMEDIES, remedy_title
    from clinic_app.report import Report, table_title

    report = Report(event=None, remedies={r.key: Counter(eligible=1) for r in REMEDIES})
    text = report_text(report)
    rows = text.split("Remedy by remedy", 1)[1].splitlines()[2:2 + len(REMEDIES)]
    # Whole, and "by case" where its counts are cases (F109-04).
    assert [re.split(r"\s{2,}", row.strip())[0] for row in rows] == [table_title(r.key) for r in REMEDIES]
    assert all(remedy_title(r.key) in table_title(r.key) for r in REMEDIES)
    assert "Relief for a trafficking victim's 647(b) conviction (PC 1203.49)" in text
    header = text.split("Remedy by remedy", 1)[1].splitlines()[1]
    assert all(len(row) == len(header) for row in rows)  # the counts stay in their columns


def test_w28_01_the_narrow_report_keeps_its_tables_within_72_characters():
    """The narrow text (the report window on a small screen) puts each remedy's counts on the
    line under its title, in the same columns as the statuses above them."""
    from collections import Counter

    from clinic_app.eligibility import REMEDIES
    from clinic_app.report import STATUS_ORDER, Report, table_title

    report = Report(event=None, remedies={r.key: Counter(eligible=12345, blocked=1) for r in REMEDIES})
    lines = report_text(report, narrow=True).split("Remedy by remedy", 1)[1].splitlines()
    statuses, rows = lines[2], lines[3:3 + 2 * len(REMEDIES)]
    assert lines[1] == "  Remedy" and len(statuses) <= 72
    assert [row.strip() for row in rows[0::2]] == [table_title(r.key) for r in REMEDIES]
    assert all(len(row) <= 72 for row in rows[0::2])
    for counts in rows[1::2]:
        # Grouped, as every number of the text (K315-03).
        assert len(counts) == len(statuses) and counts.split() == ["12,345", "0", "1", "0", "0"]
        assert counts.index("12,345") + 6 == statuses.index("eligible") + len("eligible")
    assert len(STATUS_ORDER) == 5


def test_the_report_reads_the_stored_lines_and_counted_parts_in_one_read(tmp_path, monkeypatch):
    """P29B-04: the event report read the caseload list sorted by name, then each client's newest
    screening whole, one query and one full decoding (reasons, steps, labels) per client: 21 s at
    100,000 clients.  It reads the list lines and the counted parts of the newest screenings in
    one statement, and the counts are those the whole screenings give."""
    import db.records
    from clinic_app.model import ClientSummary, Screening
    from db.rescreen import rescreen_caseload

    path = tmp_path / "caseload.sqlite"
    clients = list(generate_clients(40, seed=8))
    with Repository.open(path) as repo:
        repo.add_clients(clients)
        rescreen_caseload(repo, AS_OF, workers=1)
        # A client never screened, and one whose newest screening is by other rules and day.
        repo.add_clients(list(generate_clients(1, seed=99)))
        other = repo.client_ids()[0]
        repo.store_screening(other, Screening(as_of=date(2026, 6, 1), rules_version="2025.10.01"), "facts", ClientSummary(best="blocked"))
        event = next(c.event for c in clients if c.event)
        whole = {e: build_report(e, repo.latest_screenings(e), today=AS_OF) for e in (None, event)}

        statements: list[str] = []
        repo.db.conn.set_trace_callback(statements.append)
        monkeypatch.setattr(db.records, "read_stored", lambda text: (_ for _ in ()).throw(AssertionError("decoded whole")))
        for e in (None, event):
            statements.clear()
            counted = build_report(e, repo.counted_screenings(e), today=AS_OF)
            assert counted == whole[e]
            assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
        repo.db.conn.set_trace_callback(None)
    assert whole[None].clients == 41 and whole[None].screened == 40 and whole[None].rules_versions["2025.10.01"] == 1
    assert sum(whole[None].remedies["pc1203_4"].values()) > 0


def test_r39_01_the_report_says_its_review_lines_are_not_the_lists_count():
    """R39-01 (A38's report): the caseload window's "Attorney review: 2,558" counts clients
    still waiting for a review, whatever their best outcome; the report's "Needs an attorney's
    review 30" counts best outcomes, and nothing said they differ.  The report says it now,
    within the narrow report's 72 characters."""
    report = build_report("Fair", [(_line("en", "eligible_now", True), None), (_line("es", "needs_review", True), None)], today=AS_OF)
    for narrow in (False, True):
        text = report_text(report, narrow=narrow)
        lines = text.splitlines()
        at = next(i for i, line in enumerate(lines) if "(with any result to review)" in line)
        assert lines[at].split()[-1] == "2"
        said = " ".join(" ".join(lines[at + 1:at + 3]).split())
        # Named as the window, not "the list's": from `clinic-app report` no list is in sight.
        assert said == ("(any best outcome, reviewed or not; the caseload window's \"Attorney review\" "
                        "count, below, also counts court denials to review)")
        assert all(len(line) <= 72 for line in lines[at:at + 3])


def test_n47_the_report_says_how_many_eligible_now_have_only_automatic_relief(tmp_path):
    """"Eligible now: 3963" read as that many petitions to prepare; 46 of them (demo, 5,000
    clients) have only automatic relief now, which DOJ grants with nothing filed."""
    from tests.automatic_relief import AS_OF as TODAY, arrest_relief_only, clean_slate_only, to_file
    from ui.services import screen_and_store

    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        for make in (clean_slate_only, arrest_relief_only, to_file):
            client = make()
            client.id = repo.add_client(client)
            screen_and_store(repo, client, TODAY)
        report = build_report(None, repo.counted_screenings(), today=TODAY)
    assert (report.outcomes["eligible_now"], report.eligible_now_automatic) == (3, 2)
    lines = report_text(report).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  Eligible now "))
    assert lines[at].split() == ["Eligible", "now", "3"]
    assert lines[at + 1].startswith("    automatic only, none to file ") and lines[at + 1].split()[-1] == "2"
    assert len(lines[at + 1]) == len(lines[at])  # the number in the column of the others
    assert json.loads(report_json(report))["eligible_now_automatic"] == 2


def test_a48_the_report_says_how_many_eligible_later_have_only_automatic_relief_coming(tmp_path):
    """"Eligible on a later date: 711" read as that many petitions to come; 23 of them (demo,
    5,000 clients) have only automatic relief coming on their day, which DOJ grants with
    nothing filed.  The counted and the whole screenings say the same."""
    from tests.automatic_relief import AS_OF as TODAY, arrest_relief_later, clean_slate_later, to_file, to_file_later
    from ui.services import screen_and_store

    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        for make in (clean_slate_later, arrest_relief_later, to_file_later, to_file):
            client = make()
            client.id = repo.add_client(client)
            screen_and_store(repo, client, TODAY)
        report = build_report(None, repo.counted_screenings(), today=TODAY)
        assert report_text(build_report(None, repo.latest_screenings(), today=TODAY)) == report_text(report)
    assert (report.outcomes["eligible_on"], report.eligible_later_automatic, report.eligible_now_automatic) == (3, 2, 0)
    lines = report_text(report).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  Eligible on a later date "))
    assert lines[at].split()[-1] == "3"
    assert lines[at + 1].startswith("    automatic only, none to file ") and lines[at + 1].split()[-1] == "2"
    assert len(lines[at + 1]) == len(lines[at])
    assert json.loads(report_json(report))["eligible_later_automatic"] == 2
