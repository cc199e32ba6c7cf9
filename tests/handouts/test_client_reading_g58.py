"""G58: the handout read as a client reads it, English and Spanish.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from handout_clients import AS_OF, CLINIC, blocked_by_probation, no_cases, screened
from handout_render import pdf_text, squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.document import Task
from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Money, Person, Probation, Sentence

MAX_TERMS = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "max_terms.csv"


def _prop47_late(lang: str) -> Client:
    """A 2012 felony drug possession, formal probation completed: Prop 47 is open, but only on
    a showing of good cause for filing after 2022-11-04 (PC 1170.18(j); ca-rules.md, Prop 47)."""
    case = Case(id="A", case_number="BA300400", convictions=[Conviction(
        id="A1", section="11350(a)", code="HS", level="felony", conviction_date=date(2012, 6, 6))],
        sentence=Sentence(type="probation", judgment_date=date(2012, 6, 6), imposition_suspended=True,
                          probation=Probation(kind="formal", start=date(2012, 6, 6), end=date(2015, 6, 6),
                                              status="completed")))
    return Client(name="Carmen Ruiz", language=lang, person=Person(dob=date(1980, 2, 2), us_citizen=True),
                  cases=[case])


LATE = {
    "en": ("but the deadline to ask has passed. The judge must first agree that you had a good reason to ask late.",
           "Gather proof for the judge of why you are asking after the deadline. The clinic will tell you what helps.",
           "Gather proof of your good conduct for the judge"),
    "es": ("pero el plazo para pedirlo ya venció. Primero el juez tiene que aceptar que usted tuvo una buena razón "
           "para pedirlo tarde.",
           ("Junte pruebas para el juez de por qué pide la reducción a delito menor por la Proposición 47 después del plazo. "
            "La clínica le dirá qué sirve."),
           "Junte pruebas de su buena conducta para el juez"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g58_01_a_late_petition_asks_proof_of_the_reason_not_of_good_conduct(lang):
    """The card said the deadline had passed and to bring proof of a good reason for the delay;
    the checklist below it asked for "proof of your good conduct for the judge: letters, pay
    stubs, class papers" instead, the proof a discretionary petition needs, not this one."""
    client = _prop47_late(lang)
    assert any(d.remedy == "prop47" and d.status == "eligible" and d.mode == "good_cause"
               for d in screened(client).results)
    card, task, conduct = LATE[lang]
    text = pdf_text(client, lang)
    assert card in text
    assert task in text
    assert conduct not in text


SAID_NO = {
    "en": ("You told us you are not a U.S. citizen. Talk to an immigration lawyer before you file anything",
           "or we do not know"),
    "es": ("Usted nos dijo que no tiene la ciudadanía de EE. UU. Hable con un abogado de inmigración antes de "
           "presentar cualquier papel", "o no lo sabemos"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g58_02_a_client_who_said_they_are_not_a_citizen_is_not_told_we_do_not_know(lang):
    """A client who answered "No" read "You told us you are not a U.S. citizen, or we do not
    know": what they had just told us, doubted in the same sentence.  A client never asked has
    had a line of their own since I29-01; this one is said to those who answered."""
    client = _prop47_late(lang)
    client.person.us_citizen = False
    told, doubt = SAID_NO[lang]
    text = pdf_text(client, lang)
    assert told in text
    assert doubt not in text


def test_g58_03_a_count_of_unknown_level_reads_nivel_desconocido():
    """A Spanish card for a count whose level is not recorded read "Nivel no conocido, 2019",
    a calque of "Level not known"; Spanish says "desconocido"."""
    client = _prop47_late("es")
    client.cases[0].convictions[0].level = None
    text = pdf_text(client, "es")
    assert "Nivel desconocido, 2012 · HS 11350(a)" in text
    assert "no conocid" not in text


def _arrest(lang: str) -> Client:
    """An assault arrest never charged: sealing opens when the time to charge it runs out, which
    the engine counts from the statute's longest term (PC 801, 805(a); max_terms.csv)."""
    case = Case(id="A", outcome="no_charges_filed", arrest_date=date(2024, 3, 1), arrest_level="felony",
                arrest_offenses=[ArrestOffense(section="245(a)(1)", level="felony")])
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1990, 1, 1), us_citizen=True),
                  cases=[case])


