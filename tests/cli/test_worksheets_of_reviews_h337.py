"""H337-01: the supervising attorney went through the queue before a clinic Saturday, marking
results reviewed client after client, and then had no way to print what they had decided for
the paralegals: `worksheet` took --client, --event or --hearing-within, and the clients reviewed
had left Review needed as each was done.  `worksheet --reviewed-since DATE --out DIR` writes the
worksheet of every client with a review recorded on DATE or after (each prints its reviews),
a review taken back by Undo not counted."""

from __future__ import annotations

from datetime import datetime, timezone

from db.repository import Repository
from tests.automatic_relief import clean_slate_only
from tests.cli.test_cli import clinic_app


def test_h337_01_the_worksheets_of_the_clients_reviewed_since_a_day(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = [repo.add_client(clean_slate_only(name)) for name in ("Ana Hoy", "Beto Antes", "Cora Nunca")]
        repo.record_reviews(ids[0], [("c1", "c1-1", "pc1203_4", None)], "Fines were no condition: file",
                            reviewer="A. Attorney", at=datetime(2026, 12, 7, 18, tzinfo=timezone.utc))
        repo.record_reviews(ids[1], [("c1", "c1-1", "pc1203_4", None)], "Checked",
                            reviewer="A. Attorney", at=datetime(2026, 11, 2, 18, tzinfo=timezone.utc))
    out = tmp_path / "reviewed"
    result = clinic_app("worksheet", "--db", str(db), "--as-of", "2026-12-07", "--reviewed-since", "2026-12-07", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ana-hoy-0001-worksheet.pdf"]
    everyone = clinic_app("worksheet", "--db", str(db), "--reviewed-since", "2026-11-01", "--out", str(tmp_path / "all"))
    assert everyone.returncode == 0, everyone.stderr
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == ["ana-hoy-0001-worksheet.pdf", "beto-antes-0002-worksheet.pdf"]
    # None reviewed since the day asked: said, and no folder made.
    none = clinic_app("worksheet", "--db", str(db), "--reviewed-since", "2026-12-08", "--out", str(tmp_path / "none"))
    assert none.returncode != 0 and "no attorney's review was recorded on 2026-12-08 or after" in none.stderr
    assert not (tmp_path / "none").exists()


def test_h337_01_one_of_the_four_is_asked(tmp_path):
    result = clinic_app("worksheet", "--db", str(tmp_path / "none.sqlite"), "--client", "1", "--reviewed-since", "2026-12-07",
                        "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "give one of --client, --event, --hearing-within, --reviewed-since or --to-file-within" in result.stderr


def test_r344_01_a_day_that_does_not_exist_is_refused_by_its_own_option_before_the_file_is_opened(tmp_path):
    """"--since: Not a date: there is no 2026-02-30" named an option worksheet does not have, and
    a caseload not there was said first: the day typed is the fault, said by its own name."""
    result = clinic_app("worksheet", "--db", str(tmp_path / "none.sqlite"), "--reviewed-since", "2026-02-30",
                        "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "--reviewed-since: Not a date: there is no 2026-02-30 (February 2026 has 28 days)" in result.stderr
    assert "--since:" not in result.stderr.replace("--reviewed-since:", "")
    assert not (tmp_path / "out").exists()
