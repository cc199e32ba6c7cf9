"""H82-01: a one-count PC 459 of unknown level sent to state prison (or to county jail under PC
1170(h)) is screened as a felony since E81-01, but the handout's card said "Level not known,
2015 · PC 459" (Spanish "Nivel desconocido") above the felony's answers, and the filing
worksheet's count line "level not known".  Both now say what the screening did, without
claiming the record gives the level: "Felony (by its prison sentence)", "felony by its
sentence (PC 17(a))".  A case of several counts, which screen() still reads at every level,
says "Level not known" as before, and so does a misdemeanor offense "sent to prison", which
screen() reads at every level too (R82a-01)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text
from pypdf import PdfReader

from clinic_app import cli
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence
from db.repository import Repository
from db.rescreen import rescreen_caseload

pytestmark = pytest.mark.pdf

_DAY = date(2015, 5, 1)


def _prison(sentence: str = "state_prison", counts: int = 1, section: str = "459") -> Client:
    convictions = [Conviction(id=f"v{n}", section=section if n == 1 else "496(a)", level=None, conviction_date=_DAY)
                   for n in range(1, counts + 1)]
    case = Case(id="c1", case_number="BA1", county="Los Angeles", disposition_date=_DAY, convictions=convictions,
                sentence=Sentence(type=sentence, judgment_date=_DAY, completed=True,
                                  custody=Custody(release_date=date(2017, 5, 1), supervision="parole",
                                                  supervision_end=date(2019, 5, 1))))
    return Client(name="Ana Prisión", person=Person(dob=date(1980, 3, 2), us_citizen=True), cases=[case])


SAID = {("en", "state_prison"): "Burglary Felony (by its prison sentence), 2015 · PC 459",
        ("en", "county_jail_1170h"): "Burglary Felony (by its PC 1170(h) jail sentence), 2015 · PC 459",
        ("es", "state_prison"): "Robo con allanamiento (burglary) Delito grave (felony) por su pena de prisión, 2015 · PC 459",
        ("es", "county_jail_1170h"): "Robo con allanamiento (burglary) Delito grave (felony) por su pena de cárcel según PC 1170(h), 2015 · PC 459"}
NOT_KNOWN = {"en": "Level not known", "es": "Nivel desconocido"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("sentence", ["state_prison", "county_jail_1170h"])
def test_h82_01_the_card_says_the_felony_read_by_its_sentence(lang, sentence):
    text = pdf_text(_prison(sentence), lang)
    assert SAID[lang, sentence] in text, text[:1500]
    assert NOT_KNOWN[lang] not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h82_01_a_case_of_several_counts_still_says_level_not_known(lang):
    text = pdf_text(_prison(counts=2), lang)
    assert NOT_KNOWN[lang] + ", 2015 · PC 459" in text, text[:1500]
    assert "by its prison" not in text and "por su pena" not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h82_01_a_misdemeanor_offense_sent_to_prison_still_says_level_not_known(lang):
    text = pdf_text(_prison(section="647(f)"), lang)
    assert NOT_KNOWN[lang] + ", 2015 · PC 647(f)" in text, text[:1500]
    assert "by its prison" not in text and "por su pena" not in text


def _worksheet_lines(client: Client, tmp_path) -> list[str]:
    db = str(tmp_path / "caseload.sqlite")
    with Repository.open(db, user="paralegal") as repo:
        client_id = repo.add_client(client)
        rescreen_caseload(repo, date(2026, 11, 15), workers=1)
    out = tmp_path / "w.pdf"
    assert cli.main(["worksheet", "--db", db, "--client", str(client_id), "--out", str(out), "--as-of", "2026-11-15"]) == 0
    return [line.replace("\u00a0", " ") for page in PdfReader(str(out)).pages for line in (page.extract_text() or "").splitlines()]


def test_h82_01_the_worksheet_count_line_says_the_felony_and_its_law(tmp_path):
    text = " ".join(_worksheet_lines(_prison(), tmp_path))
    assert "felony by its sentence (PC 17(a))" in text, text[:1500]
    assert "level not known" not in text


def test_h82_01_the_worksheet_of_several_counts_still_says_level_not_known(tmp_path):
    text = " ".join(_worksheet_lines(_prison(counts=2), tmp_path))
    assert "level not known" in text and "felony by its sentence" not in text
