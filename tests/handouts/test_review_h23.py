"""Findings of handout review H23, checked on handouts of clients screened by the real
engine, in English and in Spanish, on the composed words and on the real PDF read back with
pypdf (synthetic people only)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened
from handout_layout import squash
from handout_render import Rendered, handout_for as handout, rendered_for as rendered

from clinic_app.handouts import compose, load_texts, render_bytes
from clinic_app.handouts.compose import format_date
from clinic_app.handouts.document import RecordEntry
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def entries(client: Client, lang: str) -> list[RecordEntry]:
    return [b for s in handout(client, lang).sections for b in s.blocks if isinstance(b, RecordEntry)]


# ---- H23-01: two like convictions of one county, with no case number, are told apart -------


def petty_theft(case_id: str, day: date, county: str | None = "Los Angeles", number: str | None = None,
                counts: int = 1) -> Case:
    convs = [Conviction(id=f"{case_id}{n}", section="484(a)/488", conviction_date=day) for n in range(1, counts + 1)]
    return Case(id=case_id, county=county, case_number=number, convictions=convs, sentence=Sentence(
        type="probation", judgment_date=day, imposition_suspended=True,
        probation=Probation(kind="summary", start=day, end=date(day.year + 1, day.month, day.day), status="completed")))


def person() -> Person:
    return Person(dob=date(1980, 1, 1), us_citizen=True)


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23_01_two_like_convictions_without_case_numbers_are_told_apart(lang):
    """Two petty thefts of 2015 in Los Angeles, no case numbers: both cards read "Petty theft /
    Misdemeanor, 2015 · PC 484(a)/488", and the client could not tell which was which.  Each
    now gives its conviction day and its county's court, on the printed page too."""
    t = load_texts(lang)
    days = (date(2015, 3, 2), date(2015, 9, 14))
    client = Client(name="Ana Ruiz", person=person(), cases=[petty_theft("A", days[0]), petty_theft("B", days[1])])
    first, second = entries(client, lang)
    assert first.title == second.title
    assert first.detail != second.detail
    for card, day in zip((first, second), days):
        assert format_date(day, t) in card.detail
        assert "Los Angeles" not in card.detail  # one county: the same court for both
    text = squash(" ".join(rendered(client, lang).page_texts()))
    for card in (first, second):
        assert squash(card.detail) in text


def test_h23_01_same_day_and_court_falls_back_to_the_case_number():
    """Two cases of the same day in the same court: the day and county tell nothing apart, so
    the case number the court papers carry is said, where the record has it."""
    day = date(2015, 3, 2)
    client = Client(name="Ana Ruiz", person=person(),
                    cases=[petty_theft("A", day, number="5CJ00111"), petty_theft("B", day, number="5CJ00222")])
    first, second = entries(client, "es")
    assert first.detail.endswith(" · Caso 5CJ00111") and second.detail.endswith(" · Caso 5CJ00222")


def test_h23_01_cards_that_already_differ_and_counts_of_one_case_stay_as_they_were():
    """Different years, or two counts of one case (same day, same court): nothing is added."""
    client = Client(name="Ana Ruiz", person=person(),
                    cases=[petty_theft("A", date(2015, 3, 2), counts=2), petty_theft("B", date(2017, 3, 2))])
    details = [e.detail for e in entries(client, "en")]
    assert details == ["Misdemeanor, 2015 · PC 484(a)/488"] * 2 + ["Misdemeanor, 2017 · PC 484(a)/488"]


def test_h23_01_two_like_arrests_give_their_days():
    """Two battery arrests of 2021 that ended without a conviction: "Arrest in 2021 · PC 242"
    twice; each now says its day, in both languages."""
    from clinic_app.model import ArrestOffense

    def arrest(case_id: str, day: date) -> Case:
        return Case(id=case_id, outcome="dismissed", arrest_date=day, disposition_date=day, arrest_level="misdemeanor",
                    arrest_offenses=[ArrestOffense(section="242", level="misdemeanor")])

    client = Client(name="Ana Ruiz", person=person(), cases=[arrest("A", date(2021, 2, 3)), arrest("B", date(2021, 8, 9))])
    assert [e.detail for e in entries(client, "en")] == ["Arrest on February 3, 2021 · Dismissed · PC 242",
                                                         "Arrest on August 9, 2021 · Dismissed · PC 242"]
    assert [e.detail for e in entries(client, "es")] == ["Arresto del 3 de febrero de 2021 · Caso desestimado · PC 242",
                                                         "Arresto del 9 de agosto de 2021 · Caso desestimado · PC 242"]

