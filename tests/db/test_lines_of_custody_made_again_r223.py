"""R223-01: S215-02 and S215-04 gave the caseload's Outstanding a label where it had none: a split
PC 1170(h) sentence whose supervision was left at Unknown, "mandatory supervision end date"; a
straight jail term with no release day, "release date".  Both change what `summarize` gives for the
same screening, yet LINES_WORDING stayed 1, so a caseload screened before kept those clients' lines
empty (nothing outstanding, no "custody or supervision" to wait for) until each was screened again.
Opening such a caseload now makes their lines again (db.lines, L181)."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import facts_hash, screen
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence
from clinic_app.summary import summarize
from db.repository import Repository

AS_OF = date(2026, 12, 7)


def jail_term(name: str, custody: Custody) -> Client:
    """A PC 459 sentenced to county jail under PC 1170(h) in 2014, as S215's Dario."""
    when = date(2014, 6, 10)
    case = Case(id="c1", case_number="BA412345", convictions=[
        Conviction(id="c1-1", section="459", code="PC", level="felony", conviction_date=when)],
        sentence=Sentence(type="county_jail_1170h", judgment_date=when, custody=custody))
    return Client(name=name, person=Person(dob=date(1990, 4, 2)), cases=[case])


def test_a_caseload_screened_before_s215_gets_its_custody_lines_on_opening(tmp_path):
    path = tmp_path / "caseload.sqlite"
    clients = {"mandatory supervision end date": jail_term("Split, Dario (synthetic)",
                                                           Custody(split=True, release_date=date(2015, 6, 10))),
               "release date": jail_term("Straight, Dario (synthetic)", Custody(supervision="none"))}
    ids = {}
    with Repository.open(path, user="paralegal-1") as repo:
        for label, client in clients.items():
            client.id = repo.add_client(client)
            screening = screen(client.person, client.cases, AS_OF)
            repo.store_screening(client.id, screening, facts_hash(client.person, client.cases),
                                 summarize(client, screening, AS_OF), client.cases)
            ids[label] = client.id
        conn = repo.db.conn
        with conn:  # as the program before S215 stored them, and marked the caseload
            conn.execute("UPDATE clients SET outstanding = '[]'")
            conn.execute("UPDATE screenings SET outstanding = '[]'")
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('caseload_lines_wording', '1')")
    with Repository.open(path, user="paralegal-1") as repo:
        lines = {row.id: row.outstanding for row in repo.list_clients()}
    assert lines == {client_id: [label] for label, client_id in ids.items()}
