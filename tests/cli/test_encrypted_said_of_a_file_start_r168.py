"""R168: E167-02 says a file encrypted to be carried is encrypted, by how it begins.  It was asked
of every line of a screen --batch file too, and a plain file with one damaged line (a byte no
UTF-8 text begins with, as a GnuPG packet begins) read "batch.jsonl:3: encrypted (GnuPG): it cannot
be read until it is decrypted", where it read "not UTF-8 text (byte 0x85 at column 1)": a line in
the middle of a file is no encrypted file.  A file's start is still said to be encrypted."""

from __future__ import annotations

import json

import pytest

from clinic_app.cli import read_import
from clinic_app.screening_format import FormatError
from tests.cli.test_cli import clinic_app
from tests.eligibility.engine_builders import GOOD_REQUEST

# How `gpg -c` (GnuPG 2.2, a password's) begins: a symmetric-key packet, version 4, AES-256.
ENCRYPTED_START = b"\x8c\x0d\x04\x09\x03\x02"



@pytest.mark.parametrize("start", [b"\x85", b"\xc3("], ids=["continuation byte", "lead byte alone"])
def test_r168_a_damaged_line_of_a_batch_is_not_said_encrypted(tmp_path, start):
    line = json.dumps(GOOD_REQUEST).encode()
    (tmp_path / "batch.jsonl").write_bytes(b"\n".join([line, line, start + line[1:], line]) + b"\n")
    done = clinic_app("screen", "--batch", tmp_path / "batch.jsonl", "--out", tmp_path / "results.jsonl")
    assert done.returncode == 2
    assert "encrypted" not in done.stderr
    assert f"batch.jsonl:3: not UTF-8 text (byte 0x{start[0]:02X} at column 1)" in done.stderr


def test_r168_a_batch_that_begins_encrypted_is_still_said_so(tmp_path):
    (tmp_path / "batch.jsonl.gpg").write_bytes(ENCRYPTED_START + bytes(range(40)) + b"\n" + bytes(30))
    done = clinic_app("screen", "--batch", tmp_path / "batch.jsonl.gpg", "--out", tmp_path / "results.jsonl")
    assert done.returncode == 2
    assert "encrypted (GnuPG): it cannot be read until it is decrypted; nothing was screened" in done.stderr


def test_r168_02_a_gnupg_export_of_whole_pages_is_not_taken_for_a_caseload(tmp_path):
    """A GnuPG file is as long as its contents make it: about one in 512 is whole 512-byte pages
    (20,480 bytes, a real `gpg -c` of 20,400 bytes of an export), as an encrypted caseload is, and
    read "this is an encrypted caseload or a backup of one ... export its clients first
    (clinic-app export --db day.jsonl.gpg ...)": a command that cannot open it.  Its name and its
    start say what it is."""
    raw = ENCRYPTED_START + bytes(range(256)) * 80
    (tmp_path / "day.jsonl.gpg").write_bytes(raw[:20480])
    with pytest.raises(FormatError) as err:
        read_import(tmp_path / "day.jsonl.gpg")
    assert str(err.value) == "encrypted (GnuPG): it cannot be read until it is decrypted"
