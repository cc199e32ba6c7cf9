"""R173-02: `clinic-app export --all | gzip > day.jsonl.gz` as the laptop shut down: SIGTERM came
to both while the export waited on a full pipe, held until the client's line was written whole
(C31-01), then gzip ended and the write failed (a broken pipe).  The export ended as if its reader
had simply had enough (`| head`): exit status 0, not a word, the stop it was sent lost and its
file cut short.  A stop held while a line is written to a reader that went away is now the stop:
"stopped (SIGTERM) after 1 of 3 clients: the export on standard output is incomplete", 143.
A real pipe whose reader closed, a real SIGTERM sent as the second client's line is written."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from clinic_app import cli, screen_command
from clinic_app.demo import generate_clients
from db.repository import Repository

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")


def test_an_export_stopped_as_its_reader_went_away_says_it_stopped(tmp_path, monkeypatch, capsys):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    read_end, write_end = os.pipe()
    pipe = os.fdopen(write_end, "w", encoding="utf-8")
    monkeypatch.setattr(cli, "utf8_stdout", lambda: pipe)
    write = screen_command.write_whole_line
    lines = []

    def written_as_stopped(stream, line):
        lines.append(line)
        if len(lines) == 2:  # the reader gone, and the stop sent, as the second client's line is written
            os.close(read_end)
            os.kill(os.getpid(), signal.SIGTERM)
        write(stream, line)

    monkeypatch.setattr(screen_command, "write_whole_line", written_as_stopped)
    try:
        assert cli.main(["--db", str(db), "export", "--all"]) == 143
    finally:
        pipe.close()
    assert ("clinic-app: stopped (SIGTERM) after 1 of 3 clients: the export on standard output is incomplete; "
            "export again, or use --out FILE, which is written only once whole.") in capsys.readouterr().err