# ---- H23-02: how to get the record rests on an [M/L] point: the clinic says how ------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23_02_how_to_get_the_record_is_asked_of_the_clinic_not_stated(lang):
    """ca-rules.md 6 tags "RAP sheets are obtained by Live Scan, and a fee waiver ... is
    available" [M/L]; the line had told the client, as fact, to go and give fingerprints at a
    Live Scan site.  It now sends the client to the clinic first, says Live Scan only as what
    it may mean, and does not promise a waiver; printed under the check of a client whose
    petty theft the DOJ may clear."""
    from handout_clients import eligible_now

    t = load_texts(lang)["tasks"]
    ask = {"en": "Ask the clinic how to get", "es": "Pregunte en la clínica cómo"}[lang]
    assert t["get_rap"].startswith(ask)
    maybe = {"en": "It may mean giving your fingerprints at a Live Scan site.",
             "es": "Puede ser con sus huellas digitales en un lugar de Live Scan."}[lang]
    assert maybe in t["get_rap"]
    assert "fee waiver" not in t["get_rap"] and "exención" not in t["get_rap"]
    client = eligible_now(lang)
    assert squash(t["get_rap"]) in squash(" ".join(rendered(client, lang).page_texts()))


# ---- H23-03: a checklist line taller than a page breaks inside, not the whole handout ------

MANY_MISDEMEANORS = ("240", "241", "242", "243(b)", "243(e)(1)", "243.4(e)(1)", "272", "314(1)", "647.6",
                     "273.6", "166(c)(1)", "166(a)(4)", "273a(b)", "270", "368(c)", "148", "148.5", "148.9")


