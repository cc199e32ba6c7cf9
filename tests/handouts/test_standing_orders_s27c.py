"""S27C-01: once probation is over, a stay-away order that lasted until then is no task of
the handout's checklist (it said "Obey: Stay away from the protected person." with no end,
the day after probation ended); while probation runs it is obeyed until its end."""

from __future__ import annotations

from datetime import date

from handout_clients import CLINIC, screened

from clinic_app.handouts import compose
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence


def client() -> Client:
    conv = Conviction(id="A1", section="242", conviction_date=date(2025, 6, 1))
    case = Case(id="A", convictions=[conv], conditions=[
        Condition(kind="class", label="Anger management", required=12, done=4),
        Condition(kind="stay_away", label="Stay away from the protected person")],
        sentence=Sentence(type="probation", judgment_date=date(2025, 6, 1),
                          probation=Probation(start=date(2025, 6, 1), end=date(2026, 6, 1), status="completed")))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def tasks(as_of: date, lang: str = "en") -> list[str]:
    c = client()
    h = compose(c, screened(c, as_of), CLINIC, lang=lang)
    return [t.text for t in h.section("checklist").blocks]


def test_the_order_is_obeyed_until_probation_ends():
    for day in (date(2026, 5, 31), date(2026, 6, 1)):
        assert "Obey the court's stay-away order, “Stay away from the protected person” (as written in your papers), until June 1, 2026." in tasks(day)


def test_the_day_after_the_end_the_order_is_no_task_but_the_class_still_is():
    english, spanish = tasks(date(2026, 6, 2)), tasks(date(2026, 6, 2), "es")
    assert not any("Stay away" in text for text in english + spanish)
    assert any("Anger management" in text for text in english)


def test_the_order_is_obeyed_until_an_early_end_the_court_has_ordered():
    """S27C-03: it said "(until June 1, 2026)", the ordered term's end, though the court had
    ordered probation to end early on March 2, 2026."""
    c = client()
    c.cases[0].sentence.probation.early_termination = date(2026, 3, 2)
    c.cases[0].sentence.probation.status = "active"
    h = compose(c, screened(c, date(2026, 2, 1)), CLINIC, lang="en")
    texts = [t.text for t in h.section("checklist").blocks]
    assert "Obey the court's stay-away order, “Stay away from the protected person” (as written in your papers), until March 2, 2026." in texts
    assert not any("June 1, 2026" in text for text in texts)


def test_on_its_last_day_probation_is_finished_not_confirmed_as_ended():
    """S27C-05: on the last day of a probation the record marks completed, the handout said
    "Your probation was to end on June 1, 2026. Get court papers that show it ended."; the day
    after, with the record still marking it active, that task is the right one."""
    # The day is under "By when", not in the words too (H93-01).
    for lang, finish, confirm in (("en", ("Finish probation.", "June 1, 2026"), "Your probation was to end on June 1, 2026."),
                                  ("es", ("Cumpla toda su libertad condicional.", "1 de junio de 2026"), None)):
        texts = tasks(date(2026, 6, 1), lang)
        c = client()
        h = compose(c, screened(c, date(2026, 6, 1)), CLINIC, lang=lang)
        assert finish in [(t.text, t.due_text) for t in h.section("checklist").blocks]
        if confirm:
            assert not any(text.startswith(confirm) for text in texts)
    c = client()
    c.cases[0].sentence.probation.status = "active"
    h = compose(c, screened(c, date(2026, 6, 2)), CLINIC, lang="en")
    assert any(t.text.startswith("Your probation was to end on June 1, 2026.") for t in h.section("checklist").blocks)


def test_a_protective_order_kept_as_a_condition_is_still_obeyed_after_probation():
    """A criminal protective order may run on after probation and a dismissal does not end it
    (ca-rules.md 2.5): the client recorded with one only as a condition was no longer told to
    obey it the day after probation ended.  With the order's own end on the case, its own
    task says until when, once."""
    c = client()
    c.cases[0].conditions.append(Condition(kind="other", label="Criminal protective order"))
    h = compose(c, screened(c, date(2026, 6, 2)), CLINIC, lang="en")
    texts = [t.text for t in h.section("checklist").blocks]
    assert "Obey “Criminal protective order” (as written in your papers)." in texts, texts
    assert not any("Stay away" in text for text in texts)
    c.cases[0].protective_order_until = date(2027, 6, 1)
    h = compose(c, screened(c, date(2026, 6, 2)), CLINIC, lang="en")
    texts = [t.text for t in h.section("checklist").blocks]
    assert not any("Criminal protective order" in text for text in texts), texts
    # Until when is under "By when", once (H93-01).
    assert ("Obey the protective order until it ends.", "June 1, 2027") in [(t.text, t.due_text) for t in h.section("checklist").blocks]
