"""R72-04: `db.cipher` notes whether a caseload file a connection here holds open is encrypted,
and a connection of the other kind is refused (C64-01; a34dcdcc keeps an entry's kind only
while one of its connections is open).  One path still noted a connection under an entry of
the other kind: a file still empty (0 bytes) held open by a plain connection was opened with a
passphrase too (connect_encrypted refused a plain file only by its first bytes, and an empty
file has none).  The entry went on saying plain while SQLCipher wrote the file encrypted, and
the next plain connection was let in, to fail on its first read instead of asking for the
passphrase.  Opened with a passphrase, a file a plain connection here holds is now refused
as plain, as a plain file with bytes is."""

from __future__ import annotations

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

import db.cipher as cipher  # noqa: E402


def test_r72_04_an_empty_file_held_plain_is_not_opened_encrypted(tmp_path):
    path = tmp_path / "new.sqlite"
    path.touch()
    plain = cipher.connect_file(str(path), path=path, passphrase=None)
    try:
        with pytest.raises(cipher.CaseloadError, match="is not encrypted"):
            cipher.connect_encrypted(str(path), "a long passphrase", path=path)
        plain.execute("CREATE TABLE t (x)")
        plain.commit()
        assert cipher.open_here(path) and not cipher.looks_encrypted(path)
        again = cipher.connect_file(str(path), path=path, passphrase=None)  # the window's read ahead
        assert again.execute("SELECT COUNT(*) FROM t").fetchone() == (0,)
        again.close()
    finally:
        plain.close()


def test_r72_04_an_empty_file_nobody_holds_is_still_made_encrypted(tmp_path):
    path = tmp_path / "new.sqlite"
    path.touch()
    made = cipher.connect_encrypted(str(path), "a long passphrase", path=path)
    try:
        made.execute("CREATE TABLE t (x)")
        made.commit()
        assert cipher.looks_encrypted(path)
        with pytest.raises(cipher.PassphraseNeeded):
            cipher.connect_file(str(path), path=path, passphrase=None)
    finally:
        made.close()
