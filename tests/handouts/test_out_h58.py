"""H58-04: `clinic-app handout` (and `worksheet`) given a folder for one client's PDF said only
"FOLDER: Is a directory"; given a file for an event's folder, or a path through a file, "FILE:
File exists": nothing said what --out wanted.  Each is now said in the words typed, with
what to give, before the caseload is read, and nothing is written."""

from __future__ import annotations

import pytest

from clinic_app.cli import main


@pytest.fixture
def caseload(fair_caseload, tmp_path):
    (tmp_path / "notes.txt").write_text("mine\n")
    return fair_caseload


@pytest.mark.parametrize("noun", ["handout", "worksheet"])
@pytest.mark.parametrize("who, out, said", [
    (["--client", "1"], "", "--out {tmp} is a folder; give the {noun}'s file name, for example {tmp}/1.pdf"),
    (["--client", "1"], "notes.txt/one.pdf", "--out {tmp}/notes.txt/one.pdf: {tmp}/notes.txt is a file, not a folder"),
    (["--event", "Fair"], "notes.txt", "--out {tmp}/notes.txt is a file; --event writes one {noun} per client into a folder: "
                                       "give a folder's name (a new one is made)"),
    (["--event", "Fair"], "notes.txt/fair", "--out {tmp}/notes.txt/fair: {tmp}/notes.txt is a file, not a folder"),
])
def test_an_out_that_cannot_take_the_pdfs_is_said_with_what_to_give(caseload, tmp_path, capsys, noun, who, out, said):
    before = sorted(p.name for p in tmp_path.iterdir())
    target = tmp_path / out if out else tmp_path
    assert main([noun, "--db", str(caseload), *who, "--as-of", "2026-11-01", "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"clinic-app: {said.format(tmp=tmp_path, noun=noun)}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "notes.txt").read_text() == "mine\n"
