"""E167-02: README says to carry a laptop's export encrypted.  The coordinator given the day's
file as GnuPG left it (day.jsonl.gpg) read "not UTF-8 text (byte 0x8C at offset 0); save it as
UTF-8", which sent them to re-save a file no editor can open; an encrypted zip read as "an Excel
workbook ... or another zip file".  Each is now said to be encrypted, with what to do: decrypt it
and import the file that gives.  Made from a few bytes each (the starts the tools write)."""

from __future__ import annotations

import pytest

from clinic_app.cli import read_import
from clinic_app.screening_format import FormatError
from tests.cli.test_cli import assert_plain_error, clinic_app

DECRYPT = "decrypt it with the program and password it was carried with, import the file that gives, then delete that file"

# How each tool's file begins: GnuPG's binary packets (a password's, old and new format, and a
# public key's), its text armour, age, and a zip whose first entry is encrypted (flag bit 0).
ENCRYPTED = {
    "day.jsonl.gpg": (b"\x8c\x0d\x04\x09\x03\x02" + bytes(range(40)), "encrypted (GnuPG)"),
    "day.gpg": (b"\xc3\x0d\x04\x09\x03\x02" + bytes(range(40)), "encrypted (GnuPG)"),
    "day.jsonl.pgp": (b"\x85\x01\x0c\x03" + bytes(range(40)), "encrypted (GnuPG)"),
    "day.asc": (b"-----BEGIN PGP MESSAGE-----\n\njA0ECQMC...\n-----END PGP MESSAGE-----\n", "encrypted (GnuPG)"),
    "day.jsonl.age": (b"age-encryption.org/v1\n-> scrypt abc 18\n", "encrypted (age)"),
    "day.zip": (b"PK\x03\x04\x14\x00\x01\x00\x63\x00" + bytes(40), "an encrypted zip file"),
    "day.7z": (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(40), "a 7-Zip archive"),
}


@pytest.mark.parametrize("name", sorted(ENCRYPTED))
def test_e167_02_an_encrypted_export_is_said_to_be_encrypted(tmp_path, name):
    raw, kind = ENCRYPTED[name]
    (tmp_path / name).write_bytes(raw)
    with pytest.raises(FormatError) as err:
        read_import(tmp_path / name)
    assert str(err.value) == f"{kind}: it cannot be read until it is decrypted"
    assert err.value.advice == DECRYPT


def test_e167_02_import_says_so_whole_and_adds_nobody(tmp_path):
    raw, kind = ENCRYPTED["day.jsonl.gpg"]
    (tmp_path / "day.jsonl.gpg").write_bytes(raw)
    done = clinic_app("import", tmp_path / "day.jsonl.gpg", "--db", tmp_path / "caseload.sqlite")
    assert_plain_error(done, 2, f"{tmp_path / 'day.jsonl.gpg'}: encrypted (GnuPG): it cannot be read until it is decrypted",
                       f"The file was not imported: none was added; {DECRYPT}")
    assert "UTF-8" not in done.stderr
    assert not (tmp_path / "caseload.sqlite").exists()


# R174-01: File > Import clients lists .zip files since A170-02.  A zip with nothing encrypted at
# its start, an export zipped to carry it (Windows' "Compressed (zipped) folder", a Mac's
# Compress), or zipped with a password together with its folder (zip -e -r: the folder's entry,
# first, holds nothing to encrypt), was "an Excel workbook (.xlsx), a Word document (.docx) or
# another zip file ... check that it is a file of clients exported from Clinic Desk, or export it
# again": nothing of unzipping it, and the laptop's export may be gone.  A workbook named .xlsx
# is said as before (tests/cli/test_a_spreadsheet_given_said_j89.py).
UNZIP = "unzip it (it may ask the password it was carried with), import the file of clients that gives, then delete that file"


@pytest.mark.parametrize("first_entry", ["day.jsonl", "carry/"])
def test_r174_01_a_zip_not_encrypted_at_its_start_is_said_to_be_unzipped(tmp_path, first_entry):
    import zipfile

    with zipfile.ZipFile(tmp_path / "day.jsonl.zip", "w", zipfile.ZIP_DEFLATED) as carried:
        carried.writestr(first_entry, "" if first_entry.endswith("/") else '{"client": {"name": "Ana Prueba"}}\n')
    with pytest.raises(FormatError) as err:
        read_import(tmp_path / "day.jsonl.zip")
    assert str(err.value) == "a zip file: it cannot be read until it is unzipped"
    assert err.value.advice == UNZIP