def test_g58_04_a_spanish_page_says_the_words_beside_a_statute_in_spanish():
    """Beside "Sellar el arresto" the Spanish page cited "PC 245(a)(1): 2, 3 or 4 years", and
    every Spanish page's private-employer answer "LA County Fair Chance Ordinance (2024;
    unincorporated county only)": English words a Spanish reader cannot read.  The statutes
    stay as written, their words are Spanish; the English page is unchanged."""
    es = pdf_text(_arrest("es"), "es")
    assert "PC 245(a)(1): 2, 3 o 4 años" in es
    assert "or 4 years" not in es
    en = pdf_text(_arrest("en"), "en")
    assert "PC 245(a)(1): 2, 3 or 4 years" in en
    # The Fair Chance paragraph speaks for convictions only (T154-02): read beside one.
    es = pdf_text(blocked_by_probation("es"), "es")
    assert "LA County Fair Chance Ordinance (2024; solo áreas no incorporadas del condado)" in es
    assert "unincorporated county only" not in es
    en = pdf_text(blocked_by_probation(), "en")
    assert "LA County Fair Chance Ordinance (2024; unincorporated county only)" in en


def test_g58_04_every_longest_term_the_engine_may_cite_has_spanish_words():
    """A row added to max_terms.csv would print its English words on a Spanish page again."""
    said = load_texts("es")["record_cite"]
    with MAX_TERMS.open(encoding="utf-8") as handle:
        sources = {row["source"] for row in csv.DictReader(handle)}
    assert sorted(s for s in sources if s not in said) == []
    assert all(not re.search(r"\b(or|and|years?|months?|up to|under)\b", said[s]) for s in sources)


def _felonies(lang: str, *sections: str) -> Client:
    """Felonies of years past, formal probation completed: each may be reduced under PC 17(b)."""
    cases = [Case(id=f"C{i}", case_number=f"BA10{i}", convictions=[Conviction(
        id=f"C{i}1", section=section, level="felony", conviction_date=date(2012 + i, 3, 3))],
        sentence=Sentence(type="probation", judgment_date=date(2012 + i, 3, 3), imposition_suspended=True,
                          probation=Probation(kind="formal", start=date(2012 + i, 3, 3), end=date(2015 + i, 3, 3),
                                              status="completed")))
        for i, section in enumerate(sections)]
    return Client(name="Synthetic Client", language=lang, person=Person(dob=date(1985, 8, 8), us_citizen=True),
                  cases=cases)


