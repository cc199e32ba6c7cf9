"""B129-02: the clinic's director, the morning after an event laptop was lost, found nothing in
the README about it: the word "lost" was not there.  It now says what went with the laptop
(the clients seen since its last export, in no other caseload), what can be read on it (all of
it, unless encrypted; exports and PDFs always), and how to list whom it held, with a command
typed here as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from clinic_app import cli
from clinic_app.model import Client
from db.repository import Repository

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _paragraph(lead: str) -> str:
    assert f"**{lead}**" in README, f"the README has no paragraph {lead!r}"
    return README.split(f"**{lead}**", 1)[1].split("\n\n", 1)[0]


def test_the_readme_says_what_a_lost_laptop_took_and_what_can_be_read_on_it():
    said = _paragraph("A laptop lost or stolen.")
    for words in ("last export", "encrypted", "passphrase", "exports", "PDFs", "for the clinic to decide"):
        assert words in said, words
    assert "[Encryption](#encryption)" in said


def test_its_command_lists_the_clients_the_laptop_held(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    caseload = tmp_path / "data" / "ClinicDesk" / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        repo.add_clients([Client(name="Rosa Benítez", event="Saturday Fair"), Client(name="Tomás Herrera", event="Saturday Fair"),
                          Client(name="Office Walk-in")])
    (command,) = [shlex.split(c)[1:] for c in re.findall(r"`(clinic-app [^`]*)`", _paragraph("A laptop lost or stolen."))]
    command[command.index("EVENT NAME")] = "saturday fair"
    capsys.readouterr()
    assert cli.main(command) == 0
    listed = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert sorted(listed) == ["Rosa Benítez", "Tomás Herrera"]
