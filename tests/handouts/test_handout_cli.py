"""`clinic-app handout` end to end: a real caseload file, the real engine, real PDFs."""

from __future__ import annotations

import pytest
from handout_render import squash
from pypdf import PdfReader

from clinic_app.cli import main
from clinic_app.demo import generate_clients

pytestmark = pytest.mark.pdf


@pytest.fixture
def caseload(tmp_path):
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    repo = Repository.open(path, create=True)
    clients = list(generate_clients(8, seed=5))
    for client in clients:
        client.event = "Fair — Compton"
    ids = repo.add_clients(clients)
    repo.set_setting("clinic_name", "Compton Clean Slate Clinic")
    repo.set_setting("clinic_phone", "(310) 555-0123")
    repo.close()
    return path, ids, clients


def test_one_client_in_spanish_large_print(caseload, tmp_path, capsys):
    path, ids, clients = caseload
    out = tmp_path / "h.pdf"
    assert main(["handout", "--db", str(path), "--client", str(ids[0]), "--lang", "es",
                 "--large-print", "--as-of", "2026-11-01", "--out", str(out)]) == 0
    reader = PdfReader(out)
    text = squash(" ".join(p.extract_text() for p in reader.pages))
    assert squash(clients[0].name) in text and "1 de noviembre de 2026" in text
    assert "Compton Clean Slate Clinic" in text and "(310) 555-0123" in text
    assert reader.metadata.author == "Compton Clean Slate Clinic"
    assert reader.trailer["/Root"]["/Lang"] == "es-US"
    assert str(out) in capsys.readouterr().out
    again = tmp_path / "again.pdf"
    main(["handout", "--db", str(path), "--client", str(ids[0]), "--lang", "es", "--large-print",
          "--as-of", "2026-11-01", "--out", str(again)])
    assert again.read_bytes() == out.read_bytes()


def test_the_caseload_may_be_named_before_the_subcommand(caseload, tmp_path, monkeypatch):
    # Hand-out check H19-19: `clinic-app --db X handout ...` read the default caseload instead.
    path, ids, clients = caseload
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty-data"))  # the default: no such client
    out = tmp_path / "first.pdf"
    assert main(["--db", str(path), "handout", "--client", str(ids[1]), "--as-of", "2026-11-01", "--out", str(out)]) == 0
    assert squash(clients[1].name) in squash(" ".join(p.extract_text() for p in PdfReader(out).pages))


def test_whole_event_with_progress(caseload, tmp_path, capsys):
    path, ids, _ = caseload
    out = tmp_path / "event"
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-01",
                 "--out", str(out)]) == 0
    assert len(list(out.glob("*.pdf"))) == len(ids)
    captured = capsys.readouterr()
    assert f"handouts: {len(ids)}/{len(ids)} done" in captured.err  # C31-03: screen_command.ProgressBar
    assert f"{len(ids)} handouts" in captured.out


@pytest.mark.parametrize(("argv", "message"), [
    (["--client", "999"], "no client number 999"),
    (["--event", "Nowhere"], "no clients were seen at event 'Nowhere'"),
    # As every command reads a date (C103-06): it said "--as-of must be a date like 2026-11-15".
    # Since K293-01 in the window's date boxes' words (and "20261115", a RAP sheet's, taken as they take it).
    (["--client", "1", "--as-of", "2026-02-30"], "--as-of: Not a date: there is no 2026-02-30 (February 2026 has 28 days)"),
    (["--client", "1", "--as-of", "3/4/25"], "--as-of: Not a date: write the year with its four digits, not “25”"),
    (["--client", "1", "--as-of", "2026-W46-7"], "--as-of: Not a date: write it as"),
    (["--client", "1", "--lang", "vi"], "no handout texts for --lang vi"),
])
def test_mistakes_are_one_line_and_exit_2(caseload, tmp_path, capsys, argv, message):
    path, _, _ = caseload
    out = tmp_path / ("x" if "--event" in argv else "x.pdf")  # an event's handouts go in a folder (J59-01)
    assert main(["handout", "--db", str(path), *argv, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_handouts_are_readable_by_their_user_only(caseload, tmp_path, usual_umask):
    # Storage check D21-04: a handout names the client and their convictions, and was
    # written 0644 (an event's folder 0755), readable by every account on the laptop.
    import stat

    path, ids, _ = caseload
    one = tmp_path / "one.pdf"
    one.write_bytes(b"%PDF-1.4\n% an older handout, saved before\n")
    one.chmod(0o644)
    assert main(["handout", "--db", str(path), "--client", str(ids[0]), "--as-of", "2026-11-01", "--out", str(one)]) == 0
    assert stat.S_IMODE(one.stat().st_mode) == 0o600 and PdfReader(one).pages
    event = tmp_path / "handouts" / "compton"
    event.parent.mkdir()  # the folder the event's is made in is there (C103-09)
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-01", "--out", str(event)]) == 0
    assert stat.S_IMODE(event.stat().st_mode) == 0o700
    assert {stat.S_IMODE(f.stat().st_mode) for f in event.glob("*.pdf")} == {0o600}


def test_a_handout_is_not_written_over_the_caseload_or_any_file_that_is_not_a_pdf(caseload, tmp_path, capsys):
    # Storage check D21-11: `--out` naming the caseload wrote the PDF over it: every client lost.
    from db.repository import Repository

    path, ids, clients = caseload
    before = path.read_bytes()
    assert main(["handout", "--db", str(path), "--client", str(ids[0]), "--as-of", "2026-11-01", "--out", str(path)]) == 2
    assert "is a file that is not a PDF" in capsys.readouterr().err
    assert path.read_bytes() == before
    with Repository.open(path, create=False) as repo:
        assert repo.count_clients() == len(clients)
    handout = tmp_path / "h.pdf"
    for _ in range(2):  # a handout written again replaces the older PDF
        assert main(["handout", "--db", str(path), "--client", str(ids[0]), "--as-of", "2026-11-01", "--out", str(handout)]) == 0


def test_w31_04_a_client_removed_after_the_event_s_run_began_is_skipped_named_and_the_rest_written(caseload, tmp_path, monkeypatch, capsys):
    """The run has read whom the event has; then, as it reads its first client, another desk
    removes the fourth (this run's own connection removes it: the caseload is the same).  The
    command ended with "There is no client number 4 in this caseload" and no handout at all;
    now the others are written and the one removed is named, as the window's batch does
    (B30-01), with the exit status of a handout that could not be written (H23-04)."""
    from db.repository import Repository

    path, ids, clients = caseload
    real = Repository.get_client
    removed = []

    def get_client(self, wanted):
        if not removed:
            removed.append(ids[3])
            self.delete_client(ids[3])
        return real(self, wanted)

    monkeypatch.setattr(Repository, "get_client", get_client)
    out = tmp_path / "event"
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-01",
                 "--out", str(out)]) == 1
    assert len(list(out.glob("*.pdf"))) == len(ids) - 1
    assert not list(out.glob(f"*-{ids[3]:04d}.pdf"))
    captured = capsys.readouterr()
    assert f"no handout for {clients[3].name}: removed from the caseload after the batch began" in captured.err.splitlines()
    assert f"{len(ids) - 1} handouts" in captured.out
