"""P119: a client who asked the clinic to keep nothing about them could be deleted only in the
window.  `clinic-app delete --client ID --name NAME` removes them as File > Delete client does;
with no undo at a terminal, a number mistyped (another client's name) deletes nobody, and what
is not deleted (the backups beside the caseload, the PDFs with their name) is said."""

from __future__ import annotations

from datetime import date

from clinic_app import cli
from clinic_app.model import Case, Client, Conviction, Person
from db.backup import backup_rotating, backups_folder
from db.repository import Repository


def _client(name: str, number: str) -> Client:
    return Client(name=name, person=Person(dob=date(1986, 3, 20)), cases=[
        Case(id="c1", case_number=number, county="Los Angeles", disposition_date=date(2020, 2, 7),
             convictions=[Conviction(id="c1-1", section="484", code="PC", level="misdemeanor", conviction_date=date(2020, 2, 7))])])


def _caseload(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        ids = repo.add_clients([_client("Mónica Ibáñez", "25CJCM81162"), _client("Rocío Muñoz", "BA300003")])
        repo.keep_draft(ids[0], {"client": {"name": "Mónica Ibáñez"}}, of="intake")
        backup_rotating(repo.db)
    return path, ids


def test_p119_02_delete_at_a_terminal_removes_the_client_and_says_what_it_did_not_delete(tmp_path, capsys):
    path, (monica, rocio) = _caseload(tmp_path)
    assert cli.main(["delete", "--db", str(path), "--client", str(monica), "--name", "monica  IBANEZ"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Deleted Mónica Ibáñez (id {monica}, born 1986-03-20, 1 case) from {path}: ")
    assert "There is no undo at a terminal" in out
    assert f"  - 1 backup made before, in {backups_folder(path)}, until newer ones take its place" in out
    assert f"search the file names for “monica-ibanez” (an event's folder holds monica-ibanez-{monica:04d}.pdf)" in out
    with Repository.open(path) as repo:
        assert [c.id for c in repo.iter_clients()] == [rocio]
        assert repo.search_ids("25CJCM81162") == [] and repo.draft(monica, of="intake") is None
        assert repo.history(monica)[0].action == "delete"  # audited, as the window's


def test_p119_02_a_number_mistyped_names_its_client_and_deletes_nobody(tmp_path, capsys):
    path, (monica, rocio) = _caseload(tmp_path)
    assert cli.main(["delete", "--db", str(path), "--client", str(rocio), "--name", "Mónica Ibáñez"]) == 2
    err = capsys.readouterr().err
    assert f"Client {rocio} is Rocío Muñoz (id {rocio}, born 1986-03-20, 1 case), not “Mónica Ibáñez”: nobody was deleted" in err
    assert cli.main(["delete", "--db", str(path), "--client", "99", "--name", "Mónica Ibáñez"]) == 2
    assert "There is no client number 99 in this caseload (see clinic-app list" in capsys.readouterr().err
    with Repository.open(path) as repo:
        assert sorted(c.id for c in repo.iter_clients()) == [monica, rocio]


def test_h405_02_deleted_with_no_backup_beside_the_caseload_says_so(tmp_path, capsys):
    """H405-02: the wrong client deleted at a terminal, on a caseload with no backup yet, was
    told they come "back from a backup made before", and there was none to bring them back from."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        (monica,) = repo.add_clients([_client("Mónica Ibáñez", "25CJCM81162")])
    assert cli.main(["delete", "--db", str(path), "--client", str(monica), "--name", "Mónica Ibáñez"]) == 0
    out = capsys.readouterr().out
    assert "comes back from a backup made before" not in out
    assert (f"There is no undo at a terminal, and no backup of this caseload is in {backups_folder(path)} to bring "
            "them back from: only a copy made before and kept elsewhere (a USB stick's) has them.") in out
