"""The text of a client's real filing worksheet, as `clinic-app worksheet` writes it: the client
stored in a fresh caseload, screened for `as_of`, the PDF read back, its whitespace squashed.
SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Client
from db.repository import Repository
from db.rescreen import rescreen_caseload


def worksheet_pdf(tmp_path, client: Client, as_of: date) -> PdfReader:
    """The client's worksheet as `clinic-app worksheet` writes it, opened."""
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(client)
        rescreen_caseload(repo, as_of, workers=1)
    out = tmp_path / "worksheet.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out), "--as-of", as_of.isoformat()]) == 0
    return PdfReader(str(out))


def worksheet_text(tmp_path, client: Client, as_of: date) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in worksheet_pdf(tmp_path, client, as_of).pages)
