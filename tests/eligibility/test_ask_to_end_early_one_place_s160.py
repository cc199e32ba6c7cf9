"""S160-01: the client header's "Can be sooner: PC 1203.3 end probation early" (S156-02) finds
the step a relief waiting on probation gives by the words it begins with.  The header kept its
own copy of those words, so rewording the steps would have left it silently saying nothing.
Now the steps are built from one constant, `bars.ASK_TO_END_EARLY`, and the header reads
that same constant.  The steps' words are unchanged (the rules fingerprint test checks them)."""

from __future__ import annotations

from datetime import date

import yaml

from clinic_app.eligibility import pc1203_4, screen
from clinic_app.eligibility.bars import ASK_TO_END_EARLY
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.screening_format import read_request
from clinic_app.summary import summarize
from tests.eligibility.test_rules_fingerprint import DAYS, PUBLIC_CASES

# Every step pc1203_4 gives for asking the court to end its own case's probation early.
OWN_CASE_STEPS = ("EARLY_TERMINATION_STEP", "EARLY_TERMINATION_STEP_VC12810", "EARLY_TERMINATION_ONLY",
                  "EARLY_TERMINATION_WAITS", "EARLY_TERMINATION_MAY_WAIT")


def test_the_words_are_the_steps_words_unchanged():
    assert ASK_TO_END_EARLY == "Ask the court to end probation early (PC 1203.3)"


def test_every_own_case_early_end_step_begins_with_them():
    for name in OWN_CASE_STEPS:
        assert getattr(pc1203_4, name).startswith(ASK_TO_END_EARLY + ";"), name


def test_every_step_asking_for_an_early_end_in_the_public_cases_begins_with_them():
    """Asked of the answers themselves: a step that asks the court for the early end (not
    "Ending probation early ... would not be enough") begins with the one constant."""
    asking = 0
    for case in yaml.safe_load(PUBLIC_CASES.read_text(encoding="utf-8")):
        request = read_request(case["request"])
        for day in DAYS:
            for d in screen(request.person, request.cases, day).results:
                for step in d.next_steps:
                    if "(PC 1203.3)" in step and step.startswith("Ask"):
                        asking += 1
                        assert step.startswith(ASK_TO_END_EARLY), step
    assert asking > 10  # the cases do ask it, of their own case's probation and of another's


def _header(client: Client, as_of: date) -> str:
    from ui.client_view import outcome_line  # the header's own function, no window needed

    screening = screen(client.person, client.cases, as_of)
    return outcome_line(summarize(client, screening, as_of), screening, as_of).replace("\u00a0", " ")


def test_the_header_finds_the_step_by_the_same_constant():
    """The header reads the eligibility package's words, not a copy of them, and with them
    finds the step of a dismissal waiting on its own case's probation."""
    import ui.client_view

    assert ui.client_view.ASK_TO_END_EARLY is ASK_TO_END_EARLY
    client = Client(name="Rafael Pruebatemprano", person=Person(dob=date(1980, 4, 4), us_citizen=True), cases=[
        Case(id="c1", case_number="25CJCM01234", convictions=[
            Conviction(id="c1-1", section="484(a)/488", level="misdemeanor", conviction_date=date(2025, 1, 10))],
            sentence=Sentence(type="probation", judgment_date=date(2025, 1, 10),
                              probation=Probation(kind="summary", start=date(2025, 1, 10), end=date(2027, 1, 10))))])
    as_of = date(2026, 11, 22)
    steps = [s for d in screen(client.person, client.cases, as_of).results if d.remedy == "pc1203_4" for s in d.next_steps]
    assert steps[0] == pc1203_4.EARLY_TERMINATION_STEP
    assert _header(client, as_of) == ("· Eligible on 2027-01-11: PC 1203.4 dismissal, PC 1203.425 automatic relief · "
                                      "Can be sooner: PC 1203.3 end probation early, open now")
