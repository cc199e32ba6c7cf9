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


@pytest.mark.parametrize(("lang", "row", "twice"), [
    ("en", "Finish “First-offender DUI program” (as written in your papers). You have 18 of 30 left to do. May 20, 2028",
     "left to do by May 20, 2028"),
    ("es", "Termine «First-offender DUI program» (así dice en sus papeles). Le faltan 18 de 30. 20 de mayo de 2028",
     "y tiene hasta el 20 de mayo de 2028"),
])
def test_e155_05_a_counted_class_says_its_day_once_under_by_when(lang, row, twice):
    """A client on probation with a class to finish read in her to-do list «Termine «52-week
    batterer's intervention program» (así dice en sus papeles). Le faltan 28 de 52, y tiene hasta
    el 18 de marzo de 2029.» beside «18 de marzo de 2029» under «Para cuándo»: the day twice in
    one row, three lines long in Spanish (the English the same, "... left to do by March 18,
    2029."), where every other dated row says its day under "By when" only (H93-01).  The words
    now say what is left; the column says by when."""
    from handout_clients import SCENARIOS

    text = pdf_text(SCENARIOS["blocked"][0](lang), lang)
    assert row in text
    assert twice not in text
