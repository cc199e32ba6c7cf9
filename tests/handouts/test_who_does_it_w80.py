"""W80-02: the client's handout printed, for a count whose level the record does not give,
"Who does it: A clinic lawyer  PC 1203.4; The client's record (level of conviction); PC 1203.4a"
(Z77): a client reads the words beside "Who does it" as who does it.  A fact of the record a
lawyer must find out is no longer printed as a source: the option says it in plain words,
"A clinic lawyer must first find out whether your conviction was a felony, a misdemeanor or an
infraction", in English and Spanish, and "Who does it" names who acts, with the statutes beside.
The screening itself is as it was: the reason still cites the client's record."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

pytestmark = pytest.mark.pdf


def burglary_of_unknown_level() -> Client:
    convicted = date(2019, 3, 2)
    case = Case(id="c1", case_number="BA200111", disposition_date=convicted,
                convictions=[Conviction(id="c1-1", section="459", level=None, conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted, completed=True,
                                  probation=Probation(kind="formal", start=convicted, end=date(2022, 3, 2), status="completed")))
    return Client(name="Lupe Nivel", person=Person(dob=date(1979, 1, 2), us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang, who, asked, option, record", [
    ("en", "Who does it: A clinic lawyer PC 1203.4; PC 1203.4a",
     "Where it stands: Not cleared yet. A lawyer must first find out whether your conviction was a felony "
     "or a misdemeanor.",  # a burglary: a wobbler (H82-03)
     "Dismissal (expungement): A clinic lawyer must find that out first. The clinic will contact you.", "The client's record"),
    ("es", "Quién lo hace: Un abogado de la clínica PC 1203.4; PC 1203.4a",
     "Cómo está: Todavía no está limpia. Primero un abogado debe averiguar si su condena fue un delito grave (felony) "
     "o un delito menor (misdemeanor).",
     "Desestimación (expungement): Un abogado de la clínica primero tiene que averiguarlo. La clínica se comunicará con usted.",
     "Su récord ("),
])
def test_w80_02_who_does_it_says_who_acts_and_the_fact_is_asked_in_plain_words(lang, who, asked, option, record):
    text = pdf_text(burglary_of_unknown_level(), lang)
    assert who in text
    # Every option waits on the same fact: it is said once, where the card says where it stands.
    assert text.count(asked) == 1 and option in text
    assert record not in text and "The client's record" not in text


@pytest.mark.parametrize("lang, said", [
    ("en", "Other relief: A clinic lawyer will also check whether you qualify for a dismissal (expungement), reducing it "
           "to a misdemeanor (under one of two laws) or a Certificate of Rehabilitation. First they must "
           "find out whether your conviction was a felony, a misdemeanor or an infraction. To ask for the certificate, you "
           "must live in California. If you move to another state, ask the clinic first. Who does it: A clinic lawyer PC 1203.4;"),
    ("es", "Primero el abogado tiene que averiguar si su condena fue un delito grave (felony), un delito menor (misdemeanor) o una "
           "infracción. Para pedir el certificado, debe vivir en California. Si se muda a otro estado, pregunte primero en la "
           "clínica. Quién lo hace: Un abogado de la clínica PC 1203.4;"),  # the certificate's residence (S159-02)
])
def test_w80_02_the_relief_a_lawyer_will_also_check_says_the_fact(lang, said):
    """A petty theft of unknown level: automatic relief is open, the rest waits on the level.
    The line of what a lawyer will also check said the statutes alone, and the fact nowhere."""
    client = burglary_of_unknown_level()
    client.cases[0].convictions[0].section = "484(a)"
    text = pdf_text(client, lang)
    assert said in text
    assert "The client's record" not in text and "Su récord (" not in text


def test_w80_02_the_screening_still_cites_the_record():
    client = burglary_of_unknown_level()
    result = screen(client.person, client.cases, date(2026, 12, 4))
    dismissal = next(d for d in result.results if d.remedy == "pc1203_4")
    assert dismissal.status == "needs_review"
    assert "The client's record (level of conviction)" in [r.cite for r in dismissal.reasons]
