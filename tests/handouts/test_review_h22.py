"""Findings of handout review H22, checked on handouts of clients screened by the real
engine, in English and in Spanish, on the composed words and on the real PDF read back with
pypdf (synthetic people only)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import blocked_by_probation
from handout_layout import squash
from handout_render import handout_for as handout, rendered_for as rendered

from clinic_app.catalog import in_sentence
from clinic_app.handouts import load_texts
from clinic_app.handouts.compose import format_date
from clinic_app.handouts.document import RecordEntry, Task
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Custody, Person, Probation, ReliefGranted, Sentence


def tasks(client: Client, lang: str) -> list[Task]:
    return list(handout(client, lang).section("checklist").blocks)


def entries(client: Client, lang: str) -> list[RecordEntry]:
    return [b for s in handout(client, lang).sections for b in s.blocks if isinstance(b, RecordEntry)]


# ---- H21-42: what the client can do now comes before what is dated years ahead ----------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h21_42_tasks_to_do_now_come_first_then_dated_then_waiting_on_others(lang):
    """The client on probation to 2028 owes fines and may gather proof now: those lead the
    printed checklist, the dated steps follow in date order, and the hearing the court may set
    comes after them; restitution, which stops nothing, stays last (H20-06)."""
    t = load_texts(lang)["tasks"]
    due = format_date(date(2028, 5, 21), load_texts(lang))
    in_order = [
        t["pay_fines"].format(amount="1,200"),
        t["proof_probation_early"],  # ending probation early is what the proof is for (O250-02)
        t["probation_end"].format(date=format_date(date(2028, 5, 20), load_texts(lang))),
        t["come_back_on"].format(date=due, what=""),
        t["hearing"],
        t["restitution_owed"].format(amount="600"),
    ]
    text = squash(" ".join(rendered(blocked_by_probation(lang), lang).page_texts()))
    checklist = text[text.index(squash(load_texts(lang)["headings"]["checklist"])):]
    where = [checklist.find(squash(line).rstrip(".")) for line in in_order]
    assert -1 not in where, list(zip(in_order, where))
    assert where == sorted(where)


def test_h21_42_dated_tasks_keep_their_date_order():
    listed = [task.due for task in tasks(blocked_by_probation(), "en") if task.due is not None]
    assert listed and listed == sorted(listed)


# ---- H21-15: Prop 64 relief reads as what the record knows, not "reduced to a misdemeanor" ----


def prop64_changed(level: str, section: str, *more: ReliefGranted) -> Client:
    conv = Conviction(id="A1", code="HS", section=section, level=level, conviction_date=date(2012, 3, 1),
                      relief_granted=[ReliefGranted("prop64", date(2019, 5, 1)), *more])
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=date(2012, 3, 1), imposition_suspended=True,
        probation=Probation(kind="summary", start=date(2012, 3, 1), end=date(2014, 3, 1), status="completed")))
    return Client(name="Luz Ortega", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h21_15_a_misdemeanor_changed_under_prop_64_is_not_said_to_be_reduced_to_a_misdemeanor(lang):
    """HS 11357(b), a misdemeanor, changed under Prop 64: an infraction now, or dismissed and
    sealed; the record keeps only "prop64".  The printed card and the "what you may say" lines
    say neither "reduced to a misdemeanor" nor "Yes, a misdemeanor"."""
    t = load_texts(lang)
    client = prop64_changed("misdemeanor", "11357(b)")
    (entry,) = entries(client, lang)
    assert entry.where == t["state"]["changed_prop64_on"].format(date=format_date(date(2019, 5, 1), t))
    assert entry.column == "prop64"
    text = squash(" ".join(rendered(client, lang).page_texts()))
    assert squash(t["state"]["changed_prop64_on"].format(date=format_date(date(2019, 5, 1), t))) in text
    for wrong in (t["state"]["reduced_on"].format(date=format_date(date(2019, 5, 1), t)), t["columns"]["reduced"],
                  t["situations"]["housing"]["reduced"]["say"], t["situations"]["jury"]["reduced"]["say"]):
        assert squash(wrong) not in text
    assert squash(t["columns"]["prop64"]) in text
    # Not guns; not immigration (a citizen); not the SF-86, which asks whatever the court did (M140-03).
    assert text.count(squash(t["prop64_changed"]["say"])) == len(t["situations"]) - 3
    assert squash(t["situations"]["security_clearance"]["prop64"]["say"]) in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h21_15_prop_64_then_a_dismissal_says_both_without_reduced_to_a_misdemeanor(lang):
    t = load_texts(lang)
    client = prop64_changed("felony", "11359", ReliefGranted("pc1203_4", date(2020, 1, 10)))
    (entry,) = entries(client, lang)
    assert entry.where == t["state"]["changed_prop64_dismissed_on"].format(date=format_date(date(2020, 1, 10), t))
    assert entry.column == "dismissed"


def test_h21_15_a_17b_reduction_still_reads_reduced_to_a_misdemeanor():
    conv = Conviction(id="A1", section="459/460(b)", level="felony", conviction_date=date(2012, 5, 20),
                      relief_granted=[ReliefGranted("pc17b", date(2020, 1, 10))])
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=date(2012, 5, 20), imposition_suspended=True,
        probation=Probation(kind="formal", start=date(2012, 5, 20), end=date(2015, 5, 20), status="completed")))
    client = Client(name="Tanya Brown", person=Person(dob=date(1975, 7, 30), us_citizen=True), cases=[case])
    (entry,) = entries(client, "en")
    assert entry.where == "Reduced to a misdemeanor on January 10, 2020." and entry.column == "reduced"


def test_h21_15_guns_keep_the_reduced_answers_for_a_prop_64_change():
    h = handout(prop64_changed("misdemeanor", "11360"), "en")
    lines = {line.column: line for g in h.section("say").blocks if g.key == "firearm" for line in g.lines}
    assert lines["prop64"].say == load_texts("en")["situations"]["firearm"]["reduced"]["say"]
    # A felony changed under Prop 64: whether the felony ban still holds is unsettled (ca-rules.md
    # 3.9 [L]), so the careful answer, as for a reduced conviction that may still ban guns (H434-03).
    h = handout(prop64_changed("felony", "11359"), "en")
    lines = {line.column: line for g in h.section("say").blocks if g.key == "firearm" for line in g.lines}
    assert lines["prop64"].say == load_texts("en")["situations"]["firearm"]["reduced_ban"]["say"]


# ---- H21-44: a conviction sealed under PC 1203.45 is not told a licensing board must be told ----


def sealed_as_minor() -> Client:
    """A misdemeanor committed at 17, dismissed and then sealed under PC 1203.45."""
    conv = Conviction(id="S1", code="PC", section="488", level="misdemeanor", conviction_date=date(2012, 5, 1),
                      relief_granted=[ReliefGranted("pc1203_4", date(2015, 3, 1)),
                                      ReliefGranted("pc1203_45", date(2016, 3, 1))])
    case = Case(id="S", convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True,
        probation=Probation(kind="summary", start=date(2012, 5, 1), end=date(2013, 5, 1), status="completed")))
    return Client(name="Lucía Pérez", person=Person(dob=date(1994, 6, 1), us_citizen=True), cases=[case])


def license_guidance(client: Client, lang: str):
    return next(g for g in handout(client, lang).section("say").blocks if g.key == "license")


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h21_44_a_sealed_conviction_alone_gets_no_you_must_tell_the_board_paragraph(lang):
    """PC 1203.45(a): the petitioner "may answer accordingly any question relating to" the
    sealed conviction, with no exception for licensing (unlike PC 1203.4(a)(1)).  The intro
    "If a form asks you straight out, you must answer it ... tell them" printed just above
    "For a sealed conviction: No." read as two rules at odds."""
    t = load_texts(lang)["situations"]["license"]
    g = license_guidance(sealed_as_minor(), lang)
    assert g.intro is None and [line.column for line in g.lines] == ["sealed"]
    text = squash(" ".join(rendered(sealed_as_minor(), lang).page_texts()))
    assert squash(t["intro"]["text"]) not in text
    assert squash(t["sealed"]["note"]) in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h21_44_beside_a_dismissed_conviction_the_intro_stays_and_the_sealed_line_says_it_is_apart(lang):
    t = load_texts(lang)["situations"]["license"]
    dismissed = Conviction(id="D1", code="PC", section="484", level="misdemeanor", conviction_date=date(2018, 5, 1),
                           relief_granted=[ReliefGranted("pc1203_4", date(2020, 3, 1))])
    client = sealed_as_minor()
    client.cases.append(Case(id="D", convictions=[dismissed], sentence=Sentence(
        type="probation", judgment_date=date(2018, 5, 1), imposition_suspended=True,
        probation=Probation(kind="summary", start=date(2018, 5, 1), end=date(2019, 5, 1), status="completed"))))
    g = license_guidance(client, lang)
    assert g.intro is not None and g.intro.text == t["intro"]["text"]
    sealed = next(line for line in g.lines if line.column == "sealed")
    assert sealed.note == t["sealed"]["note"] and "1203.45(a)" in sealed.cite


def test_h21_44_an_arrest_keeps_the_license_intro():
    from handout_clients import arrest_only

    assert license_guidance(arrest_only(), "en").intro is not None


# ---- H22-01: a reduction after the dismissal is told in that order, with its own day ------


def dismissed_then_reduced(reduction: str = "pc17b") -> Client:
    conv = Conviction(id="A1", section="496(a)", level="felony", conviction_date=date(2010, 5, 1),
                      relief_granted=[ReliefGranted("pc1203_4", date(2015, 3, 1)), ReliefGranted(reduction, date(2021, 6, 1))])
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=date(2010, 5, 1), imposition_suspended=True,
        probation=Probation(kind="formal", start=date(2010, 5, 1), end=date(2013, 5, 1), status="completed")))
    return Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22_01_a_felony_reduced_years_after_its_dismissal_is_not_said_to_be_reduced_first(lang):
    """Dismissed in 2015, reduced under PC 17(b)(3) in 2021: the card read "Reduced to a
    misdemeanor, then dismissed by the court on March 1, 2015"."""
    t = load_texts(lang)
    client = dismissed_then_reduced()
    (entry,) = entries(client, lang)
    assert entry.where == t["state"]["dismissed_reduced_on"].format(date=format_date(date(2021, 6, 1), t))
    assert entry.column == "dismissed"
    text = squash(" ".join(rendered(client, lang).page_texts()))
    assert squash(entry.where) in text
    assert squash(t["state"]["reduced_dismissed_on"].format(date=format_date(date(2015, 3, 1), t))) not in text