NAMED = {
    # Convicted in 2013: as a misdemeanor its ten years have run, and the line says so (Z81).
    "en": ("As a misdemeanor, this conviction would also have banned guns for 10 years from the conviction, but those "
           "10 years ended on March 3, 2023. It may still ban guns for life under federal law if it was domestic "
           "violence: Assault with a deadly weapon (not a firearm). Ask a lawyer.",
           "this offense still bans guns"),
    "es": ("Como delito menor, esta condena también le habría prohibido tener armas por 10 años desde la condena, pero "
           "esos 10 años terminaron el 3 de marzo de 2023. Según la ley federal, puede prohibirle las armas de por vida "
           "si fue violencia doméstica: Asalto con arma mortal (no de fuego). Pregunte a un abogado.",
           "pero este delito, aun como delito menor"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g58_05_the_felony_that_bans_guns_as_a_misdemeanor_is_named(lang):
    """A page of a burglary and an assault with a deadly weapon, both felonies 17(b) may reduce,
    said in bold "Making it a misdemeanor ends the felony ban, but this offense still bans guns
    as a misdemeanor": which offense, the client could not tell.  Only the assault does (PC
    29805); the line now names it as its card does."""
    named, vague = NAMED[lang]
    text = pdf_text(_felonies(lang, "459/460(b)", "245(a)(1)"), lang)
    assert named in text
    assert vague not in text


def test_g58_05_two_such_felonies_are_both_named():
    text = pdf_text(_felonies("en", "245(a)(1)", "459/460(b)", "243(d)"), "en")
    assert ("As misdemeanors, these convictions would also have banned guns for 10 years from each conviction, but "
            "those years ended by March 3, 2024. They may still ban guns for life under federal law if one was domestic "
            "violence: Assault with a deadly weapon (not a firearm);") in text


RESTITUTION = {
    "en": "Restitution (money for the victim) you still owe: $600. You must still pay it, but it does not stop a dismissal.",
    "es": "Restitución (dinero para la víctima) que todavía debe: $600. Todavía tiene que pagarla, pero eso no impide la "
          "desestimación.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g58_06_restitution_is_said_in_plain_words(lang):
    """"Restitution you still owe: $600" ("Restitución que todavía debe") beside "Pay the fines
    you still owe": the page never said what restitution is, a court word most clients read
    as one more fine.  It now says: money for the victim (PC 1202.4(f))."""
    client = _prop47_late(lang)
    client.cases[0].money = Money(restitution_ordered=800, restitution_paid=200)
    assert RESTITUTION[lang] in pdf_text(client, lang)


WAIT_AND_NOW = {
    "en": ("Where it stands: Not cleared yet. You can ask to clear it on or after May 21, 2028.",
           "Ending probation early: You qualify now."),
    "es": ("Cómo está: Todavía no está limpia. Puede pedir que la limpien a partir del 21 de mayo de 2028.",
           "Terminar la libertad condicional antes: Ya califica."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g58_07_the_day_to_wait_for_is_the_day_to_ask_to_clear_it(lang):
    """A DUI on probation until 2028-05-20: its card said "Where it stands: Not cleared yet. You
    can ask on or after May 21, 2028" ("Puede pedir alivio a partir del ..."), and two lines
    below "Ending probation early: You qualify now": which could be asked now, the client
    could not tell.  The day is the day to ask to clear it; ending probation early is now."""
    client = blocked_by_probation(lang)
    client.person.us_citizen = True
    where, now = WAIT_AND_NOW[lang]
    text = pdf_text(client, lang)
    assert where in text and now in text
    assert text.index(where) < text.index(now)  # on the same card, the day said first


def _with_checklist(lang: str, filler: int, names: int) -> bytes:
    """The no-cases handout with a checklist of `filler` short tasks, then one that lists
    `names` convictions a line, then one more: somewhere in the sweep the list breaks a page."""
    handout = compose(no_cases(lang), None, CLINIC, lang=lang, as_of=AS_OF)
    t = load_texts(lang)["tasks"]
    day = {"en": "May 21, 2028", "es": "21 de mayo de 2028"}[lang]
    listed = t["come_back_on"].format(date=day, what="\n" + "\n".join(
        f"• Synthetic offense number {i}" for i in range(1, names + 1))).replace(": \n", ":\n").removesuffix(".")
    tasks = ([Task(f"Short task {i}.", "You") for i in range(filler)] + [Task(listed, "You")]
             + [Task("Last task.", "You")])
    sections = tuple(replace(s, blocks=tuple(tasks)) if s.key == "checklist" else s for s in handout.sections)
    return render_bytes(replace(handout, sections=sections))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g58_08_a_list_that_goes_on_to_the_next_page_says_what_it_lists(lang):
    """A "Come back to the clinic ... about:" step naming many convictions, broken by the foot
    of a page (between its listed lines, S45-03), put the rest of its list atop the next page
    under the header row alone: "• Battery on a spouse ... • Possession of marijuana for sale"
    with no box and no words before it (33 of 960 demo handouts, seeds 7 and 8).  The rest now
    goes on under the step's first words and "(continued)"."""
    lead = {"en": "Come back to the clinic on or after May 21, 2028 about (continued):",
            "es": "Vuelva a la clínica a partir del 21 de mayo de 2028 para hablar de (continuación):"}[lang]
    # No step has a date: no "By when" column (A65-02).
    header = {"en": "What to do Who does it", "es": "Qué hacer Quién lo hace"}[lang]
    continued = 0
    for filler in range(0, 40, 2):
        pages = [squash(p.extract_text()) for p in PdfReader(io.BytesIO(_with_checklist(lang, filler, 12))).pages]
        for page in pages:
            assert not page.startswith(f"{header} •"), f"{filler} short tasks: a list goes on under no words"
            if page.startswith(f"{header} {lead} • Synthetic offense number"):
                continued += 1
    assert continued > 0  # the sweep did break the list across a page


WHO_NOBODY = {"en": ("Who does it: Nobody: nothing to do", "Who does it: Nothing more to do"),
              "es": ("Quién lo hace: Nadie: no hay nada que hacer", "Quién lo hace: No hay nada más que hacer")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_who_does_it_is_answered_with_who_where_nothing_is_left_to_do(lang):
    """'Who does it: Nothing more to do' answered who with what: the card of a conviction the law
    gives no relief now names nobody, then says there is nothing more to do."""
    from handout_clients import excluded

    now, before = WHO_NOBODY[lang]
    text = pdf_text(excluded(lang), lang)
    assert now in text
    assert before not in text
