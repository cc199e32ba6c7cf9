"""A63: the handout's leftover wording (round 63), read as the client would.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine,
or runs the real `clinic-app handout`.
"""

from __future__ import annotations

from handout_clients import excluded
from handout_render import squash
from pypdf import PdfReader

from clinic_app.cli import main
from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY

HOURS = "Tue and Thu, 9 am to 4 pm"


# ---- A63-06: one rule for whether a batch says the hours have no Spanish version ----------

def _event_caseload(tmp_path, languages: list[str]):
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    repo = Repository.open(path, create=True)
    clients = []
    for n, language in enumerate(languages):
        client = excluded(language)
        client.name = f"Cliente {n}"
        client.event = "Fair — Compton"
        clients.append(client)
    repo.add_clients(clients)
    repo.set_setting("clinic_hours", HOURS)
    repo.close()
    return path


def test_a63_06_an_event_whose_pages_are_all_english_says_nothing_of_spanish_hours(tmp_path, capsys):
    """A client whose language has no handout texts ("fr") gets an English page, as the
    window's batch says (it named no Spanish hours for such a client); `clinic-app handout
    --event` had asked of "fr" itself and said the Spanish hours were empty beside English
    pages only."""
    path = _event_caseload(tmp_path, ["en", "fr"])
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-15",
                 "--out", str(tmp_path / "event")]) == 0
    said = capsys.readouterr()
    assert HOURS_IN_ENGLISH_ONLY not in said.err
    pages = sorted((tmp_path / "event").glob("*.pdf"))
    assert len(pages) == 2
    for page in pages:  # both printed in English, with the hours as typed
        text = squash(" ".join(p.extract_text() for p in PdfReader(page).pages))
        assert f"Hours: {HOURS}" in text and "Horario" not in text


def test_a63_06_an_event_with_a_spanish_page_still_says_it_once(tmp_path, capsys):
    path = _event_caseload(tmp_path, ["fr", "es"])
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-15",
                 "--out", str(tmp_path / "event")]) == 0
    assert capsys.readouterr().err.count(HOURS_IN_ENGLISH_ONLY) == 1