def test_h22_01_reduced_first_then_dismissed_reads_as_before():
    client = dismissed_then_reduced()
    client.cases[0].convictions[0].relief_granted[1].date = date(2014, 6, 1)
    (entry,) = entries(client, "en")
    assert entry.where == "Reduced to a misdemeanor, then dismissed by the court on March 1, 2015."


def test_h22_01_prop_64_after_a_dismissal_is_told_in_that_order():
    client = dismissed_then_reduced("prop64")
    conv = client.cases[0].convictions[0]
    conv.code, conv.section = "HS", "11359"
    (entry,) = entries(client, "en")
    assert entry.where == ("Dismissed by the court, then changed under Prop 64, the marijuana law, "
                           "on June 1, 2021.")


# ---- H22-02: an arrest's offenses are told apart when a name holds a comma ---------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22_02_an_arrest_for_two_offenses_separates_them_with_a_semicolon(lang):
    from clinic_app.handouts.compose import offense_title

    case = Case(id="B", outcome="dismissed", arrest_date=date(2021, 12, 30), disposition_date=date(2022, 1, 3),
                arrest_level="misdemeanor", arrest_offenses=[ArrestOffense(section="242", level="misdemeanor"),
                                                             ArrestOffense(section="148(a)(1)", level="misdemeanor")])
    client = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])
    t = load_texts(lang)
    battery, resisting = (offense_title(Conviction(id="", section=s), t) for s in ("242", "148(a)(1)"))
    (entry,) = entries(client, lang)
    assert entry.title == t["arrest_offense"].format(what=f"{battery}; {resisting}")


