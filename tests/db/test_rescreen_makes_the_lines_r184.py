"""R184: `clinic-app rescreen` of a caseload whose lines an older Clinic Desk made first made every
line again from the stored screenings as it opened (L181: up to 40 s for 100,000), then made every
line again by screening.  It opens without the first; a re-screen that screened everyone marks the
lines as made in this program's words, and one stopped part-way leaves them to the next open."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import facts_hash, screen
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.summary import LINES_WORDING, summarize
from db.lines import LINES_SAID
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.cli.test_cli import clinic_app

AS_OF = date(2026, 12, 1)
OLD_WORDS, NEW_WORDS = '["probation to 2027-01-10"]', ["probation ends early 2027-01-10"]


def caseload_of_an_older_program(path) -> int:
    """A client whose ordered early end of probation an older Clinic Desk said "probation to
    DAY", screened and stored, the caseload not marked with the words its lines are in."""
    probation = Probation(start=date(2025, 1, 10), end=date(2028, 1, 10), early_termination=date(2027, 1, 10), status="active")
    case = Case(id="A", convictions=[Conviction(id="A1", section="242")], sentence=Sentence(type="probation", probation=probation))
    client = Client(name="Old Words, Ana (synthetic)", person=Person(), cases=[case])
    with Repository.open(path, user="paralegal-1") as repo:
        client.id = repo.add_client(client)
        screening = screen(client.person, client.cases, AS_OF)
        repo.store_screening(client.id, screening, facts_hash(client.person, client.cases), summarize(client, screening, AS_OF), client.cases)
        with repo.db.conn as conn:
            conn.execute("UPDATE clients SET outstanding = ?", (OLD_WORDS,))
            conn.execute("UPDATE screenings SET outstanding = ?", (OLD_WORDS,))
            conn.execute("DELETE FROM settings WHERE key = 'caseload_lines_wording'")
    return client.id


def opened_telling(path) -> tuple[Repository, list[str]]:
    told: list[str] = []
    return Repository.open(path, user="paralegal-1", progress=lambda _done, _total, text: told.append(text)), told


def test_rescreen_makes_the_lines_once_and_marks_them(tmp_path):
    path = tmp_path / "caseload.sqlite"
    client_id = caseload_of_an_older_program(path)
    done = clinic_app("rescreen", "--db", path, "--as-of", AS_OF.isoformat())
    assert done.returncode == 0, done.stderr
    assert "updating the caseload list's lines" not in done.stderr
    repo, told = opened_telling(path)
    with repo:
        assert LINES_SAID not in told  # marked by the re-screen: not made again
        assert repo.get_setting("caseload_lines_wording") == str(LINES_WORDING)
        assert repo.client_rows([client_id])[0].outstanding == NEW_WORDS


def test_a_rescreen_stopped_part_way_leaves_the_lines_to_the_next_open(tmp_path):
    path = tmp_path / "caseload.sqlite"
    client_id = caseload_of_an_older_program(path)

    def stopped(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    with Repository.open(path, user="paralegal-1", make_lines_again=False) as repo, pytest.raises(KeyboardInterrupt):
        rescreen_caseload(repo, AS_OF, workers=1, progress=stopped)
    repo, told = opened_telling(path)
    with repo:
        assert LINES_SAID in told
        assert repo.get_setting("caseload_lines_wording") == str(LINES_WORDING)
        assert repo.client_rows([client_id])[0].outstanding == NEW_WORDS
