"""S150-04: `clinic-app rescreen` by new rules, stopped with Ctrl-C after some ranges were stored,
said how far it got (H58-02) and named none of the clients whose answers the new rules had
already changed in those ranges (U148-01 names them only at the end).  Run again, it compares
with their newest screening, now the new rules', and names them no more: whom to call was lost.
Those found before the stop are now named, with a line saying the list is partial; a range not
stored (the stop came while it was written) names nobody."""

from __future__ import annotations

from datetime import date

from clinic_app import cli
from clinic_app.eligibility import RULES_VERSION
from db import rescreen as rescreen_module
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.older_rules import OLDER_RULES, told_by_older_rules, waited_until


def test_s150_04_a_rescreen_stopped_names_whose_answers_it_already_changed(tmp_path, monkeypatch, capsys):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = [repo.add_client(to_file(name)) for name in ("Ana Primera", "Beto Segundo", "Carla Tercera")]
    assert cli.main(["--db", str(db), "rescreen", "--as-of", "2026-12-02"]) == 0
    with Repository.open(db) as repo:
        for client_id in ids:
            told_by_older_rules(repo, client_id, waited_until("pc1203_4", date(2027, 1, 5)))
    capsys.readouterr()

    monkeypatch.setattr(rescreen_module, "RANGE_SIZE", 1)
    compare = Repository._answers_moved
    calls = []

    def compared_then_ctrl_c(self, *args):  # Ctrl-C in the third range, after its comparison, before it is stored
        compare(self, *args)
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(Repository, "_answers_moved", compared_then_ctrl_c)
    assert cli.main(["--db", str(db), "rescreen", "--as-of", "2026-12-02"]) == 130
    said = capsys.readouterr()
    assert "interrupted after 2 of 3 clients" in said.err, said.err
    assert (f"2 clients whose answers changed with the rules of this program ({RULES_VERSION}; screened before by "
            f"{OLDER_RULES}): what they were told may no longer hold:") in said.out, said.out
    assert ("A partial list: the re-screen stopped after 2 of 3 clients, and names only those it stored. "
            "Run again, it will not name these again.") in said.out, said.out
    lines = [line.split("\t") for line in said.out.splitlines() if "\t" in line]
    assert lines == [[str(ids[0]), "Ana Primera", "1980-05-05", "PC 1203.4 dismissal: ELIGIBLE ON 2027-01-05, now ELIGIBLE NOW"],
                     [str(ids[1]), "Beto Segundo", "1980-05-05", "PC 1203.4 dismissal: ELIGIBLE ON 2027-01-05, now ELIGIBLE NOW"]]
    with Repository.open(db) as repo:  # the third's range was not stored: its older answer stands
        assert repo.latest_screening(ids[2]).screening.rules_version == OLDER_RULES
