"""Q54-04: the demo caseload had no petition filed, so a volunteer exploring --demo never saw
what the list says once filed.  Now a few of the clients eligible now (about 4% of them, seeded
as the demo is) have filed every petition they had to file: most awaiting the court, some with
a hearing in the coming weeks, one denied, one granted, one whose hearing was held with no
ruling entered, every day laid out around the demo's own day."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from clinic_app.court import court_action
from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.summary import summarize
from db.demo_caseload import DEMO_WINDOW_CLIENTS, fill_demo_if_empty
from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _lines(as_of: date, n: int = DEMO_WINDOW_CLIENTS, seed: int = 0):
    clients = list(file_demo_petitions(generate_clients(n, seed=seed), as_of, seed=seed))
    return clients, [summarize(c, screen(c.person, c.cases, as_of), as_of) for c in clients]


def test_q54_a_few_eligible_now_have_filed_in_every_state_the_list_tells_apart():
    for as_of in (DEMO_AS_OF, DEMO_AS_OF + timedelta(days=400)):
        clients, summaries = _lines(as_of)
        assert [c.name for c in clients] == [c.name for c in generate_clients(DEMO_WINDOW_CLIENTS, seed=0)]  # the same people
        filed = [s for s in summaries if s.court is not None]
        eligible_now = sum(s.best == "eligible_now" for s in summaries)
        assert all(s.best == "eligible_now" and not s.automatic_only for s in filed)
        assert 0.02 <= len(filed) / eligible_now <= 0.08, (len(filed), eligible_now)
        states = Counter(s.court.state for s in filed)
        assert states["denied"] == 1 and states["granted"] == 1 and states["filed"] >= 3 and states[None] == 0
        said = [court_action(s.court, as_of) for s in filed]
        assert sum(text.startswith("Hearing ") and " held: " in text for text in said) == 1
        coming = [day for s in filed if s.court.state == "filed" for day in s.court.hearings if day >= as_of]
        assert coming and all(as_of + timedelta(days=5) <= day <= as_of + timedelta(days=42) for day in coming)
        for s in filed:  # every day around the demo's own day, none written out
            assert s.court.filed_on is None or as_of - timedelta(days=150) <= s.court.filed_on < as_of
            assert s.court.ruling_on is None or as_of - timedelta(days=30) <= s.court.ruling_on < as_of


def test_q54_the_same_seed_files_the_same_petitions():
    first = [c.cases for c in _lines(DEMO_AS_OF, 120, seed=3)[0]]
    assert first == [c.cases for c in _lines(DEMO_AS_OF, 120, seed=3)[0]]


def test_q54_the_window_s_demo_caseload_shows_petitions_filed(tmp_path):
    as_of = date.today()  # the window fills it as of its day
    path = tmp_path / "demo.sqlite"
    assert fill_demo_if_empty(path, as_of=as_of) == 0
    with Repository.open(path) as repo:
        rows = [row for row in repo.list_clients() if row.court is not None]
    assert {row.court.state for row in rows} == {"filed", "denied", "granted"}
    assert any(as_of < day <= as_of + timedelta(days=42) for row in rows for day in row.court.hearings)


def test_q54_clinic_app_demo_files_some_petitions_too(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert clinic_app("demo", "--db", path, "--clients", 200).returncode == 0
    with Repository.open(path) as repo:
        petitions = [p for c in repo.iter_clients() for case in c.cases for p in case.petitions]
    assert {p.ruling for p in petitions} == {None, "denied", "granted"}
    assert all(DEMO_AS_OF - timedelta(days=150) <= p.filed_on < DEMO_AS_OF for p in petitions)
