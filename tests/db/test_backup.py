"""Backups through the SQLite backup API, verified; restore gives back the identical caseload."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from clinic_app.model import Client, ClientSummary, Screening
from db import migrations
from db.backup import automatic_backups, backup_rotating, backup_to, made_at, restore, verify
from db.errors import CaseloadError, Corrupt, NewerSchema, NotADatabase
from db.repository import Repository
from full_record import full_client
from other_program import holding_open


def _snapshot(repo):
    """Everything a clinic keeps, in comparable form (the audit log is compared separately)."""
    return (
        list(repo.iter_clients()),
        repo.list_clients(),
        [repo.latest_screening(c.id) for c in repo.iter_clients()],
        [repo.reviews(c.id) for c in repo.iter_clients()],
        repo.get_setting("clinic_name"),
    )


def _fill(repo):
    ids = repo.add_clients([full_client(), Client(name="Tomás Herrera", language="es")])
    repo.store_screening(ids[0], Screening(as_of=date(2026, 5, 1), rules_version="r7"), "abc", ClientSummary(best="eligible_on", best_date=date(2027, 1, 1), outstanding=["restitution $2,200"]))
    repo.record_review(ids[0], "c1", "c1-1", "pc1203.4", "ok")
    repo.set_setting("clinic_name", "Clínica del Este")
    return ids


def test_backup_then_restore_gives_an_identical_caseload(repo, tmp_path):
    _fill(repo)
    before = _snapshot(repo)
    audit_before = repo.history()
    (tmp_path / "copies").mkdir()  # the user's folder: a backup makes none (B105)
    target = backup_to(repo.db, tmp_path / "copies" / "monday.sqlite")
    assert verify(target) == migrations.SCHEMA_VERSION
    # The clinic keeps working, then something goes wrong and they restore Monday's copy.
    repo.delete_client(repo.list_clients()[0].id)
    repo.set_setting("clinic_name", "oops")
    db_path = repo.path
    repo.close()
    safety = restore(target, db_path, user="attorney-2")
    with Repository.open(db_path) as restored:
        assert _snapshot(restored) == before
        log = restored.history()
        assert log[1:] == audit_before  # the restored history, plus one line for the restore
        assert (log[0].action, log[0].user, log[0].after["from"]) == ("restore", "attorney-2", str(target))
    # The caseload as it was before the restore was kept, and is itself a sound caseload.
    with Repository.open(safety) as kept:
        assert kept.get_setting("clinic_name") == "oops"


def test_backup_sees_changes_still_in_the_wal_file(repo, tmp_path):
    repo.add_client(Client(name="Only In The WAL"))
    assert os.path.getsize(repo.path + "-wal") > 0
    target = backup_to(repo.db, tmp_path / "b.sqlite")
    with Repository.open(target) as copy:
        assert [c.name for c in copy.iter_clients()] == ["Only In The WAL"]


def test_rotated_backups_keep_the_newest(repo, tmp_path):
    made = [backup_rotating(repo.db, tmp_path / "rot", keep=3) for _ in range(5)]
    assert sorted(p.name for p in (tmp_path / "rot").iterdir()) == sorted(p.name for p in made[-3:])


def test_rotation_keeps_only_its_own_caseloads_automatic_backups(tmp_path):
    """Two caseloads in one folder: each keeps its newest N automatic backups, and nothing
    else in the backups folder is deleted.  The pattern was ``caseload-*.sqlite`` whatever the
    caseload's name, so one caseload's rotation deleted the other's backups (D21-16)."""
    folder = tmp_path / "backups"
    folder.mkdir()
    others = [folder / name for name in ("before-migration-20260101-000000-000000.sqlite",
                                         "before-restore-20260101-000000-000000.sqlite", "caseload.backup.sqlite")]
    for other in others:
        other.write_bytes(b"kept")
    with Repository.open(tmp_path / "caseload-old.sqlite") as old:  # its name starts like the other's
        old.add_client(Client(name="Olga Old"))
        old_backups = [backup_rotating(old.db, keep=3) for _ in range(3)]
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        repo.add_client(Client(name="Nina New"))
        made = [backup_rotating(repo.db, keep=3) for _ in range(5)]
    assert all(path.parent == folder for path in made + old_backups)
    assert automatic_backups(folder, tmp_path / "caseload.sqlite") == made[-3:]
    assert automatic_backups(folder, tmp_path / "caseload-old.sqlite") == old_backups
    assert sorted(folder.iterdir()) == sorted(made[-3:] + old_backups + others)
    newest = made[-1]
    assert newest.name.startswith("caseload-") and made_at(newest) <= datetime.now(timezone.utc)
    assert newest.stat().st_mode & 0o777 == 0o600  # a caseload is confidential
    with Repository.open(newest, create=False) as copy:
        assert [c.name for c in copy.iter_clients()] == ["Nina New"]