def many_counts(lang: str) -> Client:
    """Eighteen misdemeanors of one case, each a different offense, on probation to 2027: the
    checklist's "Come back to the clinic on or after ... about:" line names every one."""
    day = date(2025, 5, 1)
    convs = [Conviction(id=f"A{n}", section=section, conviction_date=day)
             for n, section in enumerate(MANY_MISDEMEANORS, start=1)]
    case = Case(id="A", convictions=convs, sentence=Sentence(
        type="probation", judgment_date=day, imposition_suspended=True,
        probation=Probation(kind="summary", start=day, end=date(2027, 5, 1), status="active")))
    return Client(name="Ana Ruiz", language=lang, person=person(), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23_03_a_task_taller_than_a_page_prints_in_large_print(lang):
    """In large print Spanish the one "come back" line was taller than a whole page: ReportLab
    raised LayoutError and no handout was written.  Now the line goes on over the page break,
    every offense is printed, every page keeps its notice, and no heading ends a page."""
    from handout_layout import column_lines, stranded_headings

    client = many_counts(lang)
    h = compose(client, screened(client), CLINIC, lang=lang, large_print=True)
    t = load_texts(lang)
    come_back = next(task.text for task in h.section("checklist").blocks
                     if task.text.startswith(t["tasks"]["come_back_on"].split("{")[0]))
    assert all(entry.title in come_back for entry in h.section("record").blocks)
    pdf = render_bytes(h)  # raised LayoutError
    pages = Rendered(client, screened(client), h, pdf).page_texts()
    assert all(squash(h.notice) in page for page in pages)
    # The "What to do" column, read over every page the table runs to: the whole line.
    tasks = " ".join(column_lines(pdf, t["labels"]["task"], t["labels"]["due"]))
    # A page the list goes on to says first what it lists (G58-08): read past that line.
    lead = f'{come_back.splitlines()[0].rstrip(":")} {t["labels"]["continued"]}:'
    assert squash(come_back) in tasks.replace(f" {squash(lead)}", "")
    assert stranded_headings(pdf, lang) == []


# ---- H23-04: one client's handout failing does not stop the event's, nor leave a file -----


@pytest.mark.pdf
def test_h23_04_an_event_goes_on_past_a_client_whose_handout_fails(tmp_path):
    """The second of three clients has no name (compose refuses: "A handout needs the
    client's name."): the batch had stopped there, the third client got nothing and nothing
    said whose handout failed.  Now the others are written, the failure is named, and no
    file is left for it."""
    from clinic_app.handouts import render_event

    clients = [Client(name=name, id=n, language=lang, person=person(),
                      cases=[petty_theft("A", date(2015, 3, 2))])
               for n, (name, lang) in enumerate((("Ana Ruiz", "es"), ("  ", "en"), ("Bo Li", "en")), start=1)]
    result = render_event([(c, screened(c)) for c in clients], CLINIC, tmp_path)
    assert [p.name for p in result.files] == ["ana-ruiz-0001.pdf", "bo-li-0003.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ana-ruiz-0001.pdf", "bo-li-0003.pdf"]
    assert result.failed == [("  ", "A handout needs the client's name.")]
    assert not result.cancelled


def test_h23_04_a_handout_that_fails_leaves_the_one_saved_before(tmp_path, monkeypatch):
    """Saving a client's handout again over last week's: the file was emptied first, and a
    failure in the layout then left a 0-byte PDF where the good one had been.  (The layout
    is made to fail here; H23-05's twenty-charge arrest is a real case of it.)"""
    from clinic_app.handouts import render as render_module
    from clinic_app.handouts import render_pdf

    client = Client(name="Ana Ruiz", person=person(), cases=[petty_theft("A", date(2015, 3, 2))])
    target = tmp_path / "ana.pdf"
    render_pdf(handout(client, "en"), target)
    before = target.read_bytes()

    def broken(*_args, **_kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(render_module, "build_story", broken)
    with pytest.raises(RuntimeError):
        render_pdf(handout(client, "en"), target)
    assert target.read_bytes() == before
    with pytest.raises(RuntimeError):
        render_pdf(handout(client, "en"), tmp_path / "new.pdf")
    assert not (tmp_path / "new.pdf").exists()


@pytest.mark.pdf
def test_h23_04_the_event_command_names_the_client_and_exits_1(tmp_path, monkeypatch, capsys):
    from clinic_app.cli import main
    from clinic_app.handouts import batch
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    with Repository.open(path, create=True) as repo:
        for name in ("Ana Ruiz", "Bo Li"):
            repo.add_client(Client(name=name, event="Fair", person=person(),
                                   cases=[petty_theft("A", date(2015, 3, 2))]))
    real = batch.compose

    def compose_but_not_for_ana(client, *args, **kwargs):
        if client.name == "Ana Ruiz":
            raise RuntimeError("layout failed")
        return real(client, *args, **kwargs)

    monkeypatch.setattr(batch, "compose", compose_but_not_for_ana)
    out = tmp_path / "event"
    assert main(["handout", "--db", str(path), "--event", "Fair", "--as-of", "2026-11-15", "--out", str(out)]) == 1
    assert [p.name.rsplit("-", 1)[0] for p in out.iterdir()] == ["bo-li"]
    assert "no handout for Ana Ruiz: layout failed" in capsys.readouterr().err


# ---- H23-05: an arrest card taller than a page (twenty charges) prints ----------------------

TWENTY_CHARGES = ("187", "191.5", "191.5(a)", "191.5(b)", "192(a)", "192(b)", "192(c)", "203", "205", "207",
                  "209", "211", "215", "219", "220", "236", "236.1", "236.1(a)", "236.1(b)", "236.1(c)")


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23_05_an_arrest_card_with_twenty_charges_prints_in_large_print(lang):
    """An arrest on twenty charges, dismissed: in large print Spanish (English at thirty) the
    card's title and its first option were taller than a page together, and no handout was
    written (LayoutError).  Now the card goes on to the next page under its title marked
    "(continued)", every charge is printed and every page keeps its notice."""
    from clinic_app.model import ArrestOffense

    case = Case(id="A", outcome="dismissed", arrest_date=date(2020, 1, 2), disposition_date=date(2020, 3, 1),
                arrest_level="felony", arrest_offenses=[ArrestOffense(section=s, level="felony") for s in TWENTY_CHARGES])
    client = Client(name="Ana Ruiz", language=lang, person=person(), cases=[case])
    h = compose(client, screened(client), CLINIC, lang=lang, large_print=True)
    card = h.section("arrests").blocks[0]
    assert len(card.charges) == 20  # listed in the card's body since H23-07, no longer in its title
    pdf = render_bytes(h)  # raised LayoutError
    result = Rendered(client, screened(client), h, pdf)
    assert all(squash(h.notice) in page for page in result.page_texts())
    assert squash(card.title) in result.text() and squash(card.options[0].text) in result.text()
    assert all(squash(line) in result.text() for line in card.charges)


# ---- H23-06: "Get court papers that show it ended" has no "By when" in the past -----------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23_06_probation_to_confirm_has_no_by_when_day_already_gone(lang):
    """Probation was to end on March 2, 2025 and the record does not say it did: the task to
    get the court papers printed March 2, 2025 under "By when", more than a year before the
    handout's day, as if the client had already missed it.  The day stays in the words; the
    task is one to do now, listed with the others the client can do at once."""
    t = load_texts(lang)
    end = date(2025, 3, 2)
    case = Case(id="A", convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=date(2024, 3, 2))],
                sentence=Sentence(type="probation", judgment_date=date(2024, 3, 2), imposition_suspended=True,
                                  probation=Probation(kind="summary", start=date(2024, 3, 2), end=end, status="active")))
    client = Client(name="Ana Ruiz", person=person(), cases=[case])
    h = handout(client, lang)
    confirm = t["tasks"]["probation_confirm"].format(date=format_date(end, t))
    task = next(task for task in h.section("checklist").blocks if task.text == confirm)
    assert task.due is None and task.due_text == ""
    pdf = render_bytes(h)
    from handout_layout import column_lines

    assert format_date(end, t) not in " ".join(column_lines(pdf, t["labels"]["due"], t["labels"]["who"]))
    assert squash(confirm) in squash(" ".join(Rendered(client, screened(client), h, pdf).page_texts()))


