"""O155: Teresa (synthetic), a 2016 felony PC 487(a) with probation done and a 2021 PC 148(a)(1),
moves to Arizona next month for a job that runs a background check.  Her handout's answers are
California's law (Lab. Code 432.7, Gov. Code 12952, B&P 480, 2 CCR, CCP 203), and ca-rules.md says
nothing of another state's; each test asks what the page tells a client who will live and work
elsewhere.  Each opens the real PDF (pypdf text) of her handout, screened by the real engine."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, ReliefGranted, Sentence


def teresa(lang: str, dismissed: bool = False, resident_since: date | None = None) -> Client:
    """Her two cases; `dismissed`: the felony already dismissed under PC 1203.4 (a certificate of
    rehabilitation then in view)."""
    relief = [ReliefGranted("pc1203_4", date(2026, 5, 4))] if dismissed else []
    theft = Case(id="A", case_number="BA446123", convictions=[
        Conviction(id="A1", section="487(a)", level="felony", conviction_date=date(2016, 4, 12), value_dollars=2400,
                   relief_granted=relief)],
        sentence=Sentence(type="probation", judgment_date=date(2016, 4, 12), imposition_suspended=True, completed=True,
                          probation=Probation(kind="formal", start=date(2016, 4, 12), end=date(2019, 4, 12), status="completed")))
    resisting = Case(id="B", case_number="1CJ04512", convictions=[
        Conviction(id="B1", section="148(a)(1)", level="misdemeanor", conviction_date=date(2021, 6, 3))],
        sentence=Sentence(type="probation", judgment_date=date(2021, 6, 3), imposition_suspended=True, completed=True,
                          probation=Probation(kind="summary", start=date(2021, 6, 3), end=date(2022, 6, 3), status="completed")))
    person = Person(dob=date(1988, 3, 14), us_citizen=True, ca_resident_since=resident_since)
    return Client(name="Teresa Alvarado", language=lang, person=person, cases=[theft, resisting])


# ---- O155-01: "What you may say" is California's law ---------------------------------------
# Under "Applying for a job with a private employer" she read, for her dismissed convictions,
# "“No.” The employer may not ask about or use them", with nothing saying that this is
# California's Labor Code: an Arizona employer is not bound by it, and ca-rules.md says nothing
# of Arizona's law.  The section now opens by saying whose law its answers follow, and to ask
# the clinic what to say in another state.

ANOTHER_STATE = {
    # Except for the federal forms, whose answers are the same in every state (R158-01).
    "en": "Except for federal forms, these answers follow California law. In another state they may be different: ask the "
          "clinic what to say there.",
    "es": "Salvo en los formularios federales, estas respuestas siguen la ley de California. En otro estado pueden ser "
          "distintas: pregunte en la clínica qué decir allí.",
}
SAY_HEADING = {"en": "What you may say", "es": "Qué puede decir"}
FIRST_SITUATION = {"en": "Applying for a job with a private employer", "es": "Al pedir trabajo en una empresa privada"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_o155_01_what_you_may_say_says_its_answers_are_californias(lang):
    text = pdf_text(teresa(lang), lang)
    assert ANOTHER_STATE[lang] in text
    # Under the heading, before the first situation's answers: what holds for all of them.
    at = text.index(ANOTHER_STATE[lang])
    assert text.index(SAY_HEADING[lang]) < at < text.index(FIRST_SITUATION[lang], text.index(SAY_HEADING[lang]))


# ---- O155-02: a certificate of rehabilitation is for a client who lives in California -------
# Once her felony is dismissed, her card offered "Certificate of Rehabilitation: You qualify now.
# The clinic can file papers to ask the court for a certificate", and nothing said that it needs
# California residence (ca-rules.md 3.17 [H]; the petition is filed where she lives, PC 4852.06):
# she would read it as hers from Arizona too.

IN_CALIFORNIA = {"en": "To ask for it, you must live in California. If you move to another state, ask the clinic first.",
                 "es": "Para pedirlo, debe vivir en California. Si se muda a otro estado, pregunte primero en la clínica."}
CERTIFICATE = {"en": "Certificate of Rehabilitation: You qualify now.", "es": "Certificado de Rehabilitación:"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_o155_02_the_certificate_card_says_it_needs_california_residence(lang):
    client = teresa(lang, dismissed=True, resident_since=date(1988, 3, 14))
    client.cases = client.cases[:1]  # the theft alone: no later conviction for an attorney to weigh
    text = pdf_text(client, lang)
    assert CERTIFICATE[lang] in text
    assert IN_CALIFORNIA[lang] in text
    assert text.index(CERTIFICATE[lang]) < text.index(IN_CALIFORNIA[lang])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_o155_02_said_only_where_the_certificate_is_offered(lang):
    assert IN_CALIFORNIA[lang] not in pdf_text(teresa(lang), lang)


# ---- O155-03: what a background check shows, in California and elsewhere --------------------
# Her Arizona job runs a background check.  Under "What relief does and does not do" she read
# "Most job and license checks will show it as dismissed": what California's courts and DOJ
# give out (PC 1203.425(a)(3); PC 11105, ca-rules.md 2.5 [M]), nothing of a federal check or one
# made in another state, of which ca-rules.md says nothing.  The line now says whose rules
# these are, and to ask the clinic what such a check may show.

CHECKS = {
    "en": "Schools and police can still see it. These are California's rules. For a check by the federal government or in "
          "another state, ask the clinic what it may show.",
    "es": "Las escuelas y la policía todavía pueden verlo. Estas son reglas de California. Si la revisión la hace el gobierno "
          "federal o se hace en otro estado, pregunte en la clínica qué puede mostrar esa revisión.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_o155_03_what_a_check_shows_is_said_as_californias(lang):
    assert CHECKS[lang] in pdf_text(teresa(lang), lang)


# ---- O155-04: the worksheet says the residence a certificate rests on ------------------------
# Staff preparing her certificate of rehabilitation from the filing worksheet read "Eligible now"
# and the period "5 years' residence plus 2", and nowhere since when the record says she has
# lived in California: the fact the answer rests on, and the one to check with a client who is
# moving away (PC 4852.03(a); filed where she lives, PC 4852.06).  The head now says it wherever
# a certificate is in view, and "not recorded" where the record lacks it.

def test_o155_04_the_worksheet_head_says_since_when_she_has_lived_in_california(tmp_path):
    from tests.worksheet_text import worksheet_text

    alone = teresa("en", dismissed=True, resident_since=date(1988, 3, 14))
    alone.cases = alone.cases[:1]
    text = worksheet_text(tmp_path / "known", alone, date(2026, 12, 6))
    assert "Certificate of rehabilitation (PC 4852.01) — PC 487(a) Eligible now" in text
    assert "CA resident since 1988-03-14" in text
    assert text.index("CA resident since") < text.index("Case BA446123")
    assert "CA resident since not recorded" in worksheet_text(tmp_path / "unknown", teresa("en", dismissed=True), date(2026, 12, 6))


def test_o155_04_not_said_where_no_certificate_is_in_view(tmp_path):
    from tests.worksheet_text import worksheet_text

    # Not dismissed yet: "ask for the dismissal first", no certificate to file.
    text = worksheet_text(tmp_path, teresa("en", resident_since=date(1988, 3, 14)), date(2026, 12, 6))
    assert "Must register no" in text and "CA resident since" not in text
