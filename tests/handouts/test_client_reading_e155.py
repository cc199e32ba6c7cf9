"""E155: a Spanish-speaking volunteer's reading, at a clinic event, of the Spanish handouts she
printed, beside the English twin of each.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def _weapon_2010(lang: str) -> Client:
    """A 2010 felony PC 12020 (a section renumbered in 2012), probation completed."""
    case = Case(id="A", case_number="LA473347", disposition_date=date(2010, 4, 2),
                convictions=[Conviction(id="A1", section="12020", level="felony", conviction_date=date(2010, 4, 2))],
                sentence=Sentence(type="probation", probation=Probation(kind="formal", start=date(2010, 4, 2),
                                                                        end=date(2013, 4, 2), status="completed")))
    return Client(name="Inés Prueba", language=lang, person=Person(dob=date(1990, 9, 29), us_citizen=True), cases=[case])


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "Possessing a prohibited weapon (old law)"),
    ("es", "Tener un arma prohibida (ley anterior)"),
])
def test_e155_03_a_weapon_conviction_under_an_old_section_says_so_in_both_languages(lang, title):
    """Inés's card read in English "Possessing a prohibited weapon (old law)" and in Spanish
    «Tener un arma prohibida»: PC 12020 was renumbered in 2012, and the Spanish alone did not
    say that the law on her papers is an old one, where its three siblings (PC 12021, 12025,
    12031) say «(ley anterior)» (H80-04)."""
    assert title in pdf_text(_weapon_2010(lang), lang)


def test_e155_03_every_old_section_the_english_names_so_the_spanish_names_so_too():
    """Each offense name en.yaml marks "(old law" es.yaml marks «ley anterior» too."""
    texts = Path(__file__).resolve().parents[2] / "resources" / "handouts"
    en, es = (yaml.safe_load((texts / f"{lang}.yaml").read_text(encoding="utf-8"))["offenses"] for lang in ("en", "es"))
    missing = [key for key, name in en.items() if "(old law" in name and "ley anterior" not in es.get(key, "")]
    assert missing == []
