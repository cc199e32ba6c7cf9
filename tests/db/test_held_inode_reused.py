"""A caseload made where a closed encrypted one's inode is reused is not taken for encrypted.

`db.cipher` notes, by (device, inode), which caseload files this program's connections hold
open and whether each is encrypted (C64-01).  An entry whose connections had all closed stayed
until something asked of that file; ext4 gives a deleted file's inode to the next file made,
and a new caseload made there was noted under the old entry, *encrypted*.  Every later
connection to it was then refused: "The file ... is encrypted, or it is not a Clinic Desk
caseload" (a GUI test of another desk, stop 46's first full suite), or the window's list read
ahead failed with a box nobody answered (stop 45's CI hang)."""

from __future__ import annotations

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

import db.cipher as cipher  # noqa: E402
from db.connection import connect  # noqa: E402
from db.repository import Repository  # noqa: E402


def test_a_new_plain_caseload_on_a_closed_encrypted_ones_inode_opens_again(tmp_path, monkeypatch):
    old, new = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    # The file system's reuse of a freed inode, made certain: both files are one (device, inode).
    monkeypatch.setattr(cipher, "_file_key", lambda path: (1, 42) if cipher.os.path.exists(path) else None)
    monkeypatch.setattr(cipher, "_HELD", {})
    Repository.open(old, passphrase="a long passphrase").close()
    old.unlink()

    repo = Repository.open(new)  # made where nothing is: nothing asked of the old entry first
    try:
        second = connect(new, create=False)  # another desk, the window's read ahead
        second.close()
        assert cipher.open_here(new) and not cipher.looks_encrypted(new)
    finally:
        repo.close()


def test_an_encrypted_caseload_on_a_closed_plain_ones_inode_is_still_encrypted(tmp_path, monkeypatch):
    old, new = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    monkeypatch.setattr(cipher, "_file_key", lambda path: (1, 43) if cipher.os.path.exists(path) else None)
    monkeypatch.setattr(cipher, "_HELD", {})
    Repository.open(old).close()
    old.unlink()

    repo = Repository.open(new, passphrase="a long passphrase")
    try:
        assert cipher.looks_encrypted(new)
        with pytest.raises(cipher.PassphraseNeeded):
            connect(new, create=False)
    finally:
        repo.close()
