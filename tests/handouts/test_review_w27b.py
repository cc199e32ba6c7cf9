"""Round W27B review findings on the handout, checked on the real PDFs read back with pypdf,
in English and Spanish (synthetic people only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from handout_clients import AS_OF, CLINIC, arrest_only, blocked_by_probation, eligible_now, screened
from handout_layout import column_lines, squash
from handout_render import pdf_text

from clinic_app.handouts import compose, load_texts, render_bytes
from clinic_app.handouts.document import RecordEntry
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

pytestmark = pytest.mark.pdf





# The end of the license intro: over one conviction, over several, over arrests alone.
LICENSE_INTRO = {
    "en": ("have their own rules. Tell those offices about your conviction, and say if it was dismissed.",
           "have their own rules. Tell those offices about your convictions, and say if they were dismissed.",
           "have their own rules: answer as the lines below say."),
    "es": ("tienen sus propias reglas. Hable de su condena con esas oficinas y dígales si fue desestimada.",
           "tienen sus propias reglas. Hable de sus condenas con esas oficinas y dígales si fueron desestimadas.",
           "tienen sus propias reglas: conteste como dicen las líneas de abajo."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w27b_02_the_license_intro_agrees_with_the_record_it_speaks_for(lang):
    one, many, arrests = LICENSE_INTRO[lang]
    text = pdf_text(eligible_now(lang), lang)
    assert one in text and many not in text and arrests not in text
    text = pdf_text(blocked_by_probation(lang), lang)  # two convictions
    assert many in text and one not in text
    text = pdf_text(arrest_only(lang), lang)
    assert arrests in text and one not in text and many not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w27b_04_two_sections_of_a_dismissal_are_named_in_the_plural(lang):
    """A prison burglary (PC 1203.41) beside a petty theft after probation (PC 1203.4): Spanish
    said "según el artículo 1203.4 o 1203.41"; one section keeps "el artículo"."""
    from test_review_w27 import _prison_burglary

    prison = _prison_burglary(lang)
    two = replace(prison, cases=[*prison.cases, *eligible_now(lang).cases])
    one, both = {
        "en": ("dismissed under Penal Code 1203.41.”", "dismissed under Penal Code 1203.4 or 1203.41.”"),
        "es": ("desestimada según el artículo 1203.41 del Código Penal»",
               "desestimadas según los artículos 1203.4 o 1203.41 del Código Penal»"),
    }[lang]
    assert one in pdf_text(prison, lang)
    text = pdf_text(two, lang)
    assert both in text
    assert "el artículo 1203.4 o" not in text


def _two_cultivations(lang: str) -> Client:
    """HS 11358 of 2010 and of 2016, each a prison term with PRCS: one "come back" task for both."""
    def case(key: str, year: int) -> Case:
        conv = Conviction(id=f"{key}1", code="HS", section="11358", level="felony", conviction_date=date(year, 5, 15))
        return Case(id=key, convictions=[conv], sentence=Sentence(
            type="state_prison", judgment_date=date(year, 5, 15), custody=Custody(supervision="prcs")))
    return Client(name="Inés Villaseñor", language=lang, person=Person(dob=date(1990, 9, 29)),
                  cases=[case("A", 2012), case("B", 2016)])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w27b_03_a_task_tells_apart_two_convictions_of_one_title(lang):
    """The task named "Cultivation of marijuana" once for both; it now names each with its
    card's line, as the cards tell them apart."""
    client = _two_cultivations(lang)
    handout = compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF)
    cards = [block for block in handout.section("record").blocks if isinstance(block, RecordEntry)]
    assert len({card.title for card in cards}) == 1 and len({card.detail for card in cards}) == 2
    title = cards[0].title
    # Each in the language's way of telling them apart (Spanish: "Título — línea", S37-05).
    named = [load_texts(lang)["labels"]["told_apart"].format(title=title, detail=card.detail) for card in cards]
    # The checklist's "What to do" column, read over the pages: the task is the last and,
    # since H28-03 lengthened the pages above it, breaks over a page, where the page text
    # puts the next page's header row in the middle of it.
    labels = load_texts(lang)["labels"]
    # No task has a date, so "Who does it" is the next column (A65-02).
    text = squash(" ".join(column_lines(render_bytes(handout), labels["task"], labels["who"])))
    about = {"en": "This is about: ", "es": "Se trata de: "}[lang]
    assert f"{about}{named[0]}; {named[1]}." in text
    assert f"{about}{title}." not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w27b_07_a_line_for_each_of_two_unnumbered_cases_of_one_offense(lang):
    """Two cases of HS 11358, neither with a case number, each on PRCS of unknown end: the
    line that says which case a task is for read "Cultivation of marijuana: Find out when
    your supervision ends." once, for both; each case now has its own line."""
    client = _two_cultivations(lang)
    handout = compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF)
    cards = [block for block in handout.section("record").blocks if isinstance(block, RecordEntry)]
    tasks = [block.text for block in handout.section("checklist").blocks]
    told_apart = load_texts(lang)["labels"]["told_apart"]
    for card in cards:
        assert sum(task.startswith(f"{told_apart.format(title=card.title, detail=card.detail)}:") for task in tasks) == 1, tasks
    assert not any(task.startswith(f"{cards[0].title}:") for task in tasks)
