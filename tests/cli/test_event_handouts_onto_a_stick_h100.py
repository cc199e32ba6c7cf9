"""H100-02: an event's handouts written onto a USB stick that filled halfway (a real 300 KB
tmpfs: 4 of 13 written) said, for each of the other nine clients, "no handout for Guadalupe
García Gómez: [Errno 28] No space left on device: '/media/stick/fair/0013-...pdf'", made every
one of them first, and its bar said "13/13 done"; on a locked stick, thirteen such lines of
"Read-only file system".  Nothing said what to do (H99-04 says it of one file).  The batch now
stops at a drive that takes no more (full, read-only, taken out), names the client it stopped
at in the drive's words, says the others have none and that those written are the first in the
list's order, then once what to do; exit status 1.  No partial PDF is left, and the PDFs
written are whole.  One client's file refused (a PDF viewer holds it) is named with what to do,
and the batch goes on.  The drives are stood in for where the program meets them, as H99-04's
tests do (tests/cli/test_files_not_written_said_h99.py); the last test, a folder name a FAT
stick refuses, held before (H99-04's cli.main) and is kept as the batch's guard."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from clinic_app import private_files
from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_files_not_written_said_h99 import stick_refusing

EVENT = "Second Chance Fair — Long Beach"
FULL = "The drive is full: free some space on it, or choose another drive, and try again."


@pytest.fixture
def caseload(tmp_path) -> Path:
    path = tmp_path / "laptop.sqlite"
    clients = list(generate_clients(6, seed=99))
    for client in clients:
        client.event = EVENT
    with Repository.open(path) as repo:
        repo.add_clients(clients)
    return path


def stick_filling_after(monkeypatch, stick: Path, whole: int) -> None:
    """The drive at `stick` takes `whole` files, then fills part-way through the next one's
    bytes: half of them written, then "No space left on device", as a real full stick does."""
    real_open = private_files.open_private
    opened: list[str] = []

    class Filling:
        def __init__(self, out):
            self.out = out

        def write(self, data: bytes) -> int:
            self.out.write(data[: len(data) // 2])
            self.out.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.out.close()

    def open_private(path):
        out = real_open(path)
        if Path(path).parent != stick:
            return out
        opened.append(Path(path).name)
        return out if len(opened) <= whole else Filling(out)

    monkeypatch.setattr(private_files, "open_private", open_private)


def _names(stick: Path) -> list[str]:
    return sorted(p.name for p in stick.iterdir())


def test_a_stick_that_fills_halfway_stops_there_and_says_what_to_do(caseload, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    stick_filling_after(monkeypatch, stick / "fair", 2)
    done = clinic_app("handout", "--event", EVENT, "--db", caseload, "--out", stick / "fair", "--as-of", "2026-12-05")
    assert done.returncode == 1, done.stderr
    assert "2 handouts," in done.stdout
    failed = [line for line in done.stderr.splitlines() if line.startswith("no handout for ")]
    assert len(failed) == 1 and failed[0].endswith(": No space left on device"), done.stderr
    assert "Errno" not in done.stderr and ".pdf" not in done.stderr
    assert ("Stopped there: the other 3 clients have no handout either; the 2 written are the first in the "
            "list's order.") in done.stderr
    assert done.stderr.rstrip().endswith(FULL)
    assert "6/6" not in done.stderr  # the bar does not say the batch went to its end
    written = _names(stick / "fair")
    assert len(written) == 2 and not [name for name in written if not name.endswith(".pdf")]  # no partial left
    for name in written:
        assert (stick / "fair" / name).read_bytes().rstrip().endswith(b"%%EOF")  # whole PDFs


def test_a_locked_stick_says_so_once_and_no_handout_is_made_after(caseload, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    (stick / "fair").mkdir(parents=True)
    stick_refusing(monkeypatch, stick / "fair", errno.EROFS)
    done = clinic_app("handout", "--event", EVENT, "--db", caseload, "--out", stick / "fair", "--as-of", "2026-12-05")
    assert done.returncode == 1, done.stderr
    assert "0 handouts, 0 pages" in done.stdout
    assert done.stderr.count("Read-only file system") == 1, done.stderr
    assert "Stopped there: the other 5 clients have no handout either." in done.stderr
    assert done.stderr.rstrip().endswith("The drive is read-only (a USB stick's lock switch?): unlock it, or choose "
                                         "another drive, and try again.")
    assert _names(stick / "fair") == []


def test_one_file_held_open_is_named_and_the_batch_goes_on(caseload, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    opened: list[str] = []
    real_open = private_files.open_private

    def open_private(path):  # the second client's PDF is held by a viewer (Windows refuses it)
        opened.append(path)
        if len(opened) == 2:
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path)

    monkeypatch.setattr(private_files, "open_private", open_private)
    done = clinic_app("handout", "--event", EVENT, "--db", caseload, "--out", stick / "fair", "--as-of", "2026-12-05")
    assert done.returncode == 1, done.stderr
    assert "5 handouts," in done.stdout and "Stopped there" not in done.stderr
    assert [line for line in done.stderr.splitlines() if line.startswith("no handout for ")][0].endswith(": Permission denied")
    assert "another program holds it open (a PDF viewer?)" in done.stderr


def test_a_folder_name_the_stick_refuses_is_said_with_what_to_do(caseload, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    real_mkdir = private_files.make_private_folder

    def make_private_folder(folder):  # a FAT stick refuses ":" and "?" in a name (H99-04's stand-in)
        if any(c in Path(folder).name for c in ":?"):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL), str(folder))
        return real_mkdir(folder)

    monkeypatch.setattr("clinic_app.handouts.batch.make_private_folder", make_private_folder)
    done = clinic_app("handout", "--event", EVENT, "--db", caseload, "--out", stick / "Fair: June?", "--as-of", "2026-12-05")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].endswith("Invalid argument. The name has characters this drive does not take "
                                                 "(: ?): give a name without them, and try again."), done.stderr
    assert _names(stick) == []
