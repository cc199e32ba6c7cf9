"""K59: the handout's loose ends a client would stumble on (G58's left-alone list).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from handout_clients import AS_OF, CLINIC, blocked_by_probation, eligible_now, excluded, screened
from handout_render import pdf_text, squash
from pypdf import PdfReader

from clinic_app.cli import main
from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY, ClinicInfo
from clinic_app.model import Client
from tests.cli.test_help_width_j59 import words as flat

# What a dismissal does, said in full: a line of it, and the section's heading.
DISMISSAL = {
    "en": ("A dismissal does not erase your record.", "What relief does and does not do"),
    "es": ("La desestimación no borra su récord.", "Lo que el alivio hace y lo que no hace"),
}
NO_RELIEF_HEADING = {"en": "What to know about your record", "es": "Lo que debe saber sobre su récord"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k59_01_a_client_no_relief_reaches_is_not_told_what_a_dismissal_does(lang):
    """A PC 288 registrant ("We found no relief for it right now") read "What relief does and
    does not do" and what a dismissal does, as if one were coming.  Now the section is headed
    as what to know about the record, and keeps what holds for them: the gun ban and the
    duty to register."""
    text = pdf_text(excluded(lang), lang)
    line, heading = DISMISSAL[lang]
    assert line not in text
    assert heading not in text
    assert NO_RELIEF_HEADING[lang] in text
    assert {"en": "You must keep registering as before.",
            "es": "Usted debe seguir registrándose como hasta ahora."}[lang] in text
    assert {"en": "A felony means no guns for life.", "es": "no puede tener armas nunca"}[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k59_01_a_dismissal_open_for_another_conviction_is_still_explained(lang):
    """Beside a conviction relief reaches, what a dismissal does is theirs to read, as before."""
    both = eligible_now(lang)
    lewd = excluded(lang).cases[0]
    lewd = replace(lewd, id="B", convictions=[replace(lewd.convictions[0], id="B1")])
    both = Client(name=both.name, language=lang, person=both.person, cases=[*both.cases, lewd])
    both.person.registrant_290 = True
    text = pdf_text(both, lang)
    line, heading = DISMISSAL[lang]
    assert line in text and heading in text
    assert NO_RELIEF_HEADING[lang] not in text


# A class's count as the handout says it: the record keeps no unit for it (hours or
# sessions, Condition), so the tally is said of the class named just before it.
PROGRESS = {
    "en": ("Finish “First-offender DUI program” (as written in your papers). You have 18 of 30 left to do.",
           "You have done 12 of 30"),
    "es": ("Termine «First-offender DUI program» (así dice en sus papeles). Le faltan 18 de 30.",
           "Ya lleva 12 de 30"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k59_02_a_class_s_count_reads_without_a_unit_the_record_does_not_keep(lang):
    """"You have done 12 of 30" / "Ya lleva 12 de 30" asked "30 what?": a class's count may be
    hours or sessions, and the record does not say which.  Now a tally of the class named: "Done
    so far: 12 of 30" / "Lo que ya hizo: 12 de 30" (community service, whose unit is known,
    still says its hours: test_review_h29).  Since S122-02 what is left: "You have 18 of 30 left to do
    by ..." / "Le faltan 18 de 30, ...", no unit either."""
    now, before = PROGRESS[lang]
    text = pdf_text(blocked_by_probation(lang), lang)
    assert now in text
    assert before not in text


# The clinic's hours, typed in English only (a caseload saved before H40-01, or the Spanish
# line left empty): a Spanish page had printed "Horario: Tue and Thu, 9 am to 4 pm", English
# read as the page's own words, and nobody making it was told.
HOURS = "Tue and Thu, 9 am to 4 pm"


def _page(lang: str, clinic: ClinicInfo) -> str:
    client = excluded(lang)
    pdf = render_bytes(compose(client, screened(client), clinic, lang=lang, as_of=AS_OF))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def test_k59_03_a_spanish_page_says_hours_typed_in_english_are_in_english():
    assert CLINIC.hours == HOURS and not CLINIC.hours_es
    spanish = _page("es", CLINIC)
    assert f"Horario (en inglés): {HOURS}" in spanish
    assert f"Horario: {HOURS}" not in spanish
    # Typed in Spanish, they print as the page's own words; an English page is as it was.
    typed = replace(CLINIC, hours_es="mar. y jue., de 9 a. m. a 4 p. m.")
    assert "Horario: mar. y jue., de 9 a. m. a 4 p. m." in _page("es", typed)
    assert "en inglés" not in _page("es", typed)
    english = _page("en", CLINIC)
    assert f"Hours: {HOURS}" in english and "(in English)" not in english


@pytest.fixture
def caseload(tmp_path):
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    repo = Repository.open(path, create=True)
    client = excluded("es")
    client.event = "Fair — Compton"
    ids = repo.add_clients([client, excluded("en")])
    repo.set_setting("clinic_name", "Compton Clean Slate Clinic")
    repo.set_setting("clinic_hours", HOURS)
    repo.close()
    return path, ids


def test_k59_03_clinic_app_handout_says_the_spanish_hours_are_empty(caseload, tmp_path, capsys):
    """`clinic-app handout` made the Spanish page and said nothing; it now says on standard
    error that the hours have no Spanish version and how the page prints them, the handout
    written and the exit status 0 all the same; not for an English handout."""
    path, (spanish, english) = caseload
    assert main(["handout", "--db", str(path), "--client", str(spanish), "--as-of", "2026-11-15",
                 "--out", str(tmp_path / "es.pdf")]) == 0
    said = capsys.readouterr()
    assert flat(HOURS_IN_ENGLISH_ONLY) in flat(said.err) and "es.pdf" in said.out  # wrapped to the terminal (C112-02)
    assert "Horario (en inglés)" in squash(" ".join(p.extract_text() for p in PdfReader(tmp_path / "es.pdf").pages))
    assert main(["handout", "--db", str(path), "--client", str(spanish), "--lang", "en", "--as-of", "2026-11-15",
                 "--out", str(tmp_path / "en.pdf")]) == 0
    assert flat(HOURS_IN_ENGLISH_ONLY) not in flat(capsys.readouterr().err)
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-15",
                 "--out", str(tmp_path / "event")]) == 0
    assert flat(capsys.readouterr().err).count(flat(HOURS_IN_ENGLISH_ONLY)) == 1
