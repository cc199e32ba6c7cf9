"""J89-05: the clinic's referral workbook (an .xlsx, a zip file) given to `clinic-app screen
--batch` was "72 bad lines in referrals.xlsx ... referrals.xlsx:1: not UTF-8 text (byte 0xD8 at
column 11)", line after line of its bytes, and to `screen` or `import` "not UTF-8 text (byte 0xCF
at offset 10); save it as UTF-8", which sent the paralegal to re-save a spreadsheet.  It is now
said once as what it is, with exit status 2 and nothing written."""

from __future__ import annotations

import os
import zipfile

from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_screen_robustness import refused, screen

WORKBOOK = "an Excel workbook (.xlsx), a Word document (.docx) or another zip file, not a request: a request is JSON or YAML text (FORMAT.md)"


def _workbook(tmp_path):
    path = tmp_path / "referrals.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        for n in range(5):
            book.writestr(f"xl/worksheets/sheet{n}.xml", os.urandom(3000))
    return path


def test_a_workbook_given_to_screen_is_said_to_be_one(tmp_path):
    book = _workbook(tmp_path)
    refused(screen(book), f"{book}: {WORKBOOK}")
    done = screen("--batch", book)
    refused(done, f"{book}: {WORKBOOK}; nothing was screened or written")
    assert "bad lines" not in done.stderr and "0x" not in done.stderr
    pdf = tmp_path / "rap.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    refused(screen("-", stdin=pdf.read_bytes()), "standard input: a PDF, not a request")
    old = tmp_path / "referrals.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(600))
    refused(screen(old), f"{old}: an Excel or Word file of the older kind (.xls, .doc), not a request")


def test_a_workbook_given_to_import_is_said_to_be_one(tmp_path):
    book = _workbook(tmp_path)
    done = clinic_app("import", book, "--db", tmp_path / "caseload.sqlite")
    assert_plain_error(done, 2, f"{book}: {WORKBOOK}. The file was not imported: none was added; "
                                "check that it is a file of clients exported from Clinic Desk, or export it again")
    assert not (tmp_path / "caseload.sqlite").exists()
