"""Findings of handout review H22B, checked on handouts of clients screened by the real
engine, in English and in Spanish, on the composed words and on the real PDF read back with
pypdf (synthetic people only)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation, eligible_now, eligible_on, needs_review, screened
from handout_layout import squash
from handout_render import Rendered, handout_for as handout

from clinic_app.handouts import load_texts, render_bytes
from clinic_app.handouts.compose import format_date, offense_title
from clinic_app.handouts.document import Task
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Custody, Person, ReliefGranted, Sentence


def tasks(client: Client, lang: str) -> list[Task]:
    return list(handout(client, lang).section("checklist").blocks)


def printed(client: Client, lang: str) -> str:
    """The real PDF's text, each page's footer left out: a paragraph may go on over a page."""
    h = handout(client, lang)
    pages = Rendered(client, screened(client), h, render_bytes(h)).page_texts()
    footers = [squash(f"{h.notice} {h.page_template.format(page=n, pages=len(pages))} {h.client_name}")
               for n in range(1, len(pages) + 1)]
    assert all(text.endswith(footer) for text, footer in zip(pages, footers)), "the footer moved"
    return " ".join(text.removesuffix(footer).strip() for text, footer in zip(pages, footers))


# ---- H22B-01: "check your record (RAP sheet)" says how to get one ----------------------------


def with_arrest(client: Client) -> Client:
    client.cases.append(Case(id="B", outcome="no_charges_filed", arrest_date=date(2019, 7, 4), arrest_level="misdemeanor",
                             arrest_offenses=[ArrestOffense(section="242", level="misdemeanor")]))
    return client


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_01_check_your_record_says_how_to_get_it_once(lang):
    """Automatic relief for a conviction and for an arrest: one "check your record" task naming
    both (T154-04; two before, one a line), and one line saying how to get the record (Live
    Scan, the California DOJ, a fee waiver to ask the clinic about: ca-rules.md 6), printed on
    the PDF."""
    t = load_texts(lang)["tasks"]
    client = with_arrest(eligible_now(lang))
    texts = [task.text for task in tasks(client, lang)]
    assert sum(text.startswith(t["check_rap_now"].split("{")[0]) for text in texts) == 1
    assert texts.count(t["get_rap"]) == 1
    assert "Live Scan" in t["get_rap"] and "DOJ" in t["get_rap"]
    assert squash(t["get_rap"]) in printed(client, lang)


def test_h22b_01_the_how_to_follows_the_first_check_even_a_dated_one():
    """A check a year away: the how-to is read under it, not first on the list."""
    t = load_texts("en")["tasks"]
    texts = [task.text for task in tasks(eligible_on(), "en")]
    check = next(i for i, text in enumerate(texts) if text.startswith(t["check_rap"].split("{")[0]))
    assert texts.index(t["get_rap"]) == check + 1


def test_h22b_01_no_record_check_no_how_to():
    t = load_texts("en")["tasks"]
    assert t["get_rap"] not in [task.text for task in tasks(needs_review(), "en")]


# ---- H22B-02: two cases on probation: each "Finish probation" line names its case ------------


def two_probations(lang: str = "en") -> Client:
    """Petty theft (court number 4CJ01234) on probation to 2028, vandalism (no number on the
    record) on probation to 2029."""
    theft = Case(id="A", case_number="4CJ01234",
                 convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=date(2025, 5, 20))],
                 sentence=_probation(date(2025, 5, 20), date(2028, 5, 20), "active"))
    vandalism = Case(id="B", convictions=[Conviction(id="B1", section="594(a)", conviction_date=date(2026, 6, 1))],
                     sentence=_probation(date(2026, 6, 1), date(2029, 6, 1), "active"))
    return Client(name="Minh Nguyễn", language=lang, person=Person(dob=date(1979, 10, 3)), cases=[theft, vandalism])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_02_each_probation_line_names_its_case(lang):
    texts = load_texts(lang)
    t = texts["tasks"]
    client = two_probations(lang)
    theft, vandalism = (offense_title(case.convictions[0], texts) for case in client.cases)
    first = t["in_case"].format(number="4CJ01234", task=t["probation_end"].format(date=format_date(date(2028, 5, 20), texts)))
    second = t["for_offense"].format(offense=vandalism, task=t["probation_end"].format(date=format_date(date(2029, 6, 1), texts)))
    listed = [task.text for task in tasks(client, lang)]
    assert first in listed and second in listed
    assert "4CJ01234" in first and vandalism in second and theft not in second
    text = printed(client, lang)
    assert squash(first) in text and squash(second) in text


def test_h22b_02_one_probation_is_not_named():
    """One case on probation: the line stays as it was, nothing to tell apart."""
    client = two_probations()
    client.cases[1].sentence = None
    t = load_texts("en")
    listed = [task.text for task in tasks(client, "en")]
    assert t["tasks"]["probation_end"].format(date=format_date(date(2028, 5, 20), t)) in listed


# ---- H22B-03: the gun note names the law that made the reduction --------------------------


def reduced(section: str, remedy: str) -> Client:
    conv = Conviction(id="A1", code="PC", section=section, level="felony", conviction_date=date(2012, 3, 1),
                      relief_granted=[ReliefGranted(remedy=remedy, date=date(2016, 1, 1))])
    case = Case(id="A", convictions=[conv], sentence=_probation(date(2012, 3, 1), date(2014, 3, 1), "completed", kind="formal"))
    return Client(name="Rosa Ibarra", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


def firearm_line(client: Client, lang: str):
    """The "Buying or owning a gun" line for the conviction made a misdemeanor."""
    lines = next(g for g in handout(client, lang).section("say").blocks if g.key == "firearm").lines
    (line,) = [line for line in lines if line.column == "reduced"]
    return line


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_03_a_17b_reduction_is_not_told_about_prop_47(lang):
    """A burglary made a misdemeanor under PC 17(b): the gun note had said "A Prop 47 change
    does not end a felony gun ban" and cited PC 1170.18(k); 17(b) has no such carve-out
    (ca-rules.md 3.7), so the note and its cite name 17(b) alone."""
    firearm = load_texts(lang)["situations"]["firearm"]
    client = reduced("459", "pc17b")
    line = firearm_line(client, lang)
    assert line.say == firearm["reduced"]["say"]
    assert line.note == firearm["reduced"]["note"]
    assert firearm["reduced_by"]["prop47"]["note"] not in line.note
    assert line.cite == "PC 17(b); PC 29805"
    text = printed(client, lang)
    assert squash(line.note) in text and squash(firearm["reduced_by"]["prop47"]["note"]) not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_03_a_prop_47_reduction_still_says_the_felony_ban_stays(lang):
    """A receiving-stolen-property felony redesignated under Prop 47 keeps the felony gun ban
    (PC 1170.18(k), ca-rules.md 3.8): said, and cited, beside it."""
    firearm = load_texts(lang)["situations"]["firearm"]
    line = firearm_line(reduced("496(a)", "prop47"), lang)
    assert line.say == firearm["reduced_ban"]["say"]
    assert line.note.endswith(firearm["reduced_by"]["prop47"]["note"])
    assert line.cite == "PC 1170.18(k); PC 29800; PC 29805; 18 USC 922(g)"  # a felony's ban: not (g)(9)


# ---- H22B-04: the felony gun note speaks of Prop 47 only where Prop 47 may touch a felony ----


def felony_note(client: Client, lang: str):
    texts = load_texts(lang)["effects"]
    starts = texts["firearms_felony"]["text"].split(".")[0]
    (found,) = [n for n in handout(client, lang).section("effects").blocks if n.text.startswith(starts)]
    return found


def robbery(lang: str = "en") -> Client:
    conv = Conviction(id="A1", code="PC", section="211", level="felony", conviction_date=date(2010, 3, 1))
    case = Case(id="A", convictions=[conv], sentence=_probation(date(2010, 3, 1), date(2013, 3, 1), "completed", kind="formal"))
    return Client(name="Rosa Ibarra", language=lang, person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_04_a_robbery_is_not_told_about_prop_47(lang):
    """Prop 47 never reaches a robbery: "A Prop 47 change does not either" read as if it
    might; the note and its cite leave Prop 47 out."""
    prop47 = load_texts(lang)["effects"]["firearms_felony_prop47"]
    found = felony_note(robbery(lang), lang)
    assert prop47["text"] not in found.text and "1170.18" not in found.cite
    assert squash(found.text) in printed(robbery(lang), lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_04_a_prop_47_felony_keeps_the_prop_47_words(lang):
    """A felony redesignated under Prop 47 still bans guns (PC 1170.18(k)): said, and cited."""
    prop47 = load_texts(lang)["effects"]["firearms_felony_prop47"]
    found = felony_note(reduced("496(a)", "prop47"), lang)
    assert found.text.endswith(prop47["text"]) and "PC 1170.18(k)" in found.cite and found.strong


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_02_two_supervisions_name_their_cases_too(lang):
    """Two prison cases, each with parole still running: "Finish your supervision (date)."
    twice had said nothing of which case either was."""
    texts = load_texts(lang)
    t = texts["tasks"]

    def prison(case_id: str, number: str, section: str, released: date, end: date) -> Case:
        conv = Conviction(id=f"{case_id}1", section=section, level="felony", conviction_date=date(2015, 1, 5))
        return Case(id=case_id, case_number=number, convictions=[conv], sentence=Sentence(
            type="state_prison", judgment_date=date(2015, 1, 5),
            custody=Custody(release_date=released, supervision="parole", supervision_end=end)))

    client = Client(name="Minh Nguyễn", language=lang, person=Person(dob=date(1979, 10, 3)), cases=[
        prison("A", "BA100001", "211", date(2025, 1, 5), date(2027, 1, 5)),
        prison("B", "BA100002", "459", date(2025, 3, 1), date(2027, 9, 1))])
    listed = [task.text for task in tasks(client, lang)]
    for number, end in (("BA100001", date(2027, 1, 5)), ("BA100002", date(2027, 9, 1))):
        line = t["in_case"].format(number=number, task=t["parole_end"].format(date=format_date(end, texts)))
        assert line in listed, listed
