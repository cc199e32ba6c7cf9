"""R184: a caseload keeps each client's line as `summarize` made it when they were screened, and
a caseload opened by a newer Clinic Desk makes them again only when its `LINES_WORDING` is higher
than the one the caseload is marked with (L181, db.lines).  A change to what `summarize` gives for
the same screening that forgets to raise it leaves every caseload's lines in the older words, with
nothing to tell: this test fingerprints the lines of a fixed set of clients, screened once as of a
fixed day (no clock), and names the number to raise where the lines differ from those recorded.

The lines are rendered as the caseload stores them (db.records), so a change that reaches a stored
column fails here.  The clients and their screenings are fingerprinted too: a rules change or a
change to the demo clients alters the lines without any change to `summarize`, and is told apart.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import yaml

from clinic_app.court import court_json
from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence
from clinic_app.screening_format import read_request
from clinic_app.summary import LINES_WORDING, summarize
from db import records as r

PUBLIC_CASES = Path(__file__).parent / "acceptance" / "cases-public.yaml"
DEMO_CLIENTS, DEMO_SEED = 400, 184

# LINES_WORDING -> (fingerprint of the clients and their screenings, fingerprint of their lines).
RECORDED = {
    1: ("a34a891e53007ef6f012c8f0e07f6ed3ce9474b9120465fe0969fde55e8d4a86",
        "998590c6ce7e82cb9ff45452f5f2b56d8fdfd500c6448aa4a3945a4ecf9441a6"),
    2: ("34bcf99958ccada1c533a48816807d31585fa06ff0b3821dabd4216453b7b064",
        "e55c366c8bbd65ffecea348f48af8dc37b8313e73b63bd1c9fda9f9606e05717"),
}


def ordered_early_end() -> Client:
    """Probation to 2028 the court has ordered to end early on 2027-01-10, a line no demo client
    makes (L181's: "probation to DAY" in older words, "probation ends early DAY" since S165-02)."""
    probation = Probation(start=date(2025, 1, 10), end=date(2028, 1, 10), early_termination=date(2027, 1, 10), status="active")
    case = Case(id="A", convictions=[Conviction(id="A1", section="242")], sentence=Sentence(type="probation", probation=probation))
    return Client(name="Early End, Ana (synthetic)", person=Person(), cases=[case])


def jail_terms() -> list[Client]:
    """A PC 1170(h) split sentence whose supervision was left at Unknown, and a straight term with
    no release day: lines neither the public cases nor the demo make (S215-02/04; R223-01 found
    LINES_WORDING not raised for them)."""
    when = date(2014, 6, 10)
    return [Client(name=f"Jail Term {n}, Dario (synthetic)", person=Person(), cases=[Case(
        id="A", convictions=[Conviction(id="A1", section="459", level="felony", conviction_date=when)],
        sentence=Sentence(type="county_jail_1170h", judgment_date=when, custody=custody))])
        for n, custody in enumerate((Custody(split=True, release_date=date(2015, 6, 10)), Custody(supervision="none")))]


def fixed_clients() -> list[tuple[Client, date]]:
    """The public acceptance cases (each as of its own day), a seeded demo caseload with its
    petitions filed (as of DEMO_AS_OF), and lines neither makes: court lines too."""
    clients = [(client, date(2026, 12, 1)) for client in (ordered_early_end(), *jail_terms())]
    for case in yaml.safe_load(PUBLIC_CASES.read_text(encoding="utf-8")):
        request = read_request(case["request"])
        clients.append((Client(name=case["id"], person=request.person, cases=request.cases), request.as_of))
    demo = generate_clients(DEMO_CLIENTS, DEMO_SEED, as_of=DEMO_AS_OF)
    clients += [(client, DEMO_AS_OF) for client in file_demo_petitions(demo, DEMO_AS_OF, DEMO_SEED)]
    return clients


def fingerprints() -> tuple[str, str]:
    """(the clients and their screenings, the lines `summarize` makes of them), as sha256 text."""
    given, lines = hashlib.sha256(), hashlib.sha256()
    for client, as_of in fixed_clients():
        screening = screen(client.person, client.cases, as_of)
        # The stored result less its day and rules version: a RULES_VERSION raised with the same
        # answers is not a change of what summarize is given.
        given.update(r._json(r.plain(client)).encode())
        given.update(r.stored_screening(screening).split(",", 3)[3].encode())
        summary = summarize(client, screening, as_of)
        line = (summary.best, r._d(summary.best_date), r._d(summary.next_action_date), r._json(summary.outstanding),
                int(summary.needs_review), int(summary.automatic_only), r._d(summary.file_on), court_json(summary.court))
        lines.update((r._json(line) + "\n").encode())
    return given.hexdigest(), lines.hexdigest()


def test_a_change_to_the_caseload_lines_raises_their_wording_number():
    given, lines = fingerprints()
    recorded_given, recorded_lines = RECORDED.get(LINES_WORDING, (None, None))
    record = f"    {LINES_WORDING}: ({given!r}, {lines!r}),"
    assert recorded_lines is not None, (
        f"No fingerprint is recorded for LINES_WORDING = {LINES_WORDING}: add to RECORDED in {Path(__file__).name}:\n{record}")
    if lines == recorded_lines:
        return
    raised = f"    {LINES_WORDING + 1}: ({given!r}, {lines!r}),"
    assert given != recorded_given, (
        "summarize gives other caseload lines for the same clients and screenings: every caseload "
        "screened before keeps the older words unless clinic_app.summary.LINES_WORDING is raised. "
        f"Raise it to {LINES_WORDING + 1} and add to RECORDED in {Path(__file__).name}:\n{raised}")
    raise AssertionError(
        "The fixed clients or their screenings changed (a rules change, or the demo clients), so their lines "
        "differ too: this test cannot tell whether summarize changed. If your change also alters what summarize "
        f"gives for the same screening, raise clinic_app.summary.LINES_WORDING to {LINES_WORDING + 1} and add:\n"
        f"{raised}\nIf it does not, record the new fingerprints under the same number:\n{record}")
