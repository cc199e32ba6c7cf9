"""Z141: a survivor of trafficking or intimate partner violence reads the handout.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person


def survivor(lang: str) -> Client:
    """Two PC 647(b) misdemeanors from being trafficked and a felony HS 11352(a) an abuser
    forced, each marked so, probation done: PC 236.14 / 236.15 vacatur is open for all three."""
    cases = [Case(id=cid, case_number=number, convictions=[Conviction(
                 id=f"{cid}1", code=code, section=section, level=level, conviction_date=day, trafficking_related=True)],
                 sentence=_probation(day, date(day.year + 2, day.month, day.day), "completed"))
             for cid, number, code, section, level, day in (
                 ("A", "14M00001", "PC", "647(b)", "misdemeanor", date(2014, 5, 2)),
                 ("B", "16M00002", "PC", "647(b)", "misdemeanor", date(2016, 8, 10)),
                 ("C", "19F00003", "HS", "11352(a)", "felony", date(2019, 9, 20)))]
    return Client(name="Marisol Ejemplo", language=lang,
                  person=Person(dob=date(1990, 3, 14), us_citizen=True, trafficking_survivor=True), cases=cases)


def test_z141_01_the_survivor_s_vacatur_says_what_it_does_beyond_a_dismissal():
    """The card said only "The records would then be sealed": not that a vacatur does more than
    the dismissal beside it (records sealed and destroyed, the arrest and conviction deemed not
    to have occurred), that the judge decides on clear proof, nor that there is no fee
    (ca-rules.md 3.16 [H], [H/M]).  The page's only words on what relief does were "A dismissal
    does not erase your record"."""
    for lang, said in (
        ("en", "Cancelling the conviction (survivors): A lawyer can ask the court to cancel this conviction, "
               "because it came from what someone did to you. If the judge agrees, this does more than a "
               "dismissal: the records are sealed and destroyed, and for most purposes the law treats the "
               "arrest and the conviction as if they never happened. The judge decides, and you must show "
               "clearly that this conviction came from what was done to you. There is no court fee. The clinic will help "
               "you find that lawyer."),
        ("es", "Anular la condena (sobrevivientes): Un abogado puede pedir al tribunal que anule esta condena, "
               "porque fue consecuencia de lo que alguien le hizo a usted. Si el juez acepta, esto hace más que "
               "una desestimación: los récords se sellan y se destruyen, y la ley trata el arresto y la condena, "
               "para casi todo, como si nunca hubieran pasado. El juez decide, y usted tiene que mostrar con claridad "
               "que esta condena fue consecuencia de lo que le hicieron. El tribunal no le cobra por esto. La clínica le ayudará "
               "a encontrar ese abogado."),
    ):
        text = pdf_text(survivor(lang), lang)
        assert said in text, lang
        assert "would then be sealed" not in text and "quedarían sellados" not in text


def test_z141_03_a_conviction_not_marked_is_offered_the_vacatur_as_an_if():
    """Where only the client is marked a survivor, the screening says whether this conviction
    came from it "is for the attorney to confirm"; the card told the client as settled that "it
    came from what someone did to you", of a conviction nobody had asked about.  It now says
    "If this conviction came from ...", and that a clinic lawyer will talk with her about it
    first; a conviction marked so keeps the plain words."""
    client = survivor("en")
    client.cases[2].convictions[0].trafficking_related = False
    for lang, said, kept in (
        # Her third card, after two marked ones: the "if", pointing to the first card for what
        # the vacatur does (said once, R145-01).
        ("en", "Cancelling the conviction (survivors): If this conviction came from what someone did to you, a "
               "lawyer can also ask the court to cancel it. A clinic lawyer will talk with you about this first. "
               "What this means: see",
               "Cancelling the conviction (survivors): A lawyer can ask the court to cancel this conviction, "
               "because it came from what someone did to you. If the judge agrees"),
        ("es", "Anular la condena (sobrevivientes): Si esta condena fue consecuencia de lo que alguien le hizo a "
               "usted, un abogado también puede pedir al tribunal que la anule. Primero, un abogado de la clínica "
               "hablará con usted sobre esto. Qué significa: vea",
               "Anular la condena (sobrevivientes): Un abogado puede pedir al tribunal que anule esta condena, "
               "porque fue consecuencia de lo que alguien le hizo a usted. Si el juez acepta"),
    ):
        client.language = lang
        text = pdf_text(client, lang)
        assert text.count(said) == 1, lang
        assert text.count(kept) == 1, lang


# What the vacatur does, said once, and a later marked card's pointer to her 2014 card.
SAID_ONCE = (
    ("en", "If the judge agrees, this does more than a dismissal",
     "A lawyer can also ask the court to cancel this conviction, because it came from what someone did to "
     "you. What this means: see “Prostitution (soliciting or engaging) (Misdemeanor, 2014 · PC 647(b) · Case 14M00001)” above."),
    ("es", "Si el juez acepta, esto hace más que una desestimación",
     "Un abogado también puede pedir al tribunal que anule esta condena, porque fue consecuencia de lo que "
     "alguien le hizo a usted. Qué significa: vea «Prostitución · Delito menor (misdemeanor), 2014 · PC 647(b) · Caso 14M00001» arriba."),
)


def test_z141_04_what_a_survivor_s_vacatur_does_is_said_in_full_once():
    """The vacatur's line, with what it does, printed whole on each of her three cards made the
    handout a page longer (8 pages, was 7).  The first card says it in full; a later one says
    its own first words and points to that card, as a motion to vacate's line does (H89-01)."""
    for lang, does, again in SAID_ONCE:
        text = pdf_text(survivor(lang), lang)
        assert text.count(does) == 1, lang
        assert text.count(again) == 2, lang