def test_the_automatic_backup_of_an_encrypted_caseload_is_encrypted(tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
    from db.cipher import looks_encrypted

    with Repository.open(tmp_path / "secret.sqlite", passphrase="llave") as repo:
        repo.add_client(Client(name="Ana Encriptada"))
        made = backup_rotating(repo.db)
    assert made.parent == tmp_path / "backups" and looks_encrypted(made)
    assert verify(made, passphrase="llave") == migrations.SCHEMA_VERSION
    with pytest.raises(CaseloadError):
        verify(made)


def test_restore_refuses_a_bad_source_and_changes_nothing(repo, tmp_path):
    repo.add_client(Client(name="Keep Me"))
    db_path = repo.path
    repo.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    newer = tmp_path / "newer.sqlite"
    with Repository.open(newer) as other:
        other.db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    for source, error in ((junk, (Corrupt, NotADatabase)), (foreign, NotADatabase), (newer, NewerSchema), (tmp_path / "missing.sqlite", CaseloadError)):
        with pytest.raises(error):
            restore(source, db_path)
    with Repository.open(db_path) as repo_again:
        assert [c.name for c in repo_again.iter_clients()] == ["Keep Me"]
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_restore_over_a_damaged_caseload_sets_the_damaged_file_aside(tmp_path):
    good = tmp_path / "good.sqlite"
    with Repository.open(good) as repo:
        repo.add_client(Client(name="Rescued"))
        backup = backup_to(repo.db, tmp_path / "backup.sqlite")
    damaged = tmp_path / "caseload.sqlite"
    damaged.write_bytes(os.urandom(5000))
    aside = restore(backup, damaged)
    assert aside.read_bytes() != b"" and aside.name.startswith("caseload.sqlite.damaged-")
    with Repository.open(damaged) as repo:
        assert [c.name for c in repo.iter_clients()] == ["Rescued"]


def test_verify_refuses_a_file_with_orphan_rows(tmp_path):
    path = tmp_path / "orphans.sqlite"
    with Repository.open(path) as repo:
        repo.db.execute("PRAGMA foreign_keys = OFF")  # as a buggy old program might have
        repo.db.execute("INSERT INTO reviews (client_id, case_key, remedy, reviewer, at) VALUES (77, 'c1', 'pc1203.4', 'x', 'now')")
    with pytest.raises(Corrupt, match="parent is missing"):
        verify(path)


def test_a_backup_onto_the_caseload_itself_is_refused_and_changes_nothing(repo, tmp_path):
    """Chosen in the save dialog, the caseload's own file was "backed up (and checked)" with
    no second copy anywhere (W21-11)."""
    repo.add_client(Client(name="Sola Copia"))
    with pytest.raises(CaseloadError, match="is the caseload itself"):
        backup_to(repo.db, repo.path)
    assert [row.name for row in repo.list_clients()] == ["Sola Copia"]
    assert not list(tmp_path.glob(".*.partial"))


def test_a_backup_on_a_full_disk_says_the_backup_failed_and_the_caseload_is_unchanged(repo, tmp_path, monkeypatch):
    # Storage check D21-13: it said "the caseload <the backup's path> could not be saved",
    # as if an edit had been lost.
    import contextlib

    import db.backup as backup_module

    repo.add_client(Client(name="Tomás Herrera"))
    real_connection = backup_module._connection

    @contextlib.contextmanager
    def small_disk(path, **kwargs):
        with real_connection(path, **kwargs) as conn:
            conn.execute("PRAGMA max_page_count = 2")  # SQLite answers SQLITE_FULL past it, as on a full disk
            yield conn

    monkeypatch.setattr(backup_module, "_connection", small_disk)
    target = tmp_path / "backups" / "b.sqlite"
    with pytest.raises(CaseloadError) as raised:
        backup_to(repo.db, target)
    assert raised.value.kind == "disk_full"
    assert str(raised.value) == (f"The disk is full, so the backup {target} could not be written; the caseload itself is "
                                 "unchanged. Free some space and try again.")
    assert not target.exists() and list(target.parent.iterdir()) == []


def test_copies_made_before_restores_and_upgrades_are_bounded_per_caseload(tmp_path):
    """Every restore (and every schema upgrade) left one more whole copy of the caseload in
    ``backups/`` and none was ever deleted (D22-01).  Each kind now keeps its caseload's newest
    KEEP_BEFORE_CHANGE; another caseload's copies, the automatic backups, the copies named by
    earlier versions (whose caseload they do not say) and the user's own files stay."""
    from db.backup import KEEP_BEFORE_CHANGE, before_change_backups

    folder = tmp_path / "backups"
    folder.mkdir()
    untouched = [folder / name for name in ("before-restore-20260101-000000-000000.sqlite",
                                            "before-migration-20260101-000000-000000.sqlite", "mine.sqlite")]
    for path in untouched:
        path.write_bytes(b"kept")
    with Repository.open(tmp_path / "other.sqlite") as other:
        other.add_client(Client(name="Otto Other"))
        source = backup_to(other.db, tmp_path / "other-copy.sqlite")
    restore(source, tmp_path / "other.sqlite")
    others = [p for p in folder.iterdir() if p.name.startswith("other-before-restore-")]
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        repo.add_client(Client(name="Rita Restore"))
        automatic = backup_rotating(repo.db)
    safeties = [restore(source, tmp_path / "caseload.sqlite") for _ in range(KEEP_BEFORE_CHANGE + 2)]

    kept = before_change_backups(folder, tmp_path / "caseload.sqlite", "restore")
    assert kept == safeties[-KEEP_BEFORE_CHANGE:]
    assert all(p.name.startswith("caseload-before-restore-") for p in kept)
    assert len(others) == 1
    assert sorted(folder.iterdir()) == sorted([*kept, *others, automatic, *untouched])
    with Repository.open(safeties[-1], create=False) as newest:  # the caseload as it was before the last restore
        assert [c.name for c in newest.iter_clients()] == ["Otto Other"]
    assert not safeties[0].exists()  # Rita's caseload as it was before the first restore: the oldest copy


def test_copies_before_a_change_of_one_kind_never_push_out_another_kind(tmp_path):
    """A week of copies made before imports must not delete the copy made before an upgrade."""
    from db.backup import backup_before, before_change_backups

    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        repo.add_client(Client(name="Uma Upgrade"))
        upgrade = backup_before(repo.db, "migration", keep=1)
        imports = [backup_before(repo.db, "import", keep=2) for _ in range(3)]
    folder = tmp_path / "backups"
    assert before_change_backups(folder, tmp_path / "caseload.sqlite", "migration") == [upgrade]
    assert before_change_backups(folder, tmp_path / "caseload.sqlite", "import") == imports[-2:]
    assert verify(upgrade) == migrations.SCHEMA_VERSION


def test_restoring_the_oldest_copy_made_before_a_restore_does_not_delete_it_first(tmp_path):
    """The new copy made before a restore prunes the oldest: when that oldest is the very
    backup being restored, it must be read, not deleted."""
    from db.backup import KEEP_BEFORE_CHANGE, before_change_backups

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="Primera Version"))
        source = backup_to(repo.db, tmp_path / "copy.sqlite")
    for _ in range(KEEP_BEFORE_CHANGE):
        restore(source, path)
    oldest = before_change_backups(tmp_path / "backups", path, "restore")[0]
    with Repository.open(path) as repo:
        repo.add_client(Client(name="Segunda Version"))
    restore(oldest, path)
    with Repository.open(path) as repo:
        assert [c.name for c in repo.iter_clients()] == ["Primera Version"]
    assert oldest.exists()


