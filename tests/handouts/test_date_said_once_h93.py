"""H93-01: a checklist row said its date twice, in the words and under "By when": "Finish your
time in custody (October 10, 2030). | By when: October 10, 2030" (S92's demo client 96), and
so for probation, parole, post-release and mandatory supervision and the protective order, in
English and Spanish.  The row that has a "By when" now says the day once, there.  The
come-back steps, which have no day under "By when" (H28-01), keep theirs in the words."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import AS_OF, CLINIC, screened
from handout_render import squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.compose import format_date
from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence

# (the row's words, its day under "By when") as the real PDF prints them, row after row.
ROWS = {
    "en": [("Finish your time in custody.", "October 10, 2030"),
           ("Finish your parole.", "October 10, 2032"),
           ("Finish probation.", "March 17, 2027"),
           ("Obey the protective order until it ends.", "March 17, 2029")],
    "es": [("Cumpla todo su tiempo bajo custodia.", "10 de octubre de 2030"),
           ("Cumpla toda su libertad bajo palabra.", "10 de octubre de 2032"),
           ("Cumpla toda su libertad condicional.", "17 de marzo de 2027"),
           ("Cumpla la orden de protección hasta su fecha final.", "17 de marzo de 2029")],
}


def in_custody_on_parole_and_probation() -> Client:
    """A state-prison term to October 10, 2030, parole after it, and a misdemeanor on
    probation with a protective order that outlasts it."""
    prison = Case(id="A", case_number="BA100001",
                  convictions=[Conviction(id="A1", section="211", level="felony", conviction_date=date(2025, 4, 5))],
                  sentence=Sentence(type="state_prison", judgment_date=date(2025, 4, 5),
                                    custody=Custody(release_date=date(2030, 10, 10), supervision="parole",
                                                    supervision_end=date(2032, 10, 10))))
    probation = Case(id="B", case_number="5CJ00002",
                     convictions=[Conviction(id="B1", section="488", level="misdemeanor", conviction_date=date(2026, 3, 17))],
                     sentence=Sentence(type="probation", judgment_date=date(2026, 3, 17), imposition_suspended=True,
                                       probation=Probation(kind="summary", start=date(2026, 3, 17),
                                                           end=date(2027, 3, 17), status="active")),
                     protective_order_until=date(2029, 3, 17))
    return Client(name="Synthetic Client", person=Person(dob=date(1990, 1, 1), us_citizen=True),
                  cases=[prison, probation])


@pytest.mark.pdf
@pytest.mark.parametrize("large_print", [False, True], ids=["standard", "large_print"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h93_01_a_dated_row_says_its_day_once_under_by_when(lang, large_print):
    client = in_custody_on_parole_and_probation()
    handout = compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF, large_print=large_print)
    pdf = PdfReader(io.BytesIO(render_bytes(handout)))
    text = squash(" ".join(page.extract_text() for page in pdf.pages))
    for words, day in ROWS[lang]:
        # The row reads its words, then its day in the "By when" column, and the day once.
        assert squash(f"{words} {day}") in text, (words, text)
        row = text[text.index(squash(words)):]
        row = row[:row.index(day) + len(day)]
        assert row.count(day) == 1, row


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h93_01_a_come_back_step_keeps_its_day_in_the_words(lang):
    """A step with no day under "By when" (H28-01) still says the day in its words."""
    client = in_custody_on_parole_and_probation()
    handout = compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF)
    texts = load_texts(lang)
    rows = handout.section("checklist").blocks
    undated = [task for task in rows if task.due is not None and not task.due_text and task.who == texts["who"]["you"]]
    assert undated, [task.text for task in rows]
    for task in undated:
        assert format_date(task.due, texts) in task.text, task.text
    for task in rows:
        if task.due_text:
            assert task.due_text not in task.text, task.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h93_01_two_protective_orders_each_keep_their_row_and_name_their_case(lang):
    """With the day out of the words, two cases' "Obey the protective order until it ends."
    would have been one line, and the checklist's de-duplication kept only the first day.
    Each names its case, as two probations do (H22B-02)."""
    client = in_custody_on_parole_and_probation()
    client.cases[0].protective_order_until = date(2031, 5, 1)
    handout = compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF)
    rows = [(task.text, task.due_text) for task in handout.section("checklist").blocks]
    texts = load_texts(lang)
    order = texts["tasks"]["protective_order"]
    for number, day in (("BA100001", date(2031, 5, 1)), ("5CJ00002", date(2029, 3, 17))):
        assert (texts["tasks"]["in_case"].format(number=number, task=order), format_date(day, texts)) in rows, rows
