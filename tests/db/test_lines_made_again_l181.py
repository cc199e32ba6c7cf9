"""L181: a caseload screened by an older Clinic Desk kept that program's words on its lines
("probation to DAY" for an early end the court has ordered, which S165-02 says "probation ends
early DAY") until someone re-screened it.  Opening it now makes its lines again from the stored
screenings, once, and marks the caseload with the words they were made in."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import facts_hash, screen
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.summary import LINES_WORDING, summarize
from db.repository import Repository

AS_OF = date(2026, 12, 1)
OLD_WORDS, NEW_WORDS = '["probation to 2027-01-10"]', ["probation ends early 2027-01-10"]


def ordered_early_end(name: str) -> Client:
    """A client whose probation to 2028 the court has ordered to end early on 2027-01-10."""
    probation = Probation(start=date(2025, 1, 10), end=date(2028, 1, 10), early_termination=date(2027, 1, 10), status="active")
    case = Case(id="A", convictions=[Conviction(id="A1", section="242")], sentence=Sentence(type="probation", probation=probation))
    return Client(name=name, person=Person(), cases=[case])


def screened_by_an_older_program(path) -> tuple[int, int]:
    """Two such clients, screened and stored, their lines then given the older words, as a
    caseload from before the lines' wording was kept; the second client's facts then changed."""
    with Repository.open(path, user="paralegal-1") as repo:
        ids = []
        for name in ("Old Words, Ana (synthetic)", "Changed Since, Bo (synthetic)"):
            client = ordered_early_end(name)
            client.id = repo.add_client(client)
            screening = screen(client.person, client.cases, AS_OF)
            repo.store_screening(client.id, screening, facts_hash(client.person, client.cases), summarize(client, screening, AS_OF), client.cases)
            ids.append(client.id)
        conn = repo.db.conn
        with conn:
            conn.execute("UPDATE clients SET outstanding = ?", (OLD_WORDS,))
            conn.execute("UPDATE screenings SET outstanding = ?", (OLD_WORDS,))
            conn.execute("UPDATE clients SET facts_hash = 'facts typed since' WHERE id = ?", (ids[1],))
            conn.execute("DELETE FROM settings WHERE key = 'caseload_lines_wording'")
    return ids[0], ids[1]


def test_a_line_in_older_words_is_made_again_as_the_caseload_opens(tmp_path):
    path = tmp_path / "caseload.sqlite"
    old, changed = screened_by_an_older_program(path)
    told = []
    with Repository.open(path, user="paralegal-1", progress=lambda done, total, text: told.append((done, total, text))) as repo:
        lines = {row.id: row.outstanding for row in repo.list_clients()}
        assert lines[old] == NEW_WORDS
        # Its stored screening says the same line, so the next screening of the same facts is not stored again.
        assert repo.db.conn.execute("SELECT outstanding FROM screenings WHERE client_id = ?", (old,)).fetchone()[0] == '["probation ends early 2027-01-10"]'
        # A client whose facts changed since their screening is left: their line is made at their next screening.
        assert lines[changed] == ["probation to 2027-01-10"]
        assert repo.get_setting("caseload_lines_wording") == str(LINES_WORDING)
        assert told == [(done, 2, "Updating the caseload list's lines for this version of Clinic Desk...") for done in (0, 2)]
        # Nothing of the determinations or the audit log is touched.
        assert repo.db.conn.execute("SELECT COUNT(*) FROM screenings").fetchone()[0] == 2
        repo.db.conn.execute("UPDATE clients SET outstanding = ? WHERE id = ?", (OLD_WORDS, old))
        repo.db.conn.commit()
    # Once marked, a caseload opens without making its lines again (one read of the settings).
    told.clear()
    with Repository.open(path, user="paralegal-1", progress=lambda done, total, text: told.append(text)) as repo:
        assert repo.client_rows([old])[0].outstanding == ["probation to 2027-01-10"]
        assert told == []
