"""C112-02: `clinic-app handout --event` said its notes before the batch (the clients awaiting
an attorney's review, those with no case, no way to reach the clinic, hours in English only) as
single lines of up to 190 characters, which the terminal broke mid-word.  They are wrapped
between words, as `screen --format text` and `report` are: to the terminal's width, and to
100 columns in a file or a pipe."""

from __future__ import annotations

import shutil

import pytest

from db.repository import Repository
from tests.cli.test_cli import clinic_app


def _notes(screened_caseload, out) -> list[str]:
    """The notes `handout --event` says before its batch, of the event with the most to say."""
    db = str(screened_caseload)
    with Repository.open(screened_caseload) as repo:
        event = max(repo.events(), key=lambda name: sum(row.awaiting_review for row in repo.list_clients(event=name)))
    said = clinic_app("handout", "--db", db, "--event", event, "--out", out).stderr
    return said.split("\nhandouts: ", 1)[0].splitlines()


@pytest.mark.parametrize("columns, width", [("60", 60), ("80", 80), (None, 100)])
def test_c112_02_the_notes_before_an_events_batch_are_wrapped_between_words(screened_caseload, tmp_path, monkeypatch,
                                                                            columns, width):
    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    notes = _notes(screened_caseload, tmp_path / "day")
    said = " ".join(" ".join(notes).split())
    assert "still await an attorney's review" in said and "clinic-app clinic" in said  # the notes this is about
    # No line wider, but a word that is wider alone (the caseload's path in a command said:
    # kept whole so it can be copied, M58-03).
    assert all(len(line) <= width or " " not in line.strip() for line in notes), notes
    assert len([line for line in notes if line]) > notes.count("") + 1  # more lines than notes: wrapped, not cut
    for line in notes:
        assert not line.endswith("-") or line.endswith(" -"), line  # no word broken at a hyphen


def test_c112_02_the_words_are_the_notes_words_in_order(screened_caseload, tmp_path, monkeypatch):
    """Each word whole at any width: the commands said name the caseload's path (R113-02), which
    under pytest-xdist is longer than 60 columns, and was cut in two (M58-03)."""
    deep = tmp_path / "a_folder_whose_name_is_long" / "another_folder_with_a_long_name" / "caseload.sqlite"
    deep.parent.mkdir(parents=True)
    shutil.copy(screened_caseload, deep)
    wide = " ".join(_notes(deep, tmp_path / "wide")).split()
    assert any(str(deep.parent.parent) in word for word in wide)  # the path said: the commands name it
    monkeypatch.setenv("COLUMNS", "60")
    assert " ".join(_notes(deep, tmp_path / "narrow")).split() == wide
