"""L154: a clinic director moves an encrypted caseload to a new laptop, installed by the
README's command 1 (no encryption extra), and restores the old laptop's backup there."""

from __future__ import annotations

import io
import shlex
import sys
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app import cli  # noqa: E402
from clinic_app.model import Client  # noqa: E402
from db.backup import backup_to  # noqa: E402
from db.repository import Repository  # noqa: E402

SECRET = "river lantern orchard"
FOLDER = Path(__file__).resolve().parents[2]  # the folder Clinic Desk was installed from


@pytest.fixture
def old_laptops_backup(tmp_path):
    """The encrypted backup on the stick, and the passphrase file the director keeps."""
    old = tmp_path / "old" / "caseload.sqlite"
    old.parent.mkdir()
    with Repository.open(old, passphrase=SECRET) as repo:
        repo.add_client(Client(name="Tomás Herrera"))
        stick = tmp_path / "usb" / "caseload.sqlite"
        stick.parent.mkdir()
        backup_to(repo.db, stick)
    key = tmp_path / "key.txt"
    key.write_text(SECRET + "\n", encoding="utf-8")
    return stick, key


@pytest.fixture
def without_sqlcipher(monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # the import fails, as on the new laptop


def test_l154_01_the_restore_says_the_install_command_for_this_install(tmp_path, capsys, old_laptops_backup, without_sqlcipher,
                                                                       monkeypatch):
    """It said "pip install 'clinic-desk[encryption]'": a package published in no registry, for
    whichever pip the PATH has first.  It names this install's Python and folder, as README's
    Encryption does from the folder (`.venv/bin/pip install -q -e '.[encryption]'`)."""
    stick, key = old_laptops_backup
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["restore", str(stick), "--db", str(tmp_path / "new" / "caseload.sqlite"), "--passphrase-file", str(key)]) == 1
    said = capsys.readouterr().err
    assert "clinic-desk[encryption]" not in said
    command = said.split("not installed here: ", 1)[1].strip()
    assert shlex.split(command) == [sys.executable, "-m", "pip", "install", "-q", "-e", f"{FOLDER}[encryption]"]
    assert "encryption = [" in (FOLDER / "pyproject.toml").read_text(encoding="utf-8")  # the extra it installs


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_l154_02_at_a_terminal_no_passphrase_is_asked_where_sqlcipher_is_missing(tmp_path, capsys, old_laptops_backup,
                                                                                  without_sqlcipher, monkeypatch):
    """The restore asked "Passphrase for .../caseload.sqlite:", and once it was typed said that
    encrypted caseloads need SQLCipher: now said first, and nothing is asked."""
    stick, _key = old_laptops_backup
    monkeypatch.delenv("CLINIC_DESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal(""))
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or SECRET)
    assert cli.main(["restore", str(stick), "--db", str(tmp_path / "new" / "caseload.sqlite")]) == 1
    assert asked == []
    assert "Encrypted caseloads need SQLCipher, which is not installed here" in capsys.readouterr().err
    assert not (tmp_path / "new").exists()  # nothing made on the new laptop


def test_l154_03_ctrl_d_at_the_passphrase_prompt_says_nothing_was_done(tmp_path, old_laptops_backup):
    """Ctrl-D at "Passphrase for ...:" (a director giving up on it) printed "Clinic Desk crash
    report" and Python's traceback: now one line, exit status 2, and no caseload made."""
    import os
    import pty
    import subprocess
    import time

    stick, _key = old_laptops_backup
    new = tmp_path / "new" / "caseload.sqlite"
    main, terminal = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(FOLDER)}
    env.pop("CLINIC_DESK_PASSPHRASE", None)
    run = subprocess.Popen([sys.executable, "-m", "clinic_app", "restore", str(stick), "--db", str(new)],
                           stdin=terminal, stdout=terminal, stderr=terminal, env=env, cwd=tmp_path)
    os.close(terminal)
    said = b""
    end = time.monotonic() + 60
    while b"Passphrase for" not in said and time.monotonic() < end:
        said += os.read(main, 4096)
    os.write(main, b"\x04")  # Ctrl-D
    assert run.wait(timeout=60) == 2
    try:
        while chunk := os.read(main, 4096):
            said += chunk
    except OSError:  # the terminal closed with the program
        pass
    os.close(main)
    text = said.decode()
    assert "crash report" not in text and "Traceback" not in text
    assert f"no passphrase was typed for {stick}; nothing was done" in " ".join(text.split())
    assert not new.exists()


def test_l154_04_the_readme_installs_the_encryption_package_on_the_new_laptop():
    """README's "Moving to a new laptop" said to install Clinic Desk by command 1, which has no
    SQLCipher, then restore the copy: an encrypted one could not be restored there.  It now says,
    for an encrypted caseload, the install of Encryption, whose extra pyproject names."""
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    moving = readme.split("**Moving to a new laptop.**", 1)[1].split("\n\n", 1)[0]
    new_laptop = " ".join(moving.split("On the new\nlaptop,", 1)[1].split("clinic-app restore", 1)[0].split())
    assert "for an encrypted caseload" in new_laptop
    install = "`.venv/bin/pip install -q -e '.[encryption]'`"
    assert install in new_laptop
    assert install.strip("`") in readme.split("## Encryption", 1)[1]  # the command Encryption gives
    assert "encryption = [" in (FOLDER / "pyproject.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("lead", ["Moving to a new laptop.", "A borrowed laptop, after the event."])
def test_l154_05_the_readme_erases_the_old_laptops_disk_encrypted_or_not(lead):
    """The old laptop's disk was to be erased for "a caseload never encrypted": one encrypted
    read as needing no erase, yet its PDFs and exports (never encrypted), its backups made before
    the encryption and a passphrase file can be read back once deleted.  The moving steps named no
    passphrase file to delete either."""
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    said = " ".join(readme.split(f"**{lead}**", 1)[1].split("\n\n", 1)[0].split())
    read_back = said.split("A deleted file can still be read back from the disk", 1)[1].split("erase that laptop's disk", 1)[0]
    assert read_back.startswith(", encrypted caseload or not:")
    for what in ("PDFs and exports saved (never encrypted)", "backups made before the caseload was encrypted",
                 "a passphrase file", "a caseload never encrypted"):
        assert what in read_back
    assert "a passphrase file if one was made" in said.split("A deleted file", 1)[0]  # on the list to delete