def test_a_backup_never_replaces_another_caseload(tmp_path):
    """`clinic-app backup --db event.sqlite --to caseload.sqlite` (the two swapped) replaced the
    clinic's whole caseload with the event laptop's (D22-09); an older backup is still replaced."""
    with Repository.open(tmp_path / "caseload.sqlite") as clinic:
        clinic.add_client(Client(name="Clara Clinica"))
    with Repository.open(tmp_path / "event.sqlite") as event:
        event.add_client(Client(name="Eva Evento"))
        with pytest.raises(CaseloadError, match="is a caseload, not a backup"):
            backup_to(event.db, tmp_path / "caseload.sqlite")
        older = backup_to(event.db, tmp_path / "event-backup.sqlite")
        event.add_client(Client(name="Eli Evento"))
        assert backup_to(event.db, older) == older  # an older backup of it: replaced, as always
    with Repository.open(tmp_path / "caseload.sqlite", create=False) as clinic:
        assert [c.name for c in clinic.iter_clients()] == ["Clara Clinica"]
    with Repository.open(older, create=False) as copy:
        assert [c.name for c in copy.iter_clients()] == ["Eva Evento", "Eli Evento"]


def test_a_backup_clears_the_old_partial_copies_a_stopped_backup_left_and_only_those(repo, tmp_path):
    """WD22B-03: a backup stopped half-way left its hidden ``.<name>.partial`` copy (a whole
    caseload's size) for good.  The next automatic or before-change backup of the same
    caseload deletes its own partial copies older than an hour; a young one (a backup
    still running elsewhere), another caseload's, and a user's file are left alone."""
    from db.backup import backup_before

    folder = tmp_path / "backups"
    folder.mkdir()
    hour_ago = datetime.now(timezone.utc).timestamp() - 3700
    names = {
        "stale_auto": ".caseload-20261130-101010-000001.sqlite.partial",
        "stale_before": ".caseload-before-restore-20261130-101010-000002.sqlite.partial",
        "young": ".caseload-20261201-101010-000003.sqlite.partial",
        "other": ".event-20261130-101010-000004.sqlite.partial",
        "user": ".caseload-notes.sqlite.partial",
    }
    for key, name in names.items():
        (folder / name).write_bytes(b"half a copy")
        if key != "young":
            os.utime(folder / name, (hour_ago, hour_ago))

    backup_rotating(repo.db, folder)
    left = {path.name for path in folder.iterdir() if path.name.endswith(".partial")}
    assert left == {names["young"], names["other"], names["user"]}

    (folder / names["stale_before"]).write_bytes(b"half a copy")
    os.utime(folder / names["stale_before"], (hour_ago, hour_ago))
    backup_before(repo.db, "migration", folder)
    assert not (folder / names["stale_before"]).exists() and (folder / names["young"]).exists()