# ---- H22-03: one checklist line per step and day, naming every conviction it is for -------


def counts_of_one_case(n: int) -> Client:
    sections = ["594(a)", "484(a)/488", "647(f)", "602", "415", "466"][:n]
    convs = [Conviction(id=f"C{i}", section=s, conviction_date=date(2024, 12, 31)) for i, s in enumerate(sections)]
    case = Case(id="C", convictions=convs, sentence=Sentence(
        type="probation", judgment_date=date(2024, 12, 31), imposition_suspended=True,
        probation=Probation(kind="summary", start=date(2024, 12, 31), end=date(2027, 12, 31), status="active")))
    return Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22_03_counts_that_open_on_the_same_day_share_one_come_back_line(lang):
    """Six counts of one case, all open on January 1, 2028: one "Come back" line and one
    "check your record" line naming all six, not six of each."""
    t = load_texts(lang)
    client = counts_of_one_case(6)
    titles = [e.title for e in entries(client, lang)]
    day = format_date(date(2028, 1, 1), t)
    listed = tasks(client, lang)
    come_back = [task for task in listed if task.text.startswith(t["tasks"]["come_back_on"].split("{")[0])]
    # Six names, one a line under the step (H35-02), no stop after the list.
    listed_names = "".join(f"\n• {title}" for title in titles)
    assert [task.text for task in come_back] == [
        t["tasks"]["come_back_on"].format(date=day, what=listed_names).replace(": \n", ":\n").removesuffix(".")]
    assert come_back[0].due == date(2028, 1, 1)
    text = squash(" ".join(rendered(client, lang).page_texts()))
    checklist = text[text.index(squash(t["headings"]["checklist"])):]
    # One line; where it goes on over a page, its opening is named again there "(continued):"
    # above the rest of its list (S122-04), which is the same line, not a second one.
    continued = checklist.count(f'{t["labels"]["continued"]}:')
    assert checklist.count(squash(t["tasks"]["come_back_on"].split("{")[0])) - continued == 1
    assert all(squash(title) in checklist for title in titles)


