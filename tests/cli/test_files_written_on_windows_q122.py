"""Q122-05: the files Clinic Desk writes for a client (a handout, a worksheet, an export, a
report) are opened by `private_files.open_private`, which narrowed each to its user with
os.fchmod.  Windows' Python before 3.13 has no os.fchmod (an AttributeError, which no
`except OSError` catches): there every handout saved stopped with a crash report and no PDF.
And os.open opens a file as text there unless given O_BINARY: every "\\n" of a PDF would be
written "\\r\\n".  Windows is stood in for: os.fchmod taken away, and the flag Windows needs
given the value it has there (0x8000, O_LARGEFILE on Linux, which changes nothing here)."""

from __future__ import annotations

import os

from pypdf import PdfReader

from clinic_app.model import Client
from clinic_app.private_files import write_private
from db.repository import Repository
from tests.cli.program_in_process import run_in_process

WINDOWS_O_BINARY = 0x8000


def test_q122_05_a_handout_is_saved_without_os_fchmod(tmp_path, monkeypatch):
    caseload, pdf, clients = tmp_path / "day.sqlite", tmp_path / "handout.pdf", tmp_path / "day.jsonl"
    with Repository.open(caseload, create=True) as repo:
        number = repo.add_client(Client(name="María López"))
    monkeypatch.delattr(os, "fchmod")
    said = run_in_process(["handout", "--db", str(caseload), "--client", str(number), "--out", str(pdf)], env={})
    assert said.returncode == 0, said.stderr
    assert "María López" in PdfReader(pdf).pages[0].extract_text()
    said = run_in_process(["export", "--db", str(caseload), "--all", "--out", str(clients)], env={})
    assert said.returncode == 0, said.stderr
    assert "María López" in clients.read_text(encoding="utf-8")


def test_q122_05_a_file_is_opened_binary_where_the_system_has_the_flag(tmp_path, monkeypatch):
    opened = []
    real_open = os.open

    def recorded(path, flags, *args, **kwargs):
        opened.append((os.path.basename(path), flags))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "O_BINARY", WINDOWS_O_BINARY, raising=False)
    monkeypatch.setattr(os, "open", recorded)
    write_private(tmp_path / "handout.pdf", b"%PDF-1.4\n1 0 obj\n")
    (written,) = [flags for name, flags in opened if name.endswith(".partial")]
    assert written & WINDOWS_O_BINARY
    assert (tmp_path / "handout.pdf").read_bytes() == b"%PDF-1.4\n1 0 obj\n"