def test_opening_a_caseload_makes_its_files_and_backups_folder_its_users_alone(tmp_path, capsys):
    """D23-03: new caseloads are made readable by their user only, but one copied in (or made
    by an older version) with 0644, its leftover -wal and -shm files and a 0755 backups
    folder stayed readable by every account on the laptop however often it was opened.
    Opening narrows them, quietly."""
    import stat

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="Clara Confidencial"))
        backup_rotating(repo.db)
        # The program killed with the caseload open leaves its -wal and -shm files.
        wal, shm = (tmp_path / f"caseload.sqlite{suffix}" for suffix in ("-wal", "-shm"))
        for each in (path, wal, shm):
            os.chmod(each, 0o644)
        os.chmod(tmp_path / "backups", 0o755)
        with Repository.open(path) as again:  # the caseload opened a second time (or after the crash)
            assert [c.name for c in again.iter_clients()] == ["Clara Confidencial"]
        for each in (path, wal, shm):
            assert stat.S_IMODE(each.stat().st_mode) == 0o600, each
        assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
    assert capsys.readouterr() == ("", "")


def test_opening_a_caseload_removes_the_copies_a_stopped_encrypt_passphrase_change_or_restore_left(repo, tmp_path):
    """D24-08: encrypting, a passphrase change and a restore under another passphrase write
    a whole copy of the caseload to a hidden ``.<caseload>.encrypting`` (``.rekeying``,
    ``.restoring``) beside it; the program killed on the way left it there for good.  Opening
    the caseload removes its own old ones; a young one (that operation still running in
    another program) and another caseload's are left alone."""
    from db.backup import backup_to

    path = Path(repo.path)
    copy = backup_to(repo.db, tmp_path / "copy.sqlite")
    repo.close()
    hour_ago = datetime.now(timezone.utc).timestamp() - 3700
    left = {doing: tmp_path / f".caseload.sqlite.{doing}" for doing in ("encrypting", "rekeying", "restoring")}
    other = tmp_path / ".event.sqlite.encrypting"
    for made in (*left.values(), other):
        made.write_bytes(copy.read_bytes()[: len(copy.read_bytes()) // 2])  # as a kill leaves it: cut short
        if made != left["restoring"]:
            os.utime(made, (hour_ago, hour_ago))

    with Repository.open(path) as again:
        assert again.db.removed_leftovers == [left["encrypting"], left["rekeying"]]
    assert not left["encrypting"].exists() and not left["rekeying"].exists()
    assert left["restoring"].exists() and other.exists()
    with Repository.open(path) as again:  # nothing more to remove, nothing said
        assert again.db.removed_leftovers == []


def test_a_backup_to_a_file_first_clears_what_a_stopped_backup_to_it_left(repo, tmp_path):
    """D24-08: `backup --to X` killed half-way leaves a hidden ``.X.partial`` (a whole
    caseload but its last pages) and its ``.X.partial-journal`` beside X, on a USB stick
    say; the next backup to X removes both, and X is a good backup."""
    repo.add_client(Client(name="Before The Kill"))
    target = tmp_path / "stick" / "clinic.sqlite"
    target.parent.mkdir()
    whole = backup_to(repo.db, tmp_path / "whole.sqlite").read_bytes()
    partial = target.with_name(".clinic.sqlite.partial")
    journal = target.with_name(".clinic.sqlite.partial-journal")
    partial.write_bytes(whole[: len(whole) // 2])
    journal.write_bytes(whole[:512] + b"\x00" * 1024)  # a rollback journal as a kill leaves it
    assert backup_to(repo.db, target) == target
    assert not partial.exists() and not journal.exists()
    assert verify(target) == verify(tmp_path / "whole.sqlite")


def test_restore_of_a_plain_backup_is_refused_while_a_window_has_the_caseload_open(tmp_path):
    """D25-01: a plain backup was copied into the caseload while a window had it open: the
    window went on showing the caseload of before, and its undo history could write records of
    before back into the restored one.  Refused now, as encrypted restores were (D24-03), and
    nothing changes; with the window closed, it is made."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="In The Backup"))
        backup = backup_to(repo.db, tmp_path / "friday.sqlite")
    window = Repository.open(path, user="window")
    try:
        window.add_client(Client(name="Saved In The Window"))
        with pytest.raises(CaseloadError, match="is open in another Clinic Desk window or program. Close it there, then restore the backup; nothing was changed"):
            restore(backup, path)
        assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
        assert sorted(row.name for row in window.list_clients()) == ["In The Backup", "Saved In The Window"]
    finally:
        window.close()
    kept = restore(backup, path)
    with Repository.open(path) as repo:
        assert [row.name for row in repo.list_clients()] == ["In The Backup"]
    with Repository.open(kept) as repo:
        assert "Saved In The Window" in [row.name for row in repo.list_clients()]


def test_caseloads_set_aside_by_restores_are_bounded_like_the_copies_made_before_a_restore(tmp_path):
    """D25-03: a restore over a caseload it cannot back up (damaged, or encrypted with no
    passphrase given) renames it aside as ``<name>.damaged-<stamp>``: a whole caseload each
    time, never one deleted.  The newest few are kept, as the copies made before a restore
    are; another caseload's and a user's files beside it are left alone."""
    from db.backup import KEEP_BEFORE_CHANGE, set_aside_caseloads

    with Repository.open(tmp_path / "good.sqlite") as repo:
        repo.add_client(Client(name="Rescued"))
        backup = backup_to(repo.db, tmp_path / "backup.sqlite")
    caseload = tmp_path / "caseload.sqlite"
    untouched = [tmp_path / "other.sqlite.damaged-20260101-000000-000000", tmp_path / "caseload.sqlite.damaged-by-hand"]
    for path in untouched:
        path.write_bytes(b"keep me")
    asides = []
    for n in range(KEEP_BEFORE_CHANGE + 2):
        caseload.write_bytes(os.urandom(5000))
        Path(f"{caseload}-wal").write_bytes(b"wal %d" % n)
        asides.append(restore(backup, caseload))
    assert set_aside_caseloads(caseload) == asides[-KEEP_BEFORE_CHANGE:]
    assert not asides[0].exists() and not Path(f"{asides[0]}-wal").exists()
    assert Path(f"{asides[-1]}-wal").read_bytes() == b"wal %d" % (KEEP_BEFORE_CHANGE + 1)
    assert all(path.read_bytes() == b"keep me" for path in untouched)
    with Repository.open(caseload) as repo:
        assert [c.name for c in repo.iter_clients()] == ["Rescued"]


def test_restoring_the_caseload_onto_itself_is_refused_instead_of_waiting_for_ever(tmp_path):
    """D25-08: the caseload's own file chosen as the backup (one folder up from the backups,
    in the window's Choose file...) made the backup API wait for ever on its own lock."""
    import threading

    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_client(Client(name="Sola"))
    raised: list[BaseException] = []

    def run() -> None:
        try:
            restore(tmp_path / "." / "caseload.sqlite", path)
        except BaseException as err:  # noqa: BLE001 - looked at below
            raised.append(err)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "the restore is still waiting"
    assert len(raised) == 1 and isinstance(raised[0], CaseloadError)
    assert "is the caseload itself, not a backup of it" in str(raised[0]) and "Nothing was changed" in str(raised[0])
    assert not (tmp_path / "backups").exists()
    with Repository.open(path) as repo:
        assert [c.name for c in repo.iter_clients()] == ["Sola"]


def _damage(path):
    """Garbage over the caseload's pages after the first: SQLite's check finds it damaged."""
    with open(path, "r+b") as f:
        f.seek(4096 * 2)
        f.write(b"\xff" * 4096 * 3)


def _caseload_and_backup(tmp_path):
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients([Client(name=f"Client Number {n}") for n in range(40)])
        backup = backup_to(repo.db, tmp_path / "backup.sqlite")
    return path, backup


def test_a_damaged_caseload_open_in_a_window_or_another_program_is_never_set_aside(tmp_path):
    """D26-03: a restore renamed a damaged caseload aside with no check that a window (of this
    program or another) had it open: that window then went on saving into the renamed file."""
    from db.errors import Locked

    path, backup = _caseload_and_backup(tmp_path)
    with Repository.open(path):
        _damage(path)
        with pytest.raises(Locked, match="is damaged and open in another Clinic Desk window or program. Close it there"):
            restore(backup, path)
    with holding_open(path):
        with pytest.raises(Locked, match="is damaged and open in another Clinic Desk window or program. Close it there"):
            restore(backup, path)
    assert not list(tmp_path.glob("caseload.sqlite.damaged-*"))
    # Nobody has it open any more (the other program's end, as a crash, left its -wal and -shm).
    aside = restore(backup, path)
    assert aside.name.startswith("caseload.sqlite.damaged-")
    with Repository.open(path) as repo:
        assert len(repo.list_clients()) == 40


def test_restoring_from_a_caseload_file_in_wal_mode_makes_nothing_beside_it(tmp_path):
    """D25B-02: a restore (and `verify`, `clients_in`) from a file in WAL mode, such as another
    caseload or one a restore set aside, left an empty -wal and -shm beside it for good: read
    only, SQLite made them and could not remove them."""
    from db.backup import clients_in

    other = tmp_path / "other.sqlite"
    with Repository.open(other) as repo:
        repo.add_client(Client(name="From The Other Caseload"))
    assert other.read_bytes()[18:20] == b"\x02\x02"  # WAL mode, closed: nothing beside it
    path, _ = _caseload_and_backup(tmp_path)
    verify(other)
    assert clients_in(other) == 1
    restore(other, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite", "backups", "caseload.sqlite", "other.sqlite"]
    with Repository.open(path) as repo:
        assert [c.name for c in repo.iter_clients()] == ["From The Other Caseload"]


def test_a_source_with_its_wal_beside_it_is_restored_with_the_changes_in_the_wal(tmp_path):
    """D25B-02: a file read as it is on disk only when nothing is beside it; a source open in
    another window has its newest changes in its -wal, and they are restored too."""
    other = tmp_path / "other.sqlite"
    path, _ = _caseload_and_backup(tmp_path)
    with Repository.open(other) as window:
        window.add_client(Client(name="Only In The Wal"))
        assert Path(f"{other}-wal").stat().st_size > 0
        restore(other, path)
    with Repository.open(path) as repo:
        assert [c.name for c in repo.iter_clients()] == ["Only In The Wal"]


@pytest.mark.parametrize("name, content", [("notes.txt", b"pass phrase one\n"), ("letter.pdf", b"%PDF-1.4\n" + b"x" * 100)])
def test_a_backup_over_a_text_file_or_a_pdf_says_it_is_not_clinic_desks_not_encrypted(tmp_path, name, content):
    """D26-11: `backup --to notes.txt` was refused as "notes.txt is encrypted and this caseload
    is not": refused still, and left as it was, but said as what it is."""
    from db.errors import CannotOpen

    path, _ = _caseload_and_backup(tmp_path)
    target = tmp_path / name
    target.write_bytes(content)
    with Repository.open(path) as repo, pytest.raises(CannotOpen) as refused:
        backup_to(repo.db, target)
    said = str(refused.value)
    assert f"{target} is a file that is not Clinic Desk's (not a backup): it is left as it is." in said
    assert "encrypted" not in said and f"for example {tmp_path / target.stem}-" in said
    assert target.read_bytes() == content


def test_restoring_an_empty_file_says_it_is_empty(tmp_path):
    """D26-10: an empty file (a copy that failed, a download cut short) given to restore was
    called "an SQLite database but not a Clinic Desk caseload"."""
    path, _ = _caseload_and_backup(tmp_path)
    empty = tmp_path / "copied.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(NotADatabase, match=f"The file {empty} is empty: it is not a Clinic Desk caseload or backup."):
        restore(empty, path)
    with Repository.open(path) as repo:
        assert len(repo.list_clients()) == 40
    assert not (tmp_path / "backups").exists() and empty.read_bytes() == b""


def test_a_backup_cut_short_is_refused_as_a_damaged_backup_not_as_a_damaged_caseload(repo, tmp_path):
    """D28-04: a backup cut short (a USB stick pulled, a battery dead while copying it) was
    refused as "The caseload <backup> is damaged. Restore the latest backup": said of the file
    being restored, the advice was the very thing that had failed.  Now said of the backup."""
    _fill(repo)
    (tmp_path / "usb").mkdir()
    backup = backup_to(repo.db, tmp_path / "usb" / "friday.sqlite")
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    with pytest.raises(Corrupt) as refused:
        restore(backup, tmp_path / "caseload.sqlite")
    message = str(refused.value)
    assert f"The file {backup} is damaged" in message and "it cannot be used" in message
    assert "Restore the latest backup" not in message
    assert len(list(repo.iter_clients())) == 2  # nothing was changed
