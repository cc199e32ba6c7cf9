"""O250: the handout of a client told "not yet" (demo clients 68's and 69's shape, as of November
15, 2026), read as she reads it and as the volunteer explains it: on probation for a burglary to
May 8, 2027, a felony assault whose probation was revoked in 2024 with no later sentence
recorded, and a case still open in Orange County.  Each language's real PDF is rendered once for
the module and read with pypdf."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import AS_OF, screened
from handout_render import flowing_text

from clinic_app.handouts import compose
from clinic_app.handouts.document import Task
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Probation, Sentence, Violation


def probation_and_revoked_client() -> Client:
    """Probation to May 8, 2027 in one case; a felony's probation revoked, no sentence after it;
    an open case in another county."""
    burglary = Case(
        id="c1", case_number="4CP44634", county="Los Angeles", disposition_date=date(2024, 5, 9),
        convictions=[Conviction(id="c1-1", section="459/460(b)", code="PC", level="misdemeanor",
                                conviction_date=date(2024, 5, 9))],
        sentence=Sentence(type="probation", judgment_date=date(2024, 5, 9), imposition_suspended=True,
                          probation=Probation(kind="summary", start=date(2024, 5, 9), end=date(2027, 5, 8),
                                              status="active")))
    assault = Case(
        id="c2", case_number="24CJCF91824", county="Los Angeles", disposition_date=date(2024, 1, 10),
        convictions=[Conviction(id="c2-1", section="245(a)(1)", code="PC", level="felony",
                                conviction_date=date(2024, 1, 10))],
        sentence=Sentence(type="probation", judgment_date=date(2024, 1, 10), completed=False,
                          probation=Probation(kind="formal", start=date(2024, 1, 10), end=date(2027, 1, 9),
                                              status="revoked", violations=[Violation(date(2024, 5, 11), "revoked")])))
    still_open = Case(id="c3", outcome="pending", case_number="26WM01234", county="Orange",
                      arrest_date=date(2026, 8, 2), arrest_offenses=[ArrestOffense("594")])
    return Client(name="Synthetic Client", person=Person(dob=date(1990, 6, 1), us_citizen=True),
                  cases=[burglary, assault, still_open])


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    client = probation_and_revoked_client()
    # Read on over a page's foot: the to-do's "Come back" line may break over a page (H375-05's
    # longer open-case line put its break after "8 de mayo de 2027 y"), as flowing_text says.
    return {lang: flowing_text(client, lang, AS_OF) for lang in ("en", "es")}


@pytest.mark.pdf
def test_o250_01_the_sentence_in_the_way_is_named_by_its_case(texts):
    """The burglary card read "your probation for “Second-degree (commercial) burglary” must end
    (it ends on May 8, 2027), and you must finish your sentence": she read the sentence as the
    burglary's, where it is the one after the assault's probation was revoked.  Named now as the
    probation is, by its card's title, on the card and on the to-do's "Come back" line."""
    en = ("your probation for “Second-degree (commercial) burglary” must end (it ends on May 8, 2027), "
          "and your sentence for “Assault with a deadly weapon (not a firearm)” must be finished")
    es = ("su libertad condicional (probation) por «Robo con allanamiento de local comercial (segundo grado)» "
          "debe terminar el 8 de mayo de 2027 y su sentencia por "
          "«Asalto con arma mortal (no de fuego)» debe quedar cumplida")
    assert texts["en"].count(en) == 2  # the card's "Where it stands" and "Come back to the clinic when ..."
    assert texts["es"].count(es) == 2
    assert "your sentence must be finished." not in texts["en"] and "su sentencia debe quedar cumplida." not in texts["es"]


@pytest.mark.pdf
def test_o250_02_the_proof_for_the_judge_says_it_is_to_end_probation_early(texts):
    """Her to-do list began "Gather proof of your good conduct for the judge: letters, pay stubs,
    class papers.", over "Finish probation. May 8, 2027" and "Come back to the clinic when this
    changes": she could not tell which judge, nor that it was for ending her probation early, the
    one thing open to her now.  Said where that is all the proof is for."""
    en = ("Gather proof of your good conduct for the judge who decides whether to end your probation early: "
          "letters, pay stubs, class papers.")
    es = ("Junte pruebas de su buena conducta para el juez que decidirá si termina antes su libertad condicional: "
          "cartas, talones de pago, constancias de clases.")
    assert texts["en"].count(en) == 1 and texts["es"].count(es) == 1
    assert "for the judge: letters" not in texts["en"] and "para el juez: cartas" not in texts["es"]


def test_o250_02_proof_also_for_another_relief_is_not_said_to_be_for_ending_probation_early():
    """With a felony PC 496(a) of 2015 she may ask the judge to reduce (PC 17(b), discretionary)
    beside ending her probation early, the proof is for both: the line as before, not "for the
    judge who decides whether to end your probation early" alone.  Composed, not rendered."""
    client = probation_and_revoked_client()
    client.cases.append(Case(
        id="c4", case_number="BA111222", county="Los Angeles", disposition_date=date(2015, 3, 2),
        convictions=[Conviction(id="c4-1", section="496(a)", code="PC", level="felony", conviction_date=date(2015, 3, 2))],
        sentence=Sentence(type="probation", judgment_date=date(2015, 3, 2), imposition_suspended=True,
                          probation=Probation(kind="formal", start=date(2015, 3, 2), end=date(2018, 3, 2),
                                              status="completed"))))
    for lang, line in (("en", "Gather proof of your good conduct for the judge: letters, pay stubs, class papers."),
                       ("es", "Junte pruebas de su buena conducta para el juez: cartas, talones de pago, constancias "
                              "de clases.")):
        handout = compose(client, screened(client, AS_OF), lang=lang, as_of=AS_OF)
        tasks = [block.text for section in handout.sections if section.key == "checklist"
                 for block in section.blocks if isinstance(block, Task)]
        assert line in tasks, (lang, tasks)


@pytest.mark.pdf
def test_o250_03_the_open_case_is_named_by_its_court_number(texts):
    """"Your open case must end first. Talk to your lawyer in that case." is about the open case,
    whose card said only "Arrest: Vandalism · Arrest in 2026 · PC 594 · Orange County" beside
    conviction cards that said "Case 4CP44634": neither she nor the volunteer could tell that
    lawyer which case.  The card now ends with its court's number, as theirs do."""
    assert "Arrest in 2026 · PC 594 · Orange County · Case 26WM01234" in texts["en"]
    assert "Arresto en 2026 · PC 594 · Condado de Orange · Caso 26WM01234" in texts["es"]
    assert "Your open case must end first." in texts["en"]
