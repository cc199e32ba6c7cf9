"""H66: the client's pages read as a client would, in Spanish (round 66).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import handout_for, pdf_text

from clinic_app.handouts.texts import load_texts
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person


def open_case_client(lang: str) -> Client:
    """A petty theft, probation done, and a criminal case still open elsewhere: every relief waits."""
    conv = Conviction(id="A1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2015, 1, 1))
    return Client(name="Rosa Méndez", language=lang,
                  person=Person(dob=date(1980, 3, 2), us_citizen=True, pending_charges=True),
                  cases=[Case(id="A", convictions=[conv],
                              sentence=_probation(date(2015, 1, 1), date(2016, 1, 1), "completed"))])


def test_h66_01_an_open_case_is_what_must_end_not_what_must_happen():
    """«Esto tiene que esperar hasta que pase lo siguiente: usted tiene un caso penal abierto» and
    «Vuelva a la clínica cuando pase lo siguiente: usted tiene un caso penal abierto»: "wait until
    the following happens: you have an open criminal case", the opposite of what is meant (Y62-10
    made «cambie» «pase», which every other cause reads right with: «su libertad condicional
    (probation) debe terminar»).  The open case is now said as the others are: it must end."""
    text = pdf_text(open_case_client("es"), "es")
    assert "usted tiene un caso penal abierto" not in text
    assert ("Desestimación (expungement): Esto tiene que esperar hasta que eso cambie."
            " Después vuelva a la clínica.") in text
    assert "Primero algo tiene que cambiar: su caso penal abierto debe terminar." in text
    assert "Vuelva a la clínica cuando pase lo siguiente: su caso penal abierto debe terminar." in text


def only_an_open_case(lang: str) -> Client:
    """An assault charge still open, nothing else: no relief to tell, nothing to say yet."""
    case = Case(id="A", outcome="pending", arrest_date=date(2018, 5, 1), arrest_level="felony",
                arrest_offenses=[ArrestOffense(section="245(a)(1)", level="felony")])
    return Client(name="Ji-ho Park", language=lang, person=Person(dob=date(1974, 12, 29), us_citizen=True),
                  cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h66_02_a_page_of_only_an_open_case_promises_nothing_to_say(lang):
    """The page of a client whose one case is still open was titled "Your record: what changed
    and what you may say" and began "This page explains ... what you may say when someone asks
    about your record", over an open case, its one step, and no "What you may say" at all.  It is
    titled and introduced now as the page of what to do first (V64-02's no-case page), and still
    asks the client to check the case listed."""
    client = only_an_open_case(lang)
    handout = handout_for(client, lang)
    t = load_texts(lang)
    assert "say" not in [section.key for section in handout.sections]
    text = pdf_text(client, lang)
    assert t["doc"]["title"] not in text and t["intro"][0] not in text
    assert text.startswith(f"{handout.author} {t['doc']['title_no_case']}")
    assert f"{t['intro_no_case'][0]} {t['intro_no_case'][1]} {t['check_cases']}" in text
    assert handout.subject == t["doc"]["subject_first"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h66_02_a_page_with_something_to_say_keeps_its_title(lang):
    client = open_case_client(lang)  # a conviction beside the open case: "What you may say" is there
    text = pdf_text(client, lang)
    t = load_texts(lang)
    assert text.startswith(f"{handout_for(client, lang).author} {t['doc']['title']}")
    assert f"{t['intro'][0]} {t['intro'][1]} {t['check_cases']}" in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h66_02_a_page_of_only_a_case_still_to_enter_is_what_to_do_first(lang):
    """A case marked convicted whose convictions are not typed yet: its one step is to ask the
    clinic about it, and there is nothing to say of it yet either."""
    client = Client(name="Ana Ruiz", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True),
                    cases=[Case(id="A", outcome="convicted", disposition_date=date(2013, 1, 1))])
    t = load_texts(lang)
    text = pdf_text(client, lang)
    assert text.startswith(f"{handout_for(client, lang).author} {t['doc']['title_no_case']}")
    assert t["intro"][0] not in text and t["tasks"]["ask_unfinished"] in text


def several_held_by_an_open_case(lang: str) -> Client:
    """Five misdemeanors, probation done, and a case open elsewhere: the bar is said once, first."""
    convictions = [Conviction(id=f"A{i}", code="PC", section=section, level="misdemeanor", conviction_date=date(2015, 1, 1))
                   for i, section in enumerate(["484(a)", "594(a)", "647(f)", "148(a)(1)", "602"])]
    return Client(name="Rosa Méndez", language=lang,
                  person=Person(dob=date(1980, 3, 2), us_citizen=True, pending_charges=True),
                  cases=[Case(id="A", convictions=convictions,
                              sentence=_probation(date(2015, 1, 1), date(2016, 1, 1), "completed"))])


def test_h66_03_read_this_first_says_what_relief_waits_for():
    """"Read this first: you have an open criminal case. Until then, relief must wait for 5 of
    your convictions below": "until then" had no time to stand for, where probation's line reads
    "your probation must end (...). Until then".  The open case is said as the other causes are,
    what must end, on this line and on every card and step that names it."""
    text = pdf_text(several_held_by_an_open_case("en"), "en")
    assert "you have an open criminal case" not in text
    assert ("Read this first: your open criminal case must end. Until then, relief must wait for 5 of your "
            "convictions below.") in text
    text = pdf_text(open_case_client("en"), "en")
    assert "Something must change first: your open criminal case must end." in text
    assert ("Dismissal (expungement): This has to wait until that changes. "
            "Then come back to the clinic.") in text
    assert "Come back to the clinic when this changes: your open criminal case must end." in text
    es = pdf_text(several_held_by_an_open_case("es"), "es")
    assert ("Lea esto primero: su caso penal abierto debe terminar. Hasta entonces, el alivio de 5 de sus condenas "
            "de abajo tiene que esperar.") in es
