"""K372: the facts to find out before filing, as one list for the client, from the worksheet.

The worksheet asks them under each case ("Facts to find out before filing"); the Eligibility tab
had no list of them at all.  `questions_to_ask` gives the worksheet's questions, in its order,
each once and each naming its case (a case with no number by what the record holds, K363).
"""

from __future__ import annotations

from clinic_app.eligibility import screen
from clinic_app.worksheet.compose import compose, questions_to_ask
from tests.two_cases_to_ask import AS_OF, two_cases_to_ask

FRESNO = "Case c2 (PC 487(a), convicted 2012-06-01, Fresno County)"


def test_k372_the_worksheets_questions_in_its_order_each_once_naming_its_case():
    client = two_cases_to_ask()
    screening = screen(client.person, client.cases, AS_OF)
    sheets = compose(client, screening).cases
    # The worksheet's own lists, under each case (the second asks the first's probation end again).
    assert sheets[0].to_find_out == ["On what date does (or did) probation end?",
                                     "Is probation active, completed, revoked or terminated early?"]
    assert sheets[1].to_find_out[0] == "Case BA100001: On what date does (or did) probation end?"
    assert [q.asked for q in questions_to_ask(client, screening)] == [
        "Case BA100001: On what date does (or did) probation end?",
        "Case BA100001: Is probation active, completed, revoked or terminated early?",
        f"{FRESNO}: {sheets[1].to_find_out[1]}",
        f"{FRESNO}, conviction PC 487(a): What was the value of the property (in dollars)?",
    ]
    assert sheets[1].to_find_out[2] == "Conviction PC 487(a): What was the value of the property (in dollars)?"
    assert [(q.case, q.conviction, q.path) for q in questions_to_ask(client, screening)] == [
        ("c1", None, "cases[c1].sentence.probation.end"), ("c1", None, "cases[c1].sentence.probation.status"),
        ("c2", None, "cases[c2].sentence.imposition_suspended"),
        ("c2", "c2-1", "cases[c2].convictions[c2-1].value_dollars")]


def test_k372_nothing_to_find_out_no_question():
    client = two_cases_to_ask()
    client.cases[0].sentence.probation.end = AS_OF.replace(year=2017)
    client.cases[0].sentence.probation.status = "completed"
    client.cases[1].sentence.imposition_suspended = True
    client.cases[1].convictions[0].value_dollars = 300
    screening = screen(client.person, client.cases, AS_OF)
    assert not any(sheet.to_find_out for sheet in compose(client, screening).cases)
    assert questions_to_ask(client, screening) == []


def test_r376_01_a_question_two_counts_of_one_law_ask_goes_to_the_first_of_them():
    """R376-01: two thefts in the Fresno case, PC 487(a) each, neither with its value: the
    worksheet asks "Conviction PC 487(a): What was the value ...?" once, and Enter on it took the
    attorney to the second count's row, the last asked, below the first.  It goes to the first
    still unanswered; once that is saved, to the next."""
    from datetime import date

    from clinic_app.model import Conviction

    client = two_cases_to_ask()
    client.cases[1].convictions.append(Conviction(id="c2-2", section="487(a)", level="felony",
                                                  conviction_date=date(2012, 6, 1)))
    value = f"{FRESNO}, conviction PC 487(a): What was the value of the property (in dollars)?"
    asked = {q.asked: q for q in questions_to_ask(client, screen(client.person, client.cases, AS_OF))}
    assert (asked[value].conviction, asked[value].path) == ("c2-1", "cases[c2].convictions[c2-1].value_dollars")
    client.cases[1].convictions[0].value_dollars = 300
    asked = {q.asked: q for q in questions_to_ask(client, screen(client.person, client.cases, AS_OF))}
    assert asked[value].conviction == "c2-2"