# ---- H23-07: an arrest on more charges than a title holds lists them in the card's body ----

FORTY_CHARGES = TWENTY_CHARGES + ("240", "241", "242", "243(b)", "243(d)", "243(e)(1)", "243.4", "244", "244.5", "245",
                                  "245(a)(1)", "245(a)(2)", "245(a)(4)", "246", "246.3", "247", "261", "261.5", "264.1",
                                  "266h")


def many_charges(lang: str, sections: tuple[str, ...]) -> Client:
    from clinic_app.model import ArrestOffense

    case = Case(id="A", outcome="dismissed", arrest_date=date(2020, 1, 2), disposition_date=date(2020, 3, 1),
                arrest_level="felony", arrest_offenses=[ArrestOffense(section=s, level="felony") for s in sections])
    return Client(name="Ana Ruiz", language=lang, person=person(), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23_07_an_arrest_on_forty_charges_prints_with_the_charges_in_the_card(lang, large_print):
    """Forty charges in large print (twenty-five in Spanish; some seventy in regular print)
    made the card's title row alone taller than a page: ReportLab raised LayoutError and no
    handout was written.  The title
    now gives their number with the arrest's date below it, and every charge, named and
    cited, is a line of the card's body, which breaks across pages."""
    client = many_charges(lang, FORTY_CHARGES)
    h = compose(client, screened(client), CLINIC, lang=lang, large_print=large_print)
    card = h.section("arrests").blocks[0]
    assert card.title == {"en": "Arrest: 40 charges", "es": "Arresto: 40 cargos"}[lang]
    assert card.detail == {"en": "Arrest in 2020 · Dismissed", "es": "Arresto en 2020 · Caso desestimado"}[lang]  # S143-04
    assert len(card.charges) == 40
    assert card.charges[0] == {"en": "Murder · PC 187", "es": "Asesinato · PC 187"}[lang]
    assert all(f"PC {s}" in line for s, line in zip(FORTY_CHARGES, card.charges))
    pdf = render_bytes(h)  # raised LayoutError
    result = Rendered(client, screened(client), h, pdf)
    pages = result.page_texts()
    assert all(squash(h.notice) in page for page in pages)
    text = result.text()
    assert squash(card.title) in text and squash(card.options[0].text) in text
    assert all(squash(line) in text for line in card.charges)


def test_h23_07_five_charges_still_fit_the_title():
    """Up to five charges, the title names them as before, with their sections in the detail."""
    card = entries(many_charges("en", TWENTY_CHARGES[:5]), "en")[0]
    assert card.title.startswith("Arrest: Murder; ") and card.title.count(";") == 4
    assert card.charges == () and card.detail.startswith("Arrest in 2020 · Dismissed · PC 187 · ")


# ---- H23B-02: a case marked convicted before its first conviction is typed ---------------


def convicted_not_entered() -> Case:
    """The window's Add case stores a case before its first conviction is typed."""
    day = date(2024, 5, 1)
    return Case(id="B", outcome="convicted", case_number="24CR100", disposition_date=day, sentence=Sentence(
        type="probation", judgment_date=day, imposition_suspended=True,
        probation=Probation(kind="summary", start=day, end=date(2027, 5, 1), status="active")))


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23b_02_a_convicted_case_with_no_conviction_entered_is_no_arrest_without_one(lang):
    """It printed as "Arrest (charge not known)" under "Arrests that did not lead to a
    conviction", "No conviction. You can ask the court to seal this arrest now", an "Ending
    probation early" row, and "No." to every question about it.  It is a conviction whose
    details are not typed yet: its card says so and to ask the clinic, with no remedy rows,
    nothing to say about it, and the checklist asks the client to ask the clinic."""
    t = load_texts(lang)
    client = Client(name="Ana Ruiz", language=lang, person=person(), cases=[convicted_not_entered()])
    h = handout(client, lang)
    assert [s.key for s in h.sections] == ["record", "checklist"]
    (card,) = h.section("record").blocks
    assert (card.title, card.where, card.options) == (t["unfinished"], t["state"]["unfinished"], ())
    assert card.detail == {"en": "Court case, 2024 · Case 24CR100", "es": "Caso judicial, 2024 · Caso 24CR100"}[lang]
    tasks = [task.text for task in h.section("checklist").blocks]
    assert tasks[0] == t["tasks"]["ask_unfinished"] and t["tasks"]["nothing"] not in tasks
    assert any(text.startswith(t["tasks"]["probation_end"].split("{")[0]) for text in tasks)  # the record's own facts stay
    text = " ".join(rendered(client, lang).page_texts())
    assert squash(t["headings"]["arrests"]) not in text and squash(t["arrest_unknown"]) not in text
    assert squash(card.title) in text and squash(card.where) in text
    assert squash(t["remedies"]["pc1203_3"]["name"]) not in text


def test_h23b_02_beside_an_entered_conviction_no_arrest_column_is_said():
    """Beside a petty theft already entered: the theft's card is there as a conviction; the
    unfinished case adds its own card and no "arrest with no conviction" answers."""
    client = Client(name="Ana Ruiz", person=person(), cases=[petty_theft("A", date(2015, 3, 2)), convicted_not_entered()])
    h = handout(client, "en")
    assert [s.key for s in h.sections] == ["record", "effects", "say", "checklist"]
    theft, unfinished = h.section("record").blocks
    assert (theft.case, theft.conviction, unfinished.state) == ("A", "A1", "unfinished")
    columns = {line.column for g in h.section("say").blocks for line in g.lines}
    assert not columns & {"arrest", "arrest_not_sealed", "unfinished"}
