"""H167-04: the attorney covering tomorrow's hearings found them in one step (`clinic-app list
--hearing-within 1`), and then wrote each client's filing worksheet by its number, one
command a client: `worksheet` took --client or --event only, and the hearings were of no one
event.  `worksheet --hearing-within DAYS --out DIR` writes the worksheet of every client
`list --hearing-within DAYS` lists, as `--event` writes an event's, into one folder."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app

AS_OF = "2026-12-06"


def test_h167_04_the_worksheets_of_the_clients_with_a_hearing_within_the_days(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        for name, hearing in (("Ana Manana", date(2026, 12, 7)), ("Beto Hoy", date(2026, 12, 6)),
                              ("Cora Luego", date(2026, 12, 20)), ("Dina Ayer", date(2026, 12, 5)), ("Eva Sin", None)):
            client = to_file(name)
            client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 10, 20), hearing_on=hearing))
            repo.add_client(client)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", AS_OF).returncode == 0
    listed = clinic_app("list", "--db", str(db), "--as-of", AS_OF, "--hearing-within", "1").stdout
    assert [line.split("\t")[1] for line in listed.splitlines()] == ["Beto Hoy", "Ana Manana"]  # by the hearing (K170-01)
    out = tmp_path / "hearings"
    result = clinic_app("worksheet", "--db", str(db), "--as-of", AS_OF, "--hearing-within", "1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ana-manana-0001-worksheet.pdf", "beto-hoy-0002-worksheet.pdf"]
    assert "2 worksheets" in result.stdout
    # None to come in the days asked: said, as list says it, and no folder made.
    none = clinic_app("worksheet", "--db", str(db), "--as-of", "2026-12-21", "--hearing-within", "3", "--out", str(tmp_path / "none"))
    assert none.returncode != 0 and "no client has a hearing" in none.stderr
    assert not (tmp_path / "none").exists()


def test_h167_04_one_of_client_event_and_hearings_is_asked(tmp_path):
    for given in ([], ["--client", "1", "--hearing-within", "1"]):
        result = clinic_app("worksheet", "--db", str(tmp_path / "none.sqlite"), *given, "--out", str(tmp_path / "out"))
        assert result.returncode == 2 and "give one of --client, --event, --hearing-within, --reviewed-since or --to-file-within" in result.stderr


def test_r170_02_the_command_list_and_the_help_say_the_hearings_folder_too():
    """R170-02: `clinic-app --help` listed `worksheet` as writing "a client's filing worksheet
    for staff (PDF), or a whole event's", and `worksheet --help` began so too: the attorney
    reading them for tomorrow's hearings was not told of --hearing-within (W104-08's fault, again)."""
    import argparse

    from clinic_app.cli import build_parser

    parser = build_parser()
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    listed = {choice.dest: choice.help for choice in sub._choices_actions}
    assert "or a whole event's, or those of the coming hearings" in listed["worksheet"]
    assert "or every one of an event's, of the coming hearings" in " ".join(sub.choices["worksheet"].description.split())