def test_h22_03_two_cases_blocked_to_the_same_day_share_the_line():
    listed = [task for task in tasks(blocked_by_probation(), "en") if task.text.startswith("Come back")]
    assert [task.text for task in listed] == [
        "Come back to the clinic on or after May 21, 2028 about: Vandalism; "
        "Driving with a blood alcohol of 0.08% or more (DUI)."]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22_03_convictions_waiting_on_the_same_bar_share_one_line_that_names_them_last(lang):
    """On parole with no end date: both convictions wait on it.  One line, the cause first and
    the convictions after it ("about Vandalism; Sale when this changes" read as one offense)."""
    t = load_texts(lang)
    parole = Case(id="P", convictions=[Conviction(id="P1", code="HS", section="11351", level="felony",
                                                  conviction_date=date(2019, 1, 1))],
                  sentence=Sentence(type="state_prison", judgment_date=date(2019, 1, 1), completed=False,
                                    custody=Custody(release_date=date(2024, 1, 1), supervision="parole")))
    client = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True),
                    cases=[parole, petty_theft("A", None)])
    titles = [e.title for e in entries(client, lang)]
    waiting = [task.text for task in tasks(client, lang) if task.text.startswith(t["tasks"]["come_back_when"][:12])]
    assert waiting == [t["tasks"]["come_back_when"].format(cause=t["cause"]["parole"], what="; ".join(titles))]
    assert waiting[0].endswith("; ".join(titles) + ".")


def test_h22_03_different_days_keep_their_own_lines_in_date_order():
    def fine_only(case_id: str, section: str, judged: date) -> Case:
        return Case(id=case_id, convictions=[Conviction(id=f"{case_id}1", section=section, conviction_date=judged)],
                    sentence=Sentence(type="no_probation", judgment_date=judged, completed=True))
    client = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True),
                    cases=[fine_only("A", "602", date(2026, 6, 1)), fine_only("B", "415", date(2026, 3, 1))])
    listed = [task for task in tasks(client, "en") if task.text.startswith("Come back")]
    assert [task.due for task in listed] == [date(2027, 3, 2), date(2027, 6, 2)]
    assert all("; " not in task.text for task in listed)  # one conviction each


# ---- H22-04: cases in more than one county name their county on each card -----------------


def petty_theft(case_id: str, county: str | None, jurisdiction: str = "CA") -> Case:
    conv = Conviction(id=f"{case_id}1", section="484(a)/488", conviction_date=date(2015, 6, 2))
    return Case(id=case_id, county=county, jurisdiction=jurisdiction, convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=date(2015, 6, 2), imposition_suspended=True,
        probation=Probation(kind="summary", start=date(2015, 6, 2), end=date(2016, 6, 2), status="completed")))


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22_04_two_like_convictions_in_two_counties_are_told_apart(lang):
    """Two petty thefts of 2015, one in Kern and one in Alameda County: the cards were the
    same words twice, and each is filed in its own county's court."""
    t = load_texts(lang)
    arrest = Case(id="C", county="San Diego County", outcome="dismissed", arrest_date=date(2021, 12, 30),
                  disposition_date=date(2022, 1, 3), arrest_level="misdemeanor",
                  arrest_offenses=[ArrestOffense(section="242", level="misdemeanor")])
    client = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True),
                    cases=[petty_theft("A", "Kern"), petty_theft("B", "Alameda"), arrest])
    kern, alameda, arrested = entries(client, lang)
    county = t["labels"]["county"]
    assert kern.detail.endswith(" · " + county.format(county="Kern"))
    assert alameda.detail.endswith(" · " + county.format(county="Alameda"))
    assert arrested.detail.endswith(" · " + county.format(county="San Diego"))  # not "San Diego County County"
    text = squash(" ".join(rendered(client, lang).page_texts()))
    for card in (kern, alameda, arrested):
        assert squash(card.detail) in text


