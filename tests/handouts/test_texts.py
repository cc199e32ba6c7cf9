"""The language files a translator edits, and the reading level of the English handout."""

from __future__ import annotations

import copy

import pytest
from handout_clients import CLINIC, SCENARIOS, screened

from clinic_app.catalog import load_catalog
from clinic_app.handouts import TextsError, available_languages, compose, load_texts
from clinic_app.handouts.readability import grade_level, measure, syllables
from clinic_app.handouts.texts import check_against_reference, placeholders

MAX_GRADE = 8.0


def test_english_and_spanish_ship_and_spanish_matches_english():
    assert available_languages()[:1] == ["en"] and "es" in available_languages()
    assert check_against_reference("es", load_texts("es"), load_texts("en")) == []


def test_a_missing_key_or_placeholder_is_named():
    broken = copy.deepcopy(load_texts("es"))
    del broken["situations"]["jury"]["dismissed"]["say"]
    broken["option"]["eligible_on_petition"] = "Vuelva pronto."  # lost {date} and {action}
    problems = check_against_reference("es", broken, load_texts("en"))
    assert "es: missing key situations.jury.dismissed.say" in problems
    assert any("option.eligible_on_petition" in p and "'date'" in p for p in problems)


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(TextsError, match="No handout texts for language 'vi'"):
        load_texts("vi")


def test_spanish_is_not_english():
    """Every Spanish client-facing text differs from English, except names and citations."""
    en, es = load_texts("en"), load_texts("es")
    same = [key for key in en["situations"] for col in ("not_cleared", "dismissed")
            if en["situations"][key][col]["say"] == es["situations"][key][col]["say"]]
    assert same == []
    assert placeholders(es["doc"]["prepared_for"]) == {"name"}


# Spanish offense titles that may read as the English description does (proper names only).
SAME_IN_SPANISH_AND_ENGLISH: frozenset[str] = frozenset()


def test_every_catalog_offense_has_a_spanish_title():
    """A Spanish handout names every catalog offense in Spanish, never in the English fallback."""
    titles = load_texts("es")["offenses"]
    catalog = list(load_catalog())
    missing = [o.citation for o in catalog if not str(titles.get(o.citation) or "").strip()]
    assert missing == [], f"es.yaml offenses: no Spanish title for {missing}"
    english = [o.citation for o in catalog if o.citation not in SAME_IN_SPANISH_AND_ENGLISH
               and titles[o.citation].strip().casefold() == o.description.strip().casefold()]
    assert english == [], f"es.yaml offenses: the English description, not Spanish, for {english}"
    cited = {o.citation for o in catalog}
    assert sorted(set(titles) - cited) == [], "es.yaml offenses: keys that are not catalog citations"


def test_syllable_counter_on_known_words():
    counts = {"court": 1, "record": 2, "dismissed": 2, "probation": 3, "conviction": 3,
              "immigration": 4, "misdemeanor": 4, "the": 1, "2026": 1}
    assert {w: syllables(w) for w in counts} == counts


def test_legalese_scores_higher_than_plain_words():
    legalese = ("Notwithstanding any other provision of law, the defendant's conviction, "
                "having been judicially dismissed pursuant to the aforementioned statutory "
                "authorization, shall nevertheless be disclosed in response to any direct question "
                "contained in any questionnaire or application for licensure by any state agency.")
    plain = "Your case was dismissed. You may say no. A lawyer can help you."
    assert grade_level([legalese]) > 12 > MAX_GRADE > grade_level([plain])


@pytest.mark.parametrize("key", list(SCENARIOS))
def test_english_handout_reads_at_grade_8_or_below(key):
    client = SCENARIOS[key][0]("en")
    handout = compose(client, screened(client), CLINIC, lang="en")
    result = measure(handout.prose())
    print(f"{key}: Flesch-Kincaid grade {result.grade:.1f}, reading ease {result.reading_ease:.0f}, "
          f"{result.words} words")
    assert result.words > 80
    assert result.grade <= MAX_GRADE
