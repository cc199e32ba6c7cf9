"""A63: the handout's leftover wording (round 63), read as the client would.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine,
or runs the real `clinic-app handout`.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from handout_clients import _probation, eligible_now, excluded
from handout_render import handout_for, pdf_text, squash
from pypdf import PdfReader

from clinic_app.cli import main
from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY
from clinic_app.model import Case, Client, Conviction, Person
from tests.cli.test_help_width_j59 import words as flat

HOURS = "Tue and Thu, 9 am to 4 pm"


# ---- A63-06: one rule for whether a batch says the hours have no Spanish version ----------

def _event_caseload(tmp_path, languages: list[str]):
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    repo = Repository.open(path, create=True)
    clients = []
    for n, language in enumerate(languages):
        client = excluded(language)
        client.name = f"Cliente {n}"
        client.event = "Fair — Compton"
        clients.append(client)
    repo.add_clients(clients)
    repo.set_setting("clinic_hours", HOURS)
    repo.close()
    return path


def test_a63_06_an_event_whose_pages_are_all_english_says_nothing_of_spanish_hours(tmp_path, capsys):
    """A client whose language has no handout texts ("fr") gets an English page, as the
    window's batch says (it named no Spanish hours for such a client); `clinic-app handout
    --event` had asked of "fr" itself and said the Spanish hours were empty beside English
    pages only."""
    path = _event_caseload(tmp_path, ["en", "fr"])
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-15",
                 "--out", str(tmp_path / "event")]) == 0
    said = capsys.readouterr()
    assert flat(HOURS_IN_ENGLISH_ONLY) not in flat(said.err)
    pages = sorted((tmp_path / "event").glob("*.pdf"))
    assert len(pages) == 2
    for page in pages:  # both printed in English, with the hours as typed
        text = squash(" ".join(p.extract_text() for p in PdfReader(page).pages))
        assert f"Hours: {HOURS}" in text and "Horario" not in text


def test_a63_06_an_event_with_a_spanish_page_still_says_it_once(tmp_path, capsys):
    path = _event_caseload(tmp_path, ["fr", "es"])
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-15",
                 "--out", str(tmp_path / "event")]) == 0
    assert flat(capsys.readouterr().err).count(flat(HOURS_IN_ENGLISH_ONLY)) == 1  # wrapped to the terminal (C112-02)


# ---- A63-02: "say if it was dismissed" to a client no California court can dismiss for ------

def out_of_state_only(lang: str) -> Client:
    """A federal theft (code typed "other") and a Nevada misdemeanor: nothing a California court can clear."""
    federal = Case(id="F", jurisdiction="federal", convictions=[Conviction(
        id="F1", code="other", section="18 USC 641", level="felony", conviction_date=date(2014, 3, 1))],
        sentence=_probation(date(2014, 3, 1), date(2016, 3, 1), "completed", kind="formal"))
    nevada = Case(id="N", jurisdiction="NV", convictions=[Conviction(
        id="N1", code="NRS", section="205.240", level="misdemeanor", conviction_date=date(2016, 3, 1))],
        sentence=_probation(date(2016, 3, 1), date(2017, 3, 1), "completed"))
    return Client(name="Sam Ortiz", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True),
                  cases=[federal, nevada])


LICENSE_INTRO_END = {
    "en": ("have their own rules. Tell those offices about your convictions. B&P 480(f)(2)", "say if they were dismissed",
           "say if it was dismissed"),
    "es": ("tienen sus propias reglas. Hable de sus condenas con esas oficinas. B&P 480(f)(2)", "si fueron desestimadas",
           "si fue desestimada"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_02_a_record_all_from_outside_california_is_not_told_to_say_it_was_dismissed(lang):
    """The licensing intro read "tell them, and say if they were dismissed" over a federal and
    a Nevada conviction, which the cards say no California court can clear; it now reads
    "tell them" (since U63-01 "Tell those offices about your convictions"), cited to
    B&P 480(f)(2) alone (no PC 1203.4 dismissal to tell of)."""
    plain, many, one = LICENSE_INTRO_END[lang]
    text = pdf_text(out_of_state_only(lang), lang)
    assert plain in text
    assert many not in text and one not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_02_a_conviction_that_can_be_dismissed_still_reads_say_if_it_was(lang):
    _plain, _many, one = LICENSE_INTRO_END[lang]
    assert one in pdf_text(eligible_now(lang), lang)


# ---- A63-03: "Conviction under other 18 USC 641" ------------------------------------------

TITLED = {"en": "Conviction under 18 USC 641", "es": "Condena según 18 USC 641"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_03_a_section_typed_with_code_other_is_titled_by_its_own_code(lang):
    """Code "other", section "18 USC 641": the card's title, its line and the checklist read
    "other 18 USC 641", as if "other" were part of the law's name; now "18 USC 641"."""
    text = pdf_text(out_of_state_only(lang), lang)
    assert "other 18 USC" not in text
    assert TITLED[lang] in text and "· 18 USC 641" in text


def test_a63_03_code_other_before_a_bare_section_is_kept():
    """"other 641" stays: the section alone would read as a Penal Code one."""
    from clinic_app.handouts.compose import written

    assert written("other", "641") == "other 641"
    assert written("other", "18 USC 641") == "18 USC 641"
    assert written("PC", "459") == "PC 459"


# ---- A63-04: a hearing day gone by, no ruling entered -------------------------------------

PASSED = {
    "en": ("The court hearing was set for November 10, 2026, and that day has passed. This page does not show "
           "a decision yet. Ask the clinic what happened.", "The court set a hearing for November 10, 2026"),
    "es": ("La audiencia del tribunal estaba fijada para el 10 de noviembre de 2026, y ese día ya pasó. Esta hoja "
           "todavía no muestra una decisión. Pregunte en la clínica qué pasó.",
           "El tribunal fijó una audiencia para el 10 de noviembre de 2026"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_04_a_hearing_day_gone_by_is_said_as_past_without_a_ruling(lang):
    """Filed 2026-11-02, hearing 2026-11-10, the handout made 2026-11-15 with no ruling entered:
    the card read "The court set a hearing for November 10, 2026" as if the day were ahead.
    It now says the day has passed, that the page shows no decision, and to ask the clinic;
    nothing in it says what the judge did, and the checklist names no hearing to go to."""
    from clinic_app.model import Petition

    client = eligible_now(lang)
    client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2026, 11, 10)))
    said, before = PASSED[lang]
    text = pdf_text(client, lang)
    assert said in text and before not in text
    # No hearing to go to (since U63-03 the checklist asks what happened at it, not to go).
    for ruled in {"en": ("The judge said", "go to the court hearing on"),
                  "es": ("El juez dijo", "ir a la audiencia del 10")}[lang]:
        assert ruled not in text


# ---- A63-05: a label naming an offense with parentheses of its own ------------------------

def burglary_beside_nevada(lang: str) -> Client:
    """A second-degree burglary to be dismissed, and a Nevada misdemeanor that stays."""
    burglary = Case(id="A", convictions=[Conviction(
        id="A1", section="459/460(b)", level="misdemeanor", conviction_date=date(2015, 3, 2))],
        sentence=_probation(date(2015, 3, 2), date(2017, 3, 2), "completed"))
    nevada = Case(id="N", jurisdiction="NV", convictions=[Conviction(
        id="N1", code="NRS", section="205.240", level="misdemeanor", conviction_date=date(2016, 3, 1))],
        sentence=_probation(date(2016, 3, 1), date(2017, 3, 1), "completed"))
    return Client(name="Rosa Gómez", language=lang, person=Person(dob=date(1984, 6, 9), us_citizen=True),
                  cases=[burglary, nevada])


NESTED = {
    "en": ("Once your conviction is dismissed — Second-degree (commercial) burglary: “No.”",
           "dismissed (Second-degree (commercial) burglary)"),
    "es": ("Cuando le desestimen la condena — ", "la condena (Robo"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_05_a_label_names_an_offense_with_parentheses_without_nesting_them(lang):
    """P61-04 names the conviction a dismissal's answer speaks for, in parentheses, where
    another stays: "Once your conviction is dismissed (Second-degree (commercial) burglary)"
    read as one aside inside another.  Such a name now follows a dash; a name without
    parentheses keeps them (P61-04's tests)."""
    said, nested = NESTED[lang]
    text = pdf_text(burglary_beside_nevada(lang), lang)
    assert said in text and nested not in text
    assert not re.search(r"\([^()]*\(", _labels(text, lang))


def _labels(text: str, lang: str) -> str:
    """The dismissal labels of the page ("Once your conviction is dismissed ...: ")."""
    start = {"en": "Once your conviction is dismissed", "es": "Cuando le desestimen la condena"}[lang]
    return " | ".join(part.split(":")[0] for part in text.split(start)[1:])


# ---- A63-07: the checklist's hearing, said once -------------------------------------------

def burglary_filed_for_dismissal(lang: str) -> Client:
    """A felony burglary: 1203.4 filed with a hearing set, 17(b) open and not filed yet."""
    from clinic_app.model import Petition

    conv = Conviction(id="A1", section="459/460(b)", level="felony", conviction_date=date(2014, 5, 20))
    case = Case(id="A", case_number="BA123456", convictions=[conv],
                sentence=_probation(date(2014, 5, 20), date(2017, 5, 20), "completed", kind="formal"),
                petitions=[Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2027, 1, 10))])
    return Client(name="Test Person", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True),
                  cases=[case])


HEARING_ONCE = {
    "en": ("The clinic will tell you if you need to go to the court hearing on January 10, 2027",
           "If the court sets a hearing on other papers the clinic files, the clinic will tell you the date.",
           "Go to the court hearing if the court sets one."),
    "es": ("La clínica le dirá si tiene que ir a la audiencia del 10 de enero de 2027",
           "Si el tribunal fija una audiencia sobre otros papeles que presente la clínica, la clínica le avisará la fecha.",
           "Vaya a la audiencia si el tribunal la programa."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_07_a_hearing_set_and_a_petition_still_to_file_do_not_say_go_beside_will_tell_you(lang):
    """The checklist read "The clinic will tell you if you need to go to the court hearing on
    January 10, 2027 ..." and, two lines down, "Go to the court hearing if the court sets one.
    The clinic will tell you the date." (for the 17(b) petition not filed yet): go, and the
    clinic will say whether to go.  The second line now speaks only of the other papers."""
    set_, more, generic = HEARING_ONCE[lang]
    text = pdf_text(burglary_filed_for_dismissal(lang), lang)
    assert set_ in text and more in text and generic not in text


# ---- A63-08: "If it is not cleared:" named no noun ----------------------------------------

@pytest.mark.parametrize("lang, label, before", [
    ("en", "If your conviction is not cleared: Before an offer", "If it is not cleared:"),
    ("es", "Si la condena no está limpia: Antes de la oferta", "Si no está limpia:"),
])
def test_a63_08_the_not_cleared_label_names_the_conviction(lang, label, before):
    """Under "What you may say", beside "Once your conviction is dismissed", the line for a
    conviction that stands read "If it is not cleared:" («Si no está limpia:»), "it" standing
    for nothing before it (a heading above); it now names the conviction."""
    text = pdf_text(eligible_now(lang), lang)
    assert label in text and before not in text


# ---- A63-01: what to say once Prop 64 changes a conviction --------------------------------

def marijuana_for_sale(lang: str) -> Client:
    """HS 11359 (2012), formal probation done: Prop 64 open now, beside a dismissal."""
    conv = Conviction(id="A1", code="HS", section="11359", level="felony", conviction_date=date(2012, 6, 1))
    case = Case(id="A", convictions=[conv],
                sentence=_probation(date(2012, 6, 1), date(2015, 6, 1), "completed", kind="formal"))
    return Client(name="Leo Park", language=lang, person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


PROP64_AFTER = {
    # A possession for sale Prop 64 can only make a misdemeanor (HS 11359(b)): said so (H434-01).
    "en": ("Once your conviction is changed under Prop 64: Ask the clinic what to say once it is a misdemeanor.",
           # guns: the advice of the line not cleared, said once under both labels (H89-02)
           "If your conviction is not cleared, and once your conviction is changed under Prop 64: Do not buy or "
           "hold a gun until a lawyer says you may. A felony means no guns for life. Some misdemeanors mean no "
           "guns for 10 years. Even after the change, this conviction may still ban guns.",
           "Once your conviction is dismissed:"),
    "es": ("Cuando le cambien la condena según la Proposición 64: Pregunte en la clínica qué decir cuando ya sea "
           "un delito menor.",
           "Si la condena no está limpia y cuando le cambien la condena según la Proposición 64: No compre ni "
           "tenga un arma",
           "Cuando le desestimen la condena:"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_01_a_conviction_prop_64_may_change_is_told_what_holds_then(lang):
    """A marijuana felony Prop 64 can change (its card: "Prop 64 (marijuana): You qualify now
    ... reduce or dismiss it") was told under "What you may say" only what holds "Once your
    conviction is dismissed".  Each situation now also says what holds once Prop 64 changes
    it: the court may make it a lesser offense or dismiss and seal it, and the answer turns on
    which, so the client asks the clinic then (as a change already made, H21-15); guns as a
    reduced conviction that may still ban them."""
    said, gun, dismissal = PROP64_AFTER[lang]
    text = pdf_text(marijuana_for_sale(lang), lang)
    assert said in text and gun in text
    # In every situation (nine but guns; no immigration: a citizen), on the page as composed;
    # the SF-86, which asks whatever the court does, with its own "Yes" (M140-03).
    handout = handout_for(marijuana_for_sale(lang), lang)
    lines = [line for section in handout.sections if section.key == "say" for guidance in section.blocks
             for line in guidance.lines if line.column == "after_prop64"]
    assert len(lines) == 9 and sum(f"{line.label}: {line.say}" in said for line in lines) == 8
    assert dismissal in text  # the dismissal open beside it keeps its own line


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a63_01_a_record_prop_64_cannot_change_reads_as_before(lang):
    label = PROP64_AFTER[lang][0].split(":")[0]
    assert label not in pdf_text(eligible_now(lang), lang)


@pytest.mark.parametrize("lang, said", [
    ("en", "Once your convictions are changed under Prop 64: Ask the clinic what to say then. It depends on what "
           "the court does."),
    ("es", "Cuando le cambien las condenas según la Proposición 64: Pregunte en la clínica qué decir entonces. "
           "Depende de lo que haga el tribunal."),
])
def test_a63_01_two_convictions_prop_64_may_change_are_spoken_of_in_the_plural(lang, said):
    client = marijuana_for_sale(lang)
    client.cases[0].convictions.append(Conviction(id="A2", code="HS", section="11358", level="felony",
                                                  conviction_date=date(2012, 6, 1)))
    assert said in pdf_text(client, lang)


def test_r63_02_code_other_before_a_section_with_lettered_subdivisions_is_kept():
    """A subdivision numbered in letters ("(ii)", "(iv)") names no code: "other" was dropped
    before "39-14-103(b)(ii)", and the card read a bare section, as a Penal Code one would."""
    from clinic_app.handouts.compose import written

    assert written("other", "39-14-103(b)(ii)") == "other 39-14-103(b)(ii)"
    assert written("other", "1234(a)(iv)") == "other 1234(a)(iv)"
    assert written("other", "NRS 205.240(1)(a)") == "NRS 205.240(1)(a)"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_prop_64_gun_line_cites_the_felony_ban_it_speaks_of(lang):
    """A marijuana felony Prop 64 may still change "may still ban guns" because it is a felony
    (PC 29800): the line cited only PC 29805's misdemeanor list and 18 USC 922(g)(9), the
    domestic-violence ban, neither of which a marijuana felony is (U63 read it)."""
    handout = handout_for(marijuana_for_sale(lang), lang)
    (gun,) = [line for section in handout.sections if section.key == "say" for guidance in section.blocks
              for line in guidance.lines if guidance.key == "firearm" and "HS 11361.8" in line.cite
              and "29805" in line.cite]
    # said once beside the line not cleared, whose advice it shares, with both lines' statutes (H89-02),
    # under both labels (R90b-03)
    assert gun.column == "joined" and {"HS 11361.8", "PC 29800"} <= set(gun.cite.split("; "))
