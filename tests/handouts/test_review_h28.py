"""H28: the handouts of a demo caseload (seed 61) read as a client would, in English and
Spanish: each test opens the real PDF, or the composed handout where the words are the point."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC, blocked_by_probation, screened
from handout_layout import column_lines, squash
from handout_render import Rendered
from pypdf import PdfReader

from clinic_app.handouts import compose, load_texts, render_bytes
from clinic_app.handouts.compose import format_date
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence, Violation

AS_OF = date(2026, 12, 2)


def person() -> Person:
    return Person(dob=date(1990, 1, 1), us_citizen=True)


def probation(start: date, end: date, status: str, kind: str = "summary") -> Sentence:
    return Sentence(type="probation", judgment_date=start, imposition_suspended=True,
                    probation=Probation(kind=kind, start=start, end=end, status=status))


def rendered(client: Client, lang: str) -> Rendered:
    h = compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF)
    return Rendered(client, screened(client, AS_OF), h, render_bytes(h))


# ---- H28-01: a day to start from is not a "By when" ---------------------------------------


def waiting_client() -> Client:
    """Demo client 221 of seed 61, in short: a marijuana-for-sale misdemeanor on probation to
    January 19, 2029 with community service open."""
    case = Case(id="A", case_number="26CJCM11111",
                convictions=[Conviction(id="A1", section="11359", code="HS", level="misdemeanor",
                                        conviction_date=date(2026, 1, 20))],
                sentence=probation(date(2026, 1, 20), date(2029, 1, 19), "active"),
                conditions=[Condition(kind="community_service", label="Community service (200 hours)",
                                      required=200, done=66)])
    return Client(name="Synthetic Client", person=person(), cases=[case])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_01_come_back_on_or_after_a_day_is_not_due_by_it(lang):
    """"Come back to the clinic on or after January 20, 2029" and "After January 20, 2029,
    check your record" printed January 20, 2029 under "By when" ("Para cuándo"), which reads
    as the last day to come back or to check, the opposite of the words beside it.  The day
    stays in the words and the lines keep their place; the column holds deadlines only
    (probation's last day, the classes due with it)."""
    t = load_texts(lang)
    result = rendered(waiting_client(), lang)
    first, last = format_date(date(2029, 1, 20), t), format_date(date(2029, 1, 19), t)
    tasks = result.handout.section("checklist").blocks
    come_back = next(task for task in tasks if task.text.startswith(t["tasks"]["come_back_on"].split("{")[0]))
    check = next(task for task in tasks if task.text.startswith(t["tasks"]["check_rap"].split("{")[0]))
    assert first in come_back.text and first in check.text
    assert come_back.due == check.due == date(2029, 1, 20) and come_back.due_text == check.due_text == ""
    column = " ".join(column_lines(result.pdf, t["labels"]["due"], t["labels"]["who"]))
    assert first not in column and last in column  # probation's end is a deadline, and stays
    text = squash(" ".join(result.page_texts()))
    assert squash(come_back.text) in text and squash(check.text) in text
    # Still after the deadlines it follows, in the order of its day.
    dated = [task.due for task in tasks if task.due is not None]
    assert dated == sorted(dated)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_01_blocked_scenario_come_back_has_no_by_when(lang):
    t = load_texts(lang)
    c = blocked_by_probation(lang)
    tasks = compose(c, screened(c), CLINIC, lang=lang).section("checklist").blocks
    starts = [task for task in tasks if task.text.startswith(t["tasks"]["come_back_on"].split("{")[0])]
    assert starts and all(task.due is not None and task.due_text == "" for task in starts)


# ---- H28-03: a dismissal blocked by another case is still one "once dismissed" ------------


def felonies_waiting_client() -> Client:
    """Demo client 104 of seed 61, in short: a misdemeanor VC 14601.1 on probation to May 1,
    2027, and two felony VC 10851 counts whose own probation ended in 2026: their dismissal
    waits on the other case's probation (blocked to May 2, 2027)."""
    now = Case(id="A", case_number="24CJCM18709",
               convictions=[Conviction(id="A1", section="14601.1", code="VC", level="misdemeanor",
                                       conviction_date=date(2024, 5, 1))],
               sentence=probation(date(2024, 5, 1), date(2027, 5, 1), "active"))
    old = Case(id="B", case_number="LA592339",
               convictions=[Conviction(id="B1", section="10851", code="VC", level="felony", wobbler=True,
                                       conviction_date=date(2021, 2, 2)),
                            Conviction(id="B2", section="10851", code="VC", level="felony", wobbler=True,
                                       conviction_date=date(2021, 2, 2))],
               sentence=probation(date(2021, 2, 2), date(2026, 2, 2), "completed", kind="formal"))
    return Client(name="Synthetic Client", person=person(), cases=[now, old])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_03_felonies_whose_dismissal_waits_are_in_the_once_dismissed_line(lang):
    """The felonies' dismissal was blocked (May 2, 2027) and the misdemeanor's open on that
    day; only the misdemeanor made the "Once your conviction is dismissed" line, so under
    guns it read "This conviction does not by itself stop you from having a gun", to a client
    with two felonies.  The line now speaks for all three, in the plural, and under guns
    says what a dismissal means for them: it does not change the gun rules."""
    t = load_texts(lang)
    client = felonies_waiting_client()
    s = screened(client, AS_OF)
    statuses = {(d.conviction, d.status) for d in s.results if d.remedy == "pc1203_4"}
    assert ("B1", "blocked") in statuses and ("A1", "eligible_on") in statuses
    result = rendered(client, lang)
    say = {g.key: g for g in result.handout.section("say").blocks}
    gun = {line.column: line for line in say["firearm"].lines}
    later = gun["after_dismissal"]
    assert later.label == t["columns"]["many"]["after_dismissal"]
    assert later.say == t["situations"]["firearm"]["dismissed"]["say"]
    assert later.say != t["situations"]["firearm"]["no_ban"]["say"]
    text = squash(" ".join(result.page_texts()))
    assert squash(f"{later.label}: {later.say}") in text
    assert squash(t["situations"]["firearm"]["no_ban"]["say"]) not in text


# ---- H28-02: the rest of a task broken over a page is not broken again, header by header --


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_02_a_task_broken_over_a_page_prints_the_header_once_a_page(lang):
    """A five-line last task ("Come back to the clinic when this changes: ... This is about:
    ...", naming cultivations) fell just short of the page: its first lines stayed and the
    rest went on, as H24-02 wants; but the rest inherited ReportLab's break-inside-rows flag
    and, tried again beside the clinic's contact block, was broken a line's padding from its
    foot: the Spanish handout printed the header row "Qué hacer / Para cuándo / Quién lo
    hace" three times down one page with two lines of the task between, and once more alone
    at the top of the next.  Here the handout's own checklist and contact block are set below
    every height of filler, a point apart: each page of the real PDF prints the header once,
    with a task line under it."""
    from dataclasses import replace

    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

    from clinic_app.handouts.document import Section, Task
    from clinic_app.handouts.render import build_story, make_styles

    t = load_texts(lang)
    h = compose(waiting_client(), screened(waiting_client(), AS_OF), CLINIC, lang=lang, as_of=AS_OF)
    what = "; ".join(f"{offense} ({year})" for offense in ["Cultivation of marijuana"] * 3 for year in (2012,))
    long_task = Task(t["tasks"]["come_back_when"].format(cause=t["cause"]["prcs"], what=what), t["who"]["you"])
    checklist = h.section("checklist")
    h = replace(h, intro=(), sections=(Section("checklist", checklist.heading, (*checklist.blocks[:3], long_task)),))
    s = make_styles(h.font, h.large_print)
    width = LETTER[0] - 1.5 * inch
    header = squash(t["labels"]["task"])
    # The header row as pypdf reads it, a cell a line; what follows the table is the contact block.
    header_row = [squash(t["labels"][cell]) for cell in ("task", "due", "who")]
    contact = squash(t["headings"]["contact"])

    class Sweep(SimpleDocTemplate):
        """Every height of filler in one PDF, each from a page of its own: a document of its own
        each was built and read 350 times a language (13 s of CPU for the two; 8 s so).  Each
        page was checked to read line for line as in its own document, in both languages."""

        def afterFlowable(self, flowable):
            if isinstance(flowable, Spacer) and hasattr(flowable, "filler"):
                self.first_page[flowable.filler] = self.page

    story = []
    for filler in range(250, 600):
        spacer = Spacer(width, filler)
        spacer.filler = filler
        story += [*([PageBreak()] if story else []), spacer, *build_story(h, s, width)]
    out = io.BytesIO()
    doc = Sweep(out, pagesize=LETTER, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                topMargin=0.75 * inch, bottomMargin=0.75 * inch)
    doc.first_page = {}
    doc.build(story)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    assert sorted(doc.first_page) == list(range(250, 600))
    # Most heights break the task at one of a few places, and their last pages are drawn alike,
    # byte for byte: half the 700 pages.  Every page draws with the one set of fonts, so a page
    # drawn as one read before reads the same lines; each is read once (about 5 s of CPU for the
    # two languages' reading, 2.5 s so, T193-03).
    assert len({repr(page["/Resources"]) for page in pages}) == 1
    read: dict[bytes, list[str]] = {}
    firsts = sorted(doc.first_page.items(), key=lambda filler_page: filler_page[1])
    for (filler, first), (_, after) in zip(firsts, [*firsts[1:], (None, len(pages) + 1)]):
        for number, page in enumerate(pages[first - 1:after - 1], 1):
            drawn = page.get_contents().get_data()
            if drawn not in read:
                read[drawn] = [squash(line) for line in page.extract_text().splitlines() if squash(line)]
            lines = read[drawn]
            heads = [i for i, line in enumerate(lines) if line.startswith(header)]
            assert len(heads) <= 1, f"filler {filler}, page {number}: the header {len(heads)} times"
            if heads:
                # Checked by what is under the whole row: its first cell alone ended the page
                # but for the two others, and the check could hardly fail (T193's Left alone).
                under = lines[heads[0] + len(header_row):]
                assert lines[heads[0]:heads[0] + len(header_row)] == header_row, f"filler {filler}, page {number}"
                assert under and not under[0].startswith(contact), f"filler {filler}, page {number}: the header alone"


# ---- H28-04: "A DUI can still count" only where the record has a DUI -----------------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_04_the_dmv_note_names_a_dui_only_where_there_is_one(lang):
    """Demo clients 104, 188 and 291 of seed 61 (VC 14601.1, VC 10851, VC 12500(a)) read "A
    dismissal does not change DMV records. A DUI can still count as a prior for your
    driver's license.": no DUI in their record, and a client reads it as news that they have
    one.  Without a DUI the note says what a dismissal leaves at the DMV; with one, as before."""
    t = load_texts(lang)["effects"]
    without = squash(" ".join(rendered(felonies_waiting_client(), lang).page_texts()))
    assert squash(t["dmv"]["text"]) in without
    assert "DUI" not in without
    dui = blocked_by_probation(lang)  # a VC 23152(b) on probation
    h = compose(dui, screened(dui), CLINIC, lang=lang)
    with_dui = squash(" ".join(Rendered(dui, screened(dui), h, render_bytes(h)).page_texts()))
    assert squash(t["dmv_dui"]["text"]) in with_dui and squash(t["dmv"]["text"]) not in with_dui


# ---- H28-05: what blocks relief, with the custody and the supervision's last day ------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_05_custody_then_prcs_is_said_with_its_last_day(lang):
    """Demo client 291 of seed 61: a state-prison term for PC 245(a)(1), release October 27,
    2028, then PRCS to December 18, 2029.  Its card read "Something must change first: your
    post-release supervision must end.", with no day and nothing of the prison term, beside
    "This has to wait until December 19, 2029" and the tasks "Finish your time in custody
    (October 27, 2028)" and "Finish your supervision (December 18, 2029)".  It now names both,
    with the supervision's last day, as probation's is named."""
    from dataclasses import replace

    from clinic_app.model import Custody

    t = load_texts(lang)
    case = Case(id="A", case_number="VA321062",
                convictions=[Conviction(id="A1", section="245(a)(1)", level="felony", conviction_date=date(2025, 12, 13))],
                sentence=Sentence(type="state_prison", judgment_date=date(2025, 12, 13),
                                  custody=Custody(release_date=date(2028, 10, 27), supervision="prcs",
                                                  supervision_end=date(2029, 12, 18))))
    client = Client(name="Synthetic Client", person=replace(person(), us_citizen=False), cases=[case])
    result = rendered(client, lang)
    cause = {"en": "your sentence must be finished, and your post-release supervision must end (it ends on "
                   "December 18, 2029)",
             "es": "su sentencia debe quedar cumplida y su supervisión después de salir de prisión "
                   "(PRCS) debe terminar el 18 de diciembre de 2029"}[lang]
    [card] = [b for b in result.handout.section("record").blocks]
    assert card.where == t["state"]["blocked"].format(cause=cause)
    text = squash(" ".join(result.page_texts()))
    assert squash(card.where) in text
    assert squash(t["state"]["blocked"].format(cause=t["cause"]["prcs"])) not in text


# ---- H28-06: a blocked day says what blocks it ---------------------------------------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_06_a_dismissal_blocked_to_a_day_says_why(lang):
    """Demo client 104 of seed 61: the two VC 10851 counts' own probation ended in 2026, and
    their cards read "Dismissal (expungement): This has to wait until May 2, 2027. Then come
    back to the clinic.", the probation of the other case that the day comes from said
    nowhere on them.  The option now names it, and the day: "This has to wait until this
    changes: your probation must end (it ends on May 1, 2027). Then come back to the clinic
    on or after May 2, 2027."."""
    t = load_texts(lang)
    result = rendered(felonies_waiting_client(), lang)
    cards = [b for b in result.handout.section("record").blocks if b.case == "B"]
    # The other case's probation named as its card is titled (Z80-02).
    expected = {"en": "This has to wait until this changes: your probation for “Driving on a suspended or revoked "
                      "license” must end (it ends on May 1, 2027). "
                      "Then come back to the clinic on or after May 2, 2027.",
                "es": "Esto tiene que esperar hasta que pase lo siguiente: su libertad condicional (probation) "
                      "por «Manejar con la licencia suspendida o revocada» debe terminar el 1 de mayo de 2027. "
                      "Después vuelva a la clínica a partir del 2 de mayo de 2027."}[lang]
    assert len(cards) == 2
    # And that the clinic can ask now to end that probation early, on its card (E130-03).
    title = {"en": "Driving on a suspended or revoked license", "es": "Manejar con la licencia suspendida o revocada"}[lang]
    expected += " " + t["option"]["sooner"].format(name=t["remedies"]["pc1203_3"]["name"], title=title)
    for card in cards:
        [dismissal] = [o for o in card.options if o.remedy == "pc1203_4"]
        assert dismissal.status == "blocked" and dismissal.text == expected
    text = squash(" ".join(result.page_texts()))
    assert squash(expected) in text
    assert squash(t["option"]["blocked_until"].format(date=format_date(date(2027, 5, 2), t))) not in text


# ---- H28-07: two counts of one case that read alike, told apart by the offense's day -------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_07_two_counts_of_one_offense_name_each_offense_day(lang):
    """Demo client 104 of seed 61: two counts of VC 10851 in case LA592339 printed two cards
    alike, "Unlawful taking or driving of a vehicle / Felony, 2021 · VC 10851", and the client
    could not tell which was which.  The record has each offense's day (June 13 and August 7,
    2020): each card now names it.  Counts with no offense day, or the same one, are left as
    they were."""
    client = felonies_waiting_client()
    for conv, day in zip(client.cases[1].convictions, (date(2020, 6, 13), date(2020, 8, 7))):
        conv.offense_date = day
    result = rendered(client, lang)
    cards = [b for b in result.handout.section("record").blocks if b.case == "B"]
    labels = {"en": ["Offense date: June 13, 2020", "Offense date: August 7, 2020"],
              "es": ["Fecha del delito: 13 de junio de 2020", "Fecha del delito: 7 de agosto de 2020"]}[lang]
    assert [card.detail.split(" · ")[-1] for card in cards] == labels
    text = squash(" ".join(result.page_texts()))
    assert all(squash(f"{card.title} {card.detail}") in text for card in cards)
    # Without the days, as before: the same card line twice, nothing made up.
    plain = compose(felonies_waiting_client(), screened(felonies_waiting_client(), AS_OF), CLINIC, lang=lang, as_of=AS_OF)
    details = [b.detail for b in plain.section("record").blocks if b.case == "B"]
    assert len(details) == 2 and details[0] == details[1] and labels[0].split(":")[0] not in details[0]


# ---- H28-08: no "do not stop you from having a gun" beside a felony of another line --------


def felony_and_misdemeanor_client() -> Client:
    """Demo client 16 of seed 61, in short: a felony PC 245(a)(1) whose dismissal is for a
    lawyer to check (here a probation revoked, the sentence after it not in the record), and
    a trespass whose probation is over."""
    felony = Case(id="A", case_number="GA963860",
                  convictions=[Conviction(id="A1", section="245(a)(1)", level="felony", conviction_date=date(2015, 5, 18))],
                  sentence=probation(date(2015, 5, 18), date(2018, 5, 18), "revoked", kind="formal"))
    felony.sentence.probation.violations = [Violation(date(2016, 12, 1), "revoked")]
    trespass = Case(id="B", case_number="25CJCM31934",
                    convictions=[Conviction(id="B1", section="602", level="misdemeanor",
                                            conviction_date=date(2021, 3, 21))],
                    sentence=probation(date(2021, 3, 21), date(2022, 3, 21), "completed"))
    return Client(name="Synthetic Client", person=person(), cases=[felony, trespass])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_08_the_gun_line_of_misdemeanors_says_no_leave_beside_a_felony(lang):
    """Demo client 16 of seed 61 read under guns "Once your convictions are dismissed: These
    convictions do not by themselves stop you from having a gun.": true of the trespass and
    the suspended license that line speaks for, read by a client on felony probation for an
    assault with a deadly weapon as leave to have a gun once they are dismissed.  Where a
    conviction of the record bans guns, no line says the others do not; the dismissed line
    says what a dismissal does: it does not change the gun rules."""
    t = load_texts(lang)["situations"]["firearm"]
    client = felony_and_misdemeanor_client()
    result = rendered(client, lang)
    gun = {line.column: line for g in result.handout.section("say").blocks if g.key == "firearm" for line in g.lines}
    assert not any(d.conviction == "A1" and d.status in ("eligible", "eligible_on", "blocked")
                   for d in result.screening.results if d.remedy in ("pc1203_4", "pc1203_41", "pc1203_42"))
    assert "after_dismissal" in gun
    assert gun["after_dismissal"].say == t["dismissed"]["say"]
    text = squash(" ".join(result.page_texts()))
    assert squash(t["no_ban"]["say"]) not in text and squash(t["no_ban"]["many"]["say"]) not in text
    # The trespass alone: no gun ban anywhere, the words as before.
    alone = Client(name="Synthetic Client", person=person(), cases=[client.cases[1]])
    gun = [line for g in rendered(alone, lang).handout.section("say").blocks if g.key == "firearm" for line in g.lines]
    assert [line.say for line in gun] == [t["no_ban"]["say"]]


# ---- H28-09: community service and a stay-away order in the handout's own language ---------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h28_09_community_service_and_stay_away_are_said_in_the_handouts_language(lang):
    """A condition's label is typed in the program's English screens, and a Spanish handout
    printed it as it stands: "Termine: Community service (200 hours) (lleva 66 de 200)." (demo
    client 221 of seed 61) and "Cumpla: Stay away from the protected person (hasta el 15 de
    mayo de 2029)." (two Spanish demo handouts), an order of the court the client may not be
    able to read.  Community service is now said in the handout's words with its hours;
    a stay-away order is named as one and its label quoted as the court's words."""
    result = rendered(waiting_client(), lang)
    text = squash(" ".join(result.page_texts()))
    expected = {"en": "Finish your community service. You have 134 of 200 hours left to do.",
                "es": "Termine el servicio comunitario. Le faltan 134 de 200 horas."}[lang]
    assert expected in text
    assert "Community service (200 hours)" not in text
    case = Case(id="A", convictions=[Conviction(id="A1", section="243(e)(1)", conviction_date=date(2026, 5, 15))],
                sentence=probation(date(2026, 5, 15), date(2027, 5, 15), "active"),
                conditions=[Condition(kind="stay_away", label="Stay away from the protected person")])
    result = rendered(Client(name="Synthetic Client", person=person(), cases=[case]), lang)
    text = squash(" ".join(result.page_texts()))
    expected = {"en": "Obey the court's stay-away order, “Stay away from the protected person” "
                      "(as written in your papers), until May 15, 2027.",
                "es": "Cumpla la orden de alejamiento del tribunal, "
                      "«Stay away from the protected person» (así dice en sus papeles), hasta el 15 de mayo de 2027."}[lang]
    assert expected in text
