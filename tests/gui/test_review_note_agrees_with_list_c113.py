"""C113-03: `clinic-app handout --event` said "2 clients still await an attorney's review: ...
(Review needed, or clinic-app list --review --event 'First Saturday', lists them)", and that
command listed 1: the second, imported and never screened, is counted by the batch's fresh
screening (C112-01) but is on no review list until screened, so the attorney reviewing the list
never found them.  The note counts the queue as the list lists it, and says the never-screened
apart, with the list that has them and how to put them on the queue."""

from __future__ import annotations

import shlex

from tests.cli.test_help_width_j59 import words
from tests.gui.test_review_count_unscreened_c112 import _event_with_one_never_screened


def _listed(main, capsys, command: str, db) -> list[str]:
    """The command said, run as typed: it names the run's caseload (R113-02)."""
    assert shlex.split(command)[:4] == ["clinic-app", "list", "--db", str(db)]
    assert main(shlex.split(command)[1:]) == 0
    return capsys.readouterr().out.splitlines()


def test_c113_03_the_note_counts_whom_the_list_it_names_lists(qtbot, window, repo, tmp_path, capsys):
    from clinic_app.cli import main

    _event_with_one_never_screened(window, repo)  # Alejandra on the queue, Bruno never screened, Rosa
    assert main(["handout", "--db", str(repo.path), "--event", "First Saturday", "--out", str(tmp_path / "day")]) == 0
    said = words(capsys.readouterr().err)
    assert "1 client still awaits an attorney's review: their handout would go out before it" in said
    queue = said.split("(Review needed, or ", 1)[1].split(", lists them)", 1)[0]
    assert [line.split("\t")[1] for line in _listed(main, capsys, queue, repo.path)] == ["Alejandra Orozco"]
    assert "1 client not screened yet has results that need an attorney's review" in said
    unscreened = said.split("(Not screened yet, or ", 1)[1].split(", lists them", 1)[0]
    assert [line.split("\t")[1] for line in _listed(main, capsys, unscreened, repo.path)] == ["Bruno Ramos"]
    assert f"or clinic-app rescreen --db {shlex.quote(str(repo.path))}, screens them" in said


def test_c113_03_the_lists_help_says_a_client_not_screened_is_listed_once_screened(capsys):
    from clinic_app.cli import main

    try:
        main(["list", "--help"])
    except SystemExit:
        pass
    review = words(capsys.readouterr().out).split("--review ", 1)[1].split("--hearing-within", 1)[0]
    assert "a client not screened yet is listed once screened (--outcome not_screened lists them" in review


def test_c113_04_a_batch_screens_a_client_never_screened_once(qtbot, window, repo, tmp_path, capsys, monkeypatch):
    """C112-01 screened Bruno, never screened, once for the note and again for his handout:
    an import's hundreds of unscreened clients each screened twice.  Once now, the note's
    screening printed."""
    import clinic_app.eligibility
    from clinic_app.cli import main

    _event_with_one_never_screened(window, repo)
    screened = []
    real = clinic_app.eligibility.screen

    def counted(person, cases, as_of):
        screened.append(id(person))  # each client's record is read once, for the note and the batch
        return real(person, cases, as_of)

    monkeypatch.setattr(clinic_app.eligibility, "screen", counted)
    assert main(["handout", "--db", str(repo.path), "--event", "First Saturday", "--out", str(tmp_path / "day")]) == 0
    assert "1 client not screened yet has results" in words(capsys.readouterr().err)  # Bruno's counted
    assert len(screened) == len(set(screened)) == 3  # each of the three once