def test_h22_04_one_county_and_other_states_add_nothing():
    client = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True),
                    cases=[petty_theft("A", "Kern"), petty_theft("B", "kern county"), petty_theft("C", None),
                           petty_theft("D", "Clark", jurisdiction="NV")])
    assert all("Kern" not in e.detail and "Clark" not in e.detail for e in entries(client, "en"))


# ---- H22-05: a certificate of rehabilitation the court granted is said on the card ---------


def robbery_with_certificate(*granted: ReliefGranted) -> Client:
    conv = Conviction(id="A1", section="211", level="felony", conviction_date=date(2000, 5, 1),
                      relief_granted=list(granted))
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(2000, 5, 1), completed=True,
        custody=Custody(release_date=date(2004, 1, 1), supervision="parole", supervision_end=date(2007, 1, 1))))
    return Client(name="Ana Ruiz", person=Person(dob=date(1970, 1, 1), us_citizen=True), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22_05_a_granted_certificate_of_rehabilitation_is_on_the_card(lang):
    """PC 4852.01 granted in 2015 after a prison term: the card said only "Not cleared yet. You
    can get relief now.", as if the client had nothing; the certificate goes to the Governor as
    a pardon application, and a DCA board may not deny a license on the conviction alone."""
    t = load_texts(lang)
    client = robbery_with_certificate(ReliefGranted("cor", date(2015, 6, 1)))
    (entry,) = entries(client, lang)
    (certificate,) = [o for o in entry.options if o.remedy == "cor"]
    assert certificate.status == "granted" and certificate.name == t["remedies"]["cor"]["name"]
    assert certificate.text == t["option"]["cor_granted_on"].format(date=format_date(date(2015, 6, 1), t))
    assert "B&P 480(b)" in certificate.cite
    text = squash(" ".join(rendered(client, lang).page_texts()))
    assert squash(certificate.text) in text


def test_h22_05_no_certificate_no_line():
    (entry,) = entries(robbery_with_certificate(), "en")
    assert all(o.remedy != "cor" for o in entry.options)


# ---- H22-03 (continued): an arrest's step keeps its own line --------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22_03_an_arrest_is_named_as_one_in_the_line_with_a_conviction(lang):
    """Petty theft and an arrest for two offenses, both for automatic relief now: one line
    "Petty theft; Arrest: Battery; Resisting, ..." would blur which is the conviction, and the
    arrest had a line of its own.  Named as one, "the arrest for battery and resisting ..."
    (H68-02), it no longer blurs, and the one look at the RAP sheet is one line, the arrest
    last (T154-04, as R152-01 for the court order)."""
    from handout_clients import eligible_now

    t = load_texts(lang)
    client = eligible_now(lang)
    client.cases.append(Case(id="B", outcome="no_charges_filed", arrest_date=date(2019, 7, 4), arrest_level="misdemeanor",
                             arrest_offenses=[ArrestOffense(section="242", level="misdemeanor"),
                                              ArrestOffense(section="148(a)(1)", level="misdemeanor")]))
    theft, arrest = entries(client, lang)
    check_now = [task.text for task in tasks(client, lang)
                 if task.text.startswith(t["tasks"]["check_rap_now"].split("{")[0])]
    # The arrest as a step says it, its two charges joined by "and" (H68-02), each lower case
    # first in the sentence (S126-01).
    charges = " and ".join(map(in_sentence, arrest.title.removeprefix("Arrest: ").split("; "))) if lang == "en" else \
        " y ".join(map(in_sentence, arrest.title.removeprefix("Arresto: ").split("; ")))
    the_arrest = t["tasks"]["the_arrest"].format(what=charges)
    assert check_now == [t["tasks"]["check_rap_now"].format(what=f"{theft.title}; {the_arrest}")]
